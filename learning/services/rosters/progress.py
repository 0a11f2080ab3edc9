"""Progress of a running import: in the import row while checking, in the cache while
applying (the apply transaction's writes are invisible until commit)."""

from django.core.cache import cache
from django.utils import timezone

from learning.cache_keys import roster_progress_key
from learning.models import RosterImport

Status = RosterImport.Status

PROGRESS_CACHE_TIMEOUT = 60 * 60


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
        self.key = roster_progress_key(import_id)
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
