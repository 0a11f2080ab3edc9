"""Sign-up and the agency's say over who is staff."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import CharField, Exists, ExpressionWrapper, OuterRef, Q, Subquery
from django.db.models.functions import Lower
from django.db.models.lookups import Exact
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import RosterEntry, StaffStatus, User
from learning.services.learner_state import touch, touch_user
from learning.signals import learner_joined_roster, roster_changed

if TYPE_CHECKING:
    from learning.models import Agency, Unit


class AccountError(Exception):
    """A change of account the service refuses; the message is shown as is."""


def _announce_joined(user, entry):
    """``learner_joined_roster`` once the transaction commits (mandatory courses enrol)."""
    transaction.on_commit(
        partial(
            learner_joined_roster.send_robust,
            sender=RosterEntry,
            user_id=user.pk,
            agency_id=entry.agency_id,
            unit_id=entry.unit_id,
            roster_entry_id=entry.pk,
        )
    )


@transaction.atomic
def register_learner(
    user: User,
    *,
    nip: str,
    agency: Agency,
    unit: Unit | None = None,
    position: str = "",
    full_name: str | None = None,
) -> User:
    """Attach a new account to its agency and, if the NIP is rostered there, to the roster.

    A NIP on the chosen agency's roster links the account and takes the roster's
    unit when the learner chose none; a NIP on no roster of that agency marks the
    account pending until an agency admin confirms or rejects it. So does a rostered
    NIP whose roster entry holds another email address: anyone may type a colleague's
    NIP, so only the address the agency recorded links without the admin's word.
    """
    user.nip = nip
    user.agency = agency
    user.unit = unit
    user.position = position
    if full_name is not None:
        user.full_name = full_name
    entry = (
        RosterEntry.objects.select_for_update()
        .filter(agency=agency, nip=nip, user__isnull=True)
        .first()
    )
    if entry and not _roster_email_matches(entry.email, user.email):
        entry = None
    if entry:
        user.staff_status = StaffStatus.ROSTERED
        if user.unit is None:
            user.unit = entry.unit
        if not user.position:
            user.position = entry.position
    else:
        user.staff_status = StaffStatus.PENDING
    user.save()
    if entry:
        entry.user = user
        entry.save(update_fields=["user", "updated_at"])
        _announce_joined(user, entry)
    return user


def _roster_email_matches(roster_email, account_email):
    """No address on the roster vouches for nobody, so it matches any account."""
    return not roster_email or roster_email.strip().lower() == (account_email or "").lower()


@transaction.atomic
def confirm_staff(user: User) -> RosterEntry:
    """An agency admin vouches for a pending account: it joins the agency's roster."""
    user = User.objects.select_for_update().get(pk=user.pk)
    entry, _created = RosterEntry.objects.update_or_create(
        agency_id=user.agency_id,
        nip=user.nip,
        defaults={
            "full_name": user.full_name,
            "email": user.email,
            "unit_id": user.unit_id,
            "position": user.position,
            "active": True,
            "user": user,
        },
    )
    user.staff_status = StaffStatus.ROSTERED
    user.save(update_fields=["staff_status"])
    _announce_joined(user, entry)
    return entry


@transaction.atomic
def reject_staff(user: User) -> bool:
    """The agency says this account is not its staff. The account stays, unlinked."""
    updated = User.objects.filter(pk=user.pk, staff_status=StaffStatus.PENDING).update(
        staff_status=StaffStatus.REJECTED
    )
    if updated:
        touch_user(user)
    return bool(updated)


def link_rostered_accounts(agency_id: int) -> int:
    """Link unlinked roster entries to accounts that signed up with the same NIP there.

    The roster is authoritative: a pending or rejected account whose NIP appears
    on its agency's roster becomes rostered, unless the entry holds another email
    address than the account's: that account stays as it is until an agency admin
    decides, as at sign-up. Two UPDATEs, whatever the roster size.
    """
    roster_email = ExpressionWrapper(OuterRef("email"), output_field=CharField())
    # Lower() = Lower(), not iexact: SQLite's iexact is a LIKE, where "_" in the
    # roster's address would match any character of the account's.
    same_nip = User.objects.filter(agency_id=agency_id, nip=OuterRef("nip")).filter(
        Q(Exact(roster_email, "")) | Q(Exact(Lower("email"), Lower(roster_email)))
    )
    linked = (
        RosterEntry.objects.filter(agency_id=agency_id, user__isnull=True)
        .filter(Exists(same_nip))
        .update(user_id=Subquery(same_nip.values("pk")[:1]))
    )
    # pk__in over the linked entries: SQLite would otherwise scan the roster per user.
    linked_users = RosterEntry.objects.filter(agency_id=agency_id, user__isnull=False).values(
        "user_id"
    )
    User.objects.filter(agency_id=agency_id, nip__isnull=False, pk__in=linked_users).exclude(
        staff_status=StaffStatus.ROSTERED
    ).update(staff_status=StaffStatus.ROSTERED)
    if linked:
        touch(linked_users)
    return linked


@transaction.atomic
def update_profile(user: User, *, full_name: str, position: str) -> User:
    """The learner corrects their own name and position; nothing else changes."""
    User.objects.filter(pk=user.pk).update(full_name=full_name, position=position)
    touch_user(user)
    user.full_name, user.position = full_name, position
    return user


def request_agency_change(user: User, *, agency: Agency, unit: Unit | None = None) -> bool:
    """The learner says they work elsewhere (another agency, or another unit of theirs).

    The account returns to pending for the chosen agency's admins to confirm: its
    link to a roster entry is dropped, since that entry speaks for the old place.
    Returns False (and writes nothing) when agency and unit are what they were.
    ``roster_changed`` is sent for the agency left once the transaction commits.
    """
    with transaction.atomic():
        locked = User.objects.select_for_update().get(pk=user.pk)
        if not locked.nip:
            raise AccountError(_("Hanya akun pegawai (dengan NIP) yang terhubung ke instansi."))
        if unit is not None and unit.agency_id != agency.pk:
            raise AccountError(_("Unit kerja ini bukan bagian dari instansi yang dipilih."))
        if locked.agency_id == agency.pk and locked.unit_id == getattr(unit, "pk", None):
            return False
        old_agency_id = locked.agency_id
        unlinked = RosterEntry.objects.filter(user_id=locked.pk).update(
            user=None, updated_at=timezone.now()
        )
        locked.agency = agency
        locked.unit = unit
        locked.staff_status = StaffStatus.PENDING
        locked.save(update_fields=["agency", "unit", "staff_status"])
        if unlinked and old_agency_id:
            transaction.on_commit(
                partial(roster_changed.send_robust, sender=User, agency_ids=[old_agency_id])
            )
    user.agency, user.unit, user.staff_status = agency, unit, StaffStatus.PENDING
    return True
