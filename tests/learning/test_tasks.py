import csv
import io
from datetime import timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.utils import timezone

from learning import tasks
from learning.models import RosterEntry, RosterImport
from learning.services import rosters
from tests.factories import AgencyFactory, UnitFactory, pns_nip

pytestmark = pytest.mark.django_db

Status = RosterImport.Status


@pytest.fixture
def agency():
    agency = AgencyFactory()
    UnitFactory(agency=agency, code="BHM")
    return agency


def stored_import(agency, count=3, status=Status.QUEUED):
    """An import whose file is stored but which no task has touched yet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["nip", "nama", "unit_kerja"])
    writer.writerows([pns_nip(n), f"Pegawai {n}", "BHM"] for n in range(1, count + 1))
    upload = SimpleUploadedFile("roster.csv", buffer.getvalue().encode())
    roster_import = rosters.create_import(agency=agency, uploaded_by=None, uploaded_file=upload)
    RosterImport.objects.filter(pk=roster_import.pk).update(status=status)
    roster_import.refresh_from_db()
    return roster_import


def validated_import(agency, count=3):
    roster_import = stored_import(agency, count)
    return rosters.validate_import(roster_import)


def age(roster_import, minutes):
    RosterImport.objects.filter(pk=roster_import.pk).update(
        updated_at=timezone.now() - timedelta(minutes=minutes)
    )


def test_validate_task_checks_a_queued_import(agency):
    roster_import = stored_import(agency)

    assert tasks.validate_roster_import_task.delay(roster_import.pk).get() == Status.VALIDATED

    roster_import.refresh_from_db()
    assert roster_import.valid_rows == 3


@pytest.mark.parametrize("status", [Status.VALIDATED, Status.CANCELLED, Status.APPLYING])
def test_validate_task_leaves_an_import_that_moved_on_alone(agency, status):
    roster_import = stored_import(agency, status=status)

    assert tasks.validate_roster_import_task.delay(roster_import.pk).get() is None

    roster_import.refresh_from_db()
    assert (roster_import.status, roster_import.total_rows) == (status, 0)


def test_validate_task_ignores_a_deleted_import():
    assert tasks.validate_roster_import_task.delay(987654).get() is None


def test_apply_task_applies_an_applying_import(agency):
    roster_import = validated_import(agency)
    RosterImport.objects.filter(pk=roster_import.pk).update(status=Status.APPLYING)

    assert tasks.apply_roster_import_task.delay(roster_import.pk).get() == Status.APPLIED
    assert RosterEntry.objects.filter(agency=agency).count() == 3


def test_apply_task_for_an_applied_import_changes_nothing(agency):
    roster_import = rosters.request_apply(validated_import(agency))
    RosterEntry.objects.update(full_name="Disunting setelahnya")
    before = RosterImport.objects.values().get(pk=roster_import.pk)

    assert tasks.apply_roster_import_task.delay(roster_import.pk).get() is None

    assert RosterImport.objects.values().get(pk=roster_import.pk) == before
    assert set(RosterEntry.objects.values_list("full_name", flat=True)) == {"Disunting setelahnya"}


def test_apply_task_does_not_apply_a_validated_import_nobody_asked_for(agency):
    roster_import = validated_import(agency)

    tasks.apply_roster_import_task.delay(roster_import.pk)

    roster_import.refresh_from_db()
    assert roster_import.status == Status.VALIDATED
    assert not RosterEntry.objects.exists()


def test_apply_task_retries_a_deadlock_instead_of_failing(agency, monkeypatch):
    roster_import = validated_import(agency)
    RosterImport.objects.filter(pk=roster_import.pk).update(status=Status.APPLYING)
    original = rosters.applying.link_rostered_accounts
    calls = []

    def deadlock_once(agency_id):
        calls.append(agency_id)
        if len(calls) == 1:
            raise OperationalError("deadlock detected")
        return original(agency_id)

    monkeypatch.setattr(rosters.applying, "link_rostered_accounts", deadlock_once)

    # throw=False: an eager task retries only when exceptions are not propagated.
    tasks.apply_roster_import_task.apply(args=[roster_import.pk], throw=False)

    roster_import.refresh_from_db()
    assert len(calls) == 2
    assert roster_import.status == Status.APPLIED


def test_apply_task_marks_failed_when_retries_run_out(agency, monkeypatch):
    roster_import = validated_import(agency)
    RosterImport.objects.filter(pk=roster_import.pk).update(status=Status.APPLYING)

    def always_deadlock(agency_id):
        raise OperationalError("deadlock detected")

    monkeypatch.setattr(rosters.applying, "link_rostered_accounts", always_deadlock)

    # The last attempt: max_retries already used up.
    tasks.apply_roster_import_task.apply(
        args=[roster_import.pk], retries=tasks.apply_roster_import_task.max_retries, throw=False
    )

    roster_import.refresh_from_db()
    assert roster_import.status == Status.FAILED
    assert not RosterEntry.objects.exists()


def test_sweep_requeues_an_import_stalled_while_validating(
    agency, django_capture_on_commit_callbacks
):
    roster_import = stored_import(agency, status=Status.VALIDATING)
    RosterImport.objects.filter(pk=roster_import.pk).update(progress=40)
    age(roster_import, 16)

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.sweep_stalled_roster_imports() == 1

    roster_import.refresh_from_db()
    assert roster_import.status == Status.VALIDATED
    assert roster_import.valid_rows == 3


def test_sweep_requeues_an_import_whose_queue_message_was_lost(
    agency, django_capture_on_commit_callbacks
):
    roster_import = stored_import(agency, status=Status.QUEUED)
    age(roster_import, 30)

    with django_capture_on_commit_callbacks(execute=True):
        tasks.sweep_stalled_roster_imports()

    roster_import.refresh_from_db()
    assert roster_import.status == Status.VALIDATED


def test_sweep_requeues_an_import_stalled_while_applying(
    agency, django_capture_on_commit_callbacks
):
    roster_import = validated_import(agency)
    RosterImport.objects.filter(pk=roster_import.pk).update(status=Status.APPLYING, progress=70)
    age(roster_import, 16)

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.sweep_stalled_roster_imports() == 1

    roster_import.refresh_from_db()
    assert roster_import.status == Status.APPLIED
    assert RosterEntry.objects.filter(agency=agency).count() == 3


def test_sweep_resets_state_before_the_task_runs(agency, django_capture_on_commit_callbacks):
    roster_import = stored_import(agency, status=Status.VALIDATING)
    RosterImport.objects.filter(pk=roster_import.pk).update(progress=40)
    age(roster_import, 16)

    with django_capture_on_commit_callbacks() as callbacks:
        tasks.sweep_stalled_roster_imports()

    roster_import.refresh_from_db()
    assert len(callbacks) == 1
    assert (roster_import.status, roster_import.progress) == (Status.QUEUED, 0)
    assert roster_import.updated_at > timezone.now() - timedelta(minutes=1)


def test_sweep_leaves_recent_and_finished_imports_alone(agency, django_capture_on_commit_callbacks):
    recent = stored_import(agency, status=Status.VALIDATING)
    age(recent, 5)
    finished = validated_import(agency)
    age(finished, 60)

    with django_capture_on_commit_callbacks() as callbacks:
        assert tasks.sweep_stalled_roster_imports() == 0

    assert callbacks == []
    recent.refresh_from_db()
    assert recent.status == Status.VALIDATING


# --- A file that defeats every check ends rejected, never re-queued forever ------------


class WorkerKilled(BaseException):
    """The worker process dies mid-check (out of memory, past the hard time limit)."""


@pytest.mark.parametrize("error", [SoftTimeLimitExceeded, MemoryError])
def test_check_out_of_time_or_memory_rejects_the_file_with_a_message(agency, monkeypatch, error):
    roster_import = stored_import(agency)

    def exhausted(*args, **kwargs):
        raise error()

    monkeypatch.setattr(rosters.lifecycle, "_check_file", exhausted)

    assert tasks.validate_roster_import_task.delay(roster_import.pk).get() == Status.REJECTED

    roster_import.refresh_from_db()
    assert "terlalu besar atau terlalu rumit" in roster_import.file_error
    age(roster_import, 60)
    assert tasks.sweep_stalled_roster_imports() == 0


def test_each_check_counts_as_an_attempt(agency):
    assert validated_import(agency).validation_attempts == 1


def test_check_that_keeps_killing_its_worker_is_rejected_after_the_last_attempt(
    agency, monkeypatch, django_capture_on_commit_callbacks
):
    roster_import = stored_import(agency)

    def dies(*args, **kwargs):
        raise WorkerKilled

    monkeypatch.setattr(rosters.lifecycle, "_check_file", dies)
    for _attempt in range(rosters.MAX_VALIDATION_ATTEMPTS):
        age(roster_import, 16)
        with pytest.raises(WorkerKilled), django_capture_on_commit_callbacks(execute=True):
            assert tasks.sweep_stalled_roster_imports() == 1
    roster_import.refresh_from_db()
    assert roster_import.status == Status.VALIDATING
    assert roster_import.validation_attempts == rosters.MAX_VALIDATION_ATTEMPTS

    age(roster_import, 16)
    with django_capture_on_commit_callbacks() as callbacks:
        assert tasks.sweep_stalled_roster_imports() == 0
    assert callbacks == []
    roster_import.refresh_from_db()
    assert roster_import.status == Status.REJECTED
    assert "terhenti 5 kali" in roster_import.file_error


def test_redelivered_check_after_the_last_attempt_rejects_instead_of_reading(agency, monkeypatch):
    roster_import = stored_import(agency, status=Status.VALIDATING)
    RosterImport.objects.filter(pk=roster_import.pk).update(
        validation_attempts=rosters.MAX_VALIDATION_ATTEMPTS
    )

    def must_not_read(*args, **kwargs):
        raise AssertionError("the file was read again")

    monkeypatch.setattr(rosters.lifecycle, "_check_file", must_not_read)

    assert tasks.validate_roster_import_task.delay(roster_import.pk).get() == Status.REJECTED
    roster_import.refresh_from_db()
    assert "tidak diperiksa lagi" in roster_import.file_error
