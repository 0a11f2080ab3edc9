"""Roster tasks ride out a database blip: backoff over minutes, a visible wait, a clear end.

A retry is observed by replacing the task's ``retry`` with one that records the
delay and does not re-run the task, as a worker would wait out the countdown.
"""

import datetime
from datetime import timedelta

import pytest
from celery import current_app
from celery.exceptions import Retry
from django.conf import settings
from django.db import OperationalError
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from learning import tasks
from learning.models import RosterEntry, RosterImport
from learning.selectors import roster_imports
from learning.services import rosters
from learning.services.rosters import retries
from tests.factories import AgencyFactory, UnitFactory, make_agency_admin
from tests.learning.test_tasks import age, stored_import, validated_import

pytestmark = pytest.mark.django_db

Status = RosterImport.Status
Cause = RosterImport.RetryCause
TASKS = [tasks.validate_roster_import_task, tasks.apply_roster_import_task]


@pytest.fixture
def agency():
    agency = AgencyFactory()
    UnitFactory(agency=agency, code="BHM")
    return agency


@pytest.fixture
def scheduled(monkeypatch):
    """Countdowns of the retries the tasks asked for; the retry itself does not run."""
    countdowns = []

    def wait_instead(exc=None, countdown=None, **options):
        countdowns.append(countdown)
        return Retry(exc=exc, when=countdown)

    for task in TASKS:
        monkeypatch.setattr(task, "retry", wait_instead)
    return countdowns


def database_down_while_applying(monkeypatch):
    def down(agency_id):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(rosters.applying, "link_rostered_accounts", down)


def database_down_while_validating(monkeypatch):
    def down(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(rosters.lifecycle, "_check_file", down)


def applying_import(agency):
    roster_import = validated_import(agency)
    RosterImport.objects.filter(pk=roster_import.pk).update(status=Status.APPLYING)
    return roster_import


# --- The schedule ------------------------------------------------------------------------


@pytest.mark.parametrize("task", TASKS, ids=["validate", "apply"])
def test_retries_back_off_exponentially_over_minutes(task):
    schedule = tasks.retry_schedule(task)

    assert schedule == [15, 30, 60, 120, 240, 300]
    assert task.max_retries == settings.ROSTER_TASK_MAX_RETRIES == len(schedule)
    assert sum(schedule) >= 10 * 60  # a PostgreSQL restart or failover fits in it


def test_visibility_timeout_covers_the_longest_hold_and_no_more():
    visibility = current_app.conf.broker_transport_options["visibility_timeout"]
    longest = settings.CELERY_TASK_TIME_LIMIT + settings.ROSTER_TASK_RETRY_BACKOFF_MAX

    assert longest < visibility <= longest + 10 * 60
    assert visibility < 60 * 60  # Redis's default hour would delay a killed worker's task


def test_broker_connection_attempts_fail_in_seconds_not_minutes():
    conf = current_app.conf
    options = conf.broker_transport_options
    policy = conf.task_publish_retry_policy

    assert conf.broker_connection_timeout <= 5
    assert options["socket_connect_timeout"] <= 5
    assert options["socket_timeout"] <= 30
    worst_wait = sum(
        min(policy["interval_start"] + n * policy["interval_step"], policy["interval_max"])
        for n in range(policy["max_retries"])
    )
    assert policy["max_retries"] <= 3 and worst_wait <= 5


# --- Waiting for the next attempt ------------------------------------------------------------


def test_database_error_while_applying_waits_for_the_next_attempt(agency, monkeypatch, scheduled):
    roster_import = applying_import(agency)
    database_down_while_applying(monkeypatch)
    before = timezone.now()

    tasks.apply_roster_import_task.apply(args=[roster_import.pk], retries=1, throw=False)

    roster_import.refresh_from_db()
    assert scheduled == [30]
    assert roster_import.status == Status.APPLYING
    assert (roster_import.attempts, roster_import.retry_cause) == (2, Cause.DATABASE)
    assert before + timedelta(seconds=29) <= roster_import.retry_at
    assert roster_import.retry_at <= timezone.now() + timedelta(seconds=31)
    assert not RosterEntry.objects.exists()


def test_database_error_while_validating_waits_for_the_next_attempt(agency, monkeypatch, scheduled):
    roster_import = stored_import(agency)
    database_down_while_validating(monkeypatch)

    tasks.validate_roster_import_task.apply(args=[roster_import.pk], throw=False)

    roster_import.refresh_from_db()
    assert scheduled == [15]
    assert roster_import.status == Status.VALIDATING
    assert (roster_import.attempts, roster_import.retry_cause) == (1, Cause.DATABASE)
    assert roster_import.retry_at is not None


def test_status_says_waiting_to_retry_with_the_time_instead_of_a_percentage(agency):
    roster_import = applying_import(agency)
    retry_at = timezone.now() + timedelta(minutes=2)
    retries.wait_for_retry(roster_import.pk, retry_at=retry_at, attempts=3)
    roster_import.refresh_from_db()

    state = roster_imports.progress_of(roster_import)

    local = timezone.localtime(retry_at)
    assert state["waiting"] is True and state["done"] is False
    assert state["status_label"] == "Menunggu dicoba lagi"
    assert datetime.datetime.fromisoformat(state["retry_at"]) == retry_at
    assert "percobaan ke-3 dari 7 gagal" in state["retry_message"]
    assert f"pukul {local.hour}.{local.minute:02d}" in state["retry_message"]


def test_import_page_and_status_json_show_the_wait(client, agency, groups):
    roster_import = applying_import(agency)
    retries.wait_for_retry(
        roster_import.pk, retry_at=timezone.now() + timedelta(minutes=4), attempts=2
    )
    client.force_login(make_agency_admin(agency))

    page = client.get(reverse("learning:roster_import", args=[agency.pk, roster_import.pk]))
    status = client.get(
        reverse("learning:roster_import_status", args=[agency.pk, roster_import.pk])
    ).json()

    html = page.content.decode()
    assert "Menunggu dicoba lagi" in html
    assert "basis data sedang tidak dapat dihubungi" in html
    assert '<progress id="import-progress" max="100">' in html  # no frozen value
    assert status["waiting"] is True
    assert status["retry_message"] in html


def test_wait_is_kept_in_the_cache_when_the_database_cannot_take_it(agency, monkeypatch):
    roster_import = applying_import(agency)

    def database_down(self, **fields):
        raise OperationalError("could not connect to server")

    with monkeypatch.context() as patched:
        patched.setattr(QuerySet, "update", database_down)
        retries.wait_for_retry(
            roster_import.pk, attempts=1, retry_at=timezone.now() + timedelta(seconds=15)
        )

    roster_import.refresh_from_db()
    assert roster_import.retry_at is None
    assert roster_imports.progress_of(roster_import)["waiting"] is True


def test_the_next_attempt_clears_the_wait(agency):
    roster_import = applying_import(agency)
    retries.wait_for_retry(roster_import.pk, retry_at=timezone.now(), attempts=1)

    assert tasks.apply_roster_import_task.delay(roster_import.pk).get() == Status.APPLIED

    roster_import.refresh_from_db()
    assert (roster_import.retry_at, roster_import.retry_cause) == (None, "")
    assert roster_imports.progress_of(roster_import)["waiting"] is False


def test_the_next_validation_attempt_clears_the_wait(agency):
    roster_import = stored_import(agency, status=Status.VALIDATING)
    retries.wait_for_retry(roster_import.pk, retry_at=timezone.now(), attempts=1)

    assert tasks.validate_roster_import_task.delay(roster_import.pk).get() == Status.VALIDATED

    roster_import.refresh_from_db()
    assert roster_import.retry_at is None


# --- Retries exhausted ------------------------------------------------------------------------


def test_apply_ends_failed_with_a_clear_message_when_retries_run_out(
    agency, monkeypatch, scheduled
):
    roster_import = applying_import(agency)
    database_down_while_applying(monkeypatch)
    last = tasks.apply_roster_import_task.max_retries

    tasks.apply_roster_import_task.apply(args=[roster_import.pk], retries=last, throw=False)

    roster_import.refresh_from_db()
    assert scheduled == []
    assert roster_import.status == Status.FAILED
    assert "basis data tidak dapat dihubungi setelah 7 kali percobaan" in roster_import.file_error
    assert "sekitar 13 menit" in roster_import.file_error
    assert "Tidak ada data yang diubah" in roster_import.file_error
    assert roster_import.retry_at is None
    assert not RosterEntry.objects.exists()


def test_validation_ends_failed_with_a_clear_message_when_retries_run_out(
    agency, monkeypatch, scheduled
):
    roster_import = stored_import(agency)
    database_down_while_validating(monkeypatch)

    tasks.validate_roster_import_task.apply(
        args=[roster_import.pk], retries=tasks.validate_roster_import_task.max_retries, throw=False
    )

    roster_import.refresh_from_db()
    assert roster_import.status == Status.FAILED
    assert "basis data tidak dapat dihubungi setelah 7 kali percobaan" in roster_import.file_error
    assert roster_imports.progress_of(roster_import)["done"] is True


# --- The sweep does not fight the retries -----------------------------------------------------


def test_sweep_leaves_an_import_waiting_for_its_retry_alone(
    agency, django_capture_on_commit_callbacks
):
    roster_import = applying_import(agency)
    retries.wait_for_retry(
        roster_import.pk, attempts=6, retry_at=timezone.now() - timedelta(minutes=2)
    )  # worker still busy
    age(roster_import, 20)

    with django_capture_on_commit_callbacks() as callbacks:
        assert tasks.sweep_stalled_roster_imports() == 0

    roster_import.refresh_from_db()
    assert callbacks == []
    assert roster_import.retry_cause == Cause.DATABASE


def test_sweep_requeues_an_import_whose_retry_never_came(
    agency, django_capture_on_commit_callbacks
):
    roster_import = applying_import(agency)
    retries.wait_for_retry(
        roster_import.pk, attempts=2, retry_at=timezone.now() - timedelta(minutes=20)
    )
    age(roster_import, 20)

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.sweep_stalled_roster_imports() == 1

    roster_import.refresh_from_db()
    assert roster_import.status == Status.APPLIED


def test_sweep_sends_an_import_that_never_reached_the_queue_once_due(
    agency, django_capture_on_commit_callbacks
):
    waiting = stored_import(agency)
    retries.wait_for_queue(waiting.pk)
    RosterImport.objects.filter(pk=waiting.pk).update(
        retry_at=timezone.now() - timedelta(seconds=1)
    )
    not_yet = stored_import(agency)
    retries.wait_for_queue(not_yet.pk)

    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.sweep_stalled_roster_imports() == 1

    waiting.refresh_from_db()
    not_yet.refresh_from_db()
    assert waiting.status == Status.VALIDATED
    assert (not_yet.status, not_yet.retry_cause) == (Status.QUEUED, Cause.QUEUE)
