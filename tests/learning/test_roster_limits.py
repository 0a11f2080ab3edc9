"""Hostile roster files are refused quickly, with a clear message, in bounded memory.

The files are built by hand with zipfile: a sheet whose row number is a trillion, a
zip whose shared strings unpack to hundreds of megabytes, a part that inflates a
thousandfold, rows of blanks, and CSV lines no roster has. The time bounds below
are hang guards (the old code ran for minutes or forever), not benchmarks.
"""

import io
import time
import tracemalloc
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from learning.models import RosterImport
from learning.services import rosters
from learning.services.rosters import limits, validation
from tests.factories import AgencyFactory, UnitFactory, pns_nip

pytestmark = pytest.mark.django_db

Status = RosterImport.Status
HANG_GUARD_SECONDS = 30
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SPREADSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


@pytest.fixture
def agency():
    agency = AgencyFactory()
    UnitFactory(agency=agency, code="BHM")
    return agency


def cell(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_row(number, values):
    cells = "".join(cell(f"{column}{number}", value) for column, value in zip("ABC", values))
    return f'<row r="{number}">{cells}</row>'


def data_rows(count, first=2):
    return "".join(
        sheet_row(first + n, [pns_nip(n + 1), f"Pegawai {n}", "BHM"]) for n in range(count)
    )


def xlsx(sheet_data, *, dimension="A1:C2", shared_strings=None, extra_parts=(), level=6):
    """A minimal workbook, written part by part; ``shared_strings`` is an iterable of
    byte chunks, streamed so a huge part never sits in memory."""
    overrides = [
        ("/xl/workbook.xml", f"{SPREADSHEET_TYPE}.sheet.main+xml"),
        ("/xl/worksheets/sheet1.xml", f"{SPREADSHEET_TYPE}.worksheet+xml"),
    ]
    relationships = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    if shared_strings is not None:
        overrides.append(("/xl/sharedStrings.xml", f"{SPREADSHEET_TYPE}.sharedStrings+xml"))
        relationships.append(("rId2", "sharedStrings", "sharedStrings.xml"))
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org'
        '/package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
        + "</Types>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr(
            "_rels/.rels",
            (
                f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC_RELS}/'
                f'officeDocument" Target="xl/workbook.xml"/></Relationships>'
            ),
        )
        archive.writestr(
            "xl/workbook.xml",
            (
                f'<workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}"><sheets><sheet name="Roster" '
                f'sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            (
                f'<Relationships xmlns="{RELS}">'
                + "".join(
                    f'<Relationship Id="{rid}" Type="{DOC_RELS}/{kind}" Target="{target}"/>'
                    for rid, kind, target in relationships
                )
                + "</Relationships>"
            ),
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            (
                f'<worksheet xmlns="{MAIN}"><dimension ref="{dimension}"/><sheetData>'
                f"{sheet_row(1, ['nip', 'nama', 'unit_kerja'])}{sheet_data}"
                "</sheetData></worksheet>"
            ),
        )
        if shared_strings is not None:
            with archive.open("xl/sharedStrings.xml", "w") as part:
                part.write(f'<sst xmlns="{MAIN}">'.encode())
                for chunk in shared_strings:
                    part.write(chunk)
                part.write(b"</sst>")
        for name, content in extra_parts:
            archive.writestr(name, content)
    return buffer.getvalue()


def start(agency, content, name="roster.xlsx"):
    upload = SimpleUploadedFile(name, content)
    return rosters.start_import(agency=agency, uploaded_by=None, uploaded_file=upload)


def start_measured(agency, content, name="roster.xlsx"):
    """Start an import; return it with the seconds taken and the peak memory (bytes)."""
    tracemalloc.start()
    began = time.monotonic()
    try:
        roster_import = start(agency, content, name)
        seconds = time.monotonic() - began
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return roster_import, seconds, peak


def strings_of(total_bytes, text=b"A" * 40):
    item = b"<si><t>" + text + b"</t></si>"
    chunk = item * (1024 * 1024 // len(item))
    for _ in range(total_bytes // len(chunk)):
        yield chunk


# --- The handmade workbook is a real one --------------------------------------------


def test_handmade_workbook_is_read_like_any_other(agency):
    roster_import = start(agency, xlsx(data_rows(3)))
    assert roster_import.status == Status.VALIDATED, roster_import.file_error
    assert roster_import.valid_rows == 3


# --- Row numbers and row counts -------------------------------------------------------


def test_row_numbered_a_trillion_is_refused_quickly(agency):
    hostile = xlsx(data_rows(1) + sheet_row(1_000_000_000_000, ["x", "y", "z"]))
    assert len(hostile) < 2_000

    began = time.monotonic()
    roster_import = start(agency, hostile)

    assert time.monotonic() - began < HANG_GUARD_SECONDS
    assert roster_import.status == Status.REJECTED
    assert "lebih dari 200.000 baris" in roster_import.file_error
    assert "baris kosong ikut dihitung" in roster_import.file_error


def test_reader_never_hands_over_more_rows_than_the_limit(agency, settings, monkeypatch):
    settings.ROSTER_MAX_ROWS = 50
    seen = []
    original = validation._RowChecker.check

    def spy(self, row_number, cells):
        seen.append(row_number)
        return original(self, row_number, cells)

    monkeypatch.setattr(validation._RowChecker, "check", spy)

    roster_import = start(agency, xlsx(data_rows(3) + sheet_row(10**12, ["x", "y", "z"])))

    assert roster_import.status == Status.REJECTED
    assert "lebih dari 50 baris" in roster_import.file_error
    assert max(seen) <= settings.ROSTER_MAX_ROWS + 1


def test_blank_rows_count_against_the_row_limit(agency, settings):
    settings.ROSTER_MAX_ROWS = 100
    blanks = "".join(f'<row r="{number}"/>' for number in range(5, 200))
    roster_import = start(
        agency, xlsx(data_rows(3) + blanks + sheet_row(200, [pns_nip(9), "Akhir", "BHM"]))
    )

    assert roster_import.status == Status.REJECTED
    assert "lebih dari 100 baris" in roster_import.file_error


def test_csv_blank_lines_count_against_the_row_limit(agency, settings):
    settings.ROSTER_MAX_ROWS = 100
    content = f"nip,nama,unit_kerja\n{pns_nip(1)},Ani,BHM\n" + ",,\n" * 150
    roster_import = start(agency, content.encode(), name="roster.csv")
    assert roster_import.status == Status.REJECTED
    assert "lebih dari 100 baris" in roster_import.file_error


def test_a_lying_dimension_does_not_get_a_large_file_checked_in_the_request(
    agency, settings, django_capture_on_commit_callbacks
):
    settings.ROSTER_ASYNC_THRESHOLD = 100
    content = xlsx(data_rows(400), dimension="A1:C2")

    with django_capture_on_commit_callbacks() as callbacks:
        roster_import = start(agency, content)

    assert roster_import.status == Status.QUEUED
    assert len(callbacks) == 1


def test_cells_in_the_last_column_of_a_sheet_are_not_read(agency):
    """A cell at column XFD would make openpyxl pad every row to 16,384 cells."""
    rows = "".join(
        sheet_row(n + 2, [pns_nip(n + 1), "Pegawai", "BHM"]).replace(
            "</row>", cell(f"XFD{n + 2}", "jauh") + "</row>"
        )
        for n in range(3)
    )
    roster_import = start(agency, xlsx(rows))
    assert roster_import.status == Status.VALIDATED, roster_import.file_error
    assert roster_import.valid_rows == 3


# --- What the zip unpacks to ------------------------------------------------------------


def test_shared_strings_that_unpack_to_hundreds_of_megabytes_are_refused_unread(agency):
    hostile = xlsx(data_rows(1), shared_strings=strings_of(256 * 1024 * 1024), level=1)
    assert len(hostile) < 3 * 1024 * 1024

    roster_import, seconds, peak = start_measured(agency, hostile)

    assert seconds < HANG_GUARD_SECONDS
    assert peak < 40 * 1024 * 1024, peak
    assert roster_import.status == Status.REJECTED
    assert "terlalu besar setelah dibuka" in roster_import.file_error
    assert "batasnya 150 MB" in roster_import.file_error


def test_a_part_that_inflates_a_thousandfold_is_refused_unread(agency):
    hostile = xlsx(
        data_rows(1), extra_parts=[("xl/media/logo.xml", b"A" * 20 * 1024 * 1024)], level=9
    )
    assert len(hostile) < 100 * 1024

    roster_import, seconds, peak = start_measured(agency, hostile)

    assert seconds < HANG_GUARD_SECONDS
    assert peak < 40 * 1024 * 1024, peak
    assert roster_import.status == Status.REJECTED
    assert "isinya tidak wajar" in roster_import.file_error


def test_shared_strings_past_their_own_limit_are_refused(agency, monkeypatch):
    monkeypatch.setattr(limits, "XLSX_MAX_SHARED_STRINGS_BYTES", 1024 * 1024)
    varied = (b"%08d" % n for n in range(200_000))
    strings = (
        b"".join(b"<si><t>" + next(varied) + b"</t></si>" for _ in range(10_000)) for _ in range(20)
    )
    roster_import = start(agency, xlsx(data_rows(1), shared_strings=strings))
    assert roster_import.status == Status.REJECTED
    assert "terlalu besar setelah dibuka" in roster_import.file_error


def test_an_ordinary_workbook_with_shared_strings_is_still_read(agency):
    workbook_strings = [b"<si><t>nama lain</t></si>"]
    roster_import = start(agency, xlsx(data_rows(2), shared_strings=workbook_strings))
    assert roster_import.status == Status.VALIDATED, roster_import.file_error


def test_the_upload_request_reads_only_the_zip_directory(agency, monkeypatch):
    """Choosing inline or Celery never opens the workbook (openpyxl would load every
    shared string into memory inside the request)."""
    import openpyxl

    def refuse(*args, **kwargs):
        raise AssertionError("the workbook was opened to estimate its rows")

    roster_import = rosters.create_import(
        agency=agency,
        uploaded_by=None,
        uploaded_file=SimpleUploadedFile("r.xlsx", xlsx(data_rows(3))),
    )
    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    assert rosters.estimate_rows(roster_import) > 0


# --- CSV lines and columns -----------------------------------------------------------


def test_csv_with_an_endless_line_is_refused_quickly(agency):
    hostile = b"nip,nama,unit_kerja\n" + b"," * (5 * 1024 * 1024)

    roster_import, seconds, peak = start_measured(agency, hostile, name="roster.csv")

    assert seconds < HANG_GUARD_SECONDS
    assert peak < 40 * 1024 * 1024, peak
    assert roster_import.status == Status.REJECTED
    assert "Baris 2 berkas CSV terlalu panjang" in roster_import.file_error


def test_csv_line_just_past_the_limit_is_refused_and_named(agency):
    long_name = "A" * limits.CSV_MAX_LINE_CHARS
    content = f"nip,nama,unit_kerja\n{pns_nip(1)},Ani,BHM\n{pns_nip(2)},{long_name},BHM\n"
    roster_import = start(agency, content.encode(), name="roster.csv")
    assert roster_import.status == Status.REJECTED
    assert "Baris 3" in roster_import.file_error


def test_csv_with_thousands_of_columns_reads_only_the_first_hundred(agency):
    extra = "," * 5_000
    content = (
        f"nip,nama,unit_kerja{extra}\n{pns_nip(1)},Ani,BHM{extra}\n{pns_nip(2)},Budi,BHM{extra}\n"
    )
    roster_import = start(agency, content.encode(), name="roster.csv")
    assert roster_import.status == Status.VALIDATED, roster_import.file_error
    assert roster_import.valid_rows == 2


def test_csv_header_column_past_the_hundredth_is_not_found(agency):
    content = "nip,nama" + ",x" * 200 + ",unit_kerja\n" + f"{pns_nip(1)},Ani\n"
    roster_import = start(agency, content.encode(), name="roster.csv")
    assert roster_import.status == Status.REJECTED
    assert "unit_kerja" in roster_import.file_error


# --- In the Celery task ----------------------------------------------------------------


def test_hostile_file_checked_by_the_task_ends_rejected_with_its_reason(
    agency, settings, django_capture_on_commit_callbacks
):
    settings.ROSTER_ASYNC_THRESHOLD = 0
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        roster_import = start(agency, xlsx(data_rows(1) + sheet_row(10**12, ["x", "y", "z"])))
    assert len(callbacks) == 1
    roster_import.refresh_from_db()
    assert roster_import.status == Status.REJECTED
    assert "baris kosong ikut dihitung" in roster_import.file_error


def test_running_out_of_memory_inside_openpyxl_is_not_called_damage(agency, monkeypatch):
    import openpyxl

    def out_of_memory(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(openpyxl, "load_workbook", out_of_memory)
    roster_import = start(agency, xlsx(data_rows(1)))
    assert roster_import.status == Status.REJECTED
    assert "terlalu besar atau terlalu rumit" in roster_import.file_error
    assert "rusak" not in roster_import.file_error
