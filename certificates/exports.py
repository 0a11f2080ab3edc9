"""SIASN-ready exports of an agency's certificates, as CSV and XLSX.

The columns are the fields of a course record in SIASN (BKN): NIP, course name,
provider institution, certificate number, JP, start date, end date, year. Dates are
written day-month-year as Indonesian forms expect; XLSX cells hold real dates.
Every CSV cell is made safe for spreadsheets by the platform's one CSV helper,
``home.csv``.
"""

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from home import csv as safe_csv

DATE_FORMAT = "%d-%m-%Y"


def headers() -> list[str]:
    return [
        _("NIP"),
        _("Nama Kursus"),
        _("Institusi Penyelenggara"),
        _("Nomor Sertifikat"),
        _("Jumlah JP"),
        _("Tanggal Mulai"),
        _("Tanggal Selesai"),
        _("Tahun"),
    ]


def _text_row(row):
    nip, title, provider, number, jp, started_on, completed_on, year = row
    return [
        nip,
        title,
        provider,
        number,
        jp,
        started_on.strftime(DATE_FORMAT),
        completed_on.strftime(DATE_FORMAT),
        year,
    ]


def siasn_csv(rows) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens names with accents correctly."""
    out = io.StringIO()
    writer = safe_csv.writer(out)
    writer.writerow(headers())
    for row in rows:
        writer.writerow(_text_row(row))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        # Text stays text: never a formula, and an 18-digit NIP is not rounded as a number.
        cell.data_type = "s"
    elif hasattr(value, "year") and not isinstance(value, int):
        cell.number_format = "DD-MM-YYYY"
    return cell


def siasn_xlsx(rows) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Riwayat Kursus"))
    sheet.append([_cell(sheet, header) for header in headers()])
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
