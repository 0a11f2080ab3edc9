"""Applying a checked import: re-check, upsert by (agency, NIP), follow transfers and
link accounts, all in one transaction, with progress in the cache.

Transfers: a NIP is on one agency's active roster at a time. When a file lists a
NIP as active staff that another agency still lists, the person has moved here:
the other agency's entry is deactivated (its past figures, kept by the apps that
report them, stay as they were) and the account, with its whole learning history,
moves to this agency and the file's unit (an account that was only waiting for
another agency's confirmation stays that agency's to decide). A move between
units of one agency updates the account's unit the same way. The latest applied
file wins.

Departures: the file is the whole roster of its scope (the agency, or a unit admin's
unit and sub-units). Active entries in that scope the file no longer lists are
deactivated in the same transaction; the admin saw them named before confirming
(``preview``).
"""

from collections.abc import Callable
from functools import partial

from django.db import OperationalError, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from learning.models import RosterEntry, RosterImport, StaffStatus, User
from learning.services.accounts import link_rostered_accounts
from learning.services.learner_state import touch, touch_agency
from learning.services.rosters.errors import _FileProblem
from learning.services.rosters.preview import deactivation_scope
from learning.services.rosters.progress import _CacheProgress
from learning.services.rosters.state import _claim_for_apply, _fail, _finish
from learning.services.rosters.validation import _check_file
from learning.signals import roster_changed

Status = RosterImport.Status

APPLY_BATCH_SIZE = 2_000


def apply_import(roster_import: RosterImport, *, raise_transient: bool = False) -> RosterImport:
    """Write the file's valid rows to the roster, all or nothing, and link accounts.

    Accepts a VALIDATED import (claimed here) or one already APPLYING (claimed by
    ``request_apply``). Inside one transaction: lock the import row (a second worker
    for the same import waits, then finds it no longer APPLYING and does nothing),
    re-check the file, upsert the rows by (agency, NIP), link accounts. Progress goes
    to the cache, since the transaction's writes are invisible to a polling request
    until commit.

    Any error rolls everything back, then marks the import FAILED (a separate write)
    and logs the exception. With ``raise_transient`` (the Celery task, while it has
    retries left) a database ``OperationalError`` such as a deadlock is re-raised
    instead and the import stays APPLYING for the retry.
    """
    _claim_for_apply(roster_import)
    progress = _CacheProgress(roster_import.pk)
    progress.set(0)
    try:
        with transaction.atomic():
            if not _lock_applying(roster_import.pk):
                roster_import.refresh_from_db()
                return roster_import  # another worker applied it meanwhile
            roster_import.refresh_from_db()
            _apply_locked(roster_import, progress)
    except OperationalError:
        if raise_transient:
            progress.clear()
            raise
        return _fail(roster_import, "apply")
    except _FileProblem as problem:
        return _fail(roster_import, "apply", message=str(problem), log=False)
    except Exception:
        return _fail(roster_import, "apply")
    progress.clear()
    roster_import.refresh_from_db()
    return roster_import


def _lock_applying(import_id) -> bool:
    """Lock the import row, first thing in the apply transaction, if it is still APPLYING.

    An UPDATE rather than SELECT ... FOR UPDATE: on PostgreSQL both lock the row (a
    second worker waits, then finds the status changed), but only a write makes SQLite
    take its write lock at the start. A SQLite transaction that reads first and writes
    later fails at once with "database is locked" if another connection wrote in
    between, whatever the busy timeout.
    """
    return bool(
        RosterImport.objects.filter(pk=import_id, status=Status.APPLYING).update(
            updated_at=timezone.now()
        )
    )


def _apply_locked(roster_import, progress: _CacheProgress) -> None:
    """The body of the apply transaction: re-check, upsert, link, record."""
    started = timezone.now()
    result = _check_file(roster_import, progress.phase(0, 40), collect=True)
    agency_id = roster_import.agency_id
    existing = set(
        RosterEntry.objects.filter(agency_id=agency_id).order_by().values_list("nip", flat=True)
    )
    created = sum(1 for row in result.rows if row.nip not in existing)
    _upsert(agency_id, result.rows, progress.phase(40, 95))
    scope = roster_import.scope_unit
    deactivated = _deactivate_missing(
        agency_id, scope.path if scope else None, kept=result.kept_nips, since=started
    )
    left, transferred = _transfer_staff(agency_id, since=started)
    linked = link_rostered_accounts(agency_id)
    moved = _follow_unit_moves(agency_id, since=started)
    touch_agency(agency_id)  # whose entry, agency or unit this file may have changed
    progress.set(100)
    _finish(
        roster_import,
        status=Status.APPLIED,
        progress=100,
        total_rows=result.total_rows,
        valid_rows=result.valid_rows,
        error_rows=result.error_rows,
        errors=result.errors,
        created_count=created,
        updated_count=len(result.rows) - created,
        linked_count=linked,
        transferred_count=transferred,
        deactivated_count=deactivated,
    )
    if linked or transferred or moved or deactivated:
        # Accounts joined, moved or arrived: apps that enrol by unit react, after commit.
        transaction.on_commit(
            partial(roster_changed.send_robust, sender=RosterImport, agency_ids=[agency_id, *left])
        )


def _this_files_staff(agency_id, since):
    """Active entries this apply wrote: the upsert stamps ``updated_at`` on every row."""
    return RosterEntry.objects.filter(agency_id=agency_id, active=True, updated_at__gte=since)


def _deactivate_missing(agency_id, scope_path, *, kept, since) -> int:
    """Deactivate the entries in scope this file no longer lists; returns how many.

    The upsert stamped every entry of a valid row, so the active ones in scope left
    with an older stamp are the missing staff, apart from those on the file's bad rows
    (``kept``): one UPDATE, counted by the database, or, when some bad rows name known
    staff, UPDATEs by primary key in batches.
    """
    missing = deactivation_scope(agency_id, scope_path).filter(updated_at__lt=since)
    now = timezone.now()
    if not kept:
        return missing.update(active=False, updated_at=now)
    ids = [pk for pk, nip in missing.order_by().values_list("pk", "nip") if nip not in kept]
    return sum(
        RosterEntry.objects.filter(pk__in=ids[start : start + APPLY_BATCH_SIZE]).update(
            active=False, updated_at=now
        )
        for start in range(0, len(ids), APPLY_BATCH_SIZE)
    )


def _transfer_staff(agency_id, *, since) -> tuple[list[int], int]:
    """Move the file's active NIPs out of every other agency; returns (agencies left, people).

    Set-based statements whatever the file size: find who leaves where, deactivate
    the other agencies' entries, then move the accounts (agency and the file's
    unit); linking afterwards attaches them to their new entries.
    """
    nips = _this_files_staff(agency_id, since).values("nip")
    elsewhere = RosterEntry.objects.filter(active=True, nip__in=nips).exclude(agency_id=agency_id)
    # Only staff of another agency's roster move; an account still waiting for (or
    # refused by) the agency it signed up with is that agency's to decide.
    movers = User.objects.filter(nip__in=nips, staff_status=StaffStatus.ROSTERED).exclude(
        agency_id=agency_id
    )
    leaving = {
        *elsewhere.order_by().values_list("nip", "agency_id"),
        *movers.order_by().values_list("nip", "agency_id"),
    }
    if not leaving:
        return [], 0
    touch(elsewhere.filter(user__isnull=False).values("user_id"))
    elsewhere.update(active=False, updated_at=timezone.now())
    new_unit = RosterEntry.objects.filter(agency_id=agency_id, nip=OuterRef("nip")).values(
        "unit_id"
    )[:1]
    movers.update(agency_id=agency_id, unit_id=Subquery(new_unit))
    return sorted({left for _nip, left in leaving}), len({nip for nip, _left in leaving})


def _follow_unit_moves(agency_id, *, since) -> int:
    """Linked accounts take the unit the file gives their entry (a move inside the agency)."""
    roster_unit = RosterEntry.objects.filter(
        agency_id=agency_id, active=True, user_id=OuterRef("pk")
    ).values("unit_id")[:1]
    written = (
        _this_files_staff(agency_id, since)
        .filter(user__isnull=False, unit__isnull=False)
        .values("user_id")
    )
    return (
        User.objects.filter(pk__in=written)
        .exclude(unit_id=Subquery(roster_unit))
        .update(unit_id=Subquery(roster_unit))
    )


def _upsert(agency_id, rows, report: Callable[[float], None]) -> None:
    """Insert new NIPs and overwrite known ones, in batches; never touches ``user``."""
    total = len(rows) or 1
    for start in range(0, len(rows), APPLY_BATCH_SIZE):
        batch = rows[start : start + APPLY_BATCH_SIZE]
        RosterEntry.objects.bulk_create(
            [
                RosterEntry(
                    agency_id=agency_id,
                    nip=row.nip,
                    full_name=row.full_name,
                    email=row.email,
                    unit_id=row.unit_id,
                    position=row.position,
                    active=row.active,
                )
                for row in batch
            ],
            batch_size=APPLY_BATCH_SIZE,
            update_conflicts=True,
            unique_fields=["agency", "nip"],
            update_fields=["full_name", "email", "unit", "position", "active", "updated_at"],
        )
        report((start + len(batch)) / total)
