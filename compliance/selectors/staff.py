"""Staff lists: who is in which state for a course, searchable, pageable, exportable.

The state of each person is computed in SQL (annotations on learning's roster
queryset), with the same definitions as the dashboard's counts, so a count on the
dashboard and the length of the list it links to agree.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from compliance import deadlines
from compliance.models import Assignment, Exemption
from learning import api

NEVER_SIGNED_UP = "never"
NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"
OVERDUE = "overdue"
EXEMPT = "exempt"

STATUS_LABELS = {
    NEVER_SIGNED_UP: _("Belum pernah mendaftar"),
    NOT_STARTED: _("Belum mulai"),
    IN_PROGRESS: _("Sedang belajar"),
    COMPLETED: _("Selesai"),
    OVERDUE: _("Terlambat"),
    EXEMPT: _("Dikecualikan"),
}
STATUSES = list(STATUS_LABELS)


@dataclass(frozen=True)
class CourseContext:
    """What a staff list of one course needs to know about its assignment."""

    course_id: int
    assignment: Assignment | None
    unit_paths: list | None  # the assignment's subtrees (None: whole scope)
    cycle: deadlines.Cycle | None
    past_due: bool = False
    overdue_joined_before: object = None  # datetime or None

    @property
    def counts_since(self):
        return self.cycle.counts_since if self.cycle else None

    @property
    def can_be_overdue(self) -> bool:
        return self.past_due or self.overdue_joined_before is not None


def course_context(
    *, agency_id: int, course_id: int, units: Iterable[api.UnitInfo] | None
) -> CourseContext:
    """The active assignment of the course in the agency (if any), its cycle and population."""
    assignment = Assignment.objects.filter(
        agency_id=agency_id, course_id=course_id, active=True
    ).first()
    if assignment is None:
        return CourseContext(course_id, None, None, None)
    cycle = deadlines.current_cycle(assignment)
    limits = set(assignment.unit_ids())
    paths = None
    if limits:
        paths = [unit.path for unit in api.units(agency_id=agency_id) if unit.id in limits]
    return CourseContext(
        course_id,
        assignment,
        paths,
        cycle,
        past_due=deadlines.is_past_due(assignment, cycle),
        overdue_joined_before=deadlines.overdue_joined_before(assignment, cycle),
    )


def staff_with_status(
    *, agency_id: int, unit_path: str | None, context: CourseContext, search: str = ""
) -> QuerySet:
    """The population of the course in the scope, each row annotated with ``status``,
    ``overdue``, ``exempt`` and the course state (``completed_on``, ``last_activity`` …)."""
    entries = api.roster_staff(
        agency_id=agency_id, unit_path=unit_path, unit_paths=context.unit_paths, search=search
    )
    entries = api.with_course_state(
        entries, course_id=context.course_id, completed_since=context.counts_since
    )
    if context.assignment is not None:
        exempt = Exists(
            Exemption.objects.filter(assignment=context.assignment, roster_entry_id=OuterRef("pk"))
        )
    else:
        exempt = Value(False, output_field=BooleanField())
    entries = entries.annotate(exempt=exempt)
    entries = entries.annotate(
        status=Case(
            When(exempt=True, then=Value(EXEMPT)),
            When(completed_on__isnull=False, then=Value(COMPLETED)),
            When(user_id__isnull=True, then=Value(NEVER_SIGNED_UP)),
            When(started=True, then=Value(IN_PROGRESS)),
            default=Value(NOT_STARTED),
            output_field=CharField(),
        )
    )
    late = Q(exempt=False, completed_on__isnull=True)
    if context.past_due:
        overdue = Case(
            When(late, then=Value(True)), default=Value(False), output_field=BooleanField()
        )
    elif context.overdue_joined_before is not None:
        overdue = Case(
            When(late & Q(created_at__lt=context.overdue_joined_before), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    else:
        overdue = Value(False, output_field=BooleanField())
    return entries.annotate(overdue=overdue)


def filter_status(entries: QuerySet, status: str) -> QuerySet:
    if status == OVERDUE:
        return entries.filter(overdue=True)
    if status in STATUS_LABELS:
        return entries.filter(status=status)
    return entries


def with_jp(entries: QuerySet) -> QuerySet:
    return api.with_jp_this_year(entries)


def personal_due_on(context: CourseContext, joined_at: datetime) -> date | None:
    """A person's deadline in the current cycle (None without an assignment)."""
    return personal_due_on_day(context, timezone.localdate(joined_at))


def personal_due_on_day(context: CourseContext, joined_on: date) -> date | None:
    """The same, from the day the person joined the roster."""
    if context.assignment is None:
        return None
    return deadlines.personal_due_on(context.assignment, context.cycle, joined_on)
