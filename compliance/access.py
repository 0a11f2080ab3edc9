"""compliance's scoping rules, in one module, on top of learning's gate.

Who may open an agency's pages is the gate's decision (``learning.api.admin_scope``):
national admins every agency, agency admins theirs, unit admins their agency but
only their unit's subtree. Everything here narrows further, never widens: a unit
page, a person, an assignment or an export outside the scope is a 404 (ids reveal
nothing), and a visitor who is no admin at all gets a 403.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404

from learning import api

from .models import Assignment, Export


@dataclass(frozen=True)
class Scope:
    """An admin's view of one agency: the agency, and the subtree they are held to."""

    admin: api.AdminScope
    units: tuple  # UnitInfo of the whole visible subtree, in tree order

    @property
    def agency(self) -> api.AgencyInfo:
        return self.admin.agency

    @property
    def agency_id(self) -> int:
        return self.admin.agency.id

    @property
    def unit_path(self) -> str | None:
        """The unit admin's subtree; None for the whole agency."""
        return self.admin.unit_path

    @property
    def is_unit_admin(self) -> bool:
        return self.admin.unit_path is not None

    @property
    def unit_ids(self) -> set:
        return {unit.id for unit in self.units}

    def unit(self, unit_id) -> api.UnitInfo | None:
        return next((unit for unit in self.units if unit.id == unit_id), None)

    def covers_path(self, path: str) -> bool:
        return self.unit_path is None or path.startswith(self.unit_path)


def require_admin(user) -> None:
    if not api.is_admin(user):
        raise PermissionDenied


def scope_or_404(user, agency_id: int) -> Scope:
    """The user's scope in the agency: 403 for non-admins, 404 for someone else's agency."""
    require_admin(user)
    admin = api.admin_scope(user, agency_id=agency_id)
    if admin is None:
        raise Http404
    units = tuple(api.units(agency_id=agency_id, under_path=admin.unit_path))
    return Scope(admin=admin, units=units)


def unit_or_404(scope: Scope, unit_id: int) -> api.UnitInfo:
    unit = scope.unit(unit_id)
    if unit is None:
        raise Http404
    return unit


def require_national_admin(user) -> None:
    require_admin(user)
    if not api.is_national_admin(user):
        raise PermissionDenied


def assignments_in(scope: Scope):
    """Active assignments of the agency that reach into the scope.

    A unit admin sees agency-wide assignments and those naming a unit inside, above
    or below their own; others of the agency are not theirs to see.
    """
    assignments = Assignment.objects.filter(agency_id=scope.agency_id, active=True)
    if not scope.is_unit_admin:
        return assignments
    inside = [unit.id for unit in scope.units]
    above = [int(part) for part in scope.unit_path.strip("/").split("/")]
    return (
        assignments.filter(units__isnull=True) | assignments.filter(units__in=inside + above)
    ).distinct()


def may_edit_assignment(scope: Scope, unit_ids) -> bool:
    """Agency and national admins edit any assignment of the agency; a unit admin only
    one limited to units inside their subtree."""
    if not scope.is_unit_admin:
        return True
    return bool(unit_ids) and set(unit_ids) <= scope.unit_ids


def assignment_or_404(scope: Scope, assignment_id: int, *, editable=False) -> Assignment:
    assignment = assignments_in(scope).filter(pk=assignment_id).first()
    if assignment is None:
        raise Http404
    if editable and not may_edit_assignment(scope, assignment.unit_ids()):
        raise Http404
    return assignment


def staff_member_or_404(scope: Scope, entry_id: int):
    """An active roster entry inside the scope (a ``roster_staff`` row)."""
    entry = (
        api.roster_staff(agency_id=scope.agency_id, unit_path=scope.unit_path)
        .filter(pk=entry_id)
        .first()
    )
    if entry is None:
        raise Http404
    return entry


def own_export_or_404(user, export_id: int) -> Export:
    """An export, to the person who requested it only — while they still hold the scope."""
    require_admin(user)
    export = Export.objects.filter(pk=export_id, requested_by=user).first()
    if export is None or api.admin_scope(user, agency_id=export.agency_id) is None:
        raise Http404
    if export.unit_id is not None:
        scope = scope_or_404(user, export.agency_id)
        if export.unit_id not in scope.unit_ids:
            raise Http404
    return export
