"""What the certificates app shows on pages it does not own.

* course pages, slot "course_cta" (the course header): the learner's certificate —
  PDF, verification link, share links — or "Sertifikat sedang diterbitkan" while
  the issue task runs;
* "Belajar Saya", panel "my_learning": the "Sertifikat saya" list;
* an agency's dashboard page, panel "agency_actions": a link to the agency's
  certificates and SIASN export.

Each renderer reads through ``selectors`` and renders a template of this app;
nothing is written while a page renders.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from certificates import selectors
from certificates.services.rendering import verification_url
from learning import api

SHARE_TARGETS = [
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?", "url", None),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?", "u", None),
    ("X", "https://twitter.com/intent/tweet?", "url", "text"),
    ("WhatsApp", "https://wa.me/?", None, "text"),
    ("Telegram", "https://t.me/share/url?", "url", "text"),
]


def share_links(certificate) -> list[tuple[str, str]]:
    """(network, URL) pairs: plain links that open the network's share page, no scripts."""
    url = verification_url(certificate.code)
    text = _("Saya telah menyelesaikan kursus “%(course)s” (%(jp)s JP).") % {
        "course": certificate.course_title,
        "jp": certificate.jp,
    }
    links = []
    for name, base, url_param, text_param in SHARE_TARGETS:
        params = {}
        if url_param:
            params[url_param] = url
        if text_param:
            params[text_param] = text if url_param else f"{text} {url}"
        links.append((name, base + urlencode(params)))
    return links


def _render(template, context, values):
    request = context.get("request")
    return render_to_string(f"certificates/panels/{template}", values, request=request)


def course_cta(context, course):
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated:
        return ""
    # Most readers have not completed the course: one query tells, before the certificate's.
    if api.get_completed_enrolment(user_id=user.pk, course_id=course.pk) is None:
        return ""
    certificate = selectors.certificate_for(user_id=user.pk, course_id=course.pk)
    if certificate is None:
        return _render("course_pending.html", context, {"course": course})
    return _render(
        "course_certificate.html",
        context,
        {
            "certificate": certificate,
            "verification_url": verification_url(certificate.code),
            "share_links": share_links(certificate),
        },
    )


def my_learning(context):
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated:
        return ""
    return _render("my_certificates.html", context, selectors.my_certificates(user_id=user.pk))


def agency_actions(context):
    agency = context.get("agency")
    if agency is None:
        return ""
    return _render("agency_link.html", context, {"agency_id": agency.pk})
