"""A running import that waits to be tried again, and one that ran out of tries.

Two reasons to wait, recorded on the import (``retry_at``, ``retry_cause``,
``attempts``) so its page says "menunggu dicoba lagi" with the time instead of a
frozen percentage:

* ``DATABASE``: a task hit a database error and Celery retries it after a growing
  delay (``learning.tasks``). When the database is down, recording that can fail
  too; the state then goes to the cache, which the page also reads.
* ``QUEUE``: the broker could not be reached to send the task. The import stays
  where it was and the stalled-import sweep sends it once the broker is back.

An attempt that starts clears the state (``CLEAR_RETRY``).
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.cache_keys import roster_retry_key
from learning.models import RosterImport
from learning.services.rosters.state import _fail

logger = logging.getLogger("learning.services.rosters")

Status = RosterImport.Status
Cause = RosterImport.RetryCause
RUNNING = [Status.QUEUED, Status.VALIDATING, Status.APPLYING]
CLEAR_RETRY = {"retry_at": None, "retry_cause": ""}


def wait_for_retry(import_id: int, *, retry_at: datetime, attempts: int) -> None:
    """Record that attempt ``attempts`` met a database error; the next one is at ``retry_at``."""
    _record(import_id, retry_at=retry_at, retry_cause=Cause.DATABASE, attempts=attempts)


def wait_for_queue(import_id: int) -> None:
    """Record that the import's task never reached the broker; the sweep will send it."""
    retry_at = timezone.now() + timedelta(seconds=settings.ROSTER_SWEEP_INTERVAL)
    _record(import_id, retry_at=retry_at, retry_cause=Cause.QUEUE)


def _record(import_id, **fields) -> None:
    """Write the waiting state; never raises, since the caller is already handling an error."""
    if not connection.in_atomic_block:
        # The error being handled may have broken the connection: reconnect if so.
        connection.close_if_unusable_or_obsolete()
    try:
        RosterImport.objects.filter(pk=import_id, status__in=RUNNING).update(
            updated_at=timezone.now(), **fields
        )
    except DatabaseError:
        logger.warning(
            "Roster import %s: could not record the retry in the database; recorded in the cache",
            import_id,
            exc_info=True,
        )
        retry_at = fields["retry_at"]
        timeout = max(60, int((retry_at - timezone.now()).total_seconds()) + 15 * 60)
        cache.set(
            roster_retry_key(import_id),
            {
                "retry_at": retry_at.isoformat(),
                "retry_cause": fields["retry_cause"],
                "attempts": fields.get("attempts", 0),
            },
            timeout,
        )


def fail_after_retries(
    import_id: int, *, stage: str, attempts: int, waited_seconds: int
) -> RosterImport | None:
    """End an import whose every attempt met a database error: FAILED, saying so."""
    roster_import = RosterImport.objects.filter(pk=import_id).first()
    if roster_import is None:
        return None
    values = {"attempts": attempts, "minutes": max(1, round(waited_seconds / 60))}
    if stage == "apply":  # _fail adds that nothing was changed
        message = (
            _(
                "Penerapan roster gagal: basis data tidak dapat dihubungi setelah "
                "%(attempts)s kali percobaan selama sekitar %(minutes)s menit."
            )
            % values
        )
    else:
        message = (
            _(
                "Pemeriksaan berkas gagal: basis data tidak dapat dihubungi setelah "
                "%(attempts)s kali percobaan selama sekitar %(minutes)s menit. Unggah "
                "ulang berkas nanti atau hubungi admin pusat."
            )
            % values
        )
    logger.error(
        "Roster import %s failed: database unreachable after %s attempts", import_id, attempts
    )
    return _fail(roster_import, stage, message=message, log=False)
