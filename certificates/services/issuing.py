"""Issue a certificate for a completed course: exactly once per learner and course.

``issue_certificate`` is idempotent: the completion hook's task, a redelivery of it
and the periodic sweep may all call it for the same pair, at the same time. The
database's unique (learner, course) constraint decides; whoever loses the race
gets the winner's certificate back. Learner state is read only through
``learning.api``.
"""

from __future__ import annotations

import calendar
import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from certificates.models import Certificate, CertificateEvent
from courses.models import CoursePage
from learning import api

from .design import site_design, validity_months
from .numbers import next_number

CODE_BYTES = 24  # 192 bits, 32 URL-safe characters


@dataclass(frozen=True)
class Issued:
    certificate: Certificate
    created: bool


def new_code() -> str:
    """An unguessable verification code: 192 random bits, URL-safe."""
    return secrets.token_urlsafe(CODE_BYTES)


def recipient_identity(email: str, salt: str) -> str:
    """Open Badges' hashed email: ``sha256$`` + hex digest of the email and the salt."""
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def expiry_date(issued_on: date, months: int | None) -> date | None:
    """The last day a certificate is valid: ``months`` after issue, less a day."""
    if not months:
        return None
    return add_months(issued_on, months) - timedelta(days=1)


def learner_facts(profile: api.LearnerProfile) -> dict[str, Any]:
    """The learner's part of a certificate's snapshot (also refreshed by a re-issue)."""
    salt = secrets.token_hex(16)
    return {
        "learner_name": profile.full_name or profile.email,
        "learner_nip": profile.nip or "",
        "agency_id": profile.agency_id,
        "agency_name": profile.agency_name,
        "recipient_salt": salt,
        "recipient_identity": recipient_identity(profile.email, salt),
    }


def issue_certificate(*, user_id: int, course_id: int) -> Issued | None:
    """The learner's certificate for the course, issued now if it does not exist yet.

    None when the learner has not completed the course (or either no longer
    exists): nothing is issued for a completion that was rolled back.
    """
    existing = Certificate.objects.filter(learner_id=user_id, course_id=course_id).first()
    if existing is not None:
        return Issued(existing, False)
    completion = api.get_completed_enrolment(user_id=user_id, course_id=course_id)
    profile = api.learner_profile(user_id=user_id)
    course = CoursePage.objects.filter(pk=course_id).only("title", "jp").first()
    if completion is None or profile is None or course is None:
        return None
    issued_on = timezone.localdate()
    provider = site_design().certificates.provider_name
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                learner_id=user_id,
                course_id=course_id,
                number=next_number(year=issued_on.year),
                code=new_code(),
                issued_on=issued_on,
                started_on=timezone.localdate(completion.enrolled_at),
                completed_on=timezone.localdate(completion.completed_at),
                expires_on=expiry_date(issued_on, validity_months(course_id=course_id)),
                jp=course.jp,
                course_title=course.title,
                provider_name=provider,
                **learner_facts(profile),
            )
            CertificateEvent.objects.create(
                certificate=certificate, kind=CertificateEvent.Kind.ISSUED
            )
    except IntegrityError:
        existing = Certificate.objects.filter(learner_id=user_id, course_id=course_id).first()
        if existing is None:
            raise
        return Issued(existing, False)
    return Issued(certificate, True)
