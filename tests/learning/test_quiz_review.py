"""The review policy: what a quiz's result page reveals, and when (selectors.quiz_review)."""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from courses.models import ReviewTiming
from learning.models import Enrolment, QuizAttempt
from learning.selectors import quiz_review
from learning.selectors.quiz_review import Standing, Visibility
from learning.services import quizzes
from tests.factories import LearnerFactory, build_course, single_choice, true_false

pytestmark = pytest.mark.django_db

NEVER = ReviewTiming.NEVER
NOW = ReviewTiming.IMMEDIATELY
PASS = ReviewTiming.AFTER_PASS
LAST = ReviewTiming.AFTER_LAST_ATTEMPT

STILL_TRYING = Standing(passed=False, attempts_over=False)
OUT_OF_ATTEMPTS = Standing(passed=False, attempts_over=True)
PASSED = Standing(passed=True, attempts_over=True)

# timing -> shown for (still trying, out of attempts, passed)
TIMING_MATRIX = {
    NEVER: (False, False, False),
    NOW: (True, True, True),
    PASS: (False, False, True),
    LAST: (False, True, True),
}
STANDINGS = (STILL_TRYING, OUT_OF_ATTEMPTS, PASSED)


def policy(correctness=NEVER, choices=NEVER, answers=NEVER):
    return SimpleNamespace(
        review_correctness=correctness, review_choices=choices, review_answers=answers
    )


# --- The matrix: each part, each timing, each standing ------------------------------------


@pytest.mark.parametrize("timing", list(TIMING_MATRIX))
@pytest.mark.parametrize("standing_index", range(3))
def test_each_part_is_shown_exactly_when_its_timing_says(timing, standing_index):
    standing = STANDINGS[standing_index]
    expected = TIMING_MATRIX[timing][standing_index]
    assert quiz_review.visibility(policy(correctness=timing), standing).correctness is expected
    shown = quiz_review.visibility(policy(choices=timing), standing)
    assert (shown.choices, shown.answers) == (expected, False)
    shown = quiz_review.visibility(policy(answers=timing), standing)
    assert (shown.choices, shown.answers) == (False, expected)


@pytest.mark.parametrize("part", ["choices", "answers"])
def test_choices_or_answers_also_tell_which_questions_were_right(part):
    shown = quiz_review.visibility(policy(**{part: NOW}), STILL_TRYING)
    assert shown.correctness is True


def test_an_unknown_timing_shows_nothing():
    shown = quiz_review.visibility(policy("later", "later", "later"), PASSED)
    assert shown == Visibility()


def test_the_default_policy_keeps_correct_answers_until_a_pass():
    quiz = build_course().quiz
    assert (quiz.review_correctness, quiz.review_choices, quiz.review_answers) == (NOW, NOW, PASS)
    assert quiz_review.visibility(quiz, STILL_TRYING) == Visibility(True, True, False)
    assert quiz_review.visibility(quiz, OUT_OF_ATTEMPTS) == Visibility(True, True, False)
    assert quiz_review.visibility(quiz, PASSED) == Visibility(True, True, True)


# --- Standing: the learner's current cycle --------------------------------------------------


@pytest.fixture
def learner():
    return LearnerFactory()


def course_for(learner, **options):
    tree = build_course(
        questions=[single_choice("q1", explanation="Penjelasan q1"), true_false("q2")], **options
    )
    Enrolment.objects.create(user=learner, course=tree.course)
    return tree


WRONG = {"q1": ["q1-b"], "q2": ["false"]}
RIGHT = {"q1": ["q1-a"], "q2": ["true"]}


def attempt_with(learner, tree, answers):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    return quizzes.submit_attempt(learner, attempt.pk, answers)


def standing_of(learner, tree):
    return quiz_review.standing(user_id=learner.pk, quiz=tree.quiz)


def test_standing_counts_attempts_against_the_limit(learner):
    tree = course_for(learner, attempt_limit=2)
    assert standing_of(learner, tree) == STILL_TRYING
    attempt_with(learner, tree, WRONG)
    assert standing_of(learner, tree) == STILL_TRYING
    last = quizzes.start_attempt(learner, tree.quiz)
    assert standing_of(learner, tree) == STILL_TRYING  # the last attempt is still open
    quizzes.submit_attempt(learner, last.pk, WRONG)
    assert standing_of(learner, tree) == OUT_OF_ATTEMPTS


def test_standing_after_a_pass(learner):
    tree = course_for(learner)
    attempt_with(learner, tree, WRONG)
    attempt_with(learner, tree, RIGHT)
    assert standing_of(learner, tree) == PASSED


def test_unlimited_attempts_are_never_over_before_a_pass(learner):
    tree = course_for(learner)
    for _ in range(3):
        attempt_with(learner, tree, WRONG)
    assert standing_of(learner, tree) == STILL_TRYING


def test_a_pass_in_a_closed_cycle_does_not_count(learner):
    tree = course_for(learner)
    attempt_with(learner, tree, RIGHT)
    QuizAttempt.objects.update(archived=True)  # a renewal reopened the course
    assert standing_of(learner, tree) == STILL_TRYING


def test_standing_is_one_query(learner, django_assert_num_queries):
    tree = course_for(learner)
    with django_assert_num_queries(1):
        standing_of(learner, tree)


# --- What the review holds ---------------------------------------------------------------------


def test_default_policy_after_a_failed_attempt_shows_own_choices_not_the_answers(learner):
    tree = course_for(learner)
    failed = attempt_with(learner, tree, {"q1": ["q1-b"]})
    result = quiz_review.attempt_review(failed)
    first, second = result["questions"]
    assert first["answered"] is True and first["answered_correctly"] is False
    assert second["answered"] is False
    assert [choice.get("chosen") for choice in first["choices"]] == [False, True, False]
    assert [choice.get("feedback") for choice in first["choices"]] == [None, "Umpan q1-b", None]
    for question in result["questions"]:
        assert "explanation" not in question
        assert all("is_correct" not in choice for choice in question["choices"])
    assert result["pending"] == [
        "Ditampilkan setelah Anda lulus kuis ini: jawaban benar dan pembahasan."
    ]


def test_default_policy_after_a_pass_shows_the_answers_on_every_attempt(learner):
    tree = course_for(learner)
    failed = attempt_with(learner, tree, {"q1": ["q1-b"]})
    attempt_with(learner, tree, RIGHT)
    failed.refresh_from_db()
    result = quiz_review.attempt_review(failed)
    first = result["questions"][0]
    assert first["explanation"] == "Penjelasan q1"
    assert [choice["is_correct"] for choice in first["choices"]] == [True, False, False]
    assert first["choices"][0]["feedback"] == "Umpan q1-a"
    assert result["pending"] == []


def test_score_only_shows_no_question_details(learner):
    tree = course_for(learner, review={"correctness": NEVER, "choices": NEVER, "answers": NEVER})
    result = quiz_review.attempt_review(attempt_with(learner, tree, RIGHT))
    assert result["score"] == 100 and result["passed"] and result["details"] is False
    for question in result["questions"]:
        assert set(question) == {"number", "type", "prompt"}
    assert len(result["pending"]) == 3


def test_correctness_only_shows_right_and_wrong_without_choices(learner):
    tree = course_for(learner, review={"correctness": NOW, "choices": NEVER, "answers": NEVER})
    result = quiz_review.attempt_review(attempt_with(learner, tree, WRONG))
    for question in result["questions"]:
        assert set(question) == {"number", "type", "prompt", "answered", "answered_correctly"}


def test_answers_after_the_last_attempt(learner):
    tree = course_for(learner, attempt_limit=2, review={"answers": LAST})
    first = attempt_with(learner, tree, WRONG)
    assert "explanation" not in quiz_review.attempt_review(first)["questions"][0]
    attempt_with(learner, tree, WRONG)
    first.refresh_from_db()
    assert quiz_review.attempt_review(first)["questions"][0]["explanation"] == "Penjelasan q1"


# --- The result page follows the selector --------------------------------------------------------


def result_html(client, attempt):
    response = client.get(reverse("learning:quiz_result", args=[attempt.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_result_page_hides_correct_answers_after_a_failed_attempt(client, learner):
    tree = course_for(learner)
    client.force_login(learner)
    failed = attempt_with(learner, tree, {"q1": ["q1-b"]})
    html = result_html(client, failed)
    assert "Umpan q1-b" in html  # the learner's own choice
    assert "Umpan q1-a" not in html  # the correct choice's feedback
    assert "Umpan q2-true" not in html
    assert "Penjelasan q1" not in html
    assert 'badge--ok">Jawaban benar' not in html
    assert "Ditampilkan setelah Anda lulus kuis ini: jawaban benar dan pembahasan" in html

    passed = attempt_with(learner, tree, RIGHT)
    html = result_html(client, passed)
    assert "Umpan q1-a" in html and "Penjelasan q1" in html
    assert 'badge--ok">Jawaban benar' in html
    html = result_html(client, failed)  # the earlier attempt too, now that it cannot help
    assert "Umpan q1-a" in html and "Penjelasan q1" in html


def test_result_page_with_score_only(client, learner):
    tree = course_for(learner, review={"correctness": NEVER, "choices": NEVER, "answers": NEVER})
    client.force_login(learner)
    html = result_html(client, attempt_with(learner, tree, WRONG))
    assert "Nilai Anda 0" in html
    for hidden in ("Umpan q1-b", "Pertanyaan q1", "Tidak dijawab", 'badge--danger">Salah'):
        assert hidden not in html
    assert "Tidak ditampilkan untuk kuis ini" in html


def test_result_page_queries_do_not_grow_with_questions(
    client, learner, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    small = course_for(learner)
    large = build_course(questions=[single_choice(f"l{i}") for i in range(30)])
    Enrolment.objects.create(user=learner, course=large.course)
    client.force_login(learner)
    small_attempt = attempt_with(learner, small, WRONG)
    large_attempt = attempt_with(learner, large, {})
    result_html(client, small_attempt)  # warm caches (site root, settings)
    with CaptureQueriesContext(connection) as small_queries:
        result_html(client, small_attempt)
    with django_assert_max_num_queries(len(small_queries)):
        result_html(client, large_attempt)
