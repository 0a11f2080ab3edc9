"""Unit admins: an agency delegates one unit kerja (and its sub-units) to a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext as _

from learning.models import AgencyAdmin, Unit, UnitAdmin, User

if TYPE_CHECKING:
    from learning.models import Agency


class UnitAdminError(Exception):
    """An appointment the rules refuse; the message is shown to the admin as is."""


@transaction.atomic
def appoint_unit_admin(*, agency: Agency, email: str, unit: Unit, appointed_by: User) -> UnitAdmin:
    """Make the account with ``email`` the admin of ``unit``, or move them to ``unit``.

    The account must belong to the agency (its staff) and may not already be an
    agency admin. A person runs one unit at a time: appointing them again replaces
    their unit.
    """
    if unit.agency_id != agency.pk:
        raise UnitAdminError(_("Unit kerja itu bukan milik instansi ini."))
    user = User.objects.filter(email__iexact=(email or "").strip()).first()
    if user is None:
        raise UnitAdminError(
            _("Tidak ada akun dengan email %(email)s. Minta pegawai itu mendaftar terlebih dahulu.")
            % {"email": email}
        )
    if AgencyAdmin.objects.filter(user=user).exists():
        raise UnitAdminError(
            _("%(name)s sudah menjadi admin instansi; admin instansi melihat seluruh unit.")
            % {"name": user.full_name or email}
        )
    if user.agency_id != agency.pk:
        raise UnitAdminError(
            _(
                "%(name)s bukan pegawai instansi ini, sehingga tidak dapat "
                "menjadi admin unit di sini."
            )
            % {"name": user.full_name or email}
        )
    appointment, _created = UnitAdmin.objects.update_or_create(
        user=user, defaults={"unit": unit, "appointed_by": appointed_by}
    )
    return appointment


def revoke_unit_admin(appointment: UnitAdmin) -> None:
    appointment.delete()
