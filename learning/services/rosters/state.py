"""Status changes of an import: refusal messages, claiming, finishing and failing."""

import logging

from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import RosterImport
from learning.services.rosters.errors import RosterImportError
from learning.services.rosters.progress import _CacheProgress

# The package's name, as when this was a single module: log configuration and
# filters keep matching.
logger = logging.getLogger("learning.services.rosters")

Status = RosterImport.Status

# Checks of one import that may start. A check that never finishes (its worker killed
# for memory or time, the message then redelivered or re-enqueued by the sweep) is
# retried this often at most; database retries of one task use at most four.
MAX_VALIDATION_ATTEMPTS = 5


def _state_message(roster_import, action: str) -> str:
    """Why an import in its current state cannot be ``action`` (checked/applied/cancelled)."""
    status = roster_import.status
    if status == Status.VALIDATED and roster_import.valid_rows == 0:
        return _("Tidak ada baris valid yang dapat diterapkan. Perbaiki berkas lalu unggah ulang.")
    messages = {
        Status.QUEUED: _("Berkas masih menunggu diperiksa."),
        Status.VALIDATING: _("Berkas masih diperiksa. Tunggu hingga selesai."),
        Status.VALIDATED: _("Berkas ini sudah selesai diperiksa."),
        Status.APPLYING: _("Impor ini sedang diterapkan."),
        Status.APPLIED: _("Impor ini sudah diterapkan."),
        Status.REJECTED: _("Berkas ini ditolak. Perbaiki berkas lalu unggah ulang."),
        Status.CANCELLED: _("Impor ini sudah dibatalkan."),
        Status.FAILED: _("Impor ini gagal diproses. Unggah ulang berkasnya."),
    }
    return _("Impor tidak dapat %(action)s: %(reason)s") % {
        "action": action,
        "reason": messages.get(status, status),
    }


def _claim_for_apply(roster_import) -> None:
    """Move VALIDATED to APPLYING (the command's direct call); accept APPLYING as is.

    Either way an attempt starts now, so an import waiting to be retried stops waiting.
    """
    if roster_import.status != Status.APPLYING:
        RosterImport.objects.filter(
            pk=roster_import.pk, status=Status.VALIDATED, valid_rows__gt=0
        ).update(status=Status.APPLYING, progress=0, updated_at=timezone.now())
    elif roster_import.retry_at is not None or roster_import.retry_cause:
        RosterImport.objects.filter(pk=roster_import.pk, status=Status.APPLYING).update(
            retry_at=None, retry_cause="", updated_at=timezone.now()
        )
    roster_import.refresh_from_db()
    if roster_import.status != Status.APPLYING:
        raise RosterImportError(_state_message(roster_import, _("diterapkan")))


def _finish(roster_import, **values) -> RosterImport:
    """Save the given fields; a final status also stamps ``finished_at``."""
    now = timezone.now()
    if values.get("status") in {Status.REJECTED, Status.APPLIED, Status.FAILED}:
        values.setdefault("finished_at", now)
    values["updated_at"] = now
    values.update(retry_at=None, retry_cause="")  # nothing waits any more
    for name, value in values.items():
        setattr(roster_import, name, value)
    roster_import.save(update_fields=list(values))
    return roster_import


def _fail(roster_import, stage: str, *, message: str | None = None, log=True) -> RosterImport:
    """Record a failure after the work was rolled back; the admin re-uploads the file."""
    if log:
        logger.exception("Roster import %s failed during %s", roster_import.pk, stage)
    if message is None:
        if stage == "apply":
            message = _(
                "Penerapan roster gagal karena kesalahan sistem. Tidak ada data yang "
                "diubah. Unggah ulang berkas atau hubungi admin pusat."
            )
        else:
            message = _(
                "Pemeriksaan berkas gagal karena kesalahan sistem. Unggah ulang berkas "
                "atau hubungi admin pusat."
            )
    elif stage == "apply":
        message = _("%(problem)s Tidak ada data yang diubah.") % {"problem": message}
    _CacheProgress(roster_import.pk).clear()
    now = timezone.now()
    # Only a running import fails: never overwrite what another worker finished.
    RosterImport.objects.filter(
        pk=roster_import.pk, status__in=[Status.QUEUED, Status.VALIDATING, Status.APPLYING]
    ).update(
        status=Status.FAILED,
        file_error=message,
        finished_at=now,
        updated_at=now,
        retry_at=None,
        retry_cause="",
    )
    roster_import.refresh_from_db()
    return roster_import


def _too_costly_message() -> str:
    return _(
        "Berkas ini terlalu besar atau terlalu rumit untuk diperiksa sampai selesai. "
        "Simpan ulang sebagai .xlsx atau CSV UTF-8 tanpa lembar kerja dan format "
        "tambahan, pecah menjadi beberapa berkas bila perlu, lalu unggah lagi."
    )


def give_up_validation(import_id: int) -> int:
    """Reject an import whose checks kept stopping before the end; never retried again.

    Conditional, like every status change here: an import that finished meanwhile
    keeps its result. Returns 1 when the import was rejected here.
    """
    now = timezone.now()
    message = _(
        "Pemeriksaan berkas terhenti %(count)s kali sebelum selesai, jadi berkas ini "
        "tidak diperiksa lagi. %(advice)s"
    ) % {"count": MAX_VALIDATION_ATTEMPTS, "advice": _too_costly_message()}
    rejected = RosterImport.objects.filter(
        pk=import_id, status__in=[Status.QUEUED, Status.VALIDATING]
    ).update(
        status=Status.REJECTED,
        file_error=message,
        progress=100,
        total_rows=0,
        valid_rows=0,
        error_rows=0,
        errors=[],
        finished_at=now,
        updated_at=now,
    )
    if rejected:
        logger.warning(
            "Roster import %s rejected after %s unfinished checks",
            import_id,
            MAX_VALIDATION_ATTEMPTS,
        )
    return rejected
