"""Answers on their way in: opaque per-attempt tokens, drafts saved as the learner
answers, fresh draws per attempt, and one grade per attempt under concurrency."""

import itertools
import random
import re
import threading
from collections import Counter

import pytest
from django.db import connection, connections
from django.urls import reverse

from learning.models import Enrolment, QuizAttempt
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


@pytest.fixture
def learner():
    return LearnerFactory()


@pytest.fixture
def tree(learner):
    """q1 single (a), q2 multiple (a+b), q3 true/false (true); learner enrolled."""
    tree = build_course(questions=default_questions())
    Enrolment.objects.create(user=learner, course=tree.course)
    return tree


def tokens(attempt, question_id, *choice_ids):
    """The posted field name and values for ``choice_ids`` of one question."""
    question = next(q for q in attempt.questions if q["id"] == question_id)
    by_id = {choice["id"]: choice["token"] for choice in question["choices"]}
    return f"q-{question['token']}", [by_id[choice_id] for choice_id in choice_ids]


def form(attempt, answers):
    """What the take page posts for ``answers`` (by id)."""
    return dict(tokens(attempt, question_id, *ids) for question_id, ids in answers.items())


def posted(attempt, answers):
    """What the views hand the service: the form without the "q-" prefix."""
    return {name.removeprefix("q-"): values for name, values in form(attempt, answers).items()}


def take_url(attempt):
    return reverse("learning:quiz_take", args=[attempt.pk])


def save_url(attempt):
    return reverse("learning:quiz_autosave", args=[attempt.pk])


JSON = {"HTTP_ACCEPT": "application/json"}


# --- Opaque choice ids ----------------------------------------------------------------------


def test_every_question_and_choice_gets_a_random_token_unique_in_the_attempt(learner, tree):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    items = list(attempt.questions) + [c for q in attempt.questions for c in q["choices"]]
    all_tokens = [item["token"] for item in items]
    assert len(set(all_tokens)) == len(all_tokens) == 3 + 3 + 4 + 2
    for item in items:
        assert re.fullmatch(r"[A-Za-z0-9_-]{12}", item["token"])
        assert item["id"] not in item["token"]


def test_tokens_differ_from_one_attempt_to_the_next(learner, tree):
    first = quizzes.start_attempt(learner, tree.quiz)
    quizzes.submit_attempt(learner, first.pk, {})
    second = quizzes.start_attempt(learner, tree.quiz)
    tokens_of = lambda a: {c["token"] for q in a.questions for c in q["choices"]}  # noqa: E731
    assert not tokens_of(first) & tokens_of(second)


def test_take_page_shows_tokens_never_ids(client, learner):
    tree = build_course(
        questions=[
            single_choice("hnh-m1-q1", prompt="Soal satu"),
            multiple_choice("hnh-m1-q2", prompt="Soal dua"),
            true_false("tf", prompt="Soal tiga"),
        ]
    )
    Enrolment.objects.create(user=learner, course=tree.course)
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    html = client.get(take_url(attempt)).content.decode()
    assert "hnh-m1" not in html
    inputs = re.findall(r'<input type="(?:radio|checkbox)" name="q-([^"]+)" value="([^"]+)"', html)
    ids = {"tf", "true", "false"} | {
        item["id"] for q in attempt.questions for item in [q, *q["choices"]]
    }
    assert not {part for pair in inputs for part in pair} & ids
    assert [value for _name, value in inputs] == [
        c["token"] for q in attempt.questions for c in q["choices"]
    ]


def test_token_order_says_nothing_about_the_correct_choice(learner):
    """Where the correct choice's token sorts among its question's tokens is uniform."""
    tree = build_course(questions=[single_choice("q", correct="a", letters="abcd")])
    Enrolment.objects.create(user=learner, course=tree.course)
    ranks = Counter()
    for _ in range(400):
        question = quizzes.draw_questions(tree.quiz)[0]
        ordered = sorted(question["choices"], key=lambda choice: choice["token"])
        ranks[next(i for i, c in enumerate(ordered) if c["is_correct"])] += 1
    # Each rank expects 100 of 400; 40..160 is far outside chance (p < 1e-9).
    assert set(ranks) == {0, 1, 2, 3}
    assert all(40 <= count <= 160 for count in ranks.values()), ranks


@pytest.mark.parametrize(
    "forge",
    [
        lambda attempt, other: {"q-bukan-token": ["x"]},  # unknown question
        lambda attempt, other: {f"q-{attempt.questions[0]['token']}": ["q1-a"]},  # an id
        lambda attempt, other: {  # another question's choice
            f"q-{attempt.questions[0]['token']}": [attempt.questions[1]["choices"][0]["token"]]
        },
        lambda attempt, other: form(other, {"q1": ["q1-a"]}),  # another learner's attempt
        lambda attempt, other: {  # the right question, another attempt's choice
            f"q-{attempt.questions[0]['token']}": [other.questions[0]["choices"][0]["token"]]
        },
    ],
)
def test_forged_or_foreign_tokens_are_a_form_error_and_change_nothing(client, learner, tree, forge):
    other_learner = LearnerFactory()
    Enrolment.objects.create(user=other_learner, course=tree.course)
    other = quizzes.start_attempt(other_learner, tree.quiz)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    client.force_login(learner)
    data = forge(attempt, other)
    for url, extra in ((take_url(attempt), {}), (save_url(attempt), {}), (save_url(attempt), JSON)):
        response = client.post(url, data, **extra)
        assert response.status_code == 400, url
        body = response.content.decode()
        assert "tidak ada dalam percobaan ini" in body or "tidak dikenal" in body
    response = client.post(take_url(attempt), data)
    assert "Jawaban tidak dapat diterima" in response.content.decode()
    assert 'name="q-' in response.content.decode()  # the questions again, to fix and resend
    attempt.refresh_from_db()
    assert attempt.status == Status.IN_PROGRESS
    assert attempt.answers == {} and attempt.draft_answers == {}


# --- Drafts saved as the learner answers ----------------------------------------------------


def test_autosave_keeps_answers_and_the_take_page_ticks_them(client, learner, tree):
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    response = client.post(save_url(attempt), form(attempt, {"q1": ["q1-b"]}), **JSON)
    assert response.status_code == 200 and response.json() == {"saved": True}
    response = client.post(
        save_url(attempt), form(attempt, {"q1": ["q1-c"], "q2": ["q2-b", "q2-a"]}), **JSON
    )
    assert response.status_code == 200
    attempt.refresh_from_db()
    assert attempt.draft_answers == {"q1": ["q1-c"], "q2": ["q2-a", "q2-b"]}
    assert attempt.status == Status.IN_PROGRESS and attempt.score is None

    html = client.get(take_url(attempt)).content.decode()
    checked = re.findall(r'value="([^"]+)" id="[^"]+" checked', html)
    name_c = tokens(attempt, "q1", "q1-c")[1]
    name_ab = tokens(attempt, "q2", "q2-a", "q2-b")[1]
    assert sorted(checked) == sorted(name_c + name_ab)


def test_autosave_without_script_redirects_back_with_a_message(client, learner, tree):
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    response = client.post(save_url(attempt), form(attempt, {"q3": ["false"]}), follow=True)
    assert response.redirect_chain == [(take_url(attempt), 302)]
    assert "Jawaban Anda tersimpan" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.draft_answers == {"q3": ["false"]}


def test_resuming_an_attempt_keeps_the_draft(learner, tree):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    quizzes.save_draft(learner, attempt.pk, posted(attempt, {"q3": ["true"]}))
    resumed = quizzes.start_attempt(learner, tree.quiz)
    assert resumed.pk == attempt.pk
    shown = quizzes.questions_for_display(resumed)
    assert [c["checked"] for c in shown[2]["choices"]] == [True, False]
    assert shown[2]["answered"] and not shown[0]["answered"]


def test_submitting_grades_the_posted_form_and_clears_the_draft(client, learner, tree):
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    quizzes.save_draft(learner, attempt.pk, posted(attempt, {"q1": ["q1-b"]}))
    answers = {"q1": ["q1-a"], "q2": ["q2-a", "q2-b"], "q3": ["true"]}
    client.post(take_url(attempt), form(attempt, answers))
    attempt.refresh_from_db()
    assert attempt.status == Status.SUBMITTED and attempt.score == 100
    assert attempt.answers == answers and attempt.draft_answers == {}


def test_autosave_of_another_learners_attempt_is_404(client, learner, tree):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    client.force_login(LearnerFactory())
    data = form(attempt, {"q1": ["q1-b"]})
    assert client.post(save_url(attempt), data, **JSON).status_code == 404
    assert client.post(save_url(attempt), data).status_code == 404
    attempt.refresh_from_db()
    assert attempt.draft_answers == {}


def test_autosave_of_a_submitted_attempt_is_refused(client, learner, tree):
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    quizzes.submit_attempt(learner, attempt.pk, {"q1": ["q1-a"]})
    response = client.post(save_url(attempt), form(attempt, {"q1": ["q1-b"]}), **JSON)
    assert response.status_code == 409
    assert "sudah dikumpulkan" in response.json()["message"]
    attempt.refresh_from_db()
    assert attempt.answers == {"q1": ["q1-a"]} and attempt.draft_answers == {}


def test_autosave_after_the_deadline_is_refused(client, learner):
    from datetime import timedelta

    from django.utils import timezone

    tree = build_course(time_limit_minutes=5)
    Enrolment.objects.create(user=learner, course=tree.course)
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(hours=1))
    response = client.post(save_url(attempt), form(attempt, {"q1": ["q1-b"]}), **JSON)
    assert response.status_code == 410
    attempt.refresh_from_db()
    assert attempt.status == Status.EXPIRED and attempt.draft_answers == {}


def test_autosave_needs_login_and_post(client, learner, tree):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    response = client.post(save_url(attempt), {})
    assert response.status_code == 302 and "/akun/login/" in response["Location"]
    client.force_login(learner)
    assert client.get(save_url(attempt)).status_code == 405


def test_autosave_checks_csrf(learner, tree):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    response = client.post(save_url(attempt), form(attempt, {"q1": ["q1-b"]}), **JSON)
    assert response.status_code == 403
    attempt.refresh_from_db()
    assert attempt.draft_answers == {}


@pytest.mark.parametrize(
    "answers",
    [
        {"q1": ["q1-a", "q1-b"]},  # two choices for a single-choice question
        {"q2": ["q2-a", "q2-a"]},  # the same choice twice
    ],
)
def test_autosave_refuses_what_submission_refuses(client, learner, tree, answers):
    client.force_login(learner)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    response = client.post(save_url(attempt), form(attempt, answers), **JSON)
    assert response.status_code == 400 and response.json()["saved"] is False
    attempt.refresh_from_db()
    assert attempt.draft_answers == {}


# --- Fresh draws ---------------------------------------------------------------------------------


def test_each_attempt_draws_afresh_from_the_pool(learner, monkeypatch):
    pool = [single_choice(f"p{i}") for i in range(6)]
    tree = build_course(questions=pool, draw_count=2)
    Enrolment.objects.create(user=learner, course=tree.course)
    monkeypatch.setattr(quizzes, "_random", random.Random(2026))  # deterministic
    draws = []
    for _ in range(40):
        attempt = quizzes.start_attempt(learner, tree.quiz)
        assert quizzes.start_attempt(learner, tree.quiz).pk == attempt.pk  # resumed, no redraw
        draws.append(frozenset(q["id"] for q in attempt.questions))
        quizzes.submit_attempt(learner, attempt.pk, {})
    assert all(len(draw) == 2 for draw in draws)
    # 15 possible pairs; 40 draws of a fixed pair would be a stale draw.
    assert len(set(draws)) >= 8
    seen = Counter(question for draw in draws for question in draw)
    assert set(seen) == {f"p{i}" for i in range(6)}
    assert sum(1 for a, b in itertools.pairwise(draws) if a != b) >= 20


def test_the_draw_is_uniform_over_the_pool(learner):
    tree = build_course(questions=[single_choice(f"p{i}") for i in range(5)], draw_count=2)
    seen = Counter(q["id"] for _ in range(1000) for q in quizzes.draw_questions(tree.quiz))
    # Each question expects 400 of 2000; 300..500 is beyond 6 standard deviations.
    assert all(300 <= count <= 500 for count in seen.values()), seen


# --- One grade per attempt, even at the same instant ----------------------------------------


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_submissions_grade_once(monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent connections")
    from learning.services import progress

    completions = []
    monkeypatch.setattr(
        progress, "check_course_completion", lambda user, course: completions.append(user.pk)
    )
    learner = LearnerFactory()
    tree = build_course(questions=default_questions())
    Enrolment.objects.create(user=learner, course=tree.course)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    right = {"q1": ["q1-a"], "q2": ["q2-a", "q2-b"], "q3": ["true"]}
    wrong = {"q1": ["q1-b"]}
    barrier = threading.Barrier(2)
    outcomes = []

    def submit(answers):
        try:
            barrier.wait()
            outcomes.append(("graded", quizzes.submit_attempt(learner, attempt.pk, answers).score))
        except QuizError as error:
            outcomes.append(("refused", error.status))
        finally:
            connections.close_all()

    for _round in range(5):
        threads = [threading.Thread(target=submit, args=(a,)) for a in (right, wrong)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        graded = [o for o in outcomes if o[0] == "graded"]
        assert len(graded) == 1 and ("refused", 409) in outcomes, outcomes
        stored = QuizAttempt.objects.get(pk=attempt.pk)
        assert stored.score == graded[0][1]
        assert len(completions) == (1 if stored.passed else 0)
        # Next round: a fresh attempt.
        QuizAttempt.objects.filter(pk=attempt.pk).update(archived=True)
        attempt = quizzes.start_attempt(learner, tree.quiz)
        outcomes.clear()
        completions.clear()
