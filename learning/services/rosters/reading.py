"""Reading an uploaded roster file: CSV or XLSX into raw rows of cells.

Opens the stored file, decodes a CSV (UTF-8 only, comma or semicolon), opens the
first sheet of an XLSX, turns cells into the text the admin typed, maps the header
row onto the known columns, and estimates the number of rows cheaply. The file is
untrusted: ``limits`` bounds what parsing it may cost before and while it is read.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.utils.translation import gettext as _

from learning.services.rosters.errors import _FileProblem
from learning.services.rosters.limits import (
    MAX_COLUMNS,
    bounded_rows,
    check_csv_lines,
    check_xlsx_archive,
    xlsx_row_estimate,
)

if TYPE_CHECKING:
    from learning.models import RosterImport

REQUIRED_COLUMNS = ("nip", "nama", "unit_kerja")
OPTIONAL_COLUMNS = ("email", "jabatan", "aktif")
COLUMN_ALIASES = {
    "name": "nama",
    "unit": "unit_kerja",
    "position": "jabatan",
    "active": "aktif",
}


# Running out of time (Celery's soft limit) or memory is not damage: the caller says so.
_OUT_OF_RESOURCES = (SoftTimeLimitExceeded, MemoryError)

# Floats hold about 15 significant digits: an 18-digit NIP stored as a number in a
# spreadsheet has already lost its last digits, so it must not be "normalised".
_FLOAT_EXACT_LIMIT = 10**15


def estimate_rows(roster_import: RosterImport) -> int:
    """A cheap estimate of the data rows, to choose between inline and Celery.

    Counts lines of a CSV; for an XLSX, scales what its parts unpack to (read from
    the zip directory: nothing is inflated or parsed in the upload request, and the
    dimension a sheet states is not trusted). ``0`` when the file cannot be read or
    is refused by the limits: checking it inline is then quick and rejects it.
    """
    try:
        data = _read_stored_file(roster_import)
    except _FileProblem:
        return 0
    suffix = _suffix(roster_import.original_name)
    if suffix == ".csv":
        lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
        return max(lines - 1, 0)
    if suffix == ".xlsx":
        if not zipfile.is_zipfile(io.BytesIO(data)):
            return 0
        try:
            return xlsx_row_estimate(check_xlsx_archive(roster_import.original_name, data))
        except _FileProblem:
            return 0
    return 0


def _suffix(name: str) -> str:
    return PurePath(name or "").suffix.lower()


def _read_stored_file(roster_import) -> bytes:
    """The stored file, read up to one byte past the upload limit (enough to refuse it)."""
    try:
        with roster_import.file.open("rb") as handle:
            return handle.read(settings.ROSTER_MAX_UPLOAD_BYTES + 1)
    except (OSError, ValueError):  # ValueError: the import has no file at all
        raise _FileProblem(
            _("Berkas yang diunggah tidak ditemukan lagi di penyimpanan. Unggah ulang berkas.")
        ) from None


def _not_a_spreadsheet(name: str) -> _FileProblem:
    return _FileProblem(
        _(
            'Berkas "%(name)s" bukan lembar kerja yang dapat dibaca. Unggah berkas CSV '
            "(.csv) atau Excel (.xlsx)."
        )
        % {"name": name}
    )


def _wrong_encoding() -> _FileProblem:
    return _FileProblem(
        _(
            "Berkas CSV tidak memakai encoding UTF-8, sehingga huruf tertentu tidak dapat "
            'dibaca. Di Excel, simpan ulang dengan "Save As" → "CSV UTF-8 (Comma '
            'delimited)", lalu unggah lagi.'
        )
    )


def _open_cells(roster_import, data: bytes) -> tuple[Iterator[list], int]:
    """Every spreadsheet row (header included) as raw cell values, and a row estimate.

    The estimate (lines of a CSV, the sheet dimension of an XLSX) only scales progress.
    """
    suffix = _suffix(roster_import.original_name)
    if suffix == ".csv":
        check_csv_lines(data)
        return (bounded_rows(_csv_cells(roster_import.original_name, data)), data.count(b"\n") + 1)
    if suffix == ".xlsx":
        return _xlsx_cells(roster_import.original_name, data)
    if suffix == ".xls":
        raise _FileProblem(
            _(
                "Format Excel lama (.xls) tidak didukung. Simpan ulang sebagai .xlsx atau "
                "CSV UTF-8, lalu unggah lagi."
            )
        )
    raise _not_a_spreadsheet(roster_import.original_name)


def _decode_csv(name: str, data: bytes) -> str:
    """UTF-8 text of a CSV, or the file problem that stops it being one."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _wrong_encoding()  # UTF-16, Excel's "Unicode Text"
    if b"\x00" in data or data.startswith((b"PK\x03\x04", b"%PDF", b"\xd0\xcf\x11\xe0")):
        raise _not_a_spreadsheet(name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        sample = data[:4096]
        controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r")
        if controls > len(sample) // 100:
            raise _not_a_spreadsheet(name) from None
        raise _wrong_encoding() from None
    return text


def _sniff_delimiter(text: str) -> str:
    """Comma or semicolon (Indonesian Excel writes semicolons), judged on the header."""
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _csv_cells(name: str, data: bytes) -> Iterator[list]:
    text = _decode_csv(name, data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    row_number = 0
    try:
        for row in reader:
            row_number += 1
            yield row
    except csv.Error as exc:
        raise _FileProblem(
            _(
                "Berkas CSV tidak dapat dibaca setelah baris %(row)s (%(detail)s). Periksa "
                "tanda kutip pada baris itu."
            )
            % {"row": row_number, "detail": exc}
        ) from None


def _open_workbook(name: str, data: bytes):
    import openpyxl

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise _not_a_spreadsheet(name)
    check_xlsx_archive(name, data)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except _OUT_OF_RESOURCES:
        raise
    except Exception:
        # openpyxl raises many kinds of error on a damaged or foreign zip.
        raise _FileProblem(
            _(
                "Berkas .xlsx rusak atau bukan berkas Excel yang valid. Buka di Excel, simpan "
                "ulang sebagai .xlsx, lalu unggah lagi."
            )
        ) from None


def _xlsx_cells(name: str, data: bytes) -> tuple[Iterator[list], int]:
    workbook = _open_workbook(name, data)
    if not workbook.worksheets:
        workbook.close()
        raise _FileProblem(_("Berkas kosong: tidak ada lembar kerja di dalamnya."))
    sheet = workbook.worksheets[0]
    # The stated dimension only sizes progress: some tools write a wrong one (openpyxl
    # would stop reading at it), and a hostile one may claim a trillion rows.
    estimate = min(sheet.max_row or 1, settings.ROSTER_MAX_ROWS + 1)
    return bounded_rows(_xlsx_rows(workbook, sheet)), estimate


def _xlsx_rows(workbook, sheet) -> Iterator[list]:
    """The first sheet's rows; a damaged sheet part becomes a file problem.

    Explicit bounds, never the stated dimension: openpyxl stops at the first row
    numbered past them (it would otherwise fill every missing row up to it), and
    one row more than the limit allows is enough for ``bounded_rows`` to refuse.
    """
    rows = sheet.iter_rows(
        values_only=True, max_row=settings.ROSTER_MAX_ROWS + 2, max_col=MAX_COLUMNS
    )
    try:
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except _OUT_OF_RESOURCES:
                raise
            except Exception:
                raise _FileProblem(
                    _(
                        "Isi berkas .xlsx rusak dan tidak dapat dibaca sampai selesai. Simpan "
                        "ulang dari Excel, lalu unggah lagi."
                    )
                ) from None
            yield list(row)
    finally:
        workbook.close()


def _cell_text(value) -> str:
    """A cell as the text the admin typed: 12 not 12.0, TRUE as "true"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < _FLOAT_EXACT_LIMIT:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _header_key(value) -> str:
    key = "_".join(_cell_text(value).lstrip("\ufeff").casefold().replace("-", " ").split())
    return COLUMN_ALIASES.get(key, key)


def _read_header(cells: list) -> dict[str, int]:
    """Map each known column to its index; reject missing or repeated columns."""
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    columns: dict[str, int] = {}
    for index, value in enumerate(cells):
        key = _header_key(value)
        if key not in known:
            continue
        if key in columns:
            raise _FileProblem(
                _(
                    'Kolom "%(column)s" muncul lebih dari sekali di baris judul. Hapus salah '
                    "satunya."
                )
                % {"column": key}
            )
        columns[key] = index
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise _FileProblem(
            _(
                "Kolom wajib tidak ditemukan: %(missing)s. Baris pertama berkas harus berisi "
                "judul kolom %(required)s (kolom %(optional)s boleh ditambahkan)."
            )
            % {
                "missing": ", ".join(missing),
                "required": ", ".join(REQUIRED_COLUMNS),
                "optional": ", ".join(OPTIONAL_COLUMNS),
            }
        )
    return columns
