"""Assignments: made by an agency admin, enrolling rostered staff at once and newcomers on
sign-up; deadline rules; a unit admin's assignments stay inside their unit."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from compliance.models import Assignment
from learning.models import Enrolment, RosterEntry, StaffStatus, UnitAdmin
from learning.services.accounts import confirm_staff, register_learner
from tests.compliance.world import build_world
from tests.factories import LearnerFactory, UserFactory, build_course, make_agency_admin

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(groups):
    world = build_world()
    world.admin = make_agency_admin(world.agency)
    world.c3 = build_course()
    return world


def post_assignment(client, world, **data):
    fields = {
        "course": world.c3.course.pk,
        "deadline_kind": "date",
        "due_date": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
    }
    fields.update(data)
    return client.post(reverse("compliance:assignments", args=[world.agency.pk]), fields)


def enrolled(course):
    return set(Enrolment.objects.filter(course=course).values_list("user__full_name", flat=True))


def test_assigning_enrols_every_rostered_account_at_once(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_assignment(client, world)
    assert response.status_code == 302
    assignment = Assignment.objects.get(course=world.c3.course)
    assert assignment.agency_id == world.agency.pk and assignment.unit_ids() == []
    # Every active account of the roster; never x1 (inactive) nor the other agency.
    assert enrolled(world.c3.course) == {"s1", "h1", "h2", "m1", "m2", "k1", "d1"}


def test_assigning_to_units_enrols_only_their_subtrees(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.admin)
    with django_capture_on_commit_callbacks(execute=True):
        post_assignment(client, world, units=[world.units.h.pk, world.units.d.pk])
    assert enrolled(world.c3.course) == {"h1", "h2", "m1", "m2", "d1"}


def test_assigned_course_enrols_despite_missing_prerequisites(
    client, world, django_capture_on_commit_callbacks
):
    world.c3.course.prerequisites.add(world.c2.course)
    world.c3.course.save_revision().publish()
    client.force_login(world.admin)
    with django_capture_on_commit_callbacks(execute=True):
        post_assignment(client, world)
    assert "h2" in enrolled(world.c3.course)  # h2 has not completed the prerequisite


def test_newcomer_is_enrolled_when_signing_up(world, django_capture_on_commit_callbacks):
    Assignment.objects.create(
        agency_id=world.agency.pk,
        course=world.c3.course,
        due_days=30,
        deadline_kind="days",
        starts_on=timezone.localdate(),
    )
    entry = world.people["h3"]  # on the roster, never signed up
    user = UserFactory(full_name="h3")
    with django_capture_on_commit_callbacks(execute=True):
        register_learner(user, nip=entry.nip, agency=world.agency)
    assert Enrolment.objects.filter(user=user, course=world.c3.course).exists()


def test_confirmed_pending_account_is_enrolled(world, django_capture_on_commit_callbacks):
    Assignment.objects.create(
        agency_id=world.agency.pk,
        course=world.c3.course,
        due_days=30,
        deadline_kind="days",
        starts_on=timezone.localdate(),
    )
    newcomer = LearnerFactory(
        agency=world.agency, unit=world.units.m, staff_status=StaffStatus.PENDING
    )
    with django_capture_on_commit_callbacks(execute=True):
        confirm_staff(newcomer)
    assert Enrolment.objects.filter(user=newcomer, course=world.c3.course).exists()


def test_sign_up_outside_the_assigned_units_is_not_enrolled(
    world, django_capture_on_commit_callbacks
):
    assignment = Assignment.objects.create(
        agency_id=world.agency.pk,
        course=world.c3.course,
        due_days=30,
        deadline_kind="days",
        starts_on=timezone.localdate(),
    )
    assignment.units.set([world.units.h])
    user = UserFactory(full_name="d2")
    with django_capture_on_commit_callbacks(execute=True):
        register_learner(user, nip=world.people["d2"].nip, agency=world.agency)
    assert not Enrolment.objects.filter(user=user).exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"due_date": "2000-01-01"}, "sudah lewat"),
        ({"deadline_kind": "days", "due_date": "", "due_days": ""}, "jumlah hari"),
        ({"deadline_kind": "date", "due_date": ""}, "tanggal tenggat"),
        ({"recurring": "on", "starts_on": "2026-01-01", "due_date": "2027-06-01"}, "kurang dari"),
        ({"starts_on": "2999-01-01"}, "masa depan"),
        ({"course": "999999"}, "Pilih"),
    ],
)
def test_bad_deadlines_are_refused_with_a_message_and_change_nothing(client, world, data, message):
    client.force_login(world.admin)
    response = post_assignment(client, world, **data)
    assert response.status_code == 200
    assert message.lower() in response.content.decode().lower()
    assert not Assignment.objects.filter(course=world.c3.course).exists()


def test_second_assignment_of_the_same_course_is_refused(client, world):
    client.force_login(world.admin)
    response = post_assignment(client, world, course=world.c1.course.pk)
    assert "sudah ditugaskan" in response.content.decode()
    assert Assignment.objects.filter(course=world.c1.course, active=True).count() == 1


def test_withdrawn_assignment_no_longer_counts_as_mandatory(client, world):
    client.force_login(world.admin)
    client.post(
        reverse("compliance:assignment_withdraw", args=[world.agency.pk, world.assignment.pk])
    )
    world.assignment.refresh_from_db()
    assert not world.assignment.active and world.assignment.withdrawn_at
    page = client.get(reverse("compliance:agency_overview", args=[world.agency.pk]))
    assert [row.course.pk for row in page.context["figures"].mandatory] == [world.c2.course.pk]


def test_editing_changes_deadline_and_units(client, world, django_capture_on_commit_callbacks):
    client.force_login(world.admin)
    url = reverse("compliance:assignment_edit", args=[world.agency.pk, world.assignment.pk])
    due = timezone.localdate() + datetime.timedelta(days=5)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "course": world.c1.course.pk,
                "deadline_kind": "date",
                "due_date": due.isoformat(),
                "units": [world.units.d.pk],
                "starts_on": world.assignment.starts_on.isoformat(),
            },
        )
    assert response.status_code == 302
    world.assignment.refresh_from_db()
    assert world.assignment.due_date == due
    assert world.assignment.unit_ids() == [world.units.d.pk]
    assert "d1" in enrolled(world.c1.course)


def test_unit_admin_assigns_only_inside_their_unit(
    client, world, django_capture_on_commit_callbacks
):
    unit_admin = LearnerFactory(agency=world.agency, unit=world.units.h)
    UnitAdmin.objects.create(user=unit_admin, unit=world.units.h)
    client.force_login(unit_admin)
    # Whole agency: refused (the field is required for a unit admin).
    response = post_assignment(client, world)
    assert response.status_code == 200
    # A unit outside: not a choice.
    response = post_assignment(client, world, units=[world.units.d.pk])
    assert response.status_code == 200
    assert not Assignment.objects.filter(course=world.c3.course).exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = post_assignment(client, world, units=[world.units.m.pk])
    assert response.status_code == 302
    assert enrolled(world.c3.course) == {"m1", "m2"}
    # The agency-wide assignment by the agency admin is listed but not editable.
    rows = client.get(reverse("compliance:assignments", args=[world.agency.pk])).context["rows"]
    editable = {row.assignment.course_id: row.editable for row in rows}
    assert editable == {world.c1.course.pk: False, world.c3.course.pk: True}


def test_rostered_account_linked_by_an_import_is_enrolled(
    world, django_capture_on_commit_callbacks
):
    from compliance.services import assignments

    Assignment.objects.create(
        agency_id=world.agency.pk,
        course=world.c3.course,
        due_days=30,
        deadline_kind="days",
        starts_on=timezone.localdate(),
    )
    newcomer = LearnerFactory(agency=world.agency, full_name="baru")
    RosterEntry.objects.create(
        agency=world.agency, nip=newcomer.nip, full_name="baru", user=newcomer, unit=world.units.d
    )
    with django_capture_on_commit_callbacks(execute=True):
        assignments.rosters_changed(agency_ids=[world.agency.pk])
    assert Enrolment.objects.filter(user=newcomer, course=world.c3.course).exists()
