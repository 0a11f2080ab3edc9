"""Celery tasks. Thin: claim the row by id, then call the service that does the work.

Arguments are ids only (JSON). Every task re-reads its RosterImport and does nothing
when the import is no longer in the state the task expects, so a duplicate delivery
(``acks_late`` redelivers after a lost worker) or a re-enqueue by the sweep is harmless.

A database error retries the task with an exponential backoff over minutes
(``retry_schedule``: 15 s, 30 s, 1, 2, 4, 5 min), recording on the import when the
next attempt is due, so its page shows "menunggu dicoba lagi" and the sweep leaves
it alone. When the retries run out the import ends FAILED with a message that says
so. Services send these tasks through ``services.rosters.dispatch`` (by dotted path,
so services never import this module), which never fails the request that asked:
when the broker cannot be reached the import waits for the sweep.
"""

import logging
from datetime import timedelta

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.db import OperationalError, transaction
from django.db.models import Q
from django.utils import timezone

from learning.models import RosterImport
from learning.services import rosters
from learning.services.rosters import dispatch, retries

logger = logging.getLogger(__name__)

Status = RosterImport.Status

# Matches CELERY_TASK_TIME_LIMIT: a task silent for longer than this has been killed.
STALL_AFTER = timedelta(minutes=15)

_TASK_OPTIONS = {
    "bind": True,
    "acks_late": True,
    # Read by retry_countdown; retries are raised by hand so the import records them.
    "max_retries": settings.ROSTER_TASK_MAX_RETRIES,
    "retry_backoff": settings.ROSTER_TASK_RETRY_BACKOFF,
    "retry_backoff_max": settings.ROSTER_TASK_RETRY_BACKOFF_MAX,
    "retry_jitter": False,
}


def retry_countdown(task, retries: int) -> int:
    """Seconds before retry number ``retries + 1``: doubling from ``retry_backoff``, capped."""
    return get_exponential_backoff_interval(
        factor=task.retry_backoff,
        retries=retries,
        maximum=task.retry_backoff_max,
        full_jitter=task.retry_jitter,
    )


def retry_schedule(task) -> list[int]:
    """The delay before each retry, first to last."""
    return [retry_countdown(task, retries) for retries in range(task.max_retries)]


def _retry_or_fail(task, import_id, stage, exc):
    """Retry after a database error with the next delay; FAILED once no retry is left."""
    done = task.request.retries
    if done >= task.max_retries:
        retries.fail_after_retries(
            import_id, stage=stage, attempts=done + 1, waited_seconds=sum(retry_schedule(task))
        )
        return Status.FAILED
    countdown = retry_countdown(task, done)
    logger.warning(
        "Roster import %s: database error during %s (attempt %s); retrying in %ss",
        import_id,
        stage,
        done + 1,
        countdown,
    )
    retries.wait_for_retry(
        import_id, attempts=done + 1, retry_at=timezone.now() + timedelta(seconds=countdown)
    )
    raise task.retry(exc=exc, countdown=countdown)


@shared_task(**_TASK_OPTIONS)
def validate_roster_import_task(self, import_id):
    """Check an uploaded roster file (QUEUED or VALIDATING imports only)."""
    try:
        claimed = RosterImport.objects.filter(
            pk=import_id, status__in=[Status.QUEUED, Status.VALIDATING]
        ).update(status=Status.VALIDATING, updated_at=timezone.now())
        if not claimed:
            logger.info("Roster import %s is no longer waiting to be checked; skipped", import_id)
            return None
        roster_import = RosterImport.objects.get(pk=import_id)
        return rosters.validate_import(roster_import, raise_transient=True).status
    except OperationalError as exc:
        return _retry_or_fail(self, import_id, "validate", exc)


@shared_task(**_TASK_OPTIONS)
def apply_roster_import_task(self, import_id):
    """Write a checked roster file's valid rows (APPLYING imports only).

    ``apply_import`` locks the import row inside its transaction and re-checks the
    status there, so two deliveries of this task never apply the same file twice.
    """
    try:
        roster_import = RosterImport.objects.filter(pk=import_id, status=Status.APPLYING).first()
        if roster_import is None:
            logger.info("Roster import %s is no longer waiting to be applied; skipped", import_id)
            return None
        return rosters.apply_import(roster_import, raise_transient=True).status
    except rosters.RosterImportError:
        logger.info("Roster import %s changed state before it was applied; skipped", import_id)
        return None
    except OperationalError as exc:
        return _retry_or_fail(self, import_id, "apply", exc)


@shared_task
def sweep_stalled_roster_imports():
    """Re-enqueue imports whose task was lost (broker restart, killed worker) or never sent.

    An import counts as stalled when it has sat in QUEUED, VALIDATING or APPLYING for
    longer than STALL_AFTER without a write (validation writes progress, and so
    ``updated_at``, every ~1,000 rows) and no retry was due within that time either:
    an import waiting for a task retry is left to the retry, which claims it when it
    starts. An import whose task never reached the broker is sent as soon as its
    ``retry_at`` has passed. VALIDATING goes back to QUEUED. APPLYING stays APPLYING,
    which is where ``request_apply`` would put it again: its transaction was rolled
    back when the worker died, and the apply task only takes APPLYING imports.
    Each reset is a conditional UPDATE, so two sweeps never enqueue the same import twice.
    An import whose checks have already started ``MAX_VALIDATION_ATTEMPTS`` times (a
    file that kills or stalls every worker that reads it) is rejected instead.
    """
    due = _stalled()
    stalled = RosterImport.objects.filter(due).values_list("pk", "status", "validation_attempts")
    requeued = 0
    for import_id, status, attempts in stalled:
        if status != Status.APPLYING and attempts >= rosters.MAX_VALIDATION_ATTEMPTS:
            rosters.give_up_validation(import_id)
            continue
        requeued += _requeue(import_id, status, due)
    if requeued:
        logger.warning("Re-enqueued %s stalled roster import(s)", requeued)
    return requeued


def _stalled():
    now = timezone.now()
    cutoff = now - STALL_AFTER
    silent = Q(updated_at__lt=cutoff) & (Q(retry_at__isnull=True) | Q(retry_at__lt=cutoff))
    never_sent = Q(retry_cause=RosterImport.RetryCause.QUEUE, retry_at__lte=now)
    return Q(status__in=[Status.QUEUED, Status.VALIDATING, Status.APPLYING]) & (silent | never_sent)


def _requeue(import_id, status, due) -> int:
    next_status, task_path = {
        Status.QUEUED: (Status.QUEUED, dispatch.VALIDATE),
        Status.VALIDATING: (Status.QUEUED, dispatch.VALIDATE),
        Status.APPLYING: (Status.APPLYING, dispatch.APPLY),
    }[status]
    with transaction.atomic():
        reset = RosterImport.objects.filter(due, pk=import_id, status=status).update(
            status=next_status, progress=0, updated_at=timezone.now(), **retries.CLEAR_RETRY
        )
        if reset:
            logger.warning("Roster import %s stalled in %s; re-enqueued", import_id, status)
            dispatch.enqueue_on_commit(task_path, import_id)
    return reset
