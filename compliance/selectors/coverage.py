"""Which assignments reach a person: the agency's, limited to none of the units or to an
ancestor of theirs."""

from django.db.models import QuerySet

from compliance.models import Assignment


def covering(*, agency_id: int, unit_path: str) -> QuerySet[Assignment]:
    """Active assignments of the agency that reach a person in the unit with this path."""
    ancestors = [int(part) for part in unit_path.strip("/").split("/") if part]
    assignments = Assignment.objects.filter(agency_id=agency_id, active=True)
    return (
        (assignments.filter(units__isnull=True) | assignments.filter(units__in=ancestors))
        .distinct()
        .order_by("pk")
    )
