"""Reads: the certificates a page shows, each in a constant number of queries."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.db.models.functions import ExtractYear
from django.utils import timezone

from certificates.models import Certificate
from learning import api

VALID, EXPIRED, REVOKED = "valid", "expired", "revoked"


def state_of(certificate: Certificate, today: date | None = None) -> str:
    """valid, expired (past its validity period) or revoked."""
    if certificate.is_revoked:
        return REVOKED
    return EXPIRED if certificate.is_expired(today) else VALID


def certificate_for(*, user_id: int, course_id: int) -> Certificate | None:
    return Certificate.objects.filter(learner_id=user_id, course_id=course_id).first()


def by_code(code: str) -> Certificate | None:
    return Certificate.objects.select_related("course").filter(code=code).first()


def normalise_number(text: str) -> str | None:
    """``aha/2026/123`` → ``AHA/2026/000123``; None when it is not a certificate number."""
    prefix = re.escape(settings.CERTIFICATE_NUMBER_PREFIX)
    found = re.fullmatch(
        rf"\s*({prefix})\s*/\s*(\d{{4}})\s*/\s*(\d{{1,9}})\s*", text or "", flags=re.IGNORECASE
    )
    if not found:
        return None
    return f"{settings.CERTIFICATE_NUMBER_PREFIX}/{found[2]}/{int(found[3]):06d}"


def by_number(number: str) -> Certificate | None:
    return Certificate.objects.filter(number=number).first()


def my_certificates(*, user_id: int) -> dict[str, Any]:
    """ "Sertifikat saya": the learner's certificates and the ones being issued. Two queries.

    ``pending``: completed courses (``api.CourseCompletion``) with no certificate yet.
    """
    certificates = list(
        Certificate.objects.filter(learner_id=user_id).order_by("-issued_at", "-pk")
    )
    today = timezone.localdate()
    for certificate in certificates:
        certificate.state = state_of(certificate, today)
    have = {certificate.course_id for certificate in certificates}
    pending = [row for row in api.completions_of(user_id=user_id) if row.course_id not in have]
    return {"certificates": certificates, "pending": pending}


def agency_certificates(
    *, agency_id: int, year: int | None = None, unit_paths: list[str] | None = None
) -> QuerySet[Certificate]:
    """The valid certificates issued to the agency's staff, newest completion first.

    ``unit_paths``: only learners on the roster of these subtrees (a unit admin's).
    """
    certificates = Certificate.objects.filter(agency_id=agency_id, status=Certificate.Status.VALID)
    if unit_paths is not None:
        certificates = certificates.filter(
            learner_id__in=api.roster_user_ids(agency_id=agency_id, unit_paths=unit_paths)
        )
    if year:
        certificates = certificates.filter(completed_on__year=year)
    return certificates.order_by("-completed_on", "-pk")


def agency_years(*, agency_id: int) -> list[int]:
    return sorted(
        Certificate.objects.filter(agency_id=agency_id)
        .annotate(year=ExtractYear("completed_on"))
        .values_list("year", flat=True)
        .distinct(),
        reverse=True,
    )


SIASN_COLUMNS = [
    "nip",
    "course_title",
    "provider_name",
    "number",
    "jp",
    "started_on",
    "completed_on",
    "year",
]


def siasn_rows(
    *, agency_id: int, year: int | None = None, unit_paths: list[str] | None = None
) -> Iterator[tuple[str, str, str, str, int, date, date, int]]:
    """One row per valid certificate, in the fields an SIASN course record holds."""
    rows = agency_certificates(agency_id=agency_id, year=year, unit_paths=unit_paths).values_list(
        "learner_nip", "course_title", "provider_name", "number", "jp", "started_on", "completed_on"
    )
    for nip, title, provider, number, jp, started_on, completed_on in rows.iterator(
        chunk_size=2000
    ):
        yield (nip, title, provider, number, jp, started_on, completed_on, completed_on.year)


def personal_certificates(*, user_id: int) -> list[dict]:
    """Every certificate issued to the learner (valid or revoked), as JSON-ready dicts."""
    rows = (
        Certificate.objects.filter(learner_id=user_id)
        .order_by("issued_at", "pk")
        .values(
            "number",
            "code",
            "status",
            "course_title",
            "learner_name",
            "learner_nip",
            "agency_name",
            "jp",
            "started_on",
            "completed_on",
            "issued_on",
            "revoked_at",
        )
    )
    return [
        {
            **row,
            "started_on": row["started_on"].isoformat(),
            "completed_on": row["completed_on"].isoformat(),
            "issued_on": row["issued_on"].isoformat(),
            "revoked_at": row["revoked_at"].isoformat() if row["revoked_at"] else None,
        }
        for row in rows
    ]
