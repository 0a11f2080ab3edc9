"""Faults around issuing: a worker killed mid-render, Redis down at completion.

The SIGKILL test needs a real worker (PostgreSQL, so the worker shares the test
database, and a reachable Redis broker); it is skipped with the reason elsewhere.
The Redis-down test runs everywhere: "down" is a closed port on loopback.
"""

import datetime
import os
import signal
import subprocess
import sys
import time
import uuid
from unittest import mock

import pytest
from celery import current_app
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from certificates import tasks
from certificates.models import Certificate, CertificateEvent
from learning.models import Enrolment, LessonCompletion
from learning.services import progress
from tests.certificates.conftest import passed_quiz
from tests.factories import LearnerFactory, build_course
from tests.learning.test_outages import broker_down, cache_down  # noqa: F401 — fixtures
from tests.learning.test_worker import BROKER, ROOT, _broker_reachable, shared_database_url

# --- A worker killed with SIGKILL while rendering -----------------------------------------

VISIBILITY_TIMEOUT = 2  # seconds; production: CELERY_BROKER_TRANSPORT_OPTIONS


def _start_worker(queue, private_root, **extra_env):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": shared_database_url(),
        "CELERY_BROKER_URL": BROKER,
        "PRIVATE_MEDIA_ROOT": private_root,
        "FAULT_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
        **extra_env,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.fault_worker", queue],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"{what} not within {timeout} s")


@pytest.fixture
def real_broker(settings):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL so the worker process can share the test database")
    if not _broker_reachable():
        pytest.skip("needs CELERY_BROKER_URL pointing at a reachable Redis")
    queue = f"fault-{uuid.uuid4().hex[:8]}"
    conf = current_app.conf
    saved = (conf.task_always_eager, conf.broker_url, conf.task_default_queue)
    conf.task_always_eager, conf.broker_url, conf.task_default_queue = False, BROKER, queue
    settings.CELERY_TASK_ALWAYS_EAGER = False
    try:
        yield queue
    finally:
        conf.task_always_eager, conf.broker_url, conf.task_default_queue = saved


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_worker_killed_while_rendering_leaves_exactly_one_certificate(
    real_broker, settings, tmp_path
):
    private_root = settings.STORAGES["private"]["OPTIONS"]["location"]
    marker = tmp_path / "rendering"
    tree = build_course()
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    passed_quiz(learner, tree)

    doomed = _start_worker(real_broker, private_root, FAULT_STALL_RENDER=str(marker))
    try:
        assert progress.complete_lesson(learner, tree.lesson).course_just_completed
        _wait_until(marker.exists, 60, "the worker starting to render")
        doomed.send_signal(signal.SIGKILL)
        doomed.wait(timeout=10)
    finally:
        _stop(doomed)
    # Issued, not drawn, not acknowledged: the message is still the broker's.
    certificate = Certificate.objects.get(learner=learner)
    assert not certificate.pdf.name
    assert doomed.returncode == -signal.SIGKILL

    time.sleep(VISIBILITY_TIMEOUT + 0.5)  # production: ~25 minutes
    successor = _start_worker(real_broker, private_root)
    try:
        _wait_until(
            lambda: Certificate.objects.filter(learner=learner, pdf__gt="").exists(),
            60,
            "the redelivered task drawing the certificate",
        )
        _wait_until(
            lambda: Certificate.objects.filter(learner=learner, emailed_at__isnull=False).exists(),
            30,
            "the certificate email",
        )
    finally:
        _stop(successor)

    assert Certificate.objects.filter(learner=learner).count() == 1
    certificate = Certificate.objects.get(learner=learner)
    assert certificate.pdf.storage.exists(certificate.pdf.name)
    assert CertificateEvent.objects.filter(certificate=certificate, kind="issued").count() == 1


# --- Redis down when a learner completes a course -------------------------------------------


@pytest.mark.django_db
@pytest.mark.usefixtures("cache_down", "broker_down")
def test_redis_down_at_completion_saves_it_shows_a_normal_page_and_the_sweep_issues_later(
    client, django_capture_on_commit_callbacks
):
    tree = build_course()
    learner = LearnerFactory()
    Enrolment.objects.create(user=learner, course=tree.course)
    passed_quiz(learner, tree)
    client.force_login(learner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("learning:lesson_complete", args=[tree.lesson.pk]))
    assert response.status_code == 302
    page = client.get(response["Location"])

    assert page.status_code == 200
    assert LessonCompletion.objects.filter(user=learner, lesson=tree.lesson).exists()
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert not Certificate.objects.exists()

    # Redis is back (the broker fixture ends; tasks run eagerly here); beat's sweep runs.
    current_app.conf.task_always_eager = True
    later = timezone.now() + tasks.SWEEP_GRACE + datetime.timedelta(seconds=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert tasks.sweep_certificates.delay().get() == 1
        assert tasks.sweep_certificates.delay().get() == 0  # nothing twice
    certificate = Certificate.objects.get()
    assert certificate.learner == learner
    assert certificate.pdf.name and certificate.pdf.storage.exists(certificate.pdf.name)
