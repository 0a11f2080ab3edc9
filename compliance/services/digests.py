"""The weekly digest: each agency admin gets their agency's mandatory courses at a glance.

One row per (admin, agency, week) is written before sending (unique), so a second
beat run or a redelivered task sends nothing twice.
"""

import logging
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from compliance import deadlines, emails
from compliance.models import Assignment, CompletionRecord, DigestLog
from compliance.selectors.figures import scope_figures
from learning import api

logger = logging.getLogger(__name__)


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def send_all(*, on: date | None = None) -> int:
    """Digests for every agency with an active assignment; returns the number sent."""
    on = on or deadlines.today()
    agency_ids = set(Assignment.objects.filter(active=True).values_list("agency_id", flat=True))
    contacts = api.admin_contacts(agency_ids=agency_ids)
    by_agency: dict = {}
    for contact in contacts:
        by_agency.setdefault(contact.agency_id, []).append(contact)
    sent = 0
    for agency_id, admins in sorted(by_agency.items()):
        sent += send_for_agency(agency_id, admins, on=on)
    return sent


def _claim(user_id, agency_id, week) -> DigestLog | None:
    try:
        with transaction.atomic():
            return DigestLog.objects.create(user_id=user_id, agency_id=agency_id, week=week)
    except IntegrityError:
        return None


def send_for_agency(agency_id: int, admins: list[api.AdminContact], *, on: date) -> int:
    week = week_of(on)
    claims = [(admin, _claim(admin.user_id, agency_id, week)) for admin in admins]
    claims = [(admin, log) for admin, log in claims if log is not None]
    if not claims:
        return 0
    figures = scope_figures(agency_id=agency_id)
    rows = [row for row in figures.courses if row.assignment is not None]
    since = deadlines.start_of_day(on - timedelta(days=7))
    weekly = dict(
        CompletionRecord.objects.filter(agency_id=agency_id, completed_at__gte=since)
        .order_by()
        .values("course_id")
        .annotate(n=Count("pk"))
        .values_list("course_id", "n")
    )
    context = {
        "agency": api.agency(agency_id=agency_id),
        "rows": rows,
        "weekly": weekly,
        "week_total": sum(weekly.get(row.course.pk, 0) for row in rows),
        "week": week,
        "dashboard_url": emails.site_url(reverse("compliance:agency_overview", args=[agency_id])),
    }
    sent = 0
    with emails.connection() as connection:
        for admin, log in claims:
            message = emails.build(
                "digest", to=admin.email, context={**context, "name": admin.full_name}
            )
            message.connection = connection
            try:
                message.send()
            except Exception:
                logger.exception("Digest %s could not be sent", log.pk)
                DigestLog.objects.filter(pk=log.pk).update(status=DigestLog.Status.FAILED)
                continue
            DigestLog.objects.filter(pk=log.pk).update(
                status=DigestLog.Status.SENT, sent_at=timezone.now()
            )
            sent += 1
    return sent
