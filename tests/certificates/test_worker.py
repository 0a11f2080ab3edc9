"""A real Celery worker, through Redis, issues the certificate of a course just completed.

Runs where CI runs (PostgreSQL, so the worker process shares the test database, and
a reachable Redis broker); elsewhere it is skipped with the reason.
"""

import time

import pytest

from certificates.models import Certificate
from learning.services import progress
from tests.certificates.conftest import passed_quiz
from tests.factories import LearnerFactory, build_course
from tests.learning.test_worker import worker  # noqa: F401 — the fixture

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_completed_course_has_its_certificate_within_a_minute(worker):  # noqa: F811
    tree = build_course()
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    passed_quiz(learner, tree)
    started = time.monotonic()
    completion = progress.complete_lesson(learner, tree.lesson)  # commits; the hook enqueues
    assert completion.course_just_completed

    deadline = started + 60
    certificate = None
    while time.monotonic() < deadline:
        certificate = Certificate.objects.filter(learner=learner, pdf__gt="").first()
        if certificate is not None and certificate.emailed_at is not None:
            break
        time.sleep(0.3)
    assert certificate is not None, "no certificate within a minute"
    assert certificate.pdf.storage.exists(certificate.pdf.name)
    assert Certificate.objects.filter(learner=learner).count() == 1
