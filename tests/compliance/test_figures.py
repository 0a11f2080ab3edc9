"""Dashboard numbers on a small agency, checked against values counted by hand
(see tests/compliance/world.py for the people behind every number)."""

import datetime

import pytest
from django.utils import timezone

from compliance.selectors.figures import scope_figures
from tests.compliance.world import build_world

pytestmark = pytest.mark.django_db


def numbers_of(figures, course):
    return figures.row(course.pk).numbers


def test_assigned_course_counts_by_hand_with_never_signed_up_and_exempt_staff():
    world = build_world()
    figures = scope_figures(agency_id=world.agency.pk)
    c1 = numbers_of(figures, world.c1.course)
    # Population: S's subtree, 9 people (s1 s2 h1 h2 h3 m1 m2 m3 k1); D and n1 not assigned.
    assert c1.staff == 9
    assert c1.exempt == 2  # m3, k1
    assert c1.required == 7
    assert c1.never_signed_up == 2  # s2, h3 (m3 is exempt)
    assert c1.enrolled == 4  # s1 h1 h2 m1 (k1 exempt)
    assert c1.in_progress == 1  # h1
    assert c1.completed == 2  # s1, m1 (k1 exempt, d1 not assigned, x1 inactive)
    assert c1.not_started == 2  # h2, m2
    assert c1.percent == 29  # 2 / 7
    assert c1.overdue == 5  # the deadline passed: s2 h1 h2 h3 m2


def test_each_unit_includes_its_sub_units():
    world = build_world()
    figures = scope_figures(agency_id=world.agency.pk)
    course = world.c1.course.pk
    humas = figures.unit_numbers(course, world.units.h.pk)
    assert (
        humas.staff,
        humas.exempt,
        humas.completed,
        humas.in_progress,
        humas.never_signed_up,
        humas.not_started,
        humas.overdue,
    ) == (6, 1, 1, 1, 1, 2, 4)
    media = figures.unit_numbers(course, world.units.m.pk)
    assert (media.staff, media.exempt, media.completed, media.not_started) == (3, 1, 1, 1)
    keuangan = figures.unit_numbers(course, world.units.k.pk)
    assert (keuangan.staff, keuangan.required, keuangan.rate) == (1, 0, None)
    sekretariat = figures.unit_numbers(course, world.units.s.pk)
    assert sekretariat.staff == 9 and sekretariat.completed == 2
    assert figures.unit_numbers(course, world.units.d.pk).staff == 0


def test_course_mandatory_for_every_asn_counts_the_whole_roster():
    world = build_world()
    figures = scope_figures(agency_id=world.agency.pk)
    c2 = numbers_of(figures, world.c2.course)
    assert c2.staff == 12  # every active entry, n1 without a unit included
    assert (c2.exempt, c2.completed, c2.enrolled, c2.in_progress) == (0, 1, 2, 0)
    assert c2.never_signed_up == 5  # s2 h3 m3 d2 n1
    assert c2.overdue == 0
    assert figures.staff == 12 and figures.with_account == 7


def test_mandatory_courses_come_first_assigned_before_national():
    world = build_world()
    extra = __import__("tests.factories", fromlist=["build_course"]).build_course()
    figures = scope_figures(agency_id=world.agency.pk)
    order = [row.course.pk for row in figures.courses]
    assert order[:2] == [world.c1.course.pk, world.c2.course.pk]
    assert extra.course.pk in order[2:]


def test_unit_scope_counts_only_the_subtree():
    world = build_world()
    figures = scope_figures(agency_id=world.agency.pk, unit_path=world.units.h.path)
    c1 = numbers_of(figures, world.c1.course)
    assert (c1.staff, c1.completed, c1.exempt) == (6, 1, 1)
    assert figures.staff == 6


def test_days_after_joining_deadline_makes_only_long_standing_staff_overdue():
    long_ago = timezone.now() - datetime.timedelta(days=90)
    world = build_world(c1_kind="days", due_days=30, created=long_ago)
    figures = scope_figures(agency_id=world.agency.pk)
    assert numbers_of(figures, world.c1.course).overdue == 5
    # A newcomer who joined yesterday is not overdue yet.
    from tests.compliance.world import _entry

    _entry(world.agency, world.units.h, "baru", account=False)
    figures = scope_figures(agency_id=world.agency.pk)
    c1 = numbers_of(figures, world.c1.course)
    assert (c1.staff, c1.overdue) == (10, 5)
