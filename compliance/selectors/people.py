"""The staff pages' readers: lists by state, one person's assignments, JP this year."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils import timezone

from compliance import deadlines
from compliance.access import Scope, may_edit_assignment
from compliance.models import Assignment, Exemption
from compliance.selectors import staff as states
from compliance.selectors.coverage import covering
from compliance.selectors.figures import active_assignments, listed_courses
from learning import api


def course_options(scope: Scope) -> list[tuple[int, str]]:
    """Courses to pick from: assigned ones first (soonest deadline), then the rest."""
    assignments, _units = active_assignments(scope.agency_id)
    assigned = {assignment.course_id: assignment for assignment in assignments}
    courses = listed_courses(assignments)

    def key(course):
        assignment = assigned.get(course.pk)
        if assignment is not None:
            return (
                0,
                deadlines.current_cycle(assignment).due_on or deadlines.today(),
                course.title,
            )
        return (1 if course.mandatory_for_all else 2, deadlines.today(), course.title)

    return [(course.pk, course.title) for course in sorted(courses, key=key)]


def staff_listing(scope: Scope, filters: dict, courses: list[tuple[int, str]]) -> dict[str, Any]:
    """The page's queryset (people of one course, one state), and what it was asked."""
    course_ids = [course_id for course_id, _title in courses]
    course_id = filters.get("kursus") or (course_ids[0] if course_ids else None)
    if course_id not in course_ids:
        course_id = course_ids[0] if course_ids else None
    unit = scope.unit(filters.get("unit")) if filters.get("unit") else None
    path = unit.path if unit else scope.unit_path
    if course_id is None:
        return {
            "entries": api.roster_staff(agency_id=scope.agency_id).none(),
            "context": None,
            "course_id": None,
            "unit": unit,
            "status": filters.get("status", ""),
        }
    context = states.course_context(
        agency_id=scope.agency_id, course_id=course_id, units=scope.units
    )
    entries = states.staff_with_status(
        agency_id=scope.agency_id, unit_path=path, context=context, search=filters.get("q", "")
    )
    entries = states.filter_status(entries, filters.get("status", ""))
    entries = states.with_jp(entries).select_related("unit").order_by("full_name", "pk")
    return {
        "entries": entries,
        "context": context,
        "course_id": course_id,
        "unit": unit,
        "course_title": dict(courses).get(course_id, ""),
        "status": filters.get("status", ""),
    }


@dataclass
class StaffRow:
    entry: object
    due_on: object

    @property
    def status_label(self):
        return states.STATUS_LABELS.get(self.entry.status, "")


def decorate(entries: Iterable[Any], context: states.CourseContext | None) -> list[StaffRow]:
    """The page's rows with each person's deadline (a loop over one page, not the roster)."""
    if context is None:
        return []
    return [StaffRow(entry, states.personal_due_on(context, entry.created_at)) for entry in entries]


@dataclass
class MemberCourse:
    """One mandatory course of one person, with their state in it."""

    course: object
    assignment: object
    status: str
    due_on: object
    overdue: bool
    completed_at: object
    exemption: Exemption | None
    editable: bool = False  # the viewer may exempt people from this assignment

    @property
    def status_label(self):
        return states.STATUS_LABELS[self.status]


def member_courses(scope: Scope, entry: Any) -> list[MemberCourse]:
    """The person's assigned courses (and the courses every ASN must take), with their
    state, deadline and exemption. A constant number of queries."""
    unit = scope.unit(entry.unit_id) if entry.unit_id else None
    assignments = list(
        covering(agency_id=scope.agency_id, unit_path=unit.path if unit else "")
        .select_related("course")
        .filter(course__live=True)
    )
    links: dict = {}
    for assignment_id, unit_id in Assignment.units.through.objects.filter(
        assignment__in=assignments
    ).values_list("assignment_id", "unit_id"):
        links.setdefault(assignment_id, []).append(unit_id)
    exemptions = {
        exemption.assignment_id: exemption
        for exemption in Exemption.objects.filter(
            assignment__in=assignments, roster_entry_id=entry.pk
        )
    }
    course_ids = [assignment.course_id for assignment in assignments]
    national = [
        course
        for course in listed_courses([])
        if course.mandatory_for_all and course.pk not in course_ids
    ]
    user_states = (
        api.course_states(user_id=entry.user_id, course_ids=course_ids + [c.pk for c in national])
        if entry.user_id
        else {}
    )
    joined_on = timezone.localdate(entry.created_at)
    rows = []
    for assignment in assignments:
        cycle = deadlines.current_cycle(assignment)
        row = _member_row(
            assignment.course,
            assignment,
            cycle,
            entry,
            joined_on,
            user_states.get(assignment.course_id),
            exemptions.get(assignment.pk),
        )
        row.editable = may_edit_assignment(scope, links.get(assignment.pk, []))
        rows.append(row)
    for course in national:
        rows.append(
            _member_row(course, None, None, entry, joined_on, user_states.get(course.pk), None)
        )
    return rows


def _member_row(course, assignment, cycle, entry, joined_on, state, exemption):
    since = cycle.counts_since if cycle else None
    completed_at = (
        state.completed_at
        if state and state.completed_at and (since is None or state.completed_at >= since)
        else None
    )
    if exemption is not None:
        status = states.EXEMPT
    elif completed_at:
        status = states.COMPLETED
    elif entry.user_id is None:
        status = states.NEVER_SIGNED_UP
    elif state and state.started:
        status = states.IN_PROGRESS
    else:
        status = states.NOT_STARTED
    due_on = deadlines.personal_due_on(assignment, cycle, joined_on) if assignment else None
    overdue = bool(
        due_on
        and status not in (states.COMPLETED, states.EXEMPT)
        and deadlines.days_left(due_on) < 0
    )
    return MemberCourse(course, assignment, status, due_on, overdue, completed_at, exemption)


def member_jp(scope: Scope, entry: Any) -> int:
    row = (
        api.with_jp_this_year(api.roster_staff(agency_id=scope.agency_id).filter(pk=entry.pk))
        .values_list("jp", flat=True)
        .first()
    )
    return row or 0


def jp_listing(scope: Scope, filters: dict, target: int) -> dict[str, Any]:
    unit = scope.unit(filters.get("unit")) if filters.get("unit") else None
    path = unit.path if unit else scope.unit_path
    entries = api.with_jp_this_year(
        api.roster_staff(agency_id=scope.agency_id, unit_path=path, search=filters.get("q", ""))
    )
    if filters.get("below"):
        entries = entries.filter(Q(jp__lt=target))
    counts = api.jp_counts(agency_id=scope.agency_id, unit_path=path, target=target)
    return {
        "entries": entries.select_related("unit").order_by("jp", "full_name", "pk"),
        "counts": counts,
        "unit": unit,
    }
