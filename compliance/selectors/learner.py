"""What a learner sees of their agency's orders: assigned courses and deadlines."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef
from django.utils import timezone

from compliance import deadlines
from compliance.models import Exemption
from compliance.selectors.coverage import covering
from courses.models import CoursePage
from learning import api


@dataclass
class AssignedCourse:
    course: object  # CoursePage
    due_on: date
    days_left: int
    completed: bool
    started: bool
    enrolled: bool
    exempt: bool
    recurring: bool
    missing_prerequisites: list  # (id, title)

    @property
    def overdue(self) -> bool:
        return not self.completed and not self.exempt and self.days_left < 0


def assigned_courses(*, user_id: int) -> list[AssignedCourse]:
    """The learner's assignments, soonest deadline first, finished ones last.

    A constant number of queries: the roster membership, the covering assignments
    with their courses, exemptions and whether they have prerequisites, the learner's
    course states, and missing prerequisites when there are any (only the first
    query when the learner is on no roster).
    """
    membership = api.learner_membership(user_id=user_id)
    if membership is None:
        return []
    exempt = Exists(
        Exemption.objects.filter(
            assignment_id=OuterRef("pk"), roster_entry_id=membership.roster_entry_id
        )
    )
    has_prerequisites = Exists(
        CoursePage.prerequisites.through.objects.filter(from_coursepage_id=OuterRef("course_id"))
    )
    assignments = [
        assignment
        for assignment in covering(agency_id=membership.agency_id, unit_path=membership.unit_path)
        .select_related("course")
        .annotate(is_exempt=exempt, has_prerequisites=has_prerequisites)
        if assignment.course.live
    ]
    if not assignments:
        return []
    course_ids = [assignment.course_id for assignment in assignments]
    states = api.course_states(user_id=user_id, course_ids=course_ids)
    with_prerequisites = [a.course_id for a in assignments if a.has_prerequisites]
    missing = (
        api.missing_prerequisites(user_id=user_id, course_ids=with_prerequisites)
        if with_prerequisites
        else {}
    )
    joined_on = timezone.localdate(membership.joined_at)
    rows = []
    for assignment in assignments:
        cycle = deadlines.current_cycle(assignment)
        due_on = deadlines.personal_due_on(assignment, cycle, joined_on)
        state = states.get(assignment.course_id)
        since = cycle.counts_since
        completed = bool(
            state and state.completed_at and (since is None or state.completed_at >= since)
        )
        rows.append(
            AssignedCourse(
                course=assignment.course,
                due_on=due_on,
                days_left=deadlines.days_left(due_on),
                completed=completed,
                started=bool(state and state.started),
                enrolled=state is not None,
                exempt=assignment.is_exempt,
                recurring=assignment.recurring,
                missing_prerequisites=missing.get(assignment.course_id, []),
            )
        )
    return sorted(rows, key=lambda row: (row.completed or row.exempt, row.due_on))
