"""Celery tasks. Thin: claim the row by id, then call the service that does the work.

Arguments are ids only (JSON). Every task re-reads its RosterImport and does nothing
when the import is no longer in the state the task expects, so a duplicate delivery
(``acks_late`` redelivers after a lost worker) or a re-enqueue by the sweep is harmless.
"""

import logging
from datetime import timedelta

from celery import shared_task
from django.db import OperationalError, transaction
from django.utils import timezone

from learning.models import RosterImport
from learning.services import rosters

logger = logging.getLogger(__name__)

Status = RosterImport.Status

# Matches CELERY_TASK_TIME_LIMIT: a task silent for longer than this has been killed.
STALL_AFTER = timedelta(minutes=15)

_TASK_OPTIONS = {
    "bind": True,
    "acks_late": True,
    "autoretry_for": (OperationalError,),
    "retry_backoff": True,
    "max_retries": 3,
}


def _has_retries_left(task) -> bool:
    return task.request.retries < task.max_retries


@shared_task(**_TASK_OPTIONS)
def validate_roster_import_task(self, import_id):
    """Check an uploaded roster file (QUEUED or VALIDATING imports only)."""
    claimed = RosterImport.objects.filter(
        pk=import_id, status__in=[Status.QUEUED, Status.VALIDATING]
    ).update(status=Status.VALIDATING, updated_at=timezone.now())
    if not claimed:
        logger.info("Roster import %s is no longer waiting to be checked; skipped", import_id)
        return None
    roster_import = RosterImport.objects.get(pk=import_id)
    roster_import = rosters.validate_import(
        roster_import, raise_transient=_has_retries_left(self)
    )
    return roster_import.status


@shared_task(**_TASK_OPTIONS)
def apply_roster_import_task(self, import_id):
    """Write a checked roster file's valid rows (APPLYING imports only).

    ``apply_import`` locks the import row inside its transaction and re-checks the
    status there, so two deliveries of this task never apply the same file twice.
    """
    roster_import = RosterImport.objects.filter(pk=import_id, status=Status.APPLYING).first()
    if roster_import is None:
        logger.info("Roster import %s is no longer waiting to be applied; skipped", import_id)
        return None
    try:
        roster_import = rosters.apply_import(
            roster_import, raise_transient=_has_retries_left(self)
        )
    except rosters.RosterImportError:
        logger.info("Roster import %s changed state before it was applied; skipped", import_id)
        return None
    return roster_import.status


@shared_task
def sweep_stalled_roster_imports():
    """Re-enqueue imports whose task was lost (broker restart, killed worker).

    An import counts as stalled when it has sat in QUEUED, VALIDATING or APPLYING for
    longer than STALL_AFTER without a write (validation writes progress, and so
    ``updated_at``, every ~1,000 rows). VALIDATING goes back to QUEUED. APPLYING stays
    APPLYING, which is where ``request_apply`` would put it again: its transaction was
    rolled back when the worker died, and the apply task only takes APPLYING imports.
    Each reset is a conditional UPDATE, so two sweeps never enqueue the same import twice.
    An import whose checks have already started ``MAX_VALIDATION_ATTEMPTS`` times (a
    file that kills or stalls every worker that reads it) is rejected instead.
    """
    cutoff = timezone.now() - STALL_AFTER
    stalled = RosterImport.objects.filter(
        status__in=[Status.QUEUED, Status.VALIDATING, Status.APPLYING], updated_at__lt=cutoff
    ).values_list("pk", "status", "validation_attempts")
    requeued = 0
    for import_id, status, attempts in stalled:
        if status != Status.APPLYING and attempts >= rosters.MAX_VALIDATION_ATTEMPTS:
            rosters.give_up_validation(import_id)
            continue
        requeued += _requeue(import_id, status, cutoff)
    if requeued:
        logger.warning("Re-enqueued %s stalled roster import(s)", requeued)
    return requeued


def _requeue(import_id, status, cutoff) -> int:
    next_status, task = {
        Status.QUEUED: (Status.QUEUED, validate_roster_import_task),
        Status.VALIDATING: (Status.QUEUED, validate_roster_import_task),
        Status.APPLYING: (Status.APPLYING, apply_roster_import_task),
    }[status]
    with transaction.atomic():
        reset = RosterImport.objects.filter(
            pk=import_id, status=status, updated_at__lt=cutoff
        ).update(status=next_status, progress=0, updated_at=timezone.now())
        if reset:
            logger.warning("Roster import %s stalled in %s; re-enqueued", import_id, status)
            transaction.on_commit(lambda: task.delay(import_id))
    return reset
