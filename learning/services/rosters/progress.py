"""Progress of a running import: in the import row while checking, in the cache while
applying (the apply transaction's writes are invisible until commit)."""

from django.conf import settings
from django.core.cache import cache
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from learning.models import RosterImport

Status = RosterImport.Status

PROGRESS_CACHE_TIMEOUT = 60 * 60


def _progress_key(import_id) -> str:
    return f"roster-import-progress:{import_id}"


class _DatabaseProgress:
    """Writes the percentage to the import row, only when it changes (validation)."""

    def __init__(self, import_id):
        self.import_id = import_id
        self.last = 0

    def __call__(self, fraction: float) -> None:
        percent = min(99, int(fraction * 100))
        if percent > self.last:
            self.last = percent
            RosterImport.objects.filter(pk=self.import_id).update(
                progress=percent, updated_at=timezone.now()
            )


class _CacheProgress:
    """Writes the percentage to the cache (apply), where an uncommitted change shows."""

    def __init__(self, import_id, start=0, end=100):
        self.import_id = import_id
        self.key = _progress_key(import_id)
        self.start, self.end = start, end
        self.last = -1

    def phase(self, start, end) -> "_CacheProgress":
        """The same key, mapping one phase's 0–1 onto start–end percent of the whole."""
        return _CacheProgress(self.import_id, start, end)

    def __call__(self, fraction: float) -> None:
        percent = int(self.start + (self.end - self.start) * min(max(fraction, 0.0), 1.0))
        if percent != self.last:
            self.last = percent
            self.set(percent)

    def set(self, percent: int) -> None:
        cache.set(self.key, percent, PROGRESS_CACHE_TIMEOUT)

    def clear(self) -> None:
        cache.delete(self.key)


def progress_of(roster_import) -> dict:
    """What a polling page needs, JSON-ready. Pass a freshly loaded import.

    While the import waits to be tried again, ``waiting`` is true and
    ``retry_message`` says why and when (``retry_at``, ISO 8601) instead of a
    percentage that would not move.
    """
    from learning.services.rosters.retries import waiting_state

    progress = roster_import.progress
    if roster_import.status == Status.APPLYING:
        cached = cache.get(_progress_key(roster_import.pk))
        if cached is not None:
            progress = cached
    waiting = waiting_state(roster_import)
    return {
        "status": roster_import.status,
        "status_label": (_("Menunggu dicoba lagi") if waiting
                         else str(roster_import.get_status_display())),
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
    when = (_("pukul %(time)s") % {"time": formats.time_format(at)} if at > timezone.now()
            else _("sebentar lagi"))
    if waiting["retry_cause"] == RosterImport.RetryCause.QUEUE:
        return _("Antrean pemrosesan sedang tidak tersedia. Berkas sudah tersimpan dan akan "
                 "diproses otomatis setelah antrean pulih (dicoba lagi %(when)s).") % {
            "when": when}
    return _("Menunggu dicoba lagi: percobaan ke-%(attempt)s dari %(total)s gagal karena basis "
             "data sedang tidak dapat dihubungi. Percobaan berikutnya %(when)s.") % {
        "attempt": waiting["attempts"], "total": settings.ROSTER_TASK_MAX_RETRIES + 1,
        "when": when}
