"""An agency's completion figures per course and per unit kerja, from SQL aggregates.

``scope_figures`` runs the same handful of queries for any roster size: the
units, the assignments, the courses, and three grouped aggregates from learning
(roster by unit; enrolments by course and unit; exemptions by course and unit).
Units are then added up into their ancestors in Python — a loop over units and
courses, never over staff — so every unit's numbers include its sub-units.

Per course, over the active roster of the scope (and, for an assignment limited
to units, only those units' subtrees):

* ``staff``: on the roster; ``exempt``: excused from the assignment; the rate's
  denominator is ``required`` = staff − exempt;
* ``never_signed_up``: no account; ``not_started``: an account but no activity;
  ``in_progress``: started, not completed; ``completed``: completed in the current
  cycle; ``enrolled``: has an enrolment (whatever its state);
* ``overdue``: not completed, not exempt, deadline passed;
* ``rate`` = completed / required.
Exempt staff are counted only as exempt.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from django.db.models import F, QuerySet

from compliance import deadlines
from compliance.models import Assignment, Exemption
from courses.models import CoursePage
from learning import api

FIELDS = (
    "staff",
    "with_account",
    "exempt",
    "exempt_with_account",
    "enrolled",
    "in_progress",
    "completed",
    "overdue",
)


@dataclass
class Numbers:
    staff: int = 0
    with_account: int = 0
    exempt: int = 0
    exempt_with_account: int = 0
    enrolled: int = 0
    in_progress: int = 0
    completed: int = 0
    overdue: int = 0

    def add(self, other: "Numbers") -> None:
        for name in FIELDS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def required(self) -> int:
        return self.staff - self.exempt

    @property
    def never_signed_up(self) -> int:
        return (self.staff - self.with_account) - (self.exempt - self.exempt_with_account)

    @property
    def not_started(self) -> int:
        return self.required - self.never_signed_up - self.in_progress - self.completed

    @property
    def rate(self) -> float | None:
        """Completed / required, as a fraction; None with nobody required."""
        return self.completed / self.required if self.required else None

    @property
    def percent(self) -> int | None:
        rate = self.rate
        return None if rate is None else int(rate * 100 + 0.5)


@dataclass
class CourseRow:
    """One course as the dashboard lists it, with the scope's numbers."""

    course: CoursePage
    assignment: Assignment | None
    cycle: deadlines.Cycle | None
    unit_ids: tuple = ()  # an assignment's units; () for the whole agency
    numbers: Numbers = field(default_factory=Numbers)

    @property
    def is_mandatory(self) -> bool:
        return self.assignment is not None or self.course.mandatory_for_all

    @property
    def due_on(self) -> date | None:
        return self.cycle.due_on if self.cycle else None

    @property
    def days_left(self) -> int | None:
        return deadlines.days_left(self.due_on) if self.due_on else None

    @property
    def past_due(self) -> bool:
        return self.due_on is not None and self.days_left < 0

    @property
    def counts_since(self):
        return self.cycle.counts_since if self.cycle else None


@dataclass
class ScopeFigures:
    """Everything computed for one scope: rows per course, numbers per (course, unit)."""

    courses: list  # CourseRow, mandatory first
    by_unit: dict  # course id → unit id → Numbers (each unit including its sub-units)
    units: tuple  # UnitInfo in tree order
    unassigned: dict  # course id → Numbers of entries with no unit (agency scope only)
    staff: int = 0  # the scope's active roster
    with_account: int = 0
    roster_by_unit: dict = field(default_factory=dict)  # unit id → (staff, with account)

    def row(self, course_id) -> CourseRow | None:
        return next((row for row in self.courses if row.course.pk == course_id), None)

    def unit_numbers(self, course_id, unit_id) -> Numbers:
        return self.by_unit.get(course_id, {}).get(unit_id) or Numbers()

    @property
    def mandatory(self) -> list:
        return [row for row in self.courses if row.is_mandatory]

    def mandatory_totals(self) -> Numbers:
        total = Numbers()
        for row in self.mandatory:
            total.add(row.numbers)
        return total


def exemption_pairs(agency_id: int) -> QuerySet[Exemption]:
    """Exemptions of the agency's active assignments, with the ``course_id`` learning's
    aggregates pair them on."""
    return Exemption.objects.filter(
        assignment__agency_id=agency_id, assignment__active=True
    ).annotate(course_id=F("assignment__course_id"))


def active_assignments(agency_id: int) -> tuple[list, dict]:
    """The agency's active assignments and, per assignment id, its unit ids. Two queries."""
    assignments = list(Assignment.objects.filter(agency_id=agency_id, active=True).order_by("pk"))
    units = defaultdict(list)
    for assignment_id, unit_id in Assignment.units.through.objects.filter(
        assignment__in=[a.pk for a in assignments]
    ).values_list("assignment_id", "unit_id"):
        units[assignment_id].append(unit_id)
    return assignments, units


def listed_courses(assignments: Iterable[Assignment]) -> list[CoursePage]:
    """Live courses, plus any course an active assignment names (even if unpublished)."""
    assigned = [assignment.course_id for assignment in assignments]
    courses = CoursePage.objects.filter(live=True) | CoursePage.objects.filter(pk__in=assigned)
    return list(
        courses.only(
            "id", "title", "slug", "url_path", "path", "depth", "jp", "mandatory_for_all", "live"
        ).order_by("title")
    )


def _sort_key(row: CourseRow):
    if row.assignment is not None:
        return (0, row.due_on or date.max, row.course.title)
    if row.course.mandatory_for_all:
        return (1, date.max, row.course.title)
    return (2, date.max, row.course.title)


def _ancestor_ids(path: str) -> list[int]:
    return [int(part) for part in path.strip("/").split("/") if part]


def scope_figures(
    *,
    agency_id: int,
    unit_path: str | None = None,
    units: Sequence[api.UnitInfo] | None = None,
    on: date | None = None,
    course_ids: Iterable[int] | None = None,
) -> ScopeFigures:
    """Numbers per course (and per unit, with sub-units) for an agency or a subtree.

    ``units``: the subtree's UnitInfo if the caller has them (saves a query).
    ``course_ids``: only these courses (e.g. the mandatory ones); default all listed.
    """
    on = on or deadlines.today()
    if units is None:
        units = tuple(api.units(agency_id=agency_id, under_path=unit_path))
    paths = {unit.id: unit.path for unit in units}
    assignments, assignment_units = active_assignments(agency_id)
    by_course = {assignment.course_id: assignment for assignment in assignments}
    courses = listed_courses(assignments)
    if course_ids is not None:
        wanted = set(course_ids)
        courses = [course for course in courses if course.pk in wanted]
    rows = {}
    completed_since, joined_before, past_due = {}, {}, set()
    for course in courses:
        assignment = by_course.get(course.pk)
        cycle = deadlines.current_cycle(assignment, on=on) if assignment else None
        rows[course.pk] = CourseRow(
            course,
            assignment,
            cycle,
            tuple(assignment_units.get(assignment.pk, ())) if assignment else (),
        )
        if cycle is not None:
            completed_since[course.pk] = cycle.counts_since
            threshold = deadlines.overdue_joined_before(assignment, cycle, on=on)
            if threshold is not None:
                joined_before[course.pk] = threshold
            if deadlines.is_past_due(assignment, cycle, on=on):
                past_due.add(course.pk)
    course_list = list(rows)
    roster = api.roster_counts_by_unit(
        agency_id=agency_id, unit_path=unit_path, joined_before=joined_before
    )
    pairs = exemption_pairs(agency_id)
    enrolments = (
        api.enrolment_counts_by_unit(
            agency_id=agency_id,
            course_ids=course_list,
            unit_path=unit_path,
            completed_since=completed_since,
            joined_before=joined_before,
            exclude_pairs_of=pairs,
        )
        if course_list
        else []
    )
    exempt = (
        api.paired_counts_by_unit(
            pairs=pairs.filter(assignment__course_id__in=course_list),
            agency_id=agency_id,
            unit_path=unit_path,
            joined_before=joined_before,
            completed_since=completed_since,
        )
        if by_course
        else []
    )

    # Leaf numbers: each unit's own staff, per course.
    leaf: dict = defaultdict(lambda: defaultdict(Numbers))
    joined_leaf: dict = defaultdict(lambda: defaultdict(int))

    def in_population(course_id, unit_id) -> bool:
        """Whether a unit's staff are assigned the course (an assignment limited to units
        covers their subtrees; the limit may lie above a unit admin's scope)."""
        limits = rows[course_id].unit_ids
        if not limits:
            return True
        path = paths.get(unit_id)
        return path is not None and any(f"/{limit}/" in path for limit in limits)

    for count in roster:
        for course_id in course_list:
            if not in_population(course_id, count.unit_id):
                continue
            numbers = leaf[course_id][count.unit_id]
            numbers.staff += count.staff
            numbers.with_account += count.with_account
            joined_leaf[course_id][count.unit_id] += count.joined_before.get(course_id, 0)
    for count in enrolments:
        if not in_population(count.course_id, count.unit_id):
            continue
        numbers = leaf[count.course_id][count.unit_id]
        numbers.enrolled += count.enrolled
        numbers.in_progress += count.in_progress
        numbers.completed += count.completed
        joined_leaf[count.course_id][count.unit_id] -= count.completed_joined_before
    for count in exempt:
        if not in_population(count.course_id, count.unit_id):
            continue
        numbers = leaf[count.course_id][count.unit_id]
        numbers.exempt += count.staff
        numbers.exempt_with_account += count.with_account
        joined_leaf[count.course_id][count.unit_id] -= count.joined_before
    for course_id, cells in leaf.items():
        for unit_id, numbers in cells.items():
            if course_id in past_due:
                numbers.overdue = numbers.required - numbers.completed
            elif course_id in joined_before:
                numbers.overdue = joined_leaf[course_id][unit_id]

    # Roll up: the scope's totals and every unit with its sub-units.
    by_unit: dict = defaultdict(lambda: defaultdict(Numbers))
    unassigned = {}
    for course_id, cells in leaf.items():
        for unit_id, numbers in cells.items():
            rows[course_id].numbers.add(numbers)
            if unit_id is None:
                unassigned[course_id] = numbers
                continue
            for ancestor in _ancestor_ids(paths.get(unit_id, "")):
                if ancestor in paths:
                    by_unit[course_id][ancestor].add(numbers)
    roster_by_unit = defaultdict(lambda: [0, 0])
    for count in roster:
        for ancestor in _ancestor_ids(paths.get(count.unit_id, "")):
            if ancestor in paths:
                roster_by_unit[ancestor][0] += count.staff
                roster_by_unit[ancestor][1] += count.with_account
    return ScopeFigures(
        courses=sorted(rows.values(), key=_sort_key),
        by_unit={course: dict(cells) for course, cells in by_unit.items()},
        units=tuple(units),
        unassigned=unassigned,
        staff=sum(count.staff for count in roster),
        with_account=sum(count.with_account for count in roster),
        roster_by_unit={unit: tuple(pair) for unit, pair in roster_by_unit.items()},
    )
