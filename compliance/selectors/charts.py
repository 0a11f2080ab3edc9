"""Completions per week, from the completion records (where people were at the time)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count
from django.db.models.functions import TruncDate

from compliance import deadlines
from compliance.models import CompletionRecord

WEEKS = 26


@dataclass(frozen=True)
class WeekBar:
    week: date  # the Monday
    count: int
    x: float = 0
    y: float = 0
    height: float = 0


@dataclass(frozen=True)
class WeeklyChart:
    bars: list
    maximum: int
    total: int
    width: int
    height: int
    ticks: list  # (y, label) of the horizontal grid lines


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def completions_per_week(
    *,
    agency_id: int,
    unit_ids: Iterable[int] | None = None,
    course_id: int | None = None,
    weeks: int = WEEKS,
    on: date | None = None,
) -> WeeklyChart:
    """The last ``weeks`` weeks (Monday to Sunday, Jakarta time), oldest first.

    ``unit_ids``: the units of a subtree (completions recorded in them); None for
    the whole agency. One query: completions grouped by day; days are added into
    weeks here (at most 7 × ``weeks`` rows).
    """
    last_monday = _monday(on or deadlines.today())
    first_monday = last_monday - timedelta(weeks=weeks - 1)
    records = CompletionRecord.objects.filter(
        agency_id=agency_id, completed_at__gte=deadlines.start_of_day(first_monday)
    )
    if unit_ids is not None:
        records = records.filter(unit_id__in=list(unit_ids))
    if course_id is not None:
        records = records.filter(course_id=course_id)
    per_day = (
        records.annotate(day=TruncDate("completed_at"))
        .order_by()
        .values("day")
        .annotate(count=Count("pk"))
    )
    counts = {first_monday + timedelta(weeks=index): 0 for index in range(weeks)}
    for row in per_day:
        monday = _monday(row["day"])
        if monday in counts:
            counts[monday] += row["count"]
    return _layout(counts)


def _layout(counts: dict, *, bar=14, gap=6, height=160, top=10, left=36) -> WeeklyChart:
    """Coordinates for the SVG: bars scaled to a round maximum, with grid lines."""
    maximum = max(counts.values(), default=0)
    scale_max = _round_up(maximum)
    bars = []
    for index, (week, count) in enumerate(sorted(counts.items())):
        bar_height = (count / scale_max) * height if scale_max else 0
        bars.append(
            WeekBar(
                week,
                count,
                x=left + index * (bar + gap),
                y=top + height - bar_height,
                height=bar_height,
            )
        )
    ticks = (
        [(top + height - (value / scale_max) * height, value) for value in _tick_values(scale_max)]
        if scale_max
        else [(top + height, 0)]
    )
    width = left + len(bars) * (bar + gap)
    return WeeklyChart(bars, maximum, sum(counts.values()), width, top + height + 24, ticks)


def _round_up(value: int) -> int:
    if value <= 5:
        return max(value, 1) if value else 0
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return value


def _tick_values(scale_max: int) -> list[int]:
    return sorted({0, scale_max // 2, scale_max})
