"""The design a certificate is drawn with, from the Wagtail settings national admins edit.

Platform name and logo come from ``home.PlatformSettings``; provider, signatory,
signature and an optional certificate logo from ``CertificateSettings``; a course's
``CourseCertificateSettings`` may name its own signatory. Images are prepared once
per process and image file: flattened onto white (the page is white, so nothing is
lost) and stored as JPEG, which ReportLab embeds as is instead of re-compressing it
for every certificate.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from email.utils import parseaddr
from functools import lru_cache

from django.conf import settings
from PIL import Image as PILImage
from wagtail.models import Site

from certificates import pdf
from certificates.models import CertificateSettings, CourseCertificateSettings
from home.models import PlatformSettings

logger = logging.getLogger(__name__)

LOGO_BOX = (360, 360)
SIGNATURE_BOX = (640, 240)


@dataclass(frozen=True)
class SiteDesign:
    """The settings of the default site (unsaved defaults where none exist yet)."""

    platform: PlatformSettings
    certificates: CertificateSettings
    site: Site | None


def site_design() -> SiteDesign:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return SiteDesign(PlatformSettings(), CertificateSettings(), None)
    return SiteDesign(PlatformSettings.for_site(site), CertificateSettings.for_site(site), site)


def base_url() -> str:
    """The public address of the site, for links that leave it (PDF, email, badges)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def issuer_email(found: SiteDesign) -> str:
    return (
        found.certificates.issuer_email
        or found.platform.contact_email
        or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    )


@lru_cache(maxsize=32)
def _prepared(image_id: int, file_name: str, box: tuple[int, int]) -> bytes | None:
    """The image as a JPEG on white, at most ``box`` pixels. None if it cannot be read."""
    from wagtail.images import get_image_model

    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None or image.is_svg():
        return None
    try:
        with image.open_file() as handle:
            picture = PILImage.open(handle)
            picture.load()
    except (OSError, ValueError):
        logger.warning("Certificate image %s (%s) cannot be read; left out", image_id, file_name)
        return None
    picture.thumbnail(box)
    if picture.mode in ("RGBA", "LA", "P"):
        picture = picture.convert("RGBA")
        white = PILImage.new("RGB", picture.size, (255, 255, 255))
        white.paste(picture, mask=picture.getchannel("A"))
        picture = white
    out = io.BytesIO()
    picture.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def _image_bytes(image, box) -> bytes | None:
    if image is None:
        return None
    return _prepared(image.pk, image.file.name, box)


def design_for(*, course_id: int | None, found: SiteDesign | None = None) -> pdf.Design:
    """How certificates of ``course_id`` look now (``None``: the site default)."""
    found = found or site_design()
    defaults = found.certificates
    own = (
        CourseCertificateSettings.objects.select_related("signature_image")
        .filter(course_id=course_id)
        .first()
        if course_id
        else None
    )
    signer = own if own is not None and own.has_own_signatory else defaults
    return pdf.Design(
        platform_name=found.platform.platform_name,
        provider_name=defaults.provider_name,
        signatory_name=signer.signatory_name,
        signatory_title=signer.signatory_title,
        logo=_image_bytes(defaults.logo or found.platform.logo, LOGO_BOX),
        signature=_image_bytes(signer.signature_image, SIGNATURE_BOX),
    )


def validity_months(*, course_id: int) -> int | None:
    return (
        CourseCertificateSettings.objects.filter(course_id=course_id)
        .values_list("validity_months", flat=True)
        .first()
    )
