"""The certificate PDF: its text, page, fonts and QR code, read back as a verifier would."""

import io
import random
import shutil
import string
import subprocess

import pytest
import qrcode
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from pypdf import PdfReader
from wagtail.images import get_image_model
from wagtail.models import Site

from certificates import pdf, qr
from certificates.models import CertificateSettings, CourseCertificateSettings
from certificates.services import design as design_service
from certificates.services import rendering

pytestmark = pytest.mark.django_db


def pdf_of(certificate):
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def text_of(data):
    return PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_pdf_text_holds_the_learners_name_number_and_jp(issued):
    text = text_of(pdf_of(issued))
    assert "Siti Rahmawati" in text
    assert issued.number in text
    assert "2 jam pelajaran (JP)" in text
    assert issued.learner_nip in text
    assert "Kementerian Komunikasi dan Digital" in text
    assert issued.course_title in text
    assert "SERTIFIKAT" in text and "diselesaikan pada" in text  # Indonesian text


def test_pdf_is_one_a4_landscape_page_with_embedded_fonts(issued):
    reader = PdfReader(io.BytesIO(pdf_of(issued)))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts, "the page uses fonts"
    for font in fonts.values():
        descriptor = font.get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{font.get_object()['/BaseFont']} is not embedded"


def _decode_qr(data, tmp_path):
    if not (shutil.which("pdftoppm") and shutil.which("zbarimg")):
        pytest.skip("needs pdftoppm (poppler-utils) and zbarimg (zbar-tools) from Debian")
    (tmp_path / "certificate.pdf").write_bytes(data)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-png",
            "-singlefile",
            str(tmp_path / "certificate.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    found = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "page.png")],
        capture_output=True,
        text=True,
        check=True,
    )
    return found.stdout.strip().splitlines()


def test_qr_code_opens_the_verification_page(issued, tmp_path, client):
    decoded = _decode_qr(pdf_of(issued), tmp_path)
    assert decoded == [rendering.verification_url(issued.code)]
    assert decoded[0].startswith("http://testserver/verifikasi/")
    response = client.get(decoded[0].removeprefix("http://testserver"))
    assert response.status_code == 200
    assert issued.number in response.content.decode()


def test_qr_modules_are_those_of_the_qrcode_library():
    """The fast mask choice builds exactly the code ``qrcode`` itself would build."""
    chooser = random.Random(7)
    alphabet = string.ascii_letters + string.digits + "-_"
    for length in (1, 10, 32, 43, 80, 150, 300):
        for _ in range(3):
            data = (
                "https://akademi.example.go.id/verifikasi/"
                + "".join(chooser.choice(alphabet) for _ in range(length))
                + "/"
            )
            reference = qrcode.QRCode(error_correction=qr.ERROR_CORRECTION, border=0)
            reference.add_data(data)
            reference.make(fit=True)
            assert qr.matrix(data) == reference.get_matrix(), data


def test_penalty_matches_qrcode_for_every_mask():
    from qrcode import util

    reference = qrcode.QRCode(error_correction=qr.ERROR_CORRECTION, border=0)
    reference.add_data("https://akademi.example.go.id/verifikasi/abc/")
    reference.make(fit=True)
    for mask in range(8):
        reference.makeImpl(True, mask)
        rows = [qr._row_bits(row) for row in reference.modules]
        assert qr.penalty(rows, len(rows)) == util.lost_point(reference.modules)


def _image(title, colour, size=(400, 150), mode="RGBA"):
    buffer = io.BytesIO()
    PILImage.new(mode, size, colour).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


def site_settings(**fields):
    found = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(found, name, value)
    found.save()
    return found


def test_course_signatory_overrides_the_site_default(issued, tree):
    site_settings(signatory_name="Ir. Default Penanda", signatory_title="Kepala Pusat")
    default_text = text_of(
        pdf.render(rendering.facts_of(issued), design_service.design_for(course_id=tree.course.pk))
    )
    assert "Ir. Default Penanda" in default_text and "Kepala Pusat" in default_text

    CourseCertificateSettings.objects.create(
        course=tree.course,
        signatory_name="Dr. Khusus Kursus",
        signatory_title="Ketua Tim",
        signature_image=_image("ttd", (0, 0, 0, 0)),
    )
    design = design_service.design_for(course_id=tree.course.pk)
    text = text_of(pdf.render(rendering.facts_of(issued), design))
    assert "Dr. Khusus Kursus" in text and "Ketua Tim" in text
    assert "Ir. Default Penanda" not in text
    assert design.signature is not None and design.signature[:2] == b"\xff\xd8"  # a JPEG


def test_logo_and_signature_images_are_drawn_into_the_pdf(issued):
    site_settings(
        logo=_image("logo", (11, 79, 140), (200, 200), "RGB"),
        signature_image=_image("tanda", (0, 0, 0, 255)),
    )
    data = pdf.render(rendering.facts_of(issued), design_service.design_for(course_id=None))
    images = PdfReader(io.BytesIO(data)).pages[0].images
    assert sorted(image.image.size for image in images) == [(200, 200), (400, 150)]


def test_an_svg_logo_is_left_out_rather_than_failing(issued):
    svg = get_image_model().objects.create(
        title="logo svg",
        file=ImageFile(
            io.BytesIO(b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>"),
            name="logo.svg",
        ),
        width=10,
        height=10,
    )
    assert design_service._image_bytes(svg, design_service.LOGO_BOX) is None


def test_long_names_and_titles_still_fit_on_the_page(issued):
    facts = rendering.facts_of(issued)
    long = pdf.Facts(
        **{
            **facts.__dict__,
            "learner_name": "Raden " * 20 + "Wijaya",
            "course_title": "Komunikasi Publik " * 12,
        }
    )
    text = text_of(pdf.render(long, design_service.design_for(course_id=None)))
    assert "Wijaya" in text and issued.number in text


def test_design_fingerprint_changes_with_the_signatory_only():
    base = pdf.Design(platform_name="A", provider_name="B", signatory_name="C", signatory_title="D")
    same = pdf.Design(platform_name="A", provider_name="B", signatory_name="C", signatory_title="D")
    other = pdf.Design(
        platform_name="A", provider_name="B", signatory_name="E", signatory_title="D"
    )
    assert base.fingerprint() == same.fingerprint() != other.fingerprint()
