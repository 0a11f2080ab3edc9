"""The certificate PDF: one A4 landscape page drawn on a ReportLab canvas.

ReportLab was chosen by measurement (``bench/bench_certificates.py`` renders the
same page with fpdf2 beside it): a plain canvas with embedded, subset TrueType
fonts and a vector QR code makes well over 100 certificates a second on one core.

The page is a pure function of two values: ``Facts`` (what the certificate states,
a snapshot that never changes) and ``Design`` (platform name, logo, signatory — what
national admins edit). Re-rendering with a new design therefore never changes a fact.
The fonts ship with the app (``certificates/fonts/``, DejaVu Sans, Bitstream Vera
licence), so a deployment does not depend on the system's fonts.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from django.utils import formats, translation
from django.utils.translation import gettext as _
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from certificates import qr

# Binary streams: ASCII85 would make every PDF a quarter larger and slower to write.
rl_config.useA85 = 0

# Bump when the drawing below changes: every certificate's stored fingerprint then
# differs, and a re-render job brings the PDFs up to date.
LAYOUT_VERSION = "2026.1"

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR = "CertificateSans"
BOLD = "CertificateSans-Bold"

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 42
PRIMARY = HexColor("#0b4f8c")
INK = HexColor("#1d2939")
MUTED = HexColor("#475467")
GOLD = HexColor("#b7892f")


@dataclass(frozen=True)
class Facts:
    """What a certificate states. Copied from the certificate row, never recomputed."""

    number: str
    learner_name: str
    learner_nip: str
    agency_name: str
    course_title: str
    jp: int
    completed_on: date
    issued_on: date
    expires_on: date | None
    verification_url: str


@dataclass(frozen=True)
class Design:
    """How certificates look: what national admins set in the Wagtail settings."""

    platform_name: str
    provider_name: str
    signatory_name: str
    signatory_title: str
    logo: bytes | None = None
    signature: bytes | None = None

    def fingerprint(self) -> str:
        """Changes whenever anything drawn from the design (or the layout) changes."""
        digest = hashlib.sha256()
        for part in (
            LAYOUT_VERSION,
            self.platform_name,
            self.provider_name,
            self.signatory_name,
            self.signatory_title,
        ):
            digest.update(part.encode())
            digest.update(b"\0")
        for image in (self.logo, self.signature):
            digest.update(hashlib.sha256(image).digest() if image else b"-")
        return digest.hexdigest()


def _register_fonts():
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))


class _Jpeg(ImageReader):
    """A JPEG for the canvas, named by the digest of its bytes.

    ReportLab names every image it draws by hashing its decoded pixels, on every
    page: for a logo and a signature that is most of a millisecond per certificate.
    A JPEG is embedded as it is (never decoded), so the digest of the file names it
    just as well; the canvas reads ``getRGBData`` only for that name.
    """

    def __init__(self, data: bytes):
        super().__init__(io.BytesIO(data))
        self._digest = hashlib.sha256(data).digest()
        self._dataA = None  # no alpha channel: JPEG has none

    def getRGBData(self):
        return self._digest


@lru_cache(maxsize=16)
def _image(data: bytes) -> ImageReader:
    """Read once per process and image: a re-render job reuses the same logo."""
    if data[:2] == b"\xff\xd8":
        return _Jpeg(data)
    return ImageReader(io.BytesIO(data))


def long_date(value: date) -> str:
    """12 Maret 2026: certificates are Indonesian whatever the visitor's language."""
    with translation.override("id"):
        return formats.date_format(value, "j F Y")


def _fit(pdf, text, font, size, max_width, min_size):
    """The largest size from ``size`` down to ``min_size`` at which ``text`` fits."""
    while size > min_size and pdf.stringWidth(text, font, size) > max_width:
        size -= 1
    return size


def _centred(pdf, text, y, font, size, max_width, min_size=None, color=INK, leading=1.2):
    """Centred text, shrunk to fit, wrapped onto more lines at the smallest size.

    Returns the y below the last line drawn.
    """
    size = _fit(pdf, text, font, size, max_width, min_size or size)
    lines = simpleSplit(text, font, size, max_width) or [""]
    pdf.setFillColor(color)
    pdf.setFont(font, size)
    for line in lines:
        pdf.drawCentredString(PAGE_WIDTH / 2, y, line)
        y -= size * leading
    return y


def _draw_frame(pdf):
    pdf.setStrokeColor(PRIMARY)
    pdf.setLineWidth(3)
    pdf.rect(MARGIN / 2, MARGIN / 2, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN)
    pdf.setStrokeColor(GOLD)
    pdf.setLineWidth(0.8)
    pdf.rect(MARGIN / 2 + 6, MARGIN / 2 + 6, PAGE_WIDTH - MARGIN - 12, PAGE_HEIGHT - MARGIN - 12)


def _draw_header(pdf, facts, design):
    top = PAGE_HEIGHT - MARGIN - 12
    x = MARGIN + 12
    if design.logo:
        pdf.drawImage(
            _image(design.logo),
            x,
            top - 56,
            width=56,
            height=56,
            preserveAspectRatio=True,
            anchor="sw",
            mask="auto",
        )
    else:
        # No logo set: a plain seal with the platform's initials.
        initials = "".join(word[0] for word in design.platform_name.split()[:3]).upper()
        pdf.setFillColor(PRIMARY)
        pdf.circle(x + 28, top - 28, 28, stroke=0, fill=1)
        pdf.setFillColor(HexColor("#ffffff"))
        pdf.setFont(BOLD, 15)
        pdf.drawCentredString(x + 28, top - 33, initials)
    pdf.setFillColor(PRIMARY)
    pdf.setFont(BOLD, 15)
    pdf.drawString(x + 68, top - 22, design.platform_name)
    if design.provider_name:
        pdf.setFillColor(MUTED)
        pdf.setFont(REGULAR, 10)
        pdf.drawString(x + 68, top - 38, design.provider_name)
    pdf.setFillColor(INK)
    pdf.setFont(REGULAR, 10)
    pdf.drawRightString(
        PAGE_WIDTH - MARGIN - 12, top - 22, _("Nomor: %(number)s") % {"number": facts.number}
    )


def _draw_body(pdf, facts):
    width = PAGE_WIDTH - 2 * MARGIN - 80
    pdf.setFillColor(PRIMARY)
    pdf.setFont(BOLD, 34)
    pdf.drawCentredString(PAGE_WIDTH / 2, 432, _("SERTIFIKAT"))
    y = _centred(pdf, _("diberikan kepada"), 400, REGULAR, 13, width, color=MUTED)
    y = _centred(pdf, facts.learner_name, y - 22, BOLD, 28, width, min_size=18)
    identity = " · ".join(
        part
        for part in (
            _("NIP %(nip)s") % {"nip": facts.learner_nip} if facts.learner_nip else "",
            facts.agency_name,
        )
        if part
    )
    y = _centred(pdf, identity, y + 6, REGULAR, 12, width, min_size=9, color=MUTED)
    y = _centred(
        pdf, _("atas keberhasilannya menyelesaikan kursus"), y - 8, REGULAR, 13, width, color=MUTED
    )
    y = _centred(pdf, facts.course_title, y - 14, BOLD, 20, width, min_size=14, color=PRIMARY)
    summary = _("dengan beban %(jp)s jam pelajaran (JP), diselesaikan pada %(date)s.") % {
        "jp": facts.jp,
        "date": long_date(facts.completed_on),
    }
    y = _centred(pdf, summary, y - 6, REGULAR, 13, width, min_size=10)
    if facts.expires_on:
        _centred(
            pdf,
            _("Berlaku sampai %(date)s.") % {"date": long_date(facts.expires_on)},
            y - 2,
            REGULAR,
            11,
            width,
            color=MUTED,
        )


def _draw_qr(pdf, facts):
    size = 92
    rows, count = qr.symbol(facts.verification_url)
    quiet = 2  # light modules around the code, inside the drawn square
    module = size / (count + 2 * quiet)
    left, bottom = MARGIN + 14, MARGIN + 14
    pdf.setFillColor(HexColor("#ffffff"))
    pdf.rect(left, bottom, size, size, stroke=0, fill=1)
    path = pdf.beginPath()
    top = bottom + size - quiet * module
    for row, col, length in qr.dark_runs(rows, count):
        path.rect(left + (quiet + col) * module, top - (row + 1) * module, length * module, module)
    pdf.setFillColor(HexColor("#000000"))
    pdf.drawPath(path, stroke=0, fill=1)
    pdf.setFillColor(MUTED)
    pdf.setFont(REGULAR, 8.5)
    pdf.drawString(left + size + 8, bottom + 52, _("Pindai kode QR untuk memeriksa keaslian"))
    pdf.drawString(left + size + 8, bottom + 40, _("sertifikat ini, atau buka:"))
    pdf.setFillColor(PRIMARY)
    url_size = _fit(pdf, facts.verification_url, REGULAR, 8.5, 300, 6)
    pdf.setFont(REGULAR, url_size)
    pdf.drawString(left + size + 8, bottom + 28, facts.verification_url)
    pdf.linkURL(
        facts.verification_url, (left, bottom, left + size + 308, bottom + size), relative=0
    )


def _draw_signature(pdf, facts, design):
    centre = PAGE_WIDTH - MARGIN - 150
    pdf.setFillColor(INK)
    pdf.setFont(REGULAR, 11)
    pdf.drawCentredString(
        centre, 176, _("Diterbitkan %(date)s") % {"date": long_date(facts.issued_on)}
    )
    title_lines = simpleSplit(design.signatory_title, REGULAR, 11, 260) or [""]
    y = 160
    for line in title_lines[:2]:
        pdf.drawCentredString(centre, y, line)
        y -= 13
    if design.signature:
        pdf.drawImage(
            _image(design.signature),
            centre - 80,
            76,
            width=160,
            height=60,
            preserveAspectRatio=True,
            anchor="c",
            mask="auto",
        )
    size = _fit(pdf, design.signatory_name, BOLD, 12, 260, 8)
    pdf.setFont(BOLD, size)
    pdf.drawCentredString(centre, MARGIN + 24, design.signatory_name)
    half = pdf.stringWidth(design.signatory_name, BOLD, size) / 2
    pdf.setStrokeColor(INK)
    pdf.setLineWidth(0.6)
    pdf.line(centre - half, MARGIN + 21, centre + half, MARGIN + 21)


def render(facts: Facts, design: Design) -> bytes:
    """The certificate as PDF bytes: A4 landscape, fonts embedded, text extractable."""
    _register_fonts()
    buffer = io.BytesIO()
    with translation.override("id"):
        pdf = canvas.Canvas(
            buffer,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            pageCompression=1,
            invariant=1,
            initialFontName=REGULAR,
            initialFontSize=12,
        )
        pdf.setTitle(_("Sertifikat %(number)s") % {"number": facts.number})
        pdf.setAuthor(design.platform_name)
        pdf.setSubject(facts.course_title)
        pdf.setCreator(design.platform_name)
        _draw_frame(pdf)
        _draw_header(pdf, facts, design)
        _draw_body(pdf, facts)
        _draw_qr(pdf, facts)
        _draw_signature(pdf, facts, design)
        pdf.showPage()
        pdf.save()
    return buffer.getvalue()
