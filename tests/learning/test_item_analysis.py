"""Item analysis from real attempts, checked against numbers counted by hand.

Five submitted attempts at a three-question quiz (plus one expired and one in
progress, which do not count). Correct answers are marked ✓:

    attempt  q1 (single, a)  q2 (true/false, true)  q3 (multiple, a+b)  total
    A1       a ✓             true ✓                 a, b ✓              3
    A2       a ✓             false                  a                   1
    A3       b               true ✓                 a, b, c             1
    A4       c               true ✓                 a, b ✓              2
    A5       a ✓             true ✓                 (none)              2

Facility: q1 3/5, q2 4/5, q3 2/5.
Discrimination (x = item right, y = total − x):
    q1: n=5 Σx=3 Σy=6 Σxy=3 Σy²=10 → (15−18)/√(6·14) = −3/√84
    q2: n=5 Σx=4 Σy=5 Σxy=4 Σy²=7  → (20−20)/√(4·10) = 0
    q3: n=5 Σx=2 Σy=7 Σxy=3 Σy²=11 → (15−14)/√(6·6)  = 1/6
"""

import math
from decimal import Decimal

import pytest
from django.urls import reverse

from courses.blocks import question_snapshot
from learning import roles
from learning.models import QuizAttempt
from learning.selectors.item_analysis import item_analysis
from tests.factories import (
    LearnerFactory,
    build_course,
    make_in_group,
    multiple_choice,
    single_choice,
    true_false,
)

pytestmark = pytest.mark.django_db

ANSWERS = [
    ({"q1": ["q1-a"], "q2": ["true"], "q3": ["q3-a", "q3-b"]}, 3),
    ({"q1": ["q1-a"], "q2": ["false"], "q3": ["q3-a"]}, 1),
    ({"q1": ["q1-b"], "q2": ["true"], "q3": ["q3-a", "q3-b", "q3-c"]}, 1),
    ({"q1": ["q1-c"], "q2": ["true"], "q3": ["q3-a", "q3-b"]}, 2),
    ({"q1": ["q1-a"], "q2": ["true"]}, 2),
]


@pytest.fixture
def quiz(db):
    tree = build_course(
        questions=[
            single_choice("q1", correct="a", letters="abc"),
            true_false("q2", answer="true"),
            multiple_choice("q3", correct="ab", letters="abc"),
        ]
    )
    snapshot = [question_snapshot(block) for block in tree.quiz.questions]
    for answers, correct in ANSWERS:
        QuizAttempt.objects.create(
            user=LearnerFactory(),
            quiz=tree.quiz,
            course=tree.course,
            number=1,
            pass_mark=70,
            questions=snapshot,
            answers=answers,
            correct_count=correct,
            score=(Decimal(100) * correct / 3).quantize(Decimal("0.01")),
            passed=correct >= 3,
            status=QuizAttempt.Status.SUBMITTED,
        )
    learner = LearnerFactory()
    QuizAttempt.objects.create(
        user=learner,
        quiz=tree.quiz,
        course=tree.course,
        number=1,
        pass_mark=70,
        questions=snapshot,
        answers={},
        status=QuizAttempt.Status.EXPIRED,
        score=0,
        passed=False,
    )
    QuizAttempt.objects.create(
        user=learner,
        quiz=tree.quiz,
        course=tree.course,
        number=2,
        pass_mark=70,
        questions=snapshot,
        answers={"q1": ["q1-b"]},
        status=QuizAttempt.Status.IN_PROGRESS,
    )
    return tree.quiz


def test_facility_and_discrimination_match_the_hand_count(quiz):
    analysis = item_analysis(quiz_id=quiz.pk)

    assert analysis.attempts == 5 and analysis.mean_score == pytest.approx(60.0, abs=0.01)
    items = {item.question_id: item for item in analysis.items}
    assert [item.question_id for item in analysis.items] == ["q1", "q2", "q3"]
    assert (items["q1"].attempts, items["q1"].correct) == (5, 3)
    assert items["q1"].facility == pytest.approx(0.6)
    assert items["q2"].facility == pytest.approx(0.8)
    assert items["q3"].facility == pytest.approx(0.4)
    assert items["q1"].discrimination == pytest.approx(-3 / math.sqrt(84))
    assert items["q2"].discrimination == pytest.approx(0.0)
    assert items["q3"].discrimination == pytest.approx(1 / 6)


def test_choice_counts_match_the_hand_count(quiz):
    items = {item.question_id: item for item in item_analysis(quiz_id=quiz.pk).items}

    def picks(question):
        return {c.choice_id: (c.picked, c.shown, c.is_correct) for c in items[question].choices}

    assert picks("q1") == {"q1-a": (3, 5, True), "q1-b": (1, 5, False), "q1-c": (1, 5, False)}
    assert picks("q2") == {"true": (4, 5, True), "false": (1, 5, False)}
    assert picks("q3") == {"q3-a": (4, 5, True), "q3-b": (3, 5, True), "q3-c": (1, 5, False)}


def test_no_spread_gives_no_discrimination(db):
    tree = build_course(questions=[single_choice("q1")])
    snapshot = [question_snapshot(block) for block in tree.quiz.questions]
    for _ in range(3):
        QuizAttempt.objects.create(
            user=LearnerFactory(),
            quiz=tree.quiz,
            course=tree.course,
            number=1,
            pass_mark=70,
            questions=snapshot,
            answers={"q1": ["q1-a"]},
            correct_count=1,
            score=100,
            passed=True,
            status=QuizAttempt.Status.SUBMITTED,
        )

    item = item_analysis(quiz_id=tree.quiz.pk).items[0]

    assert item.facility == 1.0 and item.discrimination is None


def test_a_quiz_without_attempts_has_an_empty_analysis(db):
    quiz = build_course().quiz

    analysis = item_analysis(quiz_id=quiz.pk)

    assert (analysis.attempts, analysis.items, analysis.mean_score) == (0, [], None)


def test_the_analysis_is_two_queries_and_a_summary(quiz, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        item_analysis(quiz_id=quiz.pk)


# --- The admin report -----------------------------------------------------------------------


EXPECTED = {
    "anonymous": (302, "/akun/login/"),
    "learner": (302, "/akun/login/"),
    "trainer": (200, None),
    "reviewer": (200, None),
    "national_admin": (200, None),
}


@pytest.mark.parametrize("role", list(EXPECTED))
def test_item_analysis_urls_per_role(client, groups, quiz, role):
    users = {
        "anonymous": None,
        "learner": LearnerFactory(),
        "trainer": make_in_group(roles.TRAINER),
        "reviewer": make_in_group(roles.REVIEWER),
        "national_admin": make_in_group(roles.NATIONAL_ADMIN),
    }
    if users[role]:
        client.force_login(users[role])
    status, location = EXPECTED[role]
    for url in (
        reverse("learning_item_analysis"),
        reverse("learning_item_analysis_quiz", args=[quiz.pk]),
    ):
        response = client.get(url)
        assert response.status_code == status, (role, url)
        if location:
            assert response["Location"].split("?")[0] == location


def test_the_report_shows_facility_discrimination_and_choices(client, groups, quiz):
    client.force_login(make_in_group(roles.TRAINER))

    response = client.get(reverse("learning_item_analysis_quiz", args=[quiz.pk]))

    text = response.content.decode()
    assert "0,60" in text and "-0,33" in text and "0,17" in text  # facility, discrimination
    assert "3 dari 5" in text  # q1-a picked by 3 of the 5 attempts that showed it
    assert "Pertanyaan q1" in text


def test_the_quiz_list_shows_quizzes_with_attempts(client, groups, quiz):
    other = build_course().quiz
    client.force_login(make_in_group(roles.TRAINER))

    response = client.get(reverse("learning_item_analysis"))

    rows = response.context["rows"]
    assert [(row.quiz_id, row.attempts) for row in rows] == [(quiz.pk, 5)]
    assert other.pk not in [row.quiz_id for row in rows]


def test_an_unknown_quiz_is_a_404(client, groups):
    client.force_login(make_in_group(roles.TRAINER))

    assert client.get(reverse("learning_item_analysis_quiz", args=[999999])).status_code == 404
