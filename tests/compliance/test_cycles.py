"""Yearly assignments: once a new cycle starts, last year's completion no longer counts,
the course opens again for the learner, and what they earned stays theirs."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from compliance import deadlines
from compliance.models import Assignment
from compliance.selectors.figures import scope_figures
from compliance.services import assignments
from learning.models import Enrolment, LessonCompletion, PastCompletion, QuizAttempt
from learning.selectors import jp, outlines
from learning.services import progress
from tests.compliance.world import build_world

pytestmark = pytest.mark.django_db

D = datetime.date


def plan(**kwargs):
    values = {
        "recurring": True,
        "starts_on": D(2025, 1, 1),
        "due_date": D(2025, 3, 31),
        "due_days": None,
    }
    values.update(kwargs)
    values.setdefault("is_relative", values["due_days"] is not None)
    return SimpleNamespace(**values)


def test_cycles_open_on_each_anniversary_and_fall_due_a_year_apart():
    assignment = plan()
    first = deadlines.current_cycle(assignment, on=D(2025, 12, 31))
    assert (first.index, first.opens_on, first.due_on, first.counts_since) == (
        0,
        D(2025, 1, 1),
        D(2025, 3, 31),
        None,
    )
    second = deadlines.current_cycle(assignment, on=D(2026, 1, 1))
    assert (second.index, second.due_on) == (1, D(2026, 3, 31))
    assert timezone.localtime(second.counts_since).date() == D(2026, 1, 1)
    once = deadlines.current_cycle(plan(recurring=False), on=D(2030, 1, 1))
    assert once.index == 0


def test_days_after_joining_counts_from_the_later_of_joining_and_the_cycle():
    assignment = plan(due_date=None, due_days=30)
    cycle = deadlines.current_cycle(assignment, on=D(2026, 2, 1))
    assert deadlines.personal_due_on(assignment, cycle, D(2020, 5, 5)) == D(2026, 1, 31)
    assert deadlines.personal_due_on(assignment, cycle, D(2026, 1, 20)) == D(2026, 2, 19)
    assert deadlines.overdue_joined_before(assignment, cycle, on=D(2026, 1, 20)) is None
    threshold = deadlines.overdue_joined_before(assignment, cycle, on=D(2026, 2, 10))
    assert timezone.localtime(threshold).date() == D(2026, 1, 11)


def test_reminder_steps_by_days_left():
    assert [deadlines.step_for(days) for days in (20, 15, 14, 8, 7, 2, 1, 0, -1, -30)] == [
        None,
        None,
        14,
        14,
        7,
        7,
        1,
        1,
        -1,
        -1,
    ]


def test_29_february_anniversary():
    assert deadlines.add_years(D(2024, 2, 29), 1) == D(2025, 2, 28)


def _recurring_world():
    world = build_world()
    today = timezone.localdate()
    Assignment.objects.filter(pk=world.assignment.pk).update(
        recurring=True,
        starts_on=today - datetime.timedelta(days=10),
        due_date=today + datetime.timedelta(days=50),
    )
    world.assignment.refresh_from_db()
    return world


def test_last_years_completion_stops_counting_when_the_new_cycle_starts():
    world = _recurring_world()
    c1 = world.c1.course.pk
    assert scope_figures(agency_id=world.agency.pk).row(c1).numbers.completed == 2
    # Move the cycle's start a year back: the completions (made now) are this cycle's.
    # Now pretend they were made before this cycle opened.
    last_year = timezone.now() - datetime.timedelta(days=400)
    Enrolment.objects.filter(course_id=c1, user=world.people["s1"].user).update(
        completed_at=last_year
    )
    Assignment.objects.filter(pk=world.assignment.pk).update(
        starts_on=timezone.localdate() - datetime.timedelta(days=380)
    )
    numbers = scope_figures(agency_id=world.agency.pk).row(c1).numbers
    assert numbers.completed == 1  # m1 (completed this cycle); s1's is last cycle's


def test_opening_a_cycle_reopens_the_course_and_keeps_the_past_completion(
    django_capture_on_commit_callbacks,
):
    world = _recurring_world()
    course = world.c1.course
    s1 = world.people["s1"].user
    last_year = timezone.now() - datetime.timedelta(days=400)
    Enrolment.objects.filter(course=course, user=s1).update(
        completed_at=last_year, last_page=world.c1.lesson
    )
    LessonCompletion.objects.create(user=s1, lesson=world.c1.lesson, course=course)
    QuizAttempt.objects.create(
        user=s1,
        quiz=world.c1.quiz,
        course=course,
        number=1,
        pass_mark=70,
        passed=True,
        status="submitted",
    )
    Assignment.objects.filter(pk=world.assignment.pk).update(
        starts_on=timezone.localdate() - datetime.timedelta(days=380),
        due_date=timezone.localdate() - datetime.timedelta(days=300),
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert assignments.open_cycles() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert assignments.open_cycles() == 0  # never twice for the same cycle
    enrolment = Enrolment.objects.get(course=course, user=s1)
    assert enrolment.completed_at is None and enrolment.last_page is None
    assert enrolment.renewed_at is not None
    past = PastCompletion.objects.get(user=s1, course=course)
    assert past.completed_at == last_year
    assert not LessonCompletion.objects.filter(user=s1, course=course).exists()
    assert QuizAttempt.objects.get(user=s1, quiz=world.c1.quiz).archived
    # m1 completed within the current cycle: untouched. d1 is not assigned: untouched.
    assert Enrolment.objects.get(course=course, user=world.people["m1"].user).completed_at
    assert Enrolment.objects.get(course=course, user=world.people["d1"].user).completed_at
    # The learner can pass the quiz again and complete the course anew.
    state = outlines.course_outline(s1, course)
    assert not state["completed"] and state["done_count"] == 0


def test_renewed_completion_keeps_its_jp_and_its_place_in_belajar_saya(
    client, django_capture_on_commit_callbacks
):
    world = _recurring_world()
    course = world.c1.course
    s1 = world.people["s1"].user
    earlier = timezone.now() - datetime.timedelta(days=5)
    Enrolment.objects.filter(course=course, user=s1).update(completed_at=earlier)
    progress.renew_completions(course=course, user_ids=[s1.pk], completed_before=timezone.now())
    assert jp.jp_earned(s1) == course.jp
    client.force_login(s1)
    page = client.get("/belajar-saya/")
    assert page.context["jp_earned"] == course.jp
    assert [row.course.pk for row in page.context["completed"]] == [course.pk]
    assert [row.course.pk for row in page.context["in_progress"]] == [course.pk]
