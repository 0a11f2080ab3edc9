"""The national ranking's summary: one row of figures per agency, kept current by tasks.

Live, an agency's figures take a few grouped queries over its roster; for 600
agencies and 4.3 million staff that is seconds, too slow for a page. Writers
(completions, assignments, exemptions, roster imports) mark their agency's row
stale; ``refresh_stale`` recounts those rows every few minutes and
``refresh_all`` every night. The numbers come from ``scope_figures`` — the same
code as the agency's own dashboard — so the ranking and the dashboard agree.
"""

from django.utils import timezone

from compliance.models import AgencyFigures
from compliance.selectors.figures import scope_figures
from compliance.selectors.national import mandatory_numbers
from learning import api


def refresh_agency(agency_id: int) -> AgencyFigures:
    """Recount one agency's mandatory-course figures and store them.

    The stale mark is cleared *before* counting: a writer that marks the row
    again while we count leaves it stale for the next run, never lost.
    """
    row, _created = AgencyFigures.objects.get_or_create(agency_id=agency_id)
    AgencyFigures.objects.filter(pk=row.pk).update(stale=False)
    figures = scope_figures(agency_id=agency_id)
    numbers, staff, with_account, course_count = mandatory_numbers(figures)
    AgencyFigures.objects.filter(pk=row.pk).update(
        staff=staff,
        with_account=with_account,
        mandatory_courses=course_count,
        required=numbers.required,
        completed=numbers.completed,
        overdue=numbers.overdue,
        rate=numbers.rate,
        refreshed_at=timezone.now(),
    )
    row.refresh_from_db()
    return row


def mark_changed_rosters() -> None:
    """Mark stale the agencies whose roster an import changed since their last count.

    Roster files that only add or update staff send no signal (no account moved),
    yet they change every denominator; this catches them.
    """
    oldest = (
        AgencyFigures.objects.filter(refreshed_at__isnull=False)
        .order_by("refreshed_at")
        .values_list("refreshed_at", flat=True)
        .first()
    )
    if oldest is None:
        return
    counted = dict(AgencyFigures.objects.values_list("agency_id", "refreshed_at"))
    changed = {
        agency_id
        for agency_id, finished in api.roster_imports_applied_since(since=oldest)
        if counted.get(agency_id) is None or finished > counted[agency_id]
    }
    if changed:
        AgencyFigures.objects.filter(agency_id__in=changed).update(stale=True)


def refresh_stale(*, limit: int = 200) -> int:
    """Recount stale agencies, agencies a roster import changed, and agencies never
    counted; returns how many."""
    mark_changed_rosters()
    known = set(AgencyFigures.objects.values_list("agency_id", flat=True))
    missing = [agency.id for agency in api.agencies() if agency.id not in known]
    stale = list(
        AgencyFigures.objects.filter(stale=True)
        .order_by("refreshed_at")
        .values_list("agency_id", flat=True)[:limit]
    )
    for agency_id in [*missing, *stale][:limit]:
        refresh_agency(agency_id)
    return min(len(missing) + len(stale), limit)


def refresh_all() -> int:
    agencies = api.agencies()
    for agency in agencies:
        refresh_agency(agency.id)
    return len(agencies)
