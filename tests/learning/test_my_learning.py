"""“Belajar Saya”: courses in progress, courses completed, and JP this year."""

import datetime
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from courses.models import LessonPage
from home.models import PlatformSettings
from learning.models import Enrolment
from learning.selectors import jp, learner_dashboard
from learning.services import progress
from tests.factories import LearnerFactory, build_course

pytestmark = pytest.mark.django_db

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")


def course_with_jp(jp):
    tree = build_course()
    tree.course.jp = jp
    tree.course.save()
    return tree


def complete_at(learner, tree, when):
    progress.enrol(learner, tree.course)
    Enrolment.objects.filter(user=learner, course=tree.course).update(completed_at=when)


@pytest.fixture
def learner():
    return LearnerFactory()


def test_jp_counts_only_this_calendar_years_completions(learner):
    now = timezone.now()
    complete_at(learner, course_with_jp(3), now)
    complete_at(learner, course_with_jp(5), now - datetime.timedelta(days=400))
    progress.enrol(learner, course_with_jp(7).course)  # in progress: no JP yet

    state = learner_dashboard.my_learning(learner)

    assert state["jp_earned"] == 3
    assert len(state["completed"]) == 2
    assert len(state["in_progress"]) == 1


def test_new_year_starts_at_midnight_in_jakarta(learner):
    tree = course_with_jp(4)
    # 31 Dec 2025 20:00 UTC is 1 Jan 2026 03:00 in Jakarta: it counts for 2026.
    complete_at(learner, tree, datetime.datetime(2025, 12, 31, 20, 0, tzinfo=datetime.UTC))
    assert jp.jp_earned(learner, now=datetime.datetime(2026, 6, 1, tzinfo=JAKARTA)) == 4
    assert (
        jp.jp_earned(learner, now=datetime.datetime(2025, 12, 31, 12, 0, tzinfo=datetime.UTC)) == 0
    )


def test_target_comes_from_platform_settings(learner):
    build_course()  # makes the default site
    site = Site.objects.get(is_default_site=True)
    settings = PlatformSettings.for_site(site)
    settings.yearly_jp_target = 24
    settings.save()
    complete_at(learner, course_with_jp(6), timezone.now())

    state = learner_dashboard.my_learning(learner)
    assert state["jp_target"] == 24
    assert state["jp_percent"] == 25
    assert state["jp_remaining"] == 18


def test_in_progress_rows_carry_percent_and_resume_url(learner):
    tree = build_course()
    progress.enrol(learner, tree.course)
    progress.complete_lesson(learner, LessonPage.objects.get(pk=tree.lesson.pk))

    row = learner_dashboard.my_learning(learner)["in_progress"][0]
    assert (row.done_count, row.total, row.percent) == (1, 2, 50)
    assert row.resume_url == tree.lesson.url
    assert row.url == tree.course.url


def test_page_shows_progress_bars_completed_courses_and_jp(client, learner):
    tree = build_course()
    done = course_with_jp(3)
    progress.enrol(learner, tree.course)
    complete_at(learner, done, timezone.now())
    client.force_login(learner)

    response = client.get(reverse("learning:my_learning"))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<progress max="100" value="0"' in html
    assert tree.course.title in html and done.course.title in html
    assert "3 dari 20 JP" in html


def test_page_needs_login(client):
    response = client.get(reverse("learning:my_learning"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_empty_page_points_to_the_catalogue(client, learner):
    tree = build_course()
    client.force_login(learner)
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert "Anda belum mengikuti kursus apa pun." in html
    assert f'href="{tree.index.url}"' in html


def _learner_with(count):
    learner = LearnerFactory()
    for index in range(count):
        tree = build_course()
        progress.enrol(learner, tree.course)
        if index % 3 == 1:
            complete_at(learner, tree, timezone.now())
        elif index % 3 == 0:
            progress.complete_lesson(learner, LessonPage.objects.get(pk=tree.lesson.pk))
    return learner


def test_queries_do_not_grow_with_the_number_of_enrolments(client, django_assert_max_num_queries):
    counts = []
    for learner in (_learner_with(1), _learner_with(10)):
        client.force_login(learner)
        client.get(reverse("learning:my_learning"))  # warm per-process caches
        with CaptureQueriesContext(connection) as context:
            assert client.get(reverse("learning:my_learning")).status_code == 200
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(15):
        client.get(reverse("learning:my_learning"))


def test_service_queries_do_not_grow_with_the_number_of_enrolments():
    small, large = _learner_with(1), _learner_with(10)
    learner_dashboard.my_learning(small)
    counts = []
    for learner in (small, large):
        with CaptureQueriesContext(connection) as context:
            learner_dashboard.my_learning(learner)
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1] <= 7
