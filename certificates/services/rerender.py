"""Re-render PDFs after a design change: a job with progress, worked through in batches.

A job walks the certificates in its scope (one course, or all) in primary-key
order with a cursor, so a batch that fails part-way, a redelivered task or a
restarted worker continues where the last batch stopped and never loops. Each
certificate is drawn again only if the fingerprint of its course's current design
differs from the one its PDF was drawn with. Only the look changes: the PDF is
drawn from the certificate's own snapshot of facts.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from certificates.dispatch import enqueue_on_commit
from certificates.models import Certificate, CourseCertificateSettings, RerenderJob

from .design import design_for, site_design
from .rendering import has_pdf, render_pdf

logger = logging.getLogger(__name__)

Status = RerenderJob.Status
BATCH_SIZE = 200
# A job not written for this long lost its task (matches CELERY_TASK_TIME_LIMIT).
STALL_AFTER = timedelta(minutes=15)


class _Designs:
    """The current design per course, computed once per batch."""

    def __init__(self):
        self.found = site_design()
        self.own = set(
            CourseCertificateSettings.objects.exclude(signatory_name="").values_list(
                "course_id", flat=True
            )
        )
        self._cache = {}

    def for_course(self, course_id):
        key = course_id if course_id in self.own else None
        if key not in self._cache:
            self._cache[key] = design_for(course_id=key, found=self.found)
        return self._cache[key]


def _scope(course_id):
    certificates = Certificate.objects.all()
    return certificates.filter(course_id=course_id) if course_id else certificates


def has_stale_pdfs(*, course_id: int | None = None) -> bool:
    """Whether any certificate in scope was drawn with another design than today's."""
    designs = _Designs()
    if course_id:
        fingerprint = designs.for_course(course_id).fingerprint()
        return _scope(course_id).exclude(pdf_fingerprint=fingerprint).exists()
    default = designs.for_course(None).fingerprint()
    if (
        Certificate.objects.exclude(course_id__in=designs.own)
        .exclude(pdf_fingerprint=default)
        .exists()
    ):
        return True
    return any(
        Certificate.objects.filter(course_id=own)
        .exclude(pdf_fingerprint=designs.for_course(own).fingerprint())
        .exists()
        for own in designs.own
    )


def request_rerender(
    *,
    course_id: int | None = None,
    by: AbstractBaseUser | None = None,
    reason: str = "",
    only_if_stale: bool = True,
) -> RerenderJob | None:
    """Start a job for the scope, or return the one already waiting or running.

    With ``only_if_stale`` (after a settings change) no job is made when every PDF
    already has the current design.
    """
    running = RerenderJob.objects.filter(
        course_id=course_id, status__in=[Status.QUEUED, Status.RUNNING]
    ).first()
    if running is not None:
        # Its cursor may be past certificates whose design changed again: rewind.
        RerenderJob.objects.filter(pk=running.pk).update(last_pk=0, updated_at=timezone.now())
        return running
    if only_if_stale and not has_stale_pdfs(course_id=course_id):
        return None
    job = RerenderJob.objects.create(course_id=course_id, created_by=by, reason=reason[:200])
    enqueue_on_commit("rerender_certificates_task", job.pk)
    return job


def _start(job: RerenderJob, designs: _Designs) -> None:
    total = sum(
        1
        for course_id, fingerprint in _scope(job.course_id)
        .values_list("course_id", "pdf_fingerprint")
        .iterator(chunk_size=2000)
        if fingerprint != designs.for_course(course_id).fingerprint()
    )
    RerenderJob.objects.filter(pk=job.pk).update(
        status=Status.RUNNING, total=total, updated_at=timezone.now()
    )


def run_batch(*, job_id: int, batch_size: int = BATCH_SIZE) -> bool:
    """Work through the next batch of the job; True while more certificates remain."""
    job = RerenderJob.objects.filter(pk=job_id, status__in=[Status.QUEUED, Status.RUNNING]).first()
    if job is None:
        return False
    designs = _Designs()
    if job.status == Status.QUEUED:
        _start(job, designs)
    batch = list(_scope(job.course_id).filter(pk__gt=job.last_pk).order_by("pk")[:batch_size])
    done = failed = 0
    for certificate in batch:
        design = designs.for_course(certificate.course_id)
        if certificate.pdf_fingerprint == design.fingerprint() and has_pdf(certificate):
            continue
        try:
            render_pdf(certificate=certificate, design=design)
            done += 1
        except Exception:
            logger.exception("Re-render of certificate %s failed", certificate.number)
            failed += 1
    more = len(batch) == batch_size
    with transaction.atomic():
        updates = {
            "done": F("done") + done,
            "failed": F("failed") + failed,
            "updated_at": timezone.now(),
        }
        if batch:
            updates["last_pk"] = batch[-1].pk
        if not more:
            updates.update(status=Status.DONE, finished_at=timezone.now())
        RerenderJob.objects.filter(pk=job.pk, status=Status.RUNNING).update(**updates)
    return more


def stalled_jobs() -> list[int]:
    """Jobs waiting or running whose task was lost (no progress for ``STALL_AFTER``)."""
    cutoff = timezone.now() - STALL_AFTER
    return list(
        RerenderJob.objects.filter(
            status__in=[Status.QUEUED, Status.RUNNING], updated_at__lt=cutoff
        ).values_list("pk", flat=True)
    )
