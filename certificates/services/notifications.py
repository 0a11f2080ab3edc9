"""The learner's emails: a certificate was issued (or re-issued), or expires soon.

Each email is claimed on its row first (a conditional UPDATE of ``emailed_at`` or
``reminded_at``), so a redelivered task or a second beat sends nothing twice; a send
that fails gives the claim back and raises, for the task to retry. Both are
Indonesian, HTML and plain text, rendered from templates, with absolute links to
the site's public address.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from certificates import pdf
from certificates.models import Certificate
from learning import api

from .design import base_url, site_design
from .rendering import verification_url

logger = logging.getLogger(__name__)

REMINDER_DAYS = 30


def _context(certificate: Certificate) -> dict:
    root = base_url()
    return {
        "certificate": certificate,
        "platform_name": site_design().platform.platform_name,
        "verification_url": verification_url(certificate.code),
        "download_url": root + reverse("certificates:download", args=[certificate.pk]),
        "my_learning_url": root + reverse("learning:my_learning"),
        "completed_on": pdf.long_date(certificate.completed_on),
        "expires_on": pdf.long_date(certificate.expires_on) if certificate.expires_on else "",
    }


def _send(template: str, certificate: Certificate, to: str) -> None:
    with translation.override("id"):
        context = _context(certificate)
        subject = " ".join(
            render_to_string(f"certificates/email/{template}_subject.txt", context).split()
        )
        text = render_to_string(f"certificates/email/{template}.txt", context)
        html = render_to_string(f"certificates/email/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [to])
    message.attach_alternative(html, "text/html")
    message.send()


def _claim_and_send(certificate_id: int, field: str, template: str, **conditions) -> bool:
    now = timezone.now()
    claimed = Certificate.objects.filter(
        pk=certificate_id, **{f"{field}__isnull": True}, **conditions
    ).update(**{field: now})
    if not claimed:
        return False
    certificate = Certificate.objects.get(pk=certificate_id)
    profile = api.learner_profile(user_id=certificate.learner_id)
    if profile is None or not profile.email:
        return False
    try:
        _send(template, certificate, profile.email)
    except Exception:
        Certificate.objects.filter(pk=certificate_id, **{field: now}).update(**{field: None})
        raise
    return True


def send_issued_email(*, certificate_id: int) -> bool:
    """Tell the learner their certificate is ready (or was re-issued). Sent once."""
    return _claim_and_send(certificate_id, "emailed_at", "issued", status=Certificate.Status.VALID)


def expiring_soon(*, today: date | None = None) -> QuerySet[Certificate]:
    """Valid certificates that expire within ``REMINDER_DAYS`` and were not reminded yet."""
    today = today or timezone.localdate()
    return Certificate.objects.filter(
        status=Certificate.Status.VALID,
        reminded_at__isnull=True,
        expires_on__gte=today,
        expires_on__lte=today + timedelta(days=REMINDER_DAYS),
    )


def send_expiry_reminder(*, certificate_id: int) -> bool:
    """Remind the learner that the certificate expires soon. Sent once."""
    return _claim_and_send(
        certificate_id, "reminded_at", "expiring", status=Certificate.Status.VALID
    )
