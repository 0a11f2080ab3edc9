"""The assignments page's readers."""

from dataclasses import dataclass
from typing import Any

from compliance import access, deadlines
from compliance.models import Assignment
from courses.models import CoursePage


def assignable_courses() -> list[tuple[int, str]]:
    return list(CoursePage.objects.live().order_by("title").values_list("pk", "title"))


def initial_of(assignment: Assignment) -> dict[str, Any]:
    return {
        "course": assignment.course_id,
        "units": assignment.unit_ids(),
        "deadline_kind": assignment.deadline_kind,
        "due_date": assignment.due_date,
        "due_days": assignment.due_days,
        "recurring": assignment.recurring,
        "starts_on": assignment.starts_on,
    }


@dataclass
class AssignmentRow:
    assignment: Assignment
    units: list  # UnitInfo of the units inside the scope
    cycle: deadlines.Cycle
    editable: bool
    limited: bool  # limited to units (some maybe above or beside a unit admin's own)

    @property
    def days_left(self):
        return deadlines.days_left(self.cycle.due_on) if self.cycle.due_on else None


def assignment_rows(scope: access.Scope) -> list[AssignmentRow]:
    """The scope's active assignments with their units and current cycle. Two queries."""
    assignments = list(
        access.assignments_in(scope).select_related("course").order_by("course__title")
    )
    links = Assignment.units.through.objects.filter(assignment__in=assignments).values_list(
        "assignment_id", "unit_id"
    )
    units_of: dict = {}
    for assignment_id, unit_id in links:
        units_of.setdefault(assignment_id, []).append(unit_id)
    rows = []
    for assignment in assignments:
        unit_ids = units_of.get(assignment.pk, [])
        rows.append(
            AssignmentRow(
                assignment,
                [unit for unit in map(scope.unit, unit_ids) if unit is not None],
                deadlines.current_cycle(assignment),
                access.may_edit_assignment(scope, unit_ids),
                bool(unit_ids),
            )
        )
    return rows
