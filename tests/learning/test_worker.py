"""A real Celery worker, through Redis, processes a large roster import.

Runs where CI runs: PostgreSQL (the worker process must see the test database)
and a reachable Redis broker. Elsewhere it is skipped with the reason.
"""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from celery import current_app
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from learning.models import RosterEntry, RosterImport
from learning.services import rosters
from tests.factories import AgencyFactory, UnitFactory, pns_nip

ROOT = Path(__file__).resolve().parents[2]
BROKER = os.environ.get("CELERY_BROKER_URL", "")

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def _broker_reachable():
    if not BROKER:
        return False
    try:
        import redis

        return redis.Redis.from_url(BROKER, socket_connect_timeout=1).ping()
    except Exception:
        return False


def shared_database_url():
    """A URL of the test database, for a process the test starts (a worker, a shell)."""
    db = connection.settings_dict
    return (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}"
        f":{db['PORT'] or 5432}/{db['NAME']}"
    )


@pytest.fixture
def worker(settings, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL so the worker process can share the test database")
    if not _broker_reachable():
        pytest.skip("needs CELERY_BROKER_URL pointing at a reachable Redis")
    queue = f"test-{uuid.uuid4().hex[:8]}"
    database_url = shared_database_url()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": BROKER,
        "PRIVATE_MEDIA_ROOT": settings.STORAGES["private"]["OPTIONS"]["location"],
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    conf = current_app.conf
    saved = (conf.task_always_eager, conf.broker_url, conf.task_default_queue)
    conf.task_always_eager, conf.broker_url, conf.task_default_queue = False, BROKER, queue
    settings.CELERY_TASK_ALWAYS_EAGER = False
    try:
        yield process
    finally:
        conf.task_always_eager, conf.broker_url, conf.task_default_queue = saved
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait_for(roster_import, statuses, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        roster_import.refresh_from_db()
        if roster_import.status in statuses:
            return roster_import
        time.sleep(0.3)
    raise AssertionError(f"import stuck in {roster_import.status}")


def test_large_roster_import_is_validated_and_applied_by_a_real_worker(worker, settings):
    settings.ROSTER_ASYNC_THRESHOLD = 10
    agency = AgencyFactory()
    UnitFactory(agency=agency, code="HUMAS", name="Biro Humas")
    lines = ["nip,nama,unit_kerja"] + [
        f"{pns_nip(serial)},Pegawai {serial},HUMAS" for serial in range(1, 301)
    ]
    upload = SimpleUploadedFile("roster.csv", "\n".join(lines).encode(), "text/csv")

    roster_import = rosters.start_import(agency=agency, uploaded_by=None, uploaded_file=upload)
    _wait_for(roster_import, {RosterImport.Status.VALIDATED, RosterImport.Status.REJECTED})
    assert roster_import.status == RosterImport.Status.VALIDATED, roster_import.file_error
    assert roster_import.valid_rows == 300

    rosters.request_apply(roster_import)
    _wait_for(roster_import, {RosterImport.Status.APPLIED, RosterImport.Status.FAILED})
    assert roster_import.status == RosterImport.Status.APPLIED, roster_import.file_error
    assert RosterEntry.objects.filter(agency=agency).count() == 300
