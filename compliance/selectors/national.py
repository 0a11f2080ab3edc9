"""The national ranking: every agency by completion of its mandatory courses.

Read from ``AgencyFigures`` (one row per agency, kept current by tasks), so the
page costs the same for 5 agencies or 600 and 4.3 million staff.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from compliance.models import AgencyFigures
from compliance.provinces import province_name
from compliance.selectors.figures import Numbers, ScopeFigures
from learning import api


def mandatory_numbers(figures: ScopeFigures) -> tuple[Numbers, int, int, int]:
    """(summed Numbers of the mandatory courses, staff, with account, course count)."""
    mandatory = figures.mandatory
    return figures.mandatory_totals(), figures.staff, figures.with_account, len(mandatory)


@dataclass
class RankedAgency:
    rank: int | None
    agency: api.AgencyInfo
    figures: AgencyFigures | None

    @property
    def province(self) -> str:
        code = self.agency.province_code
        return province_name(code) if code else ""

    @property
    def percent(self) -> int | None:
        if self.figures is None or self.figures.rate is None:
            return None
        return int(self.figures.rate * 100 + 0.5)


def ranking(*, kind: str = "", province: str = "") -> list[RankedAgency]:
    """Agencies (filtered) by rate, highest first; agencies not yet counted or with no
    mandatory course last, by name. Two queries."""
    agencies = api.agencies(kind=kind, province=province)
    figures = {
        row.agency_id: row
        for row in AgencyFigures.objects.filter(agency_id__in=[agency.id for agency in agencies])
    }

    def key(agency):
        row = figures.get(agency.id)
        rate = row.rate if row is not None and row.rate is not None else None
        return (rate is None, -(rate or 0), agency.name)

    ranked, rank = [], 0
    for agency in sorted(agencies, key=key):
        row = figures.get(agency.id)
        has_rate = row is not None and row.rate is not None
        rank += has_rate
        ranked.append(RankedAgency(rank if has_rate else None, agency, row))
    return ranked


def provinces_of(agencies: Iterable[api.AgencyInfo]) -> list[tuple[str, str]]:
    codes = sorted({agency.province_code for agency in agencies if agency.province_code})
    return [(code, province_name(code)) for code in codes]


def live_totals(agency_id: int) -> Numbers:
    """The live figure the summary stores (the test oracle and the bench's reference)."""
    from compliance.selectors.figures import scope_figures

    return scope_figures(agency_id=agency_id).mandatory_totals()
