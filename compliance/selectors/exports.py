"""Readers for the export pages, and the scope an export request is held to."""

from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import QuerySet

from compliance.access import Scope
from compliance.models import Export


def my_exports(user: AbstractBaseUser, agency_id: int, *, limit: int = 20) -> QuerySet[Export]:
    return Export.objects.filter(requested_by=user, agency_id=agency_id)[:limit]


def export_request(scope: Scope, cleaned: dict) -> dict[str, Any]:
    """The request's agency, unit and filters, never wider than the scope.

    A unit outside the scope (a forged id) falls back to the scope's own top; a
    unit admin's export is always held to their unit.
    """
    unit = scope.unit(cleaned.get("unit")) if cleaned.get("unit") else None
    if unit is None and scope.is_unit_admin:
        unit = scope.unit(scope.admin.unit_id)
    label = scope.agency.name + (f" — {unit.name}" if unit else "")
    filters = {
        key: value
        for key, value in {
            "course_id": cleaned.get("kursus"),
            "status": cleaned.get("status") or "",
            "q": (cleaned.get("q") or "").strip(),
        }.items()
        if value
    }
    return {
        "agency_id": scope.agency_id,
        "unit_id": unit.id if unit else None,
        "scope_label": label,
        "kind": cleaned["kind"],
        "file_format": cleaned["file_format"],
        "filters": filters,
    }
