"""Celery tasks. Thin: take ids, call a service, let the service's idempotence do the rest.

Every task acknowledges late and retries with backoff, so a worker lost mid-task
or a failing step (storage, SMTP, a PDF that did not render) is tried again; a
redelivery is harmless because issuing is unique per learner and course and every
later step checks its row first. ``sweep_certificates`` (beat) is the safety net
for whatever the broker never delivered.
"""

import itertools
import logging
from datetime import timedelta

from celery import shared_task
from django.db.models import F
from django.utils import timezone

from certificates.dispatch import enqueue
from certificates.models import Certificate
from certificates.services import issuing, notifications, rendering, rerender
from certificates.services.design import design_for
from learning import api

logger = logging.getLogger(__name__)

_TASK_OPTIONS = {
    "bind": True,
    "acks_late": True,
    "autoretry_for": (Exception,),
    "retry_backoff": 5,
    "retry_backoff_max": 600,
    "max_retries": 6,
}

# A completion this old without a certificate was missed (broker down, task lost).
SWEEP_GRACE = timedelta(minutes=1)
SWEEP_BATCH = 500


def _finish(certificate: Certificate) -> None:
    """Draw the PDF if it is missing or out of date, then tell the learner (once)."""
    design = design_for(course_id=certificate.course_id)
    if certificate.pdf_fingerprint != design.fingerprint() or not rendering.has_pdf(certificate):
        rendering.render_pdf(certificate=certificate, design=design)
    if certificate.emailed_at is None and certificate.status == Certificate.Status.VALID:
        enqueue("send_certificate_email_task", certificate.pk)


@shared_task(**_TASK_OPTIONS)
def issue_certificate_task(self, user_id, course_id):
    """Issue the learner's certificate for a completed course and draw its PDF."""
    issued = issuing.issue_certificate(user_id=user_id, course_id=course_id)
    if issued is None:
        logger.info("No completion of course %s by user %s; nothing issued", course_id, user_id)
        return None
    _finish(issued.certificate)
    return issued.certificate.number


@shared_task(**_TASK_OPTIONS)
def render_certificate_task(self, certificate_id):
    """Draw (again) the PDF of a certificate whose file is missing or out of date."""
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        return None
    _finish(certificate)
    return certificate.number


@shared_task(**_TASK_OPTIONS)
def send_certificate_email_task(self, certificate_id):
    return notifications.send_issued_email(certificate_id=certificate_id)


@shared_task(**_TASK_OPTIONS)
def rerender_certificates_task(self, job_id):
    """One batch of a re-render job; enqueues the next batch while more remain."""
    if rerender.run_batch(job_id=job_id):
        enqueue("rerender_certificates_task", job_id)


@shared_task(**_TASK_OPTIONS)
def send_expiry_reminders_task(self):
    """Daily: remind learners whose certificate expires within 30 days."""
    sent = 0
    for certificate_id in notifications.expiring_soon().values_list("pk", flat=True):
        sent += notifications.send_expiry_reminder(certificate_id=certificate_id)
    return sent


@shared_task(bind=True, acks_late=True)
def sweep_certificates(self):
    """Issue what the completion hook missed, and draw PDFs that were never drawn.

    A completed enrolment with no certificate after ``SWEEP_GRACE`` is issued here,
    in this task (not enqueued: the broker that lost the first task may lose
    another). A certificate without a PDF is re-enqueued; a stalled re-render job
    is resumed.
    """
    cutoff = timezone.now() - SWEEP_GRACE
    issued = 0
    issued_pairs = Certificate.objects.annotate(user_id=F("learner_id"))
    missing = list(
        itertools.islice(
            api.completed_enrolments(completed_before=cutoff, exclude_pairs_of=issued_pairs),
            SWEEP_BATCH,
        )
    )
    for row in missing:
        try:
            result = issuing.issue_certificate(user_id=row.user_id, course_id=row.course_id)
        except Exception:
            logger.exception(
                "Sweep could not issue course %s for user %s", row.course_id, row.user_id
            )
            continue
        if result is not None:
            issued += result.created
            enqueue("render_certificate_task", result.certificate.pk)
    unrendered = Certificate.objects.filter(pdf="", issued_at__lt=cutoff).values_list(
        "pk", flat=True
    )[:SWEEP_BATCH]
    for certificate_id in unrendered:
        enqueue("render_certificate_task", certificate_id)
    for job_id in rerender.stalled_jobs():
        enqueue("rerender_certificates_task", job_id)
    if issued:
        logger.warning("Sweep issued %s certificate(s) the completion hook missed", issued)
    return issued
