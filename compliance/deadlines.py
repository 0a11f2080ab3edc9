"""Cycles and deadlines of an assignment: plain date arithmetic, no queries.

Days are days in Asia/Jakarta (the site's time zone). A person's deadline:

* a date deadline: the cycle's ``due_on`` (``due_date`` plus the cycle's years);
* N days after joining: N days after the later of the cycle's opening and the day
  the person joined the roster. So a person is overdue exactly when the cycle
  opened more than N days ago and they joined more than N days ago, which a query
  asks as one comparison: joined before ``overdue_joined_before``.

Reminder steps (``ReminderLog.Step``): 14 days before (8–14 days left), 7 days
(2–7), 1 day (0–1) and once after the deadline (it has passed). Each run sends the
step a person is in now, if it was not sent before; a missed step is not sent late.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone

# (step, fewest days left, most days left): the windows of the reminder steps.
STEP_WINDOWS = [(14, 8, 14), (7, 2, 7), (1, 0, 1), (-1, None, -1)]


def today() -> date:
    return timezone.localdate()


def start_of_day(day: date) -> datetime:
    """Midnight at the start of ``day`` in the site's time zone, as an aware datetime."""
    return timezone.make_aware(datetime.combine(day, time.min))


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Cycle:
    """One round of an assignment. Cycle 0 counts every completion; later cycles only
    the completions since they opened."""

    index: int
    opens_on: date
    due_on: date | None  # a date deadline; None for N days after joining

    @property
    def counts_since(self) -> datetime | None:
        return start_of_day(self.opens_on) if self.index else None


def current_cycle(assignment, *, on: date | None = None) -> Cycle:
    on = on or today()
    index = 0
    if assignment.recurring:
        while add_years(assignment.starts_on, index + 1) <= on:
            index += 1
    due = add_years(assignment.due_date, index) if not assignment.is_relative else None
    return Cycle(index, add_years(assignment.starts_on, index), due)


def personal_due_on(assignment, cycle: Cycle, joined_on: date) -> date:
    if cycle.due_on is not None:
        return cycle.due_on
    return max(cycle.opens_on, joined_on) + timedelta(days=assignment.due_days)


def is_past_due(assignment, cycle: Cycle, *, on: date | None = None) -> bool:
    """Whether a date deadline has passed (relative deadlines: per person)."""
    return cycle.due_on is not None and cycle.due_on < (on or today())


def overdue_joined_before(assignment, cycle: Cycle, *, on: date | None = None) -> datetime | None:
    """N days after joining: staff who joined before this moment are overdue unless
    they completed; None when nobody can be overdue yet (or for a date deadline)."""
    if not assignment.is_relative:
        return None
    on = on or today()
    days = timedelta(days=assignment.due_days)
    if cycle.opens_on + days >= on:
        return None
    return start_of_day(on - days)


def days_left(due_on: date, *, on: date | None = None) -> int:
    return (due_on - (on or today())).days


def step_for(days: int) -> int | None:
    """The reminder step for a person with ``days`` left, or None (too early)."""
    for step, fewest, most in STEP_WINDOWS:
        if (fewest is None or days >= fewest) and days <= most:
            return step
    return None


def joined_window(assignment, cycle: Cycle, step: int, *, on: date | None = None):
    """For N days after joining: the roster-join moments whose deadline falls in the
    window of ``step`` today, as (joined before cycle opening?, lower, upper) bounds.

    Returns ``(include_early, low, high)``: staff who joined before the cycle opened
    are in the window when ``include_early``; staff who joined on or after the
    opening are in it when ``low <= created_at < high`` (``low`` may be None).
    """
    on = on or today()
    _step, fewest, most = next(window for window in STEP_WINDOWS if window[0] == step)
    days = timedelta(days=assignment.due_days)
    early_due = cycle.opens_on + days
    early_left = (early_due - on).days
    include_early = (fewest is None or early_left >= fewest) and early_left <= most
    # joined + N - on in [fewest, most]  ⇔  joined in [on - N + fewest, on - N + most]
    high_day = max(on - days + timedelta(days=most + 1), cycle.opens_on)
    low_day = on - days + timedelta(days=fewest) if fewest is not None else None
    low = start_of_day(max(low_day, cycle.opens_on)) if low_day else start_of_day(cycle.opens_on)
    return include_early, low, start_of_day(high_day)
