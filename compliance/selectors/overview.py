"""The dashboard page of an agency or of one unit kerja, as ready values for the template."""

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser

from compliance.access import Scope
from compliance.selectors.charts import completions_per_week
from compliance.selectors.figures import CourseRow, Numbers, scope_figures
from learning import api


@dataclass
class UnitRow:
    unit: api.UnitInfo
    numbers: Numbers
    staff: int
    with_account: int
    has_children: bool


def overview(
    *,
    viewer: AbstractBaseUser,
    scope: Scope,
    unit: api.UnitInfo | None = None,
    course_id: int | None = None,
    jp_target: int,
) -> dict[str, Any]:
    """Everything the page shows, in a constant number of queries.

    ``unit``: the unit being looked at (None: the scope's top — the agency, or a unit
    admin's own unit). ``course_id``: the course of the unit table and the chart
    (default: the first mandatory course, else the first course).
    """
    path = unit.path if unit else scope.unit_path
    units = tuple(u for u in scope.units if path is None or u.path.startswith(path))
    figures = scope_figures(agency_id=scope.agency_id, unit_path=path, units=units)
    selected: CourseRow | None = (figures.row(course_id) if course_id else None) or (
        figures.mandatory[0]
        if figures.mandatory
        else (figures.courses[0] if figures.courses else None)
    )
    children = _children(units, unit=unit, scope_path=scope.unit_path)
    parents = {u.parent_id for u in units}
    unit_rows = [
        UnitRow(
            child,
            figures.unit_numbers(selected.course.pk, child.id) if selected else Numbers(),
            *figures.roster_by_unit.get(child.id, (0, 0)),
            has_children=child.id in parents,
        )
        for child in children
    ]
    chart_units = None if path is None else [u.id for u in units]
    chart = completions_per_week(
        agency_id=scope.agency_id,
        unit_ids=chart_units,
        course_id=selected.course.pk if selected else None,
    )
    jp = api.jp_counts(agency_id=scope.agency_id, unit_path=path, target=jp_target)
    return {
        "figures": figures,
        "selected": selected,
        "other_courses": [row for row in figures.courses if not row.is_mandatory],
        "unit": unit,
        "unit_rows": unit_rows,
        "chart": chart,
        "jp": jp,
        "jp_target": jp_target,
        "not_signed_up": figures.staff - figures.with_account,
        "pending_count": api.pending_staff_count(viewer, agency_id=scope.agency_id),
        "trail": _trail(scope, unit),
    }


def _children(units, *, unit, scope_path):
    """The units one level below the one shown (the scope's roots at the top)."""
    if unit is not None:
        return [u for u in units if u.parent_id == unit.id]
    if scope_path:
        return [u for u in units if u.path == scope_path]
    return [u for u in units if u.parent_id is None]


def _trail(scope, unit):
    """The units from the scope's top down to ``unit`` (for breadcrumbs)."""
    if unit is None:
        return []
    ids = [int(part) for part in unit.path.strip("/").split("/") if part]
    return [scope.unit(unit_id) for unit_id in ids if scope.unit(unit_id) is not None]
