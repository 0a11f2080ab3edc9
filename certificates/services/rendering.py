"""Draw a certificate's PDF into private storage.

The facts come from the certificate row only (its snapshot), the look from the
current design; the row records the design's fingerprint, so a re-render job knows
which PDFs are out of date. A new file is written before the old one is removed:
a download in between still finds one.
"""

from __future__ import annotations

import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from certificates import pdf
from certificates.models import Certificate
from certificates.models.certificates import pdf_upload_path
from learning import api

from .design import base_url, design_for

logger = logging.getLogger(__name__)


def verification_url(code: str) -> str:
    return base_url() + reverse("certificates:verify", args=[code])


def facts_of(certificate: Certificate) -> pdf.Facts:
    return pdf.Facts(
        number=certificate.number,
        learner_name=certificate.learner_name,
        learner_nip=certificate.learner_nip,
        agency_name=certificate.agency_name,
        course_title=certificate.course_title,
        jp=certificate.jp,
        completed_on=certificate.completed_on,
        issued_on=certificate.issued_on,
        expires_on=certificate.expires_on,
        verification_url=verification_url(certificate.code),
    )


def render_pdf(*, certificate: Certificate, design: pdf.Design | None = None) -> Certificate:
    """Draw the PDF with ``design`` (default: the course's current one) and store it."""
    design = design or design_for(course_id=certificate.course_id)
    data = pdf.render(facts_of(certificate), design)
    old_name = certificate.pdf.name
    storage = certificate.pdf.storage
    new_name = storage.save(pdf_upload_path(certificate, "certificate.pdf"), ContentFile(data))
    now = timezone.now()
    with transaction.atomic():
        Certificate.objects.filter(pk=certificate.pk).update(
            pdf=new_name, pdf_fingerprint=design.fingerprint(), rendered_at=now
        )
        api.learner_state_changed(user_ids=[certificate.learner_id])
    certificate.pdf.name = new_name
    certificate.pdf_fingerprint = design.fingerprint()
    certificate.rendered_at = now
    if old_name and old_name != new_name:
        storage.delete(old_name)
    return certificate


def has_pdf(certificate: Certificate) -> bool:
    return bool(certificate.pdf.name) and certificate.pdf.storage.exists(certificate.pdf.name)


def ensure_pdf(*, certificate: Certificate) -> Certificate:
    """The certificate with its PDF in storage, drawn now if it is missing."""
    if has_pdf(certificate):
        return certificate
    if certificate.pdf.name:
        logger.warning(
            "PDF of certificate %s was missing from storage; drawn again", certificate.number
        )
    return render_pdf(certificate=certificate)
