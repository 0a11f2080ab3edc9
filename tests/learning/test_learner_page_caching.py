"""Learner pages with cached content: nothing stale, nothing leaked, few queries (issue 12).

The lesson body, the course outline's structure, the page at a URL and the site's
settings are kept in the cache (home.content_cache); a learner's own state never
is. These tests hold both halves: a change shows on the very next request, and one
learner's state never reaches another learner's page.
"""

import itertools

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import LessonPage, ModulePage, QuizPage
from learning.models import PracticeSubmission
from learning.services import progress
from tests.factories import LearnerFactory, build_course

pytestmark = pytest.mark.django_db

_slugs = itertools.count(1)

CHECKLIST = {
    "type": "checklist",
    "value": {"title": "Sebelum mengunggah", "items": ["Cek sumber", "Cek ejaan"]},
}
PRACTICE = {
    "type": "practice_assignment",
    "id": "tugas-1",
    "value": {
        "title": "Tulis ulang unggahan",
        "prompt": "<p>Tulis ulang pengumuman layanan.</p>",
        "allow_link": False,
    },
}


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _course(lessons=3, body=None):
    """A course with ``lessons`` lessons in one module and a quiz in a second one."""
    tree = build_course(lesson_body=body or [{"type": "paragraph", "value": "<p>Isi awal</p>"}])
    for _ in range(lessons - 1):
        n = next(_slugs)
        _publish(
            tree.module,
            LessonPage(
                title=f"Pelajaran tambahan {n}",
                slug=f"pelajaran-cache-{n}",
                body=[{"type": "paragraph", "value": f"<p>Isi {n}</p>"}],
            ),
        )
    n = next(_slugs)
    module2 = _publish(tree.course, ModulePage(title=f"Modul {n}", slug=f"modul-cache-{n}"))
    _publish(
        module2,
        QuizPage(title=f"Kuis {n}", slug=f"kuis-cache-{n}", questions=tree.quiz.questions.raw_data),
    )
    return tree


def _login(client, tree, *, enrol=True):
    learner = LearnerFactory()
    if enrol:
        progress.enrol(learner, tree.course)
    client.force_login(learner)
    return learner


def _count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


# --- Nothing stale -------------------------------------------------------------------------


def _lesson_after_a_new_body(client, text, *, publish):
    """The lesson page, read twice (so the second comes from the cache), then again after
    a new revision of its body with ``text`` (published or left as a draft)."""
    tree = _course()
    _login(client, tree)
    assert "Isi awal" in client.get(tree.lesson.url).content.decode()
    assert "Isi awal" in client.get(tree.lesson.url).content.decode()  # now from the cache
    lesson = LessonPage.objects.get(pk=tree.lesson.pk)
    lesson.body = [{"type": "paragraph", "value": f"<p>{text}</p>"}]
    revision = lesson.save_revision()
    if publish:
        revision.publish()
    return client.get(tree.lesson.url).content.decode()


def test_a_published_change_to_a_lesson_shows_on_the_next_request(client):
    page = _lesson_after_a_new_body(client, "Isi yang diperbarui", publish=True)
    assert "Isi yang diperbarui" in page
    assert "Isi awal" not in page


def test_a_draft_change_is_not_served_until_it_is_published(client):
    page = _lesson_after_a_new_body(client, "Draf belum terbit", publish=False)
    assert "Isi awal" in page  # a draft: the live page keeps its content
    assert "Draf belum terbit" not in page


def test_a_renamed_lesson_shows_its_new_title_in_the_outline_and_page(client):
    tree = _course()
    _login(client, tree)
    client.get(tree.course.url)
    lesson = LessonPage.objects.get(pk=tree.lesson.pk)
    lesson.title = "Judul baru pelajaran"
    lesson.save_revision().publish()
    assert "Judul baru pelajaran" in client.get(tree.course.url).content.decode()
    assert "Judul baru pelajaran" in client.get(tree.lesson.url).content.decode()


def test_an_unpublished_module_takes_its_lesson_off_the_site_at_once(client):
    tree = _course()
    _login(client, tree)
    assert client.get(tree.lesson.url).status_code == 200
    ModulePage.objects.get(pk=tree.module.pk).unpublish()
    assert client.get(tree.lesson.url).status_code == 404


def _complete_form(tree):
    """The lesson's "finish" form: shown to an enrolled learner who has not finished it."""
    return f'action="{reverse("learning:lesson_complete", args=[tree.lesson.pk])}"'


def test_a_completion_shows_on_the_next_request(client):
    tree = _course()
    learner = _login(client, tree)
    complete_form = _complete_form(tree)
    before = client.get(tree.lesson.url).content.decode()
    assert complete_form in before
    progress.complete_lesson(learner, LessonPage.objects.get(pk=tree.lesson.pk))
    after = client.get(tree.lesson.url).content.decode()
    assert "Anda sudah menyelesaikan pelajaran ini." in after
    assert complete_form not in after
    course_page = client.get(tree.course.url).content.decode()
    assert "Kemajuan" in course_page


def test_a_completion_through_the_view_shows_on_the_next_request(client):
    tree = _course()
    _login(client, tree)
    client.get(tree.lesson.url)
    response = client.post(reverse("learning:lesson_complete", args=[tree.lesson.pk]))
    assert response.status_code == 302
    assert "Anda sudah menyelesaikan pelajaran ini." in client.get(tree.lesson.url).content.decode()


def test_an_enrolment_opens_the_lesson_on_the_next_request(client):
    tree = _course()
    learner = _login(client, tree, enrol=False)
    refused = client.get(tree.lesson.url)
    assert refused.status_code != 200 or _complete_form(tree) not in refused.content.decode()
    progress.enrol(learner, tree.course)
    page = client.get(tree.lesson.url)
    assert page.status_code == 200
    assert _complete_form(tree) in page.content.decode()


def test_a_language_switch_shows_on_the_next_request(client):
    tree = _course(body=[CHECKLIST])
    _login(client, tree)
    indonesian = client.get(tree.lesson.url).content.decode()
    assert "Centang untuk catatan Anda sendiri" in indonesian
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = client.get(tree.lesson.url).content.decode()
    assert "Tick these for your own notes" in english  # the cached body, in English
    assert "Centang untuk catatan Anda sendiri" not in english
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "id"
    assert "Centang untuk catatan Anda sendiri" in client.get(tree.lesson.url).content.decode()


def test_a_changed_platform_setting_shows_on_the_next_request(client):
    from home.models import PlatformSettings

    tree = _course()
    _login(client, tree)
    client.get(tree.lesson.url)
    platform = PlatformSettings.objects.get()
    platform.footer_text = "Teks kaki yang baru"
    platform.save()
    assert "Teks kaki yang baru" in client.get(tree.lesson.url).content.decode()


# --- Nothing leaked ----------------------------------------------------------------------


def test_two_learners_on_one_cached_lesson_see_only_their_own_state(client):
    tree = _course(body=[{"type": "paragraph", "value": "<p>Isi bersama</p>"}, PRACTICE])
    lesson = LessonPage.objects.get(pk=tree.lesson.pk)
    first, second = (
        LearnerFactory(full_name="Peserta Pertama"),
        LearnerFactory(full_name="Peserta Kedua"),
    )
    for learner in (first, second):
        progress.enrol(learner, tree.course)
    progress.complete_lesson(first, lesson)
    PracticeSubmission.objects.create(
        user=first, lesson=lesson, block_id="tugas-1", response="Jawaban rahasia peserta pertama"
    )

    client.force_login(first)
    mine = client.get(tree.lesson.url).content.decode()
    assert "Isi bersama" in mine
    assert "Anda sudah menyelesaikan pelajaran ini." in mine
    assert "Jawaban rahasia peserta pertama" in mine
    assert "Peserta Pertama" in mine

    client.force_login(second)  # same process, same cached body and outline
    theirs = client.get(tree.lesson.url).content.decode()
    assert "Isi bersama" in theirs
    assert _complete_form(tree) in theirs
    assert "Anda sudah menyelesaikan pelajaran ini." not in theirs
    assert "Jawaban rahasia peserta pertama" not in theirs
    assert "Peserta Pertama" not in theirs
    assert "Peserta Kedua" in theirs

    course_first = None
    client.force_login(first)
    course_first = client.get(tree.course.url).content.decode()
    client.force_login(second)
    course_second = client.get(tree.course.url).content.decode()
    assert course_first != course_second  # progress differs; each sees their own


def test_a_visitor_who_is_not_enrolled_never_gets_a_learners_page(client):
    tree = _course()
    _login(client, tree)
    client.get(tree.lesson.url)  # the body and outline are cached now
    client.logout()
    response = client.get(tree.lesson.url)
    assert response.status_code == 302
    assert _complete_form(tree) not in response.content.decode()


# --- Queries: few, and constant ------------------------------------------------------------


def _lesson_queries(client, lessons, history):
    tree = _course(lessons=lessons)
    learner = _login(client, tree)
    for lesson in LessonPage.objects.live().descendant_of(tree.course)[:history]:
        progress.complete_lesson(learner, lesson)
    client.get(tree.lesson.url)  # the first request fills the content cache
    return _count(client, tree.lesson.url)


def test_the_lesson_page_costs_at_most_eight_queries(client):
    assert _lesson_queries(client, lessons=3, history=1) <= 8


def test_lesson_page_queries_do_not_grow_with_the_course_or_the_history(client):
    small_fresh = _lesson_queries(client, lessons=3, history=0)
    large_long = _lesson_queries(client, lessons=30, history=29)
    assert small_fresh == large_long
    assert large_long <= 8


def test_lesson_page_with_a_practice_assignment_stays_within_the_ceiling(client):
    tree = _course(body=[PRACTICE])
    _login(client, tree)
    client.get(tree.lesson.url)
    assert _count(client, tree.lesson.url) <= 8


@pytest.mark.parametrize(
    ("page", "ceiling"),
    [("course", 12), ("quiz", 8), ("catalogue", 10), ("my_learning", 12)],
)
def test_other_learner_pages_have_a_constant_ceiling(client, page, ceiling):
    counts = []
    for lessons, history in ((3, 0), (30, 29)):
        tree = _course(lessons=lessons)
        learner = _login(client, tree)
        for lesson in LessonPage.objects.live().descendant_of(tree.course)[:history]:
            progress.complete_lesson(learner, lesson)
        url = {
            "course": tree.course.url,
            "quiz": tree.quiz.url,
            "catalogue": tree.catalogue.url,
            "my_learning": reverse("learning:my_learning"),
        }[page]
        client.get(url)
        counts.append(_count(client, url))
    assert counts[0] == counts[1]
    assert counts[1] <= ceiling


def test_the_anonymous_home_page_costs_at_most_one_query(client):
    tree = _course()
    client.get(tree.home.url)
    assert _count(client, tree.home.url) <= 1


def test_a_made_up_host_is_not_kept_in_the_cache(client, settings):
    from django.core.cache import cache

    from home.content_cache import SITES_KEY

    settings.ALLOWED_HOSTS = ["testserver"]
    tree = _course()
    client.get(tree.home.url)
    client.get(tree.home.url, HTTP_HOST="attacker-1.example")
    client.get(tree.home.url, HTTP_HOST="attacker-2.example")
    assert list(cache.get(SITES_KEY)) == ["testserver:80"]


def test_a_new_role_shows_in_the_navigation_on_the_next_request(client, groups):
    from django.contrib.auth.models import Group

    from learning import roles
    from learning.models import AgencyAdmin

    tree = _course()
    learner = _login(client, tree)
    page = client.get(tree.lesson.url).content.decode()
    assert 'href="/admin/"' not in page
    assert reverse("compliance:dashboard") not in page
    learner.groups.add(Group.objects.get(name=roles.TRAINER))
    assert 'href="/admin/"' in client.get(tree.lesson.url).content.decode()
    AgencyAdmin.objects.create(user=learner, agency=learner.agency)
    assert reverse("compliance:dashboard") in client.get(tree.lesson.url).content.decode()
    learner.groups.clear()
    assert 'href="/admin/"' not in client.get(tree.lesson.url).content.decode()
