"""Reads of roster imports for the pages that watch them."""

from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from learning.cache_keys import roster_progress_key, roster_retry_key
from learning.models import RosterImport

Status = RosterImport.Status


def progress_of(roster_import: RosterImport) -> dict[str, Any]:
    """What a polling page needs, JSON-ready. Pass a freshly loaded import.

    While the import waits to be tried again, ``waiting`` is true and
    ``retry_message`` says why and when (``retry_at``, ISO 8601) instead of a
    percentage that would not move.
    """
    progress = roster_import.progress
    if roster_import.status == Status.APPLYING:
        cached = cache.get(roster_progress_key(roster_import.pk))
        if cached is not None:
            progress = cached
    waiting = waiting_state(roster_import)
    return {
        "status": roster_import.status,
        "status_label": (
            _("Menunggu dicoba lagi") if waiting else str(roster_import.get_status_display())
        ),
        "progress": max(0, min(100, int(progress))),
        "total_rows": roster_import.total_rows,
        "valid_rows": roster_import.valid_rows,
        "error_rows": roster_import.error_rows,
        "done": not roster_import.is_running,
        "waiting": waiting is not None,
        "retry_at": waiting["retry_at"].isoformat() if waiting else None,
        "retry_message": _retry_message(waiting) if waiting else "",
    }


def _retry_message(waiting) -> str:
    at = timezone.localtime(waiting["retry_at"])
    when = (
        _("pukul %(time)s") % {"time": formats.time_format(at)}
        if at > timezone.now()
        else _("sebentar lagi")
    )
    if waiting["retry_cause"] == RosterImport.RetryCause.QUEUE:
        return _(
            "Antrean pemrosesan sedang tidak tersedia. Berkas sudah tersimpan dan akan "
            "diproses otomatis setelah antrean pulih (dicoba lagi %(when)s)."
        ) % {"when": when}
    return _(
        "Menunggu dicoba lagi: percobaan ke-%(attempt)s dari %(total)s gagal karena basis "
        "data sedang tidak dapat dihubungi. Percobaan berikutnya %(when)s."
    ) % {
        "attempt": waiting["attempts"],
        "total": settings.ROSTER_TASK_MAX_RETRIES + 1,
        "when": when,
    }


def waiting_state(
    roster_import: RosterImport, now: datetime | None = None
) -> dict[str, Any] | None:
    """``{"retry_at", "retry_cause", "attempts"}`` while the import waits, else None.

    From the import row; else from the cache when the database could not take it
    (only a state newer than the row's and still in the future counts).
    """
    if not roster_import.is_running:
        return None
    if roster_import.retry_at is not None:
        return {
            "retry_at": roster_import.retry_at,
            "retry_cause": roster_import.retry_cause,
            "attempts": roster_import.attempts,
        }
    cached = cache.get(roster_retry_key(roster_import.pk))
    if not cached or cached.get("attempts", 0) <= roster_import.attempts:
        return None
    retry_at = datetime.fromisoformat(cached["retry_at"])
    if retry_at <= (now or timezone.now()):
        return None
    return {**cached, "retry_at": retry_at}
