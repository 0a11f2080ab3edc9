"""Transfers: a roster import that moves a NIP to another agency or unit takes the person's
history with them, while each agency's past figures stay as they were."""

import csv
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from compliance.models import CompletionRecord
from compliance.selectors.charts import completions_per_week
from compliance.selectors.figures import scope_figures
from compliance.services import records
from learning import api
from learning.models import Enrolment, RosterEntry, StaffStatus
from learning.services import rosters
from tests.factories import AgencyFactory, LearnerFactory, UnitFactory, build_course

pytestmark = pytest.mark.django_db


def apply_roster(agency, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["nip", "nama", "unit_kerja"])
    writer.writerows(rows)
    upload = SimpleUploadedFile("roster.csv", buffer.getvalue().encode())
    roster_import = rosters.start_import(agency=agency, uploaded_by=None, uploaded_file=upload)
    return rosters.request_apply(roster_import)


@pytest.fixture
def moving():
    """Putri works at agency A, unit Humas, and completed the course there."""
    a, b = AgencyFactory(name="Instansi A"), AgencyFactory(name="Instansi B")
    humas_a = UnitFactory(agency=a, name="Humas A", code="HA")
    data_a = UnitFactory(agency=a, name="Data A", code="DA")
    humas_b = UnitFactory(agency=b, name="Humas B", code="HB")
    course = build_course().course
    course.mandatory_for_all = True
    course.save_revision().publish()
    putri = LearnerFactory(agency=a, unit=humas_a, full_name="Putri")
    RosterEntry.objects.create(agency=a, unit=humas_a, nip=putri.nip, full_name="Putri", user=putri)
    enrolment = Enrolment.objects.create(user=putri, course=course, completed_at=timezone.now())
    records.record_completion(
        user_id=putri.pk, course_id=course.pk, completed_at=enrolment.completed_at
    )
    return type(
        "Moving",
        (),
        {
            "a": a,
            "b": b,
            "humas_a": humas_a,
            "data_a": data_a,
            "humas_b": humas_b,
            "course": course,
            "putri": putri,
        },
    )


def test_import_in_another_agency_moves_the_person_and_their_history(
    moving, django_capture_on_commit_callbacks
):
    seen = []
    api.roster_changed.connect(
        lambda **kwargs: seen.append(kwargs["agency_ids"]), weak=False, dispatch_uid="test-transfer"
    )
    try:
        with django_capture_on_commit_callbacks(execute=True):
            result = apply_roster(moving.b, [[moving.putri.nip, "Putri", "HB"]])
    finally:
        api.roster_changed.disconnect(dispatch_uid="test-transfer")
    assert result.status == "applied" and result.transferred_count == 1
    assert seen == [[moving.b.pk, moving.a.pk]]
    moving.putri.refresh_from_db()
    assert (moving.putri.agency, moving.putri.unit) == (moving.b, moving.humas_b)
    assert moving.putri.staff_status == StaffStatus.ROSTERED
    old = RosterEntry.objects.get(agency=moving.a, nip=moving.putri.nip)
    new = RosterEntry.objects.get(agency=moving.b, nip=moving.putri.nip)
    assert not old.active and new.active and new.user == moving.putri
    # Her completion goes with her: B counts her as completed now.
    b_now = scope_figures(agency_id=moving.b.pk).row(moving.course.pk).numbers
    assert (b_now.staff, b_now.completed) == (1, 1)
    # A no longer has her on its roster...
    a_now = scope_figures(agency_id=moving.a.pk).row(moving.course.pk).numbers
    assert (a_now.staff, a_now.completed) == (0, 0)
    # ...but A's past figures stay as they were, and B's past holds nothing of hers.
    assert completions_per_week(agency_id=moving.a.pk).total == 1
    assert completions_per_week(agency_id=moving.a.pk, unit_ids=[moving.humas_a.pk]).total == 1
    assert completions_per_week(agency_id=moving.b.pk).total == 0


def test_completion_after_the_move_counts_for_the_new_agency(moving):
    apply_roster(moving.b, [[moving.putri.nip, "Putri", "HB"]])
    second = build_course().course
    done = Enrolment.objects.create(user=moving.putri, course=second, completed_at=timezone.now())
    records.record_completion(
        user_id=moving.putri.pk, course_id=second.pk, completed_at=done.completed_at
    )
    record = CompletionRecord.objects.get(course=second)
    assert (record.agency_id, record.unit_id) == (moving.b.pk, moving.humas_b.pk)
    assert completions_per_week(agency_id=moving.b.pk).total == 1


def test_move_between_units_keeps_the_old_units_past(moving):
    result = apply_roster(moving.a, [[moving.putri.nip, "Putri", "DA"]])
    assert result.status == "applied" and result.transferred_count == 0
    moving.putri.refresh_from_db()
    assert moving.putri.unit == moving.data_a
    figures = scope_figures(agency_id=moving.a.pk)
    assert figures.unit_numbers(moving.course.pk, moving.data_a.pk).completed == 1
    assert figures.unit_numbers(moving.course.pk, moving.humas_a.pk).staff == 0
    assert completions_per_week(agency_id=moving.a.pk, unit_ids=[moving.humas_a.pk]).total == 1
    assert completions_per_week(agency_id=moving.a.pk, unit_ids=[moving.data_a.pk]).total == 0


def test_nip_without_an_account_leaves_the_other_roster_too(moving):
    from tests.factories import pns_nip

    nip = pns_nip()
    RosterEntry.objects.create(agency=moving.a, unit=moving.humas_a, nip=nip, full_name="Ani")
    result = apply_roster(moving.b, [[nip, "Ani", "HB"]])
    assert result.transferred_count == 1
    assert not RosterEntry.objects.get(agency=moving.a, nip=nip).active


def test_inactive_row_in_the_file_moves_nobody(moving):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["nip", "nama", "unit_kerja", "aktif"])
    writer.writerow([moving.putri.nip, "Putri", "HB", "tidak"])
    upload = SimpleUploadedFile("roster.csv", buffer.getvalue().encode())
    result = rosters.request_apply(
        rosters.start_import(agency=moving.b, uploaded_by=None, uploaded_file=upload)
    )
    assert result.transferred_count == 0
    moving.putri.refresh_from_db()
    assert moving.putri.agency == moving.a
    assert RosterEntry.objects.get(agency=moving.a, nip=moving.putri.nip).active


def test_transferred_person_is_counted_once_with_a_days_after_joining_deadline(moving):
    from compliance.models import Assignment

    apply_roster(moving.b, [[moving.putri.nip, "Putri", "HB"]])
    Assignment.objects.create(
        agency_id=moving.b.pk,
        course=moving.course,
        deadline_kind="days",
        due_days=10,
        starts_on=timezone.localdate(),
    )
    RosterEntry.objects.filter(agency=moving.b).update(
        created_at=timezone.now() - datetime.timedelta(days=40)
    )
    Assignment.objects.filter(agency_id=moving.b.pk).update(
        starts_on=timezone.localdate() - datetime.timedelta(days=30)
    )
    numbers = scope_figures(agency_id=moving.b.pk).row(moving.course.pk).numbers
    assert (numbers.staff, numbers.enrolled, numbers.completed, numbers.overdue) == (1, 1, 1, 0)
