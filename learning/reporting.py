"""Roster and progress figures for the apps that report on agencies (through ``api``).

Every figure is an SQL aggregate grouped by unit kerja (and course): a dashboard
adds units up into their ancestors itself, so one grouped query serves an agency
of 50 staff or 100,000 and the number of queries never depends on the roster.

Definitions (one place, so counts and staff lists agree):

* the roster is the agency's *active* entries; an entry is linked to an account
  when the person signed up (``user``), and joined the roster at ``created_at``;
* enrolled: the linked account has an enrolment in the course;
* completed: the enrolment has ``completed_at`` (at or after ``since`` for the
  course when given: an earlier completion belongs to a closed cycle);
* started: enrolled and either a lesson was opened ("Lanjutkan" points somewhere)
  or a quiz attempt of the current cycle exists.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    FilteredRelation,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Greatest

from learning.models import (
    Enrolment,
    LessonCompletion,
    PastCompletion,
    QuizAttempt,
    RosterEntry,
)
from learning.selectors.jp import jakarta_year_bounds, jp_this_year_expression

# A date older than any activity, for GREATEST(): SQLite's MAX() of a NULL is NULL.
_LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


def active_roster(*, agency_id: int, unit_path: str | None = None, unit_paths=None):
    """Active roster entries of an agency, optionally inside one or more unit subtrees."""
    entries = RosterEntry.objects.filter(agency_id=agency_id, active=True)
    if unit_path:
        entries = entries.filter(unit__path__startswith=unit_path)
    if unit_paths:
        within = Q()
        for path in unit_paths:
            within |= Q(unit__path__startswith=path)
        entries = entries.filter(within)
    return entries


@dataclass
class UnitCount:
    """Roster figures of one unit (``unit_id`` None: entries without a unit)."""

    unit_id: int | None
    staff: int = 0
    with_account: int = 0
    joined_before: dict = field(default_factory=dict)  # key → staff who joined before it


def roster_counts_by_unit(
    *, agency_id, unit_path=None, joined_before: Mapping[object, datetime] | None = None
):
    """Active staff, staff with an account, and staff who joined before each threshold."""
    joined_before = dict(joined_before or {})
    annotations = {"staff": Count("pk"), "with_account": Count("user_id")}
    for index, moment in enumerate(joined_before.values()):
        annotations[f"joined_{index}"] = Count("pk", filter=Q(created_at__lt=moment))
    rows = (
        active_roster(agency_id=agency_id, unit_path=unit_path)
        .order_by()
        .values("unit_id")
        .annotate(**annotations)
    )
    keys = list(joined_before)
    return [
        UnitCount(
            row["unit_id"],
            row["staff"],
            row["with_account"],
            {key: row[f"joined_{index}"] for index, key in enumerate(keys)},
        )
        for row in rows
    ]


@dataclass
class PairedCount:
    """Roster figures of the entries named by a pairs queryset, per (course, unit)."""

    course_id: int
    unit_id: int | None
    staff: int = 0
    with_account: int = 0
    joined_before: int = 0
    completed: int = 0


def paired_counts_by_unit(
    *,
    pairs,
    agency_id,
    unit_path=None,
    joined_before: Mapping[int, datetime] | None = None,
    completed_since: Mapping[int, datetime | None] | None = None,
):
    """Figures for (roster entry, course) pairs another app keeps, e.g. exemptions.

    ``pairs``: a queryset of a model with a ``roster_entry`` foreign key and a
    ``course_id`` column or annotation. Only active entries of the agency (and
    subtree) count. ``joined_before`` maps a course to a moment: ``joined_before``
    counts the pairs whose entry joined the roster before it. ``completed`` counts
    the pairs whose person completed the course (``completed_since`` as in
    ``enrolment_counts_by_unit``).
    """
    rows = pairs.filter(roster_entry__agency_id=agency_id, roster_entry__active=True)
    if unit_path:
        rows = rows.filter(roster_entry__unit__path__startswith=unit_path)
    joined = _any(
        Q(course_id=course_id, roster_entry__created_at__lt=moment)
        for course_id, moment in (joined_before or {}).items()
    )
    done = Enrolment.objects.filter(
        user_id=OuterRef("roster_entry__user_id"), course_id=OuterRef("course_id")
    )
    rows = rows.order_by().annotate(_done=Exists(done.filter(_completed_q(completed_since or {}))))
    rows = rows.values("course_id", unit_id=F("roster_entry__unit_id")).annotate(
        staff=Count("pk"),
        with_account=Count("roster_entry__user_id"),
        joined=_count_where(joined),
        completed=Count("pk", filter=Q(_done=True)),
    )
    return [
        PairedCount(
            row["course_id"],
            row["unit_id"],
            row["staff"],
            row["with_account"],
            row["joined"],
            row["completed"],
        )
        for row in rows
    ]


def _any(conditions) -> Q | None:
    """The OR of ``conditions``; None for none (an empty IN would not compile everywhere)."""
    combined = None
    for condition in conditions:
        combined = condition if combined is None else combined | condition
    return combined


def _count_where(condition: Q | None):
    if condition is None:
        return Value(0, output_field=IntegerField())
    return Count("pk", filter=condition)


def _completed_q(completed_since: Mapping[int, datetime | None]) -> Q:
    """Completed, where a course with a cycle start only counts completions since it."""
    cycled = {course_id: since for course_id, since in completed_since.items() if since}
    condition = Q(completed_at__isnull=False)
    if not cycled:
        return condition
    condition &= ~Q(course_id__in=list(cycled))
    for course_id, since in cycled.items():
        condition |= Q(course_id=course_id, completed_at__gte=since)
    return condition


def _not_completed_q(completed_since: Mapping[int, datetime | None]) -> Q:
    condition = Q(completed_at__isnull=True)
    for course_id, since in completed_since.items():
        if since:
            condition |= Q(course_id=course_id, completed_at__lt=since)
    return condition


def _started_q() -> Q:
    attempts = QuizAttempt.objects.filter(
        user_id=OuterRef("user_id"), course_id=OuterRef("course_id"), archived=False
    )
    return Q(last_page__isnull=False) | Q(Exists(attempts))


@dataclass
class EnrolmentCount:
    """Enrolment figures of one (course, unit)."""

    course_id: int
    unit_id: int | None
    enrolled: int = 0
    in_progress: int = 0
    completed: int = 0
    completed_joined_before: int = 0


def enrolment_counts_by_unit(
    *,
    agency_id,
    course_ids,
    unit_path=None,
    completed_since: Mapping[int, datetime | None] | None = None,
    joined_before: Mapping[int, datetime] | None = None,
    exclude_pairs_of=None,
):
    """Enrolled, in progress and completed staff per (course, unit), in one query.

    ``completed_since``: course → the start of its current cycle (or None): an
    earlier completion counts as not completed. ``joined_before``: course → moment;
    ``completed_joined_before`` counts completed staff who joined the roster before
    it. ``exclude_pairs_of``: a queryset with ``roster_entry_id`` and ``course_id``
    columns (e.g. exemptions) whose pairs are left out, in SQL.
    """
    completed_since = dict(completed_since or {})
    # One filter() call: the roster join is one join, shared by every condition (a
    # second call would join the person's entries at other agencies as well).
    conditions = Q(
        course_id__in=list(course_ids),
        user__roster_entries__agency_id=agency_id,
        user__roster_entries__active=True,
    )
    if unit_path:
        conditions &= Q(user__roster_entries__unit__path__startswith=unit_path)
    if exclude_pairs_of is not None:
        conditions &= ~Exists(
            exclude_pairs_of.filter(
                roster_entry_id=OuterRef("user__roster_entries__id"),
                course_id=OuterRef("course_id"),
            )
        )
    enrolments = Enrolment.objects.filter(conditions)
    completed = _completed_q(completed_since)
    joined = _any(
        Q(course_id=course_id, user__roster_entries__created_at__lt=moment)
        for course_id, moment in (joined_before or {}).items()
    )
    rows = (
        enrolments.order_by()
        .values("course_id", unit_id=F("user__roster_entries__unit_id"))
        .annotate(
            enrolled=Count("pk"),
            completed=Count("pk", filter=completed),
            in_progress=Count("pk", filter=_not_completed_q(completed_since) & _started_q()),
            completed_joined=_count_where(completed & joined if joined else None),
        )
    )
    return [
        EnrolmentCount(
            row["course_id"],
            row["unit_id"],
            row["enrolled"],
            row["in_progress"],
            row["completed"],
            row["completed_joined"],
        )
        for row in rows
    ]


def with_course_state(entries, *, course_id: int, completed_since: datetime | None = None):
    """Roster entries annotated with their person's state in one course.

    Adds ``enrolled`` (bool), ``started`` (bool), ``completed_on`` (the completion,
    None if not completed in the current cycle) and ``last_activity`` (the latest
    of enrolling, finishing a lesson, starting a quiz attempt, completing; the
    year-2000 floor without an enrolment). The course's enrolment is one LEFT JOIN
    (a filtered relation), so a 100,000-row export reads it once per row, not four
    times.
    """
    entries = entries.annotate(
        course_enrolment=FilteredRelation(
            "user__enrolments", condition=Q(user__enrolments__course_id=course_id)
        )
    )
    done = Q(course_enrolment__completed_at__isnull=False)
    if completed_since:
        done &= Q(course_enrolment__completed_at__gte=completed_since)
    attempts = QuizAttempt.objects.filter(user_id=OuterRef("user_id"), course_id=course_id)
    lessons = LessonCompletion.objects.filter(user_id=OuterRef("user_id"), course_id=course_id)

    def latest(queryset, column):
        return Coalesce(
            Subquery(queryset.order_by(f"-{column}").values(column)[:1]), Value(_LONG_AGO)
        )

    return entries.annotate(
        enrolled=Q(course_enrolment__id__isnull=False),
        started=Q(course_enrolment__last_page__isnull=False)
        | Q(Exists(attempts.filter(archived=False))),
        completed_on=Case(When(done, then=F("course_enrolment__completed_at")), default=None),
        last_activity=Greatest(
            Coalesce(F("course_enrolment__enrolled_at"), Value(_LONG_AGO)),
            Coalesce(F("course_enrolment__completed_at"), Value(_LONG_AGO)),
            latest(lessons, "completed_at"),
            latest(attempts, "started_at"),
        ),
    )


def with_jp_this_year(entries):
    """Roster entries annotated with ``jp``: the JP their person earned this year."""
    return entries.annotate(jp=jp_this_year_expression("user_id"))


def jp_counts(*, agency_id, unit_path=None, target: int) -> dict:
    """Active staff, and how many of them are below the yearly JP target.

    Staff without an account have 0 JP and so are below any target above 0. Those at
    or above it are counted from this year's completions grouped by person, so the
    cost follows the completions, not the roster. Completions a renewal closed this
    year (``PastCompletion``, rare: a yearly course taken twice in one year) are
    added for just those people. Three queries, five when there are such people.
    """
    roster = active_roster(agency_id=agency_id, unit_path=unit_path)
    staff = roster.count()
    if target <= 0:
        return {"staff": staff, "below": 0}
    start, end = jakarta_year_bounds()
    people = roster.filter(user__isnull=False).values("user_id")

    def sums(model, users):
        return (
            model.objects.filter(user_id__in=users, completed_at__gte=start, completed_at__lt=end)
            .order_by()
            .values("user_id")
            .annotate(jp=Sum("course__jp"))
        )

    reached = sums(Enrolment, people).filter(jp__gte=target).count()
    renewed = set(
        PastCompletion.objects.filter(
            user_id__in=people,
            completed_at__gte=start,
            completed_at__lt=end,
        ).values_list("user_id", flat=True)
    )
    if renewed:
        current = {row["user_id"]: row["jp"] for row in sums(Enrolment, renewed)}
        past = {row["user_id"]: row["jp"] for row in sums(PastCompletion, renewed)}
        for user_id in renewed:
            before = current.get(user_id, 0) >= target
            after = current.get(user_id, 0) + past.get(user_id, 0) >= target
            reached += after - before
    return {"staff": staff, "below": staff - reached}
