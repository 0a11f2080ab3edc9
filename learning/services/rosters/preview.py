"""What applying a checked file would change, shown to the admin before they confirm.

Applying makes the file the agency's roster: NIPs new to the agency are added, known
ones overwritten, and active entries the file no longer lists are deactivated. A unit
admin's file speaks only for their unit and its sub-units, so only entries there can
be deactivated by it. The preview is worked out once, when the file is checked, and
stored on the import; applying counts what it really did (the roster may have changed
in between) and records that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from learning.models import RosterEntry

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet
    from typing import Any

    from django.db.models import QuerySet

# Deactivated entries named on the confirmation page; the count covers them all.
PREVIEW_NAMED = 100


def deactivation_scope(agency_id: int, scope_path: str | None) -> QuerySet[RosterEntry]:
    """The entries an import of this agency (and unit, for a unit admin) may deactivate."""
    entries = RosterEntry.objects.filter(agency_id=agency_id, active=True)
    if scope_path:
        entries = entries.filter(unit__path__startswith=scope_path)
    return entries


def preview_changes(
    agency_id: int,
    scope_path: str | None,
    nips: AbstractSet[str],
    kept_nips: AbstractSet[str] = frozenset(),
) -> dict[str, Any]:
    """Counts of new, updated and deactivated entries, and the first deactivated by name.

    ``nips`` are the file's valid rows; ``kept_nips`` those of its bad rows, which stay
    as they are. One query for the agency's NIPs and one over the entries in scope,
    whatever the file's size.
    """
    known = set(
        RosterEntry.objects.filter(agency_id=agency_id).order_by().values_list("nip", flat=True)
    )
    created = len(nips - known)
    leaving = [
        {"nip": nip, "name": name, "unit": unit or ""}
        for nip, name, unit in deactivation_scope(agency_id, scope_path)
        .order_by("full_name", "nip")
        .values_list("nip", "full_name", "unit__name")
        .iterator(chunk_size=5_000)
        if nip not in nips and nip not in kept_nips
    ]
    return {
        "created": created,
        "updated": len(nips) - created,
        "deactivated": len(leaving),
        "deactivated_sample": leaving[:PREVIEW_NAMED],
    }
