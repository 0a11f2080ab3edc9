"""What an account's own pages and the site header show about the account."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from learning.models import Agency, StaffStatus
from learning.nip import mask_nip

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from learning.models import User

# Contacts named in the pending notice; an agency rarely has more admins than this.
MAX_CONTACTS = 3


@dataclass(frozen=True)
class Contact:
    full_name: str
    email: str


@dataclass(frozen=True)
class PendingNotice:
    """Why an account waits, and whom to ask: its agency's admins (may be none)."""

    agency_name: str
    contacts: list[Contact] = field(default_factory=list)


def pending_notice(user: User | AnonymousUser) -> PendingNotice | None:
    """The notice for an account waiting for its agency's confirmation; None otherwise.

    No query for anyone else (the status is on the account already loaded); one
    query for a pending account: its agency's name beside its active admins (a
    LEFT JOIN, so an agency without admins still gives its name).
    """
    if not getattr(user, "is_authenticated", False):
        return None
    if user.staff_status != StaffStatus.PENDING or not user.agency_id:
        return None
    rows = list(
        Agency.objects.filter(pk=user.agency_id)
        .values_list(
            "name", "admins__user__full_name", "admins__user__email", "admins__user__is_active"
        )
        .order_by("admins__user__full_name", "admins__user__email")[: MAX_CONTACTS + 5]
    )
    if not rows:
        return None
    contacts = [
        Contact(full_name=name or email, email=email)
        for _agency, name, email, active in rows
        if email and active
    ][:MAX_CONTACTS]
    return PendingNotice(agency_name=rows[0][0], contacts=contacts)


@dataclass(frozen=True)
class Profile:
    """The fields "Profil saya" shows; ``nip`` masked unless the viewer owns it."""

    user: object
    full_name: str
    email: str
    nip: str
    nip_masked: bool
    agency_name: str
    unit_name: str
    position: str
    status: str
    status_label: str


def profile_for(user: User, *, viewer: User | AnonymousUser | None) -> Profile:
    """``user``'s profile as ``viewer`` may see it: the NIP in full only to its owner.

    Reads the agency and unit names through the account's foreign keys; pass a
    user loaded with ``select_related("agency", "unit")`` to spend no query.
    """
    own = viewer is not None and viewer.is_authenticated and viewer.pk == user.pk
    return Profile(
        user=user,
        full_name=user.full_name,
        email=user.email,
        nip=(user.nip or "") if own else mask_nip(user.nip),
        nip_masked=not own and bool(user.nip),
        agency_name=user.agency.name if user.agency_id else "",
        unit_name=user.unit.name if user.unit_id else "",
        position=user.position,
        status=user.staff_status,
        status_label=str(StaffStatus(user.staff_status).label),
    )
