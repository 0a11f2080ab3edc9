"""Learner pages kept whole while nothing they show changes (home.page_fragments, issue 12).

The main part of the course page, the catalogue, a lesson and "Belajar Saya" is kept
per learner under a key holding the learner's state token, which every change to
their state replaces in the same transaction (learning.services.learner_state). These
tests hold that a kept page is used, that every kind of change — single rows, bulk
writes by agencies, certificates, a new day, a language — shows on the next request,
and that a kept page never reaches another person or carries a stale form token.
"""

import datetime
import re
import time

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from compliance.services import exemptions
from compliance.services.assignments import AssignmentInput, create_assignment
from courses.models import LessonPage, QuizPage
from home import page_fragments
from learning import api
from learning.models import Enrolment, QuizAttempt, User
from learning.services import learner_state, progress, quizzes
from tests.compliance.world import build_world
from tests.factories import LearnerFactory, build_course
from tests.factories.accounts import make_agency_admin
from tests.factories.courses import add_to_lesson, practice_block
from tests.state_token_guard import StateTokenGuard

pytestmark = pytest.mark.django_db

MY_LEARNING = reverse("learning:my_learning")


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def _main(html):
    """The page's main part (the rest holds per-request CSRF masks and messages)."""
    return html[html.index("<main") : html.index("</main>")]


def _unmasked(html):
    """``_main`` without CSRF tokens: a new log-in draws the page again with new ones."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", _main(html))


def _enrolled(client):
    """A course, and a learner enrolled in it and logged in on ``client``."""
    tree = build_course()
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    client.force_login(learner)
    return tree, learner


def _token(user):
    return User.objects.values_list("state_token", flat=True).get(pk=user.pk)


# --- Kept, and used ------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["course", "catalogue", "lesson", "quiz", "my_learning"])
def test_a_second_visit_is_served_from_the_kept_fragment(client, page):
    tree, learner = _enrolled(client)
    url = {
        "course": tree.course.url,
        "catalogue": tree.course.get_parent().url,
        "lesson": tree.lesson.url,
        "quiz": tree.quiz.url,
        "my_learning": MY_LEARNING,
    }[page]
    client.get(url)  # fills the content cache and the roles version
    learner_state.touch([learner.pk])  # something changed: the next visit draws again
    redrawn, first = _queries(client, url)
    warm, second = _queries(client, url)
    assert _main(second) == _main(first)  # the same CSRF mask too: not drawn again
    assert warm <= redrawn
    assert warm <= 4


def test_belajar_saya_skips_its_context_when_the_fragment_is_kept(client, monkeypatch):
    tree, _learner = _enrolled(client)
    client.get(MY_LEARNING)
    client.get(MY_LEARNING)

    def fail(*args, **kwargs):
        raise AssertionError("the dashboard was built although its fragment was kept")

    monkeypatch.setattr("learning.selectors.learner_dashboard.my_learning", fail)
    assert tree.course.title in client.get(MY_LEARNING).content.decode()


# --- Nothing stale ---------------------------------------------------------------------------


def test_an_agencys_bulk_enrolment_shows_on_belajar_saya_at_once(client):
    tree = build_course()
    learner = LearnerFactory()
    client.force_login(learner)
    assert "Anda belum mengikuti kursus apa pun." in client.get(MY_LEARNING).content.decode()
    client.get(MY_LEARNING)
    api.enrol_learners(user_ids=[learner.pk], course_id=tree.course.pk)  # bulk_create
    html = client.get(MY_LEARNING).content.decode()
    assert "Anda belum mengikuti kursus apa pun." not in html
    assert tree.course.title in html.split("Sedang diikuti")[1].split("Sudah selesai")[0]


def test_a_renewed_yearly_course_shows_as_in_progress_again(client):
    tree = build_course()
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    api.enrol_learners(user_ids=[learner.pk], course_id=tree.course.pk)
    from learning.models import Enrolment

    Enrolment.objects.filter(user=learner).update(completed_at=timezone.now())
    learner_state.touch([learner.pk])  # the test's own shortcut to a completion
    client.force_login(learner)
    done = client.get(MY_LEARNING).content.decode()
    assert tree.course.title in done.split("Sudah selesai")[1]
    api.renew_completions(
        course_id=tree.course.pk,
        user_ids=[learner.pk],
        completed_before=timezone.now() + datetime.timedelta(seconds=1),
    )
    again = client.get(MY_LEARNING).content.decode()
    assert tree.course.title in again.split("Sedang diikuti")[1].split("Sudah selesai")[0]


def test_a_new_assignment_and_an_exemption_show_on_belajar_saya_at_once(client):
    world = build_world(deadline=timezone.localdate() + datetime.timedelta(days=12))
    person = world.people["h2"]
    admin = make_agency_admin(world.agency)
    extra = build_course()
    client.force_login(person.user)
    before = client.get(MY_LEARNING).content.decode()
    assert extra.course.title not in before
    client.get(MY_LEARNING)
    create_assignment(
        agency_id=world.agency.pk,
        data=AssignmentInput(
            course_id=extra.course.pk,
            unit_ids=(),
            deadline_kind="date",
            due_date=timezone.localdate() + datetime.timedelta(days=30),
            due_days=None,
            recurring=False,
            starts_on=timezone.localdate(),
        ),
        created_by=admin,
    )
    assert extra.course.title in client.get(MY_LEARNING).content.decode()
    exemptions.exempt(
        assignment=world.assignment,
        roster_entry_id=person.pk,
        reason="cuti",
        note="",
        created_by=admin,
    )
    assert "Dikecualikan oleh instansi" in client.get(MY_LEARNING).content.decode()


def test_a_new_day_is_a_new_page(client, monkeypatch):
    _tree, _learner = _enrolled(client)
    client.get(MY_LEARNING)
    request = client.get(MY_LEARNING).wsgi_request
    today = page_fragments.fragment_key(request, "my-learning")
    assert today is not None
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(page_fragments.timezone, "localdate", lambda: tomorrow)
    assert page_fragments.fragment_key(request, "my-learning") != today


def test_a_started_attempt_shows_at_once_and_its_time_running_out_too(client):
    """A running attempt is kept only until its time (and grace) are up: then the page
    says it expired, as the page drawn afresh would."""
    tree = build_course(time_limit_minutes=5)
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    client.force_login(learner)
    quiz = QuizPage.objects.get(pk=tree.quiz.pk)
    client.get(quiz.url)
    assert "Mulai kuis" in client.get(quiz.url).content.decode()
    attempt = quizzes.start_attempt(learner, quiz)
    assert "Lanjutkan percobaan" in client.get(quiz.url).content.decode()
    # Only two seconds left of the time and its grace (set by hand; no new token).
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - quizzes.SUBMIT_GRACE + datetime.timedelta(seconds=2)
    )
    learner_state.touch([learner.pk])
    assert "Lanjutkan percobaan" in client.get(quiz.url).content.decode()
    assert "Lanjutkan percobaan" in client.get(quiz.url).content.decode()  # kept
    time.sleep(2.5)
    html = client.get(quiz.url).content.decode()
    assert "Lanjutkan percobaan" not in html


def test_a_language_switch_shows_on_the_next_request(client):
    _tree, _learner = _enrolled(client)
    client.get(MY_LEARNING)
    assert "Sedang diikuti" in client.get(MY_LEARNING).content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get(MY_LEARNING).content.decode()
    assert "Sedang diikuti" not in english
    assert "In progress" in english


def test_an_answer_handed_back_after_a_refusal_is_shown_not_the_kept_page(client):
    tree = build_course()
    lesson = LessonPage.objects.get(pk=tree.lesson.pk)
    add_to_lesson(lesson, practice_block("tugas-1", allow_link=True))
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    client.force_login(learner)
    client.get(tree.lesson.url)
    client.get(tree.lesson.url)  # kept now
    response = client.post(
        reverse("learning:practice_submit", args=[lesson.pk, "tugas-1"]),
        {"response": "Jawaban yang ditolak karena tautannya", "link_url": "bukan tautan"},
    )
    assert response.status_code == 302
    html = client.get(tree.lesson.url).content.decode()
    assert "Jawaban yang ditolak karena tautannya" in html


@pytest.mark.parametrize("page", ["lesson", "quiz"])
def test_a_kept_lesson_or_quiz_opens_without_asking_the_database_again(client, page):
    tree, _learner = _enrolled(client)
    url = tree.lesson.url if page == "lesson" else tree.quiz.url
    client.get(url)
    client.get(url)
    queries, html = _queries(client, url)
    assert queries <= 2  # the account (and nothing of the course, enrolment or outline)
    assert tree.course.title in html


def test_an_enrolment_taken_away_closes_a_kept_lesson_at_once(client):
    tree, learner = _enrolled(client)
    for _ in range(2):
        assert client.get(tree.lesson.url).status_code == 200
    complete_form = f'action="{reverse("learning:lesson_complete", args=[tree.lesson.pk])}"'
    assert complete_form in client.get(tree.lesson.url).content.decode()  # kept, open
    Enrolment.objects.get(user=learner, course=tree.course).delete()  # an admin's mistake fixed
    response = client.get(tree.lesson.url)
    assert response.status_code != 200 or "Daftar ke kursus ini" in response.content.decode()
    assert complete_form not in response.content.decode()


def test_a_lesson_behind_a_password_is_checked_every_time(client):
    from wagtail.models import PageViewRestriction

    tree, _learner = _enrolled(client)
    client.get(tree.lesson.url)
    complete_form = f'action="{reverse("learning:lesson_complete", args=[tree.lesson.pk])}"'
    assert complete_form in client.get(tree.lesson.url).content.decode()
    PageViewRestriction.objects.create(
        page=tree.lesson, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    for _ in range(3):
        html = client.get(tree.lesson.url).content.decode()
        assert complete_form not in html  # the password form each time
        assert 'name="password"' in html


# --- Nothing leaked --------------------------------------------------------------------------


def test_two_learners_each_get_their_own_kept_pages(client):
    tree = build_course()
    first = LearnerFactory(full_name="Peserta Satu")
    second = LearnerFactory(full_name="Peserta Dua")
    progress.enrol(first, tree.course)
    progress.complete_lesson(first, LessonPage.objects.get(pk=tree.lesson.pk))
    pages = {}
    for learner in (first, second, first, second):
        client.force_login(learner)
        pages.setdefault(learner.pk, []).append(
            (client.get(tree.course.url).content.decode(), client.get(MY_LEARNING).content.decode())
        )
    for learner in (first, second):
        (course_a, mine_a), (course_b, mine_b) = pages[learner.pk]
        assert _unmasked(course_a) == _unmasked(course_b)
        assert _unmasked(mine_a) == _unmasked(mine_b)
    first_course, first_mine = pages[first.pk][1]
    second_course, second_mine = pages[second.pk][1]
    assert first_course != second_course
    assert tree.course.title in first_mine.split("Sedang diikuti")[1]
    assert "Anda belum mengikuti kursus apa pun." in second_mine


def _enrol_form_token(html, course_id):
    action = reverse("learning:enrol", args=[course_id])
    form = html[html.index(f'action="{action}"') :]
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)


def test_a_kept_page_carries_a_form_token_valid_for_each_browser():
    """Two browsers of one learner: each kept copy holds its own browser's CSRF token."""
    tree = build_course()
    learner = LearnerFactory()
    browsers = [Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)]
    for browser in browsers:
        browser.force_login(learner)
        for _ in range(3):  # the first sets the CSRF cookie; then drawn and kept
            html = browser.get(tree.course.url).content.decode()
    token = _enrol_form_token(html, tree.course.pk)
    response = browsers[1].post(
        reverse("learning:enrol", args=[tree.course.pk]), {"csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302  # not 403
    assert learner.enrolments.filter(course_id=tree.course.pk).exists()


def test_an_anonymous_visitor_never_gets_a_learners_kept_page(client):
    tree = build_course()
    learner = LearnerFactory(full_name="Peserta Rahasia")
    progress.enrol(learner, tree.course)
    client.force_login(learner)
    client.get(tree.course.url)
    client.get(tree.course.url)
    client.logout()
    html = client.get(tree.course.url).content.decode()
    assert "Peserta Rahasia" not in html
    assert reverse("learning:enrol", args=[tree.course.pk]) not in html or "Daftar" in html


# --- The state token -------------------------------------------------------------------------


def test_every_learner_write_gives_a_new_token():
    tree = build_course()
    learner = LearnerFactory()
    lesson = LessonPage.objects.get(pk=tree.lesson.pk)
    seen = {_token(learner)}
    for step in (
        lambda: progress.enrol(learner, tree.course),
        lambda: progress.record_visit(learner, lesson),
        lambda: progress.complete_lesson(learner, lesson),
        lambda: learner.__class__.objects.get(pk=learner.pk).save(),
    ):
        step()
        token = _token(learner)
        assert token not in seen
        seen.add(token)


def test_an_account_saved_back_from_an_old_copy_never_brings_back_an_old_token():
    learner = LearnerFactory()
    old_copy = User.objects.get(pk=learner.pk)
    learner_state.touch([learner.pk])
    newer = _token(learner)
    old_copy.full_name = "Nama dari salinan lama"
    old_copy.save()  # writes the old token back; its receiver replaces it at once
    assert _token(learner) not in {old_copy.state_token, newer}


def test_the_guard_catches_a_bulk_write_without_a_new_token(monkeypatch):
    monkeypatch.setattr("tests.state_token_guard._written_by_product_code", lambda: True)
    guard = StateTokenGuard()

    class Cursor:
        rowcount = 1

    def run(sql):
        guard(lambda *args: None, sql, None, False, {"cursor": Cursor()})

    run('UPDATE "learning_enrolment" SET "last_page_id" = %s WHERE "id" = %s')
    assert guard.pending
    run('UPDATE "learning_user" SET "state_token" = %s WHERE "id" IN (%s)')
    assert not guard.pending
    run('UPDATE "learning_quizattempt" SET "draft_answers" = %s WHERE "id" = %s')
    assert not guard.pending  # bookkeeping no page shows
    run('UPDATE "learning_quizattempt" SET "draft_answers" = %s, "status" = %s WHERE "id" = %s')
    assert guard.pending
    run('UPDATE "learning_user" SET "state_token" = %s WHERE "id" IN (%s)')
    run('SAVEPOINT "s1"')
    run('DELETE FROM "learning_lessoncompletion" WHERE "user_id" = %s')
    assert guard.pending
    run('ROLLBACK TO SAVEPOINT "s1"')
    assert not guard.pending  # undone: nothing to replace
    run('UPDATE "certificates_certificate" SET "emailed_at" = %s, "status" = %s')
    assert guard.pending


def test_the_guard_leaves_a_tests_own_writes_alone():
    from tests import state_token_guard

    def execute_wrapper():  # where the guard asks, one frame below the write
        return state_token_guard._written_by_product_code()

    assert execute_wrapper() is False  # the innermost project frame is this test


def test_an_account_written_in_sql_gets_an_empty_state_token():
    """Bulk loaders (the national benchmark's generator, a data migration) insert
    accounts in SQL without naming the column: the database fills it in."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO learning_user (password, is_superuser, is_staff, is_active,"
            " date_joined, email, full_name, position, staff_status)"
            " VALUES ('!', %s, %s, %s, %s, 'sql@contoh.go.id', 'Akun SQL', '', '')",
            [False, False, True, timezone.now()],
        )
    assert User.objects.get(email="sql@contoh.go.id").state_token == ""
