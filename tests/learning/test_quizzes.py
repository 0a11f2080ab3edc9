"""The quiz engine: server-side grading, snapshots, limits, time, tampering, pages."""

import sys
import threading
import types
from datetime import timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection, connections
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import CoursePage
from learning.models import Enrolment, QuizAttempt
from learning.selectors import quiz_review
from learning.selectors.quiz_review import Visibility
from learning.services import quizzes
from learning.services.quizzes import QuizError
from tests.factories import (
    LearnerFactory,
    build_course,
    default_questions,
    multiple_choice,
    single_choice,
    true_false,
)

pytestmark = pytest.mark.django_db

Status = QuizAttempt.Status
ALL_RIGHT = {"q1": ["q1-a"], "q2": ["q2-a", "q2-b"], "q3": ["true"]}
FEEDBACK_STRINGS = [
    "Umpan q1-a",
    "Umpan q1-b",
    "Umpan q2-a",
    "Umpan q2-c",
    "Umpan q3-true",
    "Umpan q3-false",
]


@pytest.fixture(autouse=True)
def completion_calls(monkeypatch):
    """Record check_course_completion calls instead of running it.

    The progress service is another module's job (and may not exist yet); here we
    only check that a passing submission asks it, once, with the right course.
    """
    calls = []
    try:
        from learning.services import progress
    except ImportError:
        import learning.services

        progress = types.ModuleType("learning.services.progress")
        monkeypatch.setitem(sys.modules, "learning.services.progress", progress)
        monkeypatch.setattr(learning.services, "progress", progress, raising=False)
    monkeypatch.setattr(
        progress,
        "check_course_completion",
        lambda user, course: calls.append((user.pk, course.pk)) or False,
        raising=False,
    )
    return calls


@pytest.fixture
def learner():
    return LearnerFactory()


def enrolled(user, tree):
    Enrolment.objects.create(user=user, course=tree.course)
    return user


@pytest.fixture
def tree(learner):
    """Default course (q1 single a, q2 multiple a+b, q3 true/false true), learner enrolled."""
    tree = build_course()
    enrolled(learner, tree)
    return tree


# Every part of the review, whatever the quiz's policy: for tests of the grading itself.
EVERYTHING = Visibility(correctness=True, choices=True, answers=True)


def review(attempt, shown=EVERYTHING):
    return quiz_review.attempt_review(attempt, shown=shown)


def submit(user, tree_or_quiz, answers):
    quiz = getattr(tree_or_quiz, "quiz", tree_or_quiz)
    attempt = quizzes.start_attempt(user, quiz)
    return quizzes.submit_attempt(user, attempt.pk, answers)


# --- Grading -------------------------------------------------------------------------


def test_all_right_answers_score_100_and_pass(learner, tree, completion_calls):
    attempt = submit(learner, tree, ALL_RIGHT)
    attempt.refresh_from_db()
    assert attempt.status == Status.SUBMITTED
    assert attempt.correct_count == 3
    assert attempt.score == Decimal("100.00")
    assert attempt.passed is True
    assert attempt.submitted_at is not None
    assert completion_calls == [(learner.pk, tree.course.pk)]


def test_passing_the_only_quiz_completes_a_quizzes_only_course(learner, tree, monkeypatch):
    """With the real progress service: the completion check runs in the submission."""
    monkeypatch.undo()  # drop the completion_calls spy
    CoursePage.objects.filter(pk=tree.course.pk).update(
        completion_rule=CoursePage.CompletionRule.QUIZZES
    )
    submit(learner, tree, {"q1": ["q1-a"]})
    assert Enrolment.objects.get(user=learner).completed_at is None
    submit(learner, tree, ALL_RIGHT)
    assert Enrolment.objects.get(user=learner).completed_at is not None


@pytest.mark.parametrize("answer, right", [(["q1-a"], True), (["q1-b"], False), ([], False)])
def test_single_choice_is_right_only_with_the_correct_choice(learner, tree, answer, right):
    attempt = submit(learner, tree, {"q1": answer})
    result = review(attempt)
    assert result["questions"][0]["answered_correctly"] is right


@pytest.mark.parametrize("answer, right", [(["true"], True), (["false"], False)])
def test_true_false_is_graded_against_the_answer(learner, tree, answer, right):
    attempt = submit(learner, tree, {"q3": answer})
    assert review(attempt)["questions"][2]["answered_correctly"] is right


@pytest.mark.parametrize(
    "answer, right",
    [
        (["q2-a", "q2-b"], True),
        (["q2-a"], False),  # partly right is wrong
        (["q2-a", "q2-b", "q2-c"], False),  # a wrong extra is wrong
        (["q2-c"], False),
    ],
)
def test_multiple_choice_is_all_or_nothing(learner, tree, answer, right):
    attempt = submit(learner, tree, {"q2": answer})
    assert review(attempt)["questions"][1]["answered_correctly"] is right
    assert attempt.correct_count == (1 if right else 0)


def test_missing_answers_count_as_wrong_not_as_an_error(learner, tree):
    attempt = submit(learner, tree, {"q1": ["q1-a"]})
    assert attempt.status == Status.SUBMITTED
    assert attempt.correct_count == 1
    assert attempt.score == Decimal("33.33")


def test_score_below_pass_mark_fails_and_does_not_check_completion(learner, tree, completion_calls):
    attempt = submit(learner, tree, {"q1": ["q1-a"], "q3": ["true"]})
    assert attempt.score == Decimal("66.67")
    assert attempt.passed is False
    assert completion_calls == []


def test_score_equal_to_pass_mark_passes(learner):
    tree = build_course(questions=[single_choice("a"), single_choice("b")], pass_mark=50)
    enrolled(learner, tree)
    attempt = submit(learner, tree, {"a": ["a-a"], "b": ["b-b"]})
    assert attempt.score == Decimal("50.00")
    assert attempt.passed is True


def test_pass_mark_is_taken_from_the_quiz_when_the_attempt_starts(learner):
    tree = build_course(pass_mark=60)
    enrolled(learner, tree)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    tree.quiz.pass_mark = 90
    tree.quiz.save_revision().publish()
    attempt = quizzes.submit_attempt(learner, attempt.pk, {"q1": ["q1-a"], "q3": ["true"]})
    assert attempt.pass_mark == 60
    assert attempt.passed is True


# --- Snapshot, draw, shuffle -------------------------------------------------------------


def test_editing_the_quiz_does_not_change_a_past_result(learner, tree):
    done = submit(learner, tree, ALL_RIGHT)
    before = review(done)

    quiz = tree.quiz
    quiz.questions = [
        single_choice("q1", correct="c", prompt="Soal diubah"),
        multiple_choice("q2", correct="cd"),
        true_false("q3", answer="false"),
    ]
    quiz.save_revision().publish()

    done.refresh_from_db()
    assert done.score == Decimal("100.00")
    assert review(done) == before
    assert before["questions"][0]["prompt"] == "Pertanyaan q1"


def test_an_attempt_started_before_an_edit_is_graded_on_its_snapshot(learner, tree):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    tree.quiz.questions = [
        single_choice("q1", correct="c"),
        multiple_choice("q2", correct="cd"),
        true_false("q3", answer="false"),
    ]
    tree.quiz.save_revision().publish()
    attempt = quizzes.submit_attempt(learner, attempt.pk, ALL_RIGHT)
    assert attempt.score == Decimal("100.00")


def test_draw_count_draws_distinct_questions_from_the_pool_and_stores_the_order(learner):
    pool = [single_choice(f"p{i}") for i in range(10)]
    tree = build_course(questions=pool, draw_count=3)
    enrolled(learner, tree)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    ids = [question["id"] for question in attempt.questions]
    assert len(ids) == 3 == len(set(ids))
    assert set(ids) <= {f"p{i}" for i in range(10)}
    attempt.refresh_from_db()
    shown = [question["token"] for question in quizzes.questions_for_display(attempt)]
    assert shown == [question["token"] for question in attempt.questions]
    draws = {tuple(q["id"] for q in quizzes.draw_questions(tree.quiz)) for _ in range(30)}
    assert len(draws) > 1


def test_without_draw_count_every_question_is_asked_in_the_editors_order(learner, tree):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    assert [question["id"] for question in attempt.questions] == ["q1", "q2", "q3"]


def test_shuffled_choices_are_stored_and_graded_by_id(learner):
    questions = [single_choice("s", correct="e", letters="abcdef"), true_false("t")]
    tree = build_course(questions=questions, shuffle=True)
    enrolled(learner, tree)
    authored = [f"s-{letter}" for letter in "abcdef"]
    orders = {
        tuple(c["id"] for c in quizzes.draw_questions(tree.quiz)[0]["choices"]) for _ in range(30)
    }
    assert len(orders) > 1
    for _ in range(10):  # Benar/Salah keep their order
        assert [c["id"] for c in quizzes.draw_questions(tree.quiz)[1]["choices"]] == [
            "true",
            "false",
        ]

    attempt = quizzes.start_attempt(learner, tree.quiz)
    stored = [choice["id"] for choice in attempt.questions[0]["choices"]]
    assert sorted(stored) == authored
    texts = [choice["text"] for choice in attempt.questions[0]["choices"]]
    shown = [choice["text"] for choice in quizzes.questions_for_display(attempt)[0]["choices"]]
    assert shown == texts
    attempt = quizzes.submit_attempt(learner, attempt.pk, {"s": ["s-e"], "t": ["true"]})
    assert attempt.score == Decimal("100.00")
    assert [c["text"] for c in review(attempt)["questions"][0]["choices"]] == texts


def test_without_shuffle_choices_keep_the_authored_order(learner, tree):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    assert [c["id"] for c in attempt.questions[0]["choices"]] == ["q1-a", "q1-b", "q1-c"]


# --- Starting: enrolment, resume, limits --------------------------------------------------


def test_learner_not_enrolled_cannot_start(learner):
    tree = build_course()
    with pytest.raises(QuizError) as caught:
        quizzes.start_attempt(learner, tree.quiz)
    assert caught.value.status == 403
    assert not QuizAttempt.objects.exists()


def test_starting_again_resumes_the_open_attempt(learner, tree):
    first = quizzes.start_attempt(learner, tree.quiz)
    again = quizzes.start_attempt(learner, tree.quiz)
    assert again.pk == first.pk
    assert QuizAttempt.objects.count() == 1


def test_attempt_limit_is_enforced(learner):
    tree = build_course(attempt_limit=1)
    enrolled(learner, tree)
    first = submit(learner, tree, {})
    assert first.number == 1
    with pytest.raises(QuizError) as caught:
        quizzes.start_attempt(learner, tree.quiz)
    assert caught.value.status == 409
    assert "batas percobaan" in caught.value.message.lower()
    assert QuizAttempt.objects.count() == 1


def test_attempts_are_numbered_up_to_the_limit(learner):
    tree = build_course(attempt_limit=3)
    enrolled(learner, tree)
    numbers = [submit(learner, tree, {}).number for _ in range(3)]
    assert numbers == [1, 2, 3]
    with pytest.raises(QuizError):
        quizzes.start_attempt(learner, tree.quiz)


def test_a_passed_quiz_cannot_be_retaken(learner, tree):
    submit(learner, tree, ALL_RIGHT)
    with pytest.raises(QuizError) as caught:
        quizzes.start_attempt(learner, tree.quiz)
    assert caught.value.status == 409
    assert caught.value.message == "Anda sudah lulus kuis ini."


def test_a_failed_quiz_can_be_retaken_without_limit(learner, tree):
    submit(learner, tree, {})
    second = quizzes.start_attempt(learner, tree.quiz)
    assert second.number == 2


def test_number_clash_from_a_racing_start_is_a_clean_refusal(learner, tree, monkeypatch):
    """Another tab committed attempt #1 after our count was read (SQLite has no row
    lock): the unique constraint refuses ours and the learner is told to reload."""
    other_tab = QuizAttempt.objects.create(
        user=learner,
        quiz=tree.quiz,
        course=tree.course,
        number=1,
        pass_mark=70,
        questions=[],
        status=Status.SUBMITTED,
        score=0,
        passed=False,
    )
    monkeypatch.setattr(
        quizzes, "_attempt_stats", lambda attempts: {"used": 0, "last": None, "passes": 0}
    )
    with pytest.raises(QuizError) as caught:
        quizzes.start_attempt(learner, tree.quiz)
    assert caught.value.status == 409
    assert "muat ulang" in caught.value.message.lower()
    assert list(QuizAttempt.objects.all()) == [other_tab]
    monkeypatch.undo()
    assert quizzes.start_attempt(learner, tree.quiz).number == 2


@pytest.mark.django_db(transaction=True)
def test_concurrent_starts_make_one_attempt():
    """Two requests at once (PostgreSQL: the enrolment row lock serialises them)."""
    if connection.vendor != "postgresql":
        pytest.skip("needs row locks")
    learner = LearnerFactory()
    tree = build_course(attempt_limit=1)
    enrolled(learner, tree)
    barrier = threading.Barrier(2)
    results = []

    def start():
        try:
            barrier.wait()
            results.append(quizzes.start_attempt(learner, tree.quiz).pk)
        except QuizError as error:
            results.append(error.status)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert QuizAttempt.objects.count() == 1
    assert results == [QuizAttempt.objects.get().pk] * 2


# --- Submitting: once, on time, strictly ---------------------------------------------------


def test_a_second_submission_is_refused_and_keeps_the_first_grade(learner, tree, completion_calls):
    attempt = submit(learner, tree, ALL_RIGHT)
    with pytest.raises(QuizError) as caught:
        quizzes.submit_attempt(learner, attempt.pk, {"q1": ["q1-b"]})
    assert caught.value.status == 409 and caught.value.attempt.pk == attempt.pk
    again = QuizAttempt.objects.get(pk=attempt.pk)
    assert again.score == Decimal("100.00")
    assert again.answers == ALL_RIGHT
    assert again.submitted_at == attempt.submitted_at
    assert len(completion_calls) == 1


def test_submitting_another_users_attempt_is_not_found(learner, tree):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    with pytest.raises(QuizError) as caught:
        quizzes.submit_attempt(LearnerFactory(), attempt.pk, ALL_RIGHT)
    assert caught.value.status == 404
    attempt.refresh_from_db()
    assert attempt.status == Status.IN_PROGRESS


def test_submission_after_the_deadline_is_refused_and_expires_the_attempt(learner):
    tree = build_course(time_limit_minutes=10)
    enrolled(learner, tree)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    assert attempt.deadline is not None
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    with pytest.raises(QuizError) as caught:
        quizzes.submit_attempt(learner, attempt.pk, ALL_RIGHT)
    assert caught.value.status == 410
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.passed) == (Status.EXPIRED, 0, False)
    assert attempt.answers == {}


def test_submission_within_the_grace_period_is_graded(learner):
    tree = build_course(time_limit_minutes=10)
    enrolled(learner, tree)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - timedelta(seconds=10)
    )
    attempt = quizzes.submit_attempt(learner, attempt.pk, ALL_RIGHT)
    assert attempt.status == Status.SUBMITTED


def test_an_expired_attempt_counts_as_used_and_is_not_resumed(learner):
    tree = build_course(time_limit_minutes=5, attempt_limit=2)
    enrolled(learner, tree)
    first = quizzes.start_attempt(learner, tree.quiz)
    QuizAttempt.objects.filter(pk=first.pk).update(deadline=timezone.now() - timedelta(hours=1))
    second = quizzes.start_attempt(learner, tree.quiz)
    assert second.number == 2
    first.refresh_from_db()
    assert first.status == Status.EXPIRED
    QuizAttempt.objects.filter(pk=second.pk).update(deadline=timezone.now() - timedelta(hours=1))
    with pytest.raises(QuizError) as caught:
        quizzes.start_attempt(learner, tree.quiz)
    assert caught.value.status == 409


@pytest.mark.parametrize(
    "answers",
    [
        {"q1": ["q2-a"]},  # a choice of another question
        {"nope": ["q1-a"]},  # unknown question
        {"q1": ["q1-z"]},  # unknown choice
        {"q1": ["q1-a", "q1-b"]},  # two choices, single choice
        {"q3": ["true", "false"]},  # two choices, true/false
        {"q2": ["q2-a", "q2-a"]},  # the same choice twice
        {"q1": "q1-a"},  # not a list
    ],
)
def test_malformed_answers_are_refused_and_change_nothing(learner, tree, answers):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    with pytest.raises(QuizError) as caught:
        quizzes.submit_attempt(learner, attempt.pk, {**answers})
    assert caught.value.status == 400
    attempt.refresh_from_db()
    assert attempt.status == Status.IN_PROGRESS
    assert attempt.answers == {} and attempt.score is None


def test_answers_are_stored_in_the_order_shown(learner, tree):
    attempt = submit(learner, tree, {"q2": ["q2-b", "q2-a"]})
    assert attempt.answers == {"q2": ["q2-a", "q2-b"]}


# --- Result ------------------------------------------------------------------------------


def test_result_gives_feedback_for_chosen_and_correct_choices_only(learner, tree):
    attempt = submit(learner, tree, {"q1": ["q1-b"]})
    question = review(attempt)["questions"][0]
    by_text = {choice["text"]: choice for choice in question["choices"]}
    assert by_text["Pilihan A"] == {
        "text": "Pilihan A",
        "chosen": False,
        "is_correct": True,
        "feedback": "Umpan q1-a",
    }
    assert by_text["Pilihan B"]["chosen"] and by_text["Pilihan B"]["feedback"] == "Umpan q1-b"
    assert "feedback" not in by_text["Pilihan C"]
    assert question["answered"] and not question["answered_correctly"]


def test_result_of_an_open_attempt_is_refused(learner, tree):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    with pytest.raises(quiz_review.AttemptStillOpen):
        quiz_review.attempt_review(attempt)


# --- quiz_state ----------------------------------------------------------------------------


def test_quiz_state_of_a_new_learner(learner, tree):
    state = quizzes.quiz_state(learner, tree.quiz)
    assert state["enrolled"] and state["can_start"] and state["reason"] == ""
    assert state["attempts"] == [] and state["attempts_used"] == 0
    assert state["attempts_left"] is None and state["best_score"] is None


def test_quiz_state_after_attempts(learner):
    tree = build_course(attempt_limit=3)
    enrolled(learner, tree)
    submit(learner, tree, {"q1": ["q1-a"]})
    submit(learner, tree, {"q1": ["q1-a"], "q3": ["true"]})
    open_attempt = quizzes.start_attempt(learner, tree.quiz)
    state = quizzes.quiz_state(learner, tree.quiz)
    assert [a.number for a in state["attempts"]] == [2, 1]
    assert state["attempts"][0].question_total == 3
    assert state["in_progress"].pk == open_attempt.pk
    assert state["attempts_used"] == 3 and state["attempts_left"] == 0
    assert state["best_score"] == Decimal("66.67")
    assert not state["passed"] and not state["can_start"] and state["reason"]


def test_quiz_state_when_passed_or_not_enrolled_or_anonymous(learner, tree):
    from django.contrib.auth.models import AnonymousUser

    submit(learner, tree, ALL_RIGHT)
    passed = quizzes.quiz_state(learner, tree.quiz)
    assert passed["passed"] and not passed["can_start"]
    assert passed["reason"] == "Anda sudah lulus kuis ini."
    stranger = quizzes.quiz_state(LearnerFactory(), tree.quiz)
    assert not stranger["enrolled"] and not stranger["can_start"] and stranger["reason"]
    anonymous = quizzes.quiz_state(AnonymousUser(), tree.quiz)
    assert not anonymous["can_start"] and anonymous["reason"]


@pytest.mark.parametrize("past_attempts", [1, 10])
def test_quiz_state_runs_a_constant_number_of_queries(
    learner, tree, past_attempts, django_assert_max_num_queries
):
    for _ in range(past_attempts):
        submit(learner, tree, {})
    with django_assert_max_num_queries(2):
        state = quizzes.quiz_state(learner, tree.quiz)
        assert [a.question_total for a in state["attempts"]] == [3] * past_attempts


def test_quiz_slots_read_the_request_user(learner, tree):
    request = RequestFactory().get("/")
    request.user = learner
    html = Template(
        '{% load course_tags quiz_tags %}{% course_slot "quiz_actions" quiz %}|{{ 75|clock }}'
    ).render(Context({"request": request, "quiz": tree.quiz}))
    assert "Mulai kuis" in html and html.endswith("|1:15")
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    html = Template('{% load course_tags %}{% course_slot "quiz_actions" quiz %}').render(
        Context({"request": request, "quiz": tree.quiz})
    )
    assert "Mulai kuis" not in html and "Masuk terlebih dahulu" in html


# --- Pages -------------------------------------------------------------------------------------


def start_url(tree):
    return reverse("learning:quiz_start", args=[tree.quiz.pk])


def take_url(attempt):
    return reverse("learning:quiz_take", args=[attempt.pk])


def result_url(attempt):
    return reverse("learning:quiz_result", args=[attempt.pk])


def post_data(attempt, answers):
    """``answers`` by id, as the take page posts them: by the attempt's tokens.

    An id the attempt does not know is posted as it is (a forged value); a choice id
    of another question is posted as that choice's token (a foreign value).
    """
    questions = {question["id"]: question for question in attempt.questions}
    choices = {c["id"]: c["token"] for q in attempt.questions for c in q["choices"]}
    data = {}
    for question_id, choice_ids in answers.items():
        question = questions.get(question_id)
        own = {c["id"]: c["token"] for c in question["choices"]} if question else {}
        tokens = [own.get(c) or choices.get(c, c) for c in choice_ids]
        data[f"q-{question['token'] if question else question_id}"] = tokens
    return data


def test_full_flow_through_the_pages(client, learner, tree):
    client.force_login(learner)
    response = client.post(start_url(tree))
    attempt = QuizAttempt.objects.get()
    assert response.status_code == 302 and response.url == take_url(attempt)

    response = client.get(take_url(attempt))
    assert response.status_code == 200
    html = response.content.decode()
    attempt.refresh_from_db()
    q1, q2 = attempt.questions[0], attempt.questions[1]
    assert "<fieldset" in html and "<legend>" in html
    assert f'type="radio" name="q-{q1["token"]}" value="{q1["choices"][0]["token"]}"' in html
    assert f'type="checkbox" name="q-{q2["token"]}"' in html

    response = client.post(take_url(attempt), post_data(attempt, ALL_RIGHT))
    assert response.status_code == 302 and response.url == result_url(attempt)
    attempt.refresh_from_db()
    assert attempt.score == Decimal("100.00")

    response = client.get(result_url(attempt))
    assert response.status_code == 200
    assert "Selamat, Anda lulus!" in response.content.decode()


def test_take_page_never_shows_answers_or_feedback(client, learner):
    questions = [
        single_choice("q1", explanation="Penjelasan rahasia"),
        multiple_choice("q2"),
        true_false("q3", explanation="Pembahasan rahasia"),
    ]
    tree = build_course(questions=questions)
    enrolled(learner, tree)
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    html = client.get(take_url(attempt)).content.decode()
    for secret in FEEDBACK_STRINGS + [
        "Penjelasan rahasia",
        "Pembahasan rahasia",
        "is_correct",
        "correct",
        "Jawaban benar",
    ]:
        assert secret not in html


def test_result_page_shows_feedback_and_explanations_when_the_policy_allows(client, learner):
    tree = build_course(
        questions=[single_choice("q1", explanation="Penjelasan soal satu")],
        review={"answers": "immediately"},
    )
    enrolled(learner, tree)
    client.force_login(learner)
    attempt = submit(learner, tree, {"q1": ["q1-b"]})
    html = client.get(result_url(attempt)).content.decode()
    assert "Umpan q1-a" in html and "Umpan q1-b" in html and "Umpan q1-c" not in html
    assert "Penjelasan soal satu" in html
    assert "Belum lulus" in html
    assert f'action="{start_url(tree)}"' in html  # "Coba lagi"


def test_result_of_an_open_attempt_redirects_to_the_questions(client, learner, tree):
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    response = client.get(result_url(attempt))
    assert response.status_code == 302 and response.url == take_url(attempt)


def test_take_page_of_a_submitted_attempt_redirects_to_the_result(client, learner, tree):
    client.force_login(learner)
    attempt = submit(learner, tree, {})
    response = client.get(take_url(attempt))
    assert response.status_code == 302 and response.url == result_url(attempt)


def test_passing_result_links_to_the_next_page(client, learner, tree):
    from courses.models import LessonPage

    next_lesson = tree.module.add_child(
        instance=LessonPage(
            title="Pelajaran sesudah kuis",
            slug="sesudah-kuis",
            body=[{"type": "paragraph", "value": "<p>Isi</p>"}],
        )
    )
    client.force_login(learner)
    attempt = submit(learner, tree, ALL_RIGHT)
    html = client.get(result_url(attempt)).content.decode()
    assert "Pelajaran sesudah kuis" in html and next_lesson.url in html
    assert f'action="{start_url(tree)}"' not in html  # passed: no retake


@pytest.mark.parametrize(
    "answers",
    [
        {"q1": ["q2-a"]},
        {"nope": ["q1-a"]},
        {"q1": ["q1-z"]},
        {"q1": ["q1-a", "q1-b"]},
    ],
)
def test_tampered_posts_are_refused_and_change_nothing(client, learner, tree, answers):
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    response = client.post(take_url(attempt), post_data(attempt, answers))
    assert response.status_code == 400
    assert "Jawaban tidak dapat diterima" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == Status.IN_PROGRESS and attempt.answers == {}


def test_another_users_attempt_is_404_on_every_page(client, learner, tree):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    client.force_login(LearnerFactory())
    assert client.get(take_url(attempt)).status_code == 404
    assert client.post(take_url(attempt), post_data(attempt, ALL_RIGHT)).status_code == 404
    assert client.get(result_url(attempt)).status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == Status.IN_PROGRESS


def test_not_enrolled_start_is_403(client, learner):
    tree = build_course()
    client.force_login(learner)
    response = client.post(start_url(tree))
    assert response.status_code == 403
    assert not QuizAttempt.objects.exists()


def test_start_needs_post_and_login(client, tree):
    assert client.post(start_url(tree)).status_code == 302  # to the login page
    client.force_login(LearnerFactory())
    assert client.get(start_url(tree)).status_code == 405


def test_posting_after_the_deadline_is_410(client, learner):
    tree = build_course(time_limit_minutes=10)
    enrolled(learner, tree)
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(hours=1))
    response = client.post(take_url(attempt), post_data(attempt, ALL_RIGHT))
    assert response.status_code == 410
    assert "Waktu habis" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == Status.EXPIRED and attempt.score == 0


def test_limit_reached_start_is_409(client, learner):
    tree = build_course(attempt_limit=1)
    enrolled(learner, tree)
    submit(learner, tree, {})
    client.force_login(learner)
    assert client.post(start_url(tree)).status_code == 409


def test_timed_quiz_shows_a_countdown(client, learner):
    tree = build_course(time_limit_minutes=15)
    enrolled(learner, tree)
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    html = client.get(take_url(attempt)).content.decode()
    assert "data-quiz-timer" in html and "quiz-timer.js" in html
    assert "14:5" in html or "15:00" in html


def test_untimed_quiz_has_no_countdown(client, learner, tree):
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    html = client.get(take_url(attempt)).content.decode()
    assert "data-quiz-timer" not in html and "quiz-timer.js" not in html


def test_take_page_queries_do_not_grow_with_questions(
    client, learner, django_assert_max_num_queries
):
    small = build_course(questions=default_questions())
    large = build_course(questions=[single_choice(f"l{i}") for i in range(30)])
    for tree in (small, large):
        enrolled(learner, tree)
    client.force_login(learner)
    small_attempt = quizzes.start_attempt(learner, small.quiz)
    large_attempt = quizzes.start_attempt(learner, large.quiz)
    client.get(take_url(small_attempt))  # warm caches (site root, settings)
    with CaptureQueriesContext(connection) as small_queries:
        assert client.get(take_url(small_attempt)).status_code == 200
    with django_assert_max_num_queries(len(small_queries)):
        assert client.get(take_url(large_attempt)).status_code == 200


def test_quiz_page_offers_start_then_resume(client, learner, tree):
    """The content team's quiz page, through the quiz_state tag."""
    client.force_login(learner)
    html = client.get(tree.quiz.url).content.decode()
    assert f'action="{start_url(tree)}"' in html
    attempt = quizzes.start_attempt(learner, tree.quiz)
    html = client.get(tree.quiz.url).content.decode()
    assert f'href="{take_url(attempt)}"' in html
    assert f'action="{start_url(tree)}"' not in html
