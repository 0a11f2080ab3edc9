"""Open Badges 2.0: every certificate is a hosted Assertion of its course's BadgeClass.

Three JSON-LD documents, served as ``application/ld+json`` at stable URLs:

* Issuer profile ``/sertifikat/penerbit.json`` — id, type, name, url, email;
* BadgeClass per course ``/sertifikat/kursus/<id>/badge.json`` — id, type, name,
  description, image, criteria, issuer;
* Assertion per certificate ``/sertifikat/<code>/badge.json`` — id, type, recipient,
  badge, verification (hosted), issuedOn; ``expires`` when the course sets a validity;
  ``revoked`` and ``revocationReason`` once revoked.

Ids are absolute URLs on the site's public address. The recipient is the learner's
email at issue time, salted and hashed; the NIP never appears.
"""

from __future__ import annotations

from datetime import datetime, time

from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from certificates.models import Certificate
from certificates.services.design import base_url, issuer_email, site_design

CONTEXT = "https://w3id.org/openbadges/v2"
CONTENT_TYPE = "application/ld+json"


def _absolute(path: str) -> str:
    return path if path.startswith(("http://", "https://")) else base_url() + path


def issuer_url() -> str:
    return _absolute(reverse("certificates:badge_issuer"))


def badge_class_url(course_id: int) -> str:
    return _absolute(reverse("certificates:badge_class", args=[course_id]))


def assertion_url(code: str) -> str:
    return _absolute(reverse("certificates:badge_assertion", args=[code]))


def badge_image_url() -> str:
    return _absolute(static("certificates/badge.svg"))


def issuer() -> dict:
    found = site_design()
    profile = {
        "@context": CONTEXT,
        "type": "Issuer",
        "id": issuer_url(),
        "name": found.certificates.provider_name or found.platform.platform_name,
        "url": found.certificates.issuer_url or base_url() + "/",
        "email": issuer_email(found),
    }
    description = found.certificates.issuer_description or found.platform.tagline
    if description:
        profile["description"] = description
    return profile


def badge_class(course) -> dict:
    parts = course.get_url_parts() if course.live else None
    course_url = _absolute(parts[2]) if parts else None
    criteria = {
        "narrative": _("Menyelesaikan kursus “%(course)s” (%(jp)s JP) di %(platform)s: %(rule)s.")
        % {
            "course": course.title,
            "jp": course.jp,
            "platform": site_design().platform.platform_name,
            "rule": str(course.get_completion_rule_display()).lower(),
        }
    }
    if course_url:
        criteria["id"] = course_url
    return {
        "@context": CONTEXT,
        "type": "BadgeClass",
        "id": badge_class_url(course.pk),
        "name": course.title,
        "description": strip_tags(course.summary) or course.title,
        "image": badge_image_url(),
        "criteria": criteria,
        "issuer": issuer_url(),
        "tags": ["ASN", "humas", f"{course.jp} JP"],
    }


def _end_of_day(day) -> str:
    return timezone.make_aware(datetime.combine(day, time(23, 59, 59))).isoformat()


def assertion(certificate: Certificate) -> dict:
    document = {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": assertion_url(certificate.code),
        "recipient": {
            "type": "email",
            "hashed": True,
            "salt": certificate.recipient_salt,
            "identity": certificate.recipient_identity,
        },
        "badge": badge_class_url(certificate.course_id),
        "verification": {"type": "hosted"},
        "issuedOn": timezone.localtime(certificate.issued_at).isoformat(),
        "evidence": _absolute(reverse("certificates:verify", args=[certificate.code])),
        "narrative": _("Sertifikat %(number)s: %(course)s, %(jp)s JP.")
        % {"number": certificate.number, "course": certificate.course_title, "jp": certificate.jp},
    }
    if certificate.expires_on:
        document["expires"] = _end_of_day(certificate.expires_on)
    if certificate.is_revoked:
        document["revoked"] = True
        document["revocationReason"] = certificate.revocation_reason
    return document
