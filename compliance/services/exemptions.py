"""Excusing a person from an assignment (leave, secondment …), and lifting it."""

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from compliance.models import Assignment, Exemption
from compliance.services.records import mark_stale


class ExemptionError(Exception):
    """A change the rules refuse; the message is shown to the admin as is."""


def exempt(
    *,
    assignment: Assignment,
    roster_entry_id: int,
    reason: str,
    note: str,
    created_by: AbstractBaseUser,
) -> Exemption:
    """Excuse the person from the assignment: out of its denominator, no reminders."""
    if reason not in Exemption.Reason.values:
        raise ExemptionError(_("Pilih alasan pengecualian."))
    if reason == Exemption.Reason.OTHER and not note.strip():
        raise ExemptionError(_("Tuliskan keterangan untuk alasan lain."))
    try:
        with transaction.atomic():
            exemption = Exemption.objects.create(
                assignment=assignment,
                roster_entry_id=roster_entry_id,
                reason=reason,
                note=note.strip(),
                created_by=created_by,
            )
    except IntegrityError:
        raise ExemptionError(_("Pegawai ini sudah dikecualikan dari penugasan ini."))
    mark_stale(agency_ids=[assignment.agency_id])
    return exemption


def lift(*, assignment: Assignment, roster_entry_id: int) -> bool:
    """The person counts again (and is reminded again); True if an exemption was lifted."""
    deleted, _rows = Exemption.objects.filter(
        assignment=assignment, roster_entry_id=roster_entry_id
    ).delete()
    if deleted:
        mark_stale(agency_ids=[assignment.agency_id])
    return bool(deleted)
