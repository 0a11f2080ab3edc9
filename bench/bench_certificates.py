"""Benchmark: certificate PDFs per second per core, ReportLab beside fpdf2, in one run.

Budget (PRODUCT.md): at least 100 certificate PDFs a second per core.

Every renderer draws the same page — A4 landscape, the two DejaVu Sans fonts the app
ships (embedded as subsets), a JPEG logo and signature, about twenty lines of text and
a QR code of a 32-character verification URL — with the same facts:

* ``reportlab``: the app's renderer, ``certificates.pdf.render`` (the chosen library);
* ``fpdf2``: the same page drawn with fpdf2, the alternative measured;
* ``reportlab + qrcode masks``: the app's renderer with the QR modules computed by
  the ``qrcode`` library's own mask search instead of ``certificates.qr``, to show
  what the fast mask choice is worth.

Rounds interleave the renderers so machine load hits them alike. Speed is counted in
CPU time of this one process (``time.process_time``), i.e. certificates per second
per core whatever else the machine runs; wall-clock figures are printed beside. No
database is needed.

    .venv/bin/python bench/bench_certificates.py [--count 200] [--rounds 5]
    .venv/bin/python bench/bench_certificates.py --out /tmp/pdfs   # keep one PDF of each
"""

import argparse
import datetime
import io
import logging
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200, help="PDFs per renderer per round")
    parser.add_argument("--rounds", type=int, default=5, help="rounds; the median is reported")
    parser.add_argument("--out", type=Path, help="write one PDF of each renderer here")
    return parser.parse_args(argv)


def setup_django():
    sys.path.insert(0, str(PROJECT_ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    logging.getLogger("fontTools").setLevel(logging.WARNING)  # fpdf2's subsetting chatter


def sample_images():
    """A logo and a signature as the app prepares them: JPEG on white."""
    from PIL import Image, ImageDraw

    def jpeg(size, draw):
        image = Image.new("RGB", size, (255, 255, 255))
        draw(ImageDraw.Draw(image), size)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=90)
        return out.getvalue()

    logo = jpeg((360, 360), lambda d, s: d.ellipse((8, 8, s[0] - 8, s[1] - 8), fill=(11, 79, 140)))
    signature = jpeg(
        (640, 240),
        lambda d, s: d.line(
            [(20, 180), (140, 60), (260, 170), (400, 50), (620, 150)], fill=(20, 20, 60), width=6
        ),
    )
    return logo, signature


def sample(pdf):
    logo, signature = sample_images()
    facts = pdf.Facts(
        number="AHA/2026/000123",
        learner_name="Siti Rahmawati Kusumaningrum",
        learner_nip="198503122010012001",
        agency_name="Kementerian Komunikasi dan Digital",
        course_title="Humas untuk Non-Humas: Setiap ASN Adalah Humas Instansinya",
        jp=6,
        completed_on=datetime.date(2026, 3, 12),
        issued_on=datetime.date(2026, 3, 12),
        expires_on=datetime.date(2027, 3, 11),
        verification_url="https://akademi.example.go.id/verifikasi/"
        "Qm9uZ2thcl9rb2RlX3ZlcmlmaWthc2kx/",
    )
    design = pdf.Design(
        platform_name="Akademi Humas ASN",
        provider_name="Kementerian Komunikasi dan Digital",
        signatory_name="Dr. Budi Santoso, M.Si.",
        signatory_title="Kepala Pusat Pengembangan Kompetensi",
        logo=logo,
        signature=signature,
    )
    return facts, design


def render_fpdf2(facts, design):
    """The app's page, drawn with fpdf2 (top-left origin, points)."""
    from fpdf import FPDF

    from certificates import pdf, qr

    width, height = pdf.PAGE_WIDTH, pdf.PAGE_HEIGHT
    doc = FPDF(orientation="L", unit="pt", format="A4")
    doc.set_auto_page_break(False)
    doc.set_margin(0)
    doc.add_font("DejaVu", "", str(pdf.FONT_DIR / "DejaVuSans.ttf"))
    doc.add_font("DejaVu", "B", str(pdf.FONT_DIR / "DejaVuSans-Bold.ttf"))
    doc.add_page()
    doc.set_title(f"Sertifikat {facts.number}")
    doc.set_draw_color(11, 79, 140)
    doc.set_line_width(3)
    doc.rect(21, 21, width - 42, height - 42)

    def centred(text, y, size, bold=False):
        doc.set_font("DejaVu", "B" if bold else "", size)
        doc.set_xy(60, height - y - size)
        doc.cell(width - 120, size * 1.2, text, align="C")

    doc.image(io.BytesIO(design.logo), 54, 54, 56, 56)
    doc.set_font("DejaVu", "B", 15)
    doc.text(122, 76, design.platform_name)
    doc.set_font("DejaVu", "", 10)
    doc.text(122, 92, design.provider_name)
    doc.text(width - 200, 76, f"Nomor: {facts.number}")
    centred("SERTIFIKAT", 432, 34, bold=True)
    centred("diberikan kepada", 400, 13)
    centred(facts.learner_name, 362, 28, bold=True)
    centred(f"NIP {facts.learner_nip} · {facts.agency_name}", 336, 12)
    centred("atas keberhasilannya menyelesaikan kursus", 310, 13)
    centred(facts.course_title, 278, 20, bold=True)
    centred(
        f"dengan beban {facts.jp} jam pelajaran (JP), diselesaikan pada "
        f"{pdf.long_date(facts.completed_on)}.",
        250,
        13,
    )
    centred(f"Berlaku sampai {pdf.long_date(facts.expires_on)}.", 232, 11)
    rows, count = qr.symbol(facts.verification_url)
    module = 92 / (count + 4)
    doc.set_fill_color(0, 0, 0)
    for row, col, length in qr.dark_runs(rows, count):
        doc.rect(
            56 + (2 + col) * module,
            height - 148 + (2 + row) * module,
            length * module,
            module,
            style="F",
        )
    doc.set_font("DejaVu", "", 8.5)
    doc.text(162, height - 108, "Pindai kode QR untuk memeriksa keaslian")
    doc.text(162, height - 96, "sertifikat ini, atau buka:")
    doc.text(162, height - 84, facts.verification_url)
    doc.set_font("DejaVu", "", 11)
    doc.text(570, height - 176, f"Diterbitkan {pdf.long_date(facts.issued_on)}")
    doc.text(570, height - 160, design.signatory_title)
    doc.image(io.BytesIO(design.signature), 570, height - 136, 160, 60)
    doc.set_font("DejaVu", "B", 12)
    doc.text(620, height - 66, design.signatory_name)
    return bytes(doc.output())


def render_reportlab_with_qrcode_masks(facts, design):
    """The app's renderer, with qrcode's own (slower) mask search for the QR modules."""
    import qrcode

    from certificates import pdf, qr

    original = qr.symbol

    def reference_symbol(data):
        code = qrcode.QRCode(error_correction=qr.ERROR_CORRECTION, border=0)
        code.add_data(data)
        code.make(fit=True)
        rows = [qr._row_bits(row) for row in code.modules]
        return rows, len(rows)

    qr.symbol = reference_symbol
    try:
        return pdf.render(facts, design)
    finally:
        qr.symbol = original


def measure(render, facts, design, count):
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(count):
        render(facts, design)
    return count / (time.process_time() - cpu), count / (time.perf_counter() - wall)


def main(argv=None):
    args = parse_args(argv)
    setup_django()
    from importlib.metadata import version

    from certificates import pdf

    facts, design = sample(pdf)
    renderers = {
        "reportlab (chosen)": pdf.render,
        "fpdf2": render_fpdf2,
        "reportlab + qrcode masks": render_reportlab_with_qrcode_masks,
    }
    versions = ", ".join(f"{name} {version(name)}" for name in ("reportlab", "fpdf2", "qrcode"))
    print(f"{args.count} certificates per renderer per round, {args.rounds} rounds; {versions}")
    sizes = {}
    for name, render in renderers.items():
        data = render(facts, design)  # warm: fonts parsed, images decoded
        sizes[name] = len(data)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{name.split()[0]}-{len(sizes)}.pdf").write_bytes(data)
    results = {name: [] for name in renderers}
    for _ in range(args.rounds):
        for name, render in renderers.items():
            results[name].append(measure(render, facts, design, args.count))
    chosen = statistics.median(cpu for cpu, _wall in results["reportlab (chosen)"])
    print(
        f"\n{'renderer':<28}{'per s per core (CPU)':>22}{'per s (wall)':>14}"
        f"{'× chosen':>10}{'PDF KB':>8}"
    )
    for name, runs in results.items():
        cpu = statistics.median(value for value, _wall in runs)
        wall = statistics.median(value for _cpu, value in runs)
        print(f"{name:<28}{cpu:>22.1f}{wall:>14.1f}{cpu / chosen:>10.2f}{sizes[name] / 1024:>8.1f}")
    budget = 100
    verdict = "within" if chosen >= budget else "NOT within"
    print(f"\nBudget {budget}/s per core: reportlab {chosen:.0f}/s, {verdict} budget.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
