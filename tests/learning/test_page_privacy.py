"""Wagtail page privacy binds every learning endpoint, not only the page itself.

A password, login or group restriction (PageViewRestriction) on a course, or on any
page above or below it, closes enrolment, lesson completion, practice assignments,
quiz start, taking and results, and the lesson and quiz pages — through the one
gate, ``material.material_refusal`` — even for a learner enrolled before the
restriction was set. Nothing is written on a refusal.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from courses.models import LessonPage
from learning.models import Enrolment, LessonCompletion, PracticeSubmission, QuizAttempt
from learning.selectors import material
from learning.services import progress, quizzes
from tests.factories import LearnerFactory, build_course

pytestmark = pytest.mark.django_db

BLOCK_ID = "tugas-privat"
ANSWERS = {"q1": ["q1-a"], "q2": ["q2-a", "q2-b"], "q3": ["true"]}


def posted(attempt, answers):
    """``answers`` by id as the take page posts them: by the attempt's tokens."""
    data = {}
    for question in attempt.questions:
        if question["id"] in answers:
            tokens = {choice["id"]: choice["token"] for choice in question["choices"]}
            data[f"q-{question['token']}"] = [tokens[c] for c in answers[question["id"]]]
    return data


PASSWORD = "sandi-kursus-1"
SESSION_KEY = PageViewRestriction.passed_view_restrictions_session_key


@pytest.fixture
def tree():
    tree = build_course()
    lesson = LessonPage.objects.get(pk=tree.lesson.pk)
    lesson.body = [
        {"type": "paragraph", "value": "<p>Isi rahasia</p>"},
        {
            "type": "practice_assignment",
            "id": BLOCK_ID,
            "value": {"title": "Tugas", "prompt": "<p>Tulis.</p>", "allow_link": False},
        },
    ]
    lesson.save_revision().publish()
    tree.lesson = LessonPage.objects.get(pk=lesson.pk)
    return tree


@pytest.fixture
def group():
    return Group.objects.create(name="Peserta Angkatan Khusus")


def restrict(page, kind, group=None):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=PASSWORD if kind == "password" else ""
    )
    if group is not None:
        restriction.groups.add(group)
    return restriction


def enrolled_learner(tree):
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    return learner


def give_password(client, restriction):
    session = client.session
    session[SESSION_KEY] = [restriction.pk]
    session.save()


# --- Each endpoint: what it does, and how to see whether it did it ------------------


def _enrol(client, tree, learner):
    Enrolment.objects.filter(user=learner).delete()
    response = client.post(reverse("learning:enrol", args=[tree.course.pk]))
    return response, Enrolment.objects.filter(user=learner, course=tree.course).exists()


def _complete_lesson(client, tree, learner):
    response = client.post(reverse("learning:lesson_complete", args=[tree.lesson.pk]))
    return response, LessonCompletion.objects.filter(user=learner).exists()


def _submit_practice(client, tree, learner):
    response = client.post(
        reverse("learning:practice_submit", args=[tree.lesson.pk, BLOCK_ID]),
        {"response": "<p>Jawaban saya</p>"},
    )
    return response, PracticeSubmission.objects.filter(user=learner).exists()


def _start_quiz(client, tree, learner):
    response = client.post(reverse("learning:quiz_start", args=[tree.quiz.pk]))
    return response, QuizAttempt.objects.filter(user=learner).exists()


def _take_quiz(client, tree, learner):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    response = client.get(reverse("learning:quiz_take", args=[attempt.pk]))
    return response, "Pertanyaan q1" in response.content.decode()


def _submit_quiz(client, tree, learner):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    response = client.post(
        reverse("learning:quiz_take", args=[attempt.pk]), posted(attempt, ANSWERS)
    )
    attempt.refresh_from_db()
    return response, attempt.status != QuizAttempt.Status.IN_PROGRESS


def _autosave_quiz(client, tree, learner):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    response = client.post(
        reverse("learning:quiz_autosave", args=[attempt.pk]), posted(attempt, {"q1": ["q1-b"]})
    )
    attempt.refresh_from_db()
    return response, attempt.draft_answers != {}


def _quiz_result(client, tree, learner):
    attempt = quizzes.start_attempt(learner, tree.quiz)
    quizzes.submit_attempt(learner, attempt.pk, {"q1": ["q1-b"]})
    response = client.get(reverse("learning:quiz_result", args=[attempt.pk]))
    return response, "Umpan q1-b" in response.content.decode()  # the learner's choice


def _read_lesson(client, tree, learner):
    response = client.get(tree.lesson.url)
    return response, "Isi rahasia" in response.content.decode()


def _read_quiz(client, tree, learner):
    response = client.get(tree.quiz.url)
    return response, response.status_code == 200 and "Mulai" in response.content.decode()


ENDPOINTS = {
    "enrol": _enrol,
    "lesson_complete": _complete_lesson,
    "practice_submit": _submit_practice,
    "quiz_start": _start_quiz,
    "quiz_take": _take_quiz,
    "quiz_submit": _submit_quiz,
    "quiz_autosave": _autosave_quiz,
    "quiz_result": _quiz_result,
    "lesson_page": _read_lesson,
    "quiz_page": _read_quiz,
}


# --- Refused -------------------------------------------------------------------------


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_password_restriction_on_the_course_closes_every_learning_endpoint(client, tree, endpoint):
    learner = enrolled_learner(tree)
    restrict(tree.course, PageViewRestriction.PASSWORD)
    client.force_login(learner)

    response, done = ENDPOINTS[endpoint](client, tree, learner)

    assert not done
    if endpoint.endswith("_page"):  # Wagtail asks for the password on the page itself
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
    else:  # sent to the page, where Wagtail asks for the password
        assert response.status_code == 302
        assert not response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_group_restriction_on_the_course_closes_every_learning_endpoint_to_others(
    client, tree, group, endpoint
):
    learner = enrolled_learner(tree)
    restrict(tree.course, PageViewRestriction.GROUPS, group=group)
    client.force_login(learner)

    response, done = ENDPOINTS[endpoint](client, tree, learner)

    assert not done
    assert response.status_code == 403
    assert "hanya terbuka bagi kelompok pengguna tertentu" in response.content.decode()


@pytest.mark.parametrize("endpoint", ["lesson_page", "quiz_page"])
def test_login_restriction_sends_anonymous_visitors_to_log_in(client, tree, endpoint):
    restrict(tree.course, PageViewRestriction.LOGIN)
    page = tree.lesson if endpoint == "lesson_page" else tree.quiz

    response = client.get(page.url)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("endpoint", [name for name in ENDPOINTS if not name.endswith("_page")])
def test_login_restriction_lets_an_enrolled_learner_use_every_endpoint(client, tree, endpoint):
    learner = enrolled_learner(tree)
    restrict(tree.course, PageViewRestriction.LOGIN)
    client.force_login(learner)

    _response, done = ENDPOINTS[endpoint](client, tree, learner)

    assert done


def test_anonymous_post_to_a_login_restricted_course_is_sent_to_log_in(client, tree):
    restrict(tree.course, PageViewRestriction.LOGIN)

    response = client.post(reverse("learning:enrol", args=[tree.course.pk]))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert not Enrolment.objects.exists()


# --- Where the restriction sits ----------------------------------------------------------


def test_password_on_the_catalogue_closes_enrolment_below_it(client, tree):
    learner = LearnerFactory()
    restrict(tree.index, PageViewRestriction.PASSWORD)
    client.force_login(learner)

    response, done = _enrol(client, tree, learner)

    assert not done
    assert response.status_code == 302


@pytest.mark.parametrize(
    "endpoint, page_name",
    [
        ("lesson_complete", "lesson"),
        ("practice_submit", "lesson"),
        ("quiz_start", "quiz"),
        ("quiz_take", "quiz"),
        ("quiz_result", "quiz"),
        ("lesson_page", "lesson"),
    ],
)
def test_group_restriction_on_the_page_itself_is_honoured(client, tree, group, endpoint, page_name):
    learner = enrolled_learner(tree)
    restrict(getattr(tree, page_name), PageViewRestriction.GROUPS, group=group)
    client.force_login(learner)

    response, done = ENDPOINTS[endpoint](client, tree, learner)

    assert not done
    assert response.status_code == 403


# --- Let through -------------------------------------------------------------------------


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_learner_who_gave_the_password_uses_every_endpoint(client, tree, endpoint):
    learner = enrolled_learner(tree)
    restriction = restrict(tree.course, PageViewRestriction.PASSWORD)
    client.force_login(learner)
    give_password(client, restriction)

    _response, done = ENDPOINTS[endpoint](client, tree, learner)

    assert done


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_group_member_uses_every_endpoint(client, tree, group, endpoint):
    learner = enrolled_learner(tree)
    learner.groups.add(group)
    restrict(tree.course, PageViewRestriction.GROUPS, group=group)
    client.force_login(learner)

    _response, done = ENDPOINTS[endpoint](client, tree, learner)

    assert done


def test_the_gate_names_each_refusal(rf, tree, group):
    learner = enrolled_learner(tree)
    request = rf.get("/")
    request.user, request.session = learner, {}
    assert material.material_refusal(request, tree.lesson) is None

    restriction = restrict(tree.course, PageViewRestriction.PASSWORD)
    assert material.material_refusal(request, tree.lesson).kind == material.PASSWORD
    request.session[SESSION_KEY] = [restriction.pk]
    assert material.may_open_material(request, tree.lesson)

    restrict(tree.module, PageViewRestriction.GROUPS, group=group)
    assert material.material_refusal(request, tree.quiz).kind == material.GROUPS
