"""Bounds on an untrusted roster file, checked before and while it is parsed.

An uploaded file is small, but what it unpacks to need not be: an XLSX is a zip
whose parts can inflate a thousandfold (a 1 MB file whose shared strings fill
1 GB), and openpyxl fills every missing row up to the row number a sheet states
(``<row r="1000000000000">``). So, before openpyxl sees a file, the zip directory is
read (sizes only, nothing inflated): the parts' total size, each part's compression
ratio, the shared strings' size. While rows are read, every row counts against
``ROSTER_MAX_ROWS``, blank or not, and openpyxl is never asked for a row or column
past the limits. A CSV line longer than any roster needs is refused before the
CSV reader builds it. Every refusal is a ``_FileProblem`` with an Indonesian
message; the time and memory to reach it do not grow with what the file claims.
"""

import io
import re
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

from django.conf import settings
from django.utils.translation import gettext as _

from learning.services.rosters.errors import _FileProblem

# Columns read from each row; cells to the right are ignored (a roster has six).
MAX_COLUMNS = 100
# A CSV line (one spreadsheet row) is a few hundred characters.
CSV_MAX_LINE_CHARS = 20_000
# Roughly what one row of a real XLSX unpacks to: sizes the inline/Celery choice.
XLSX_BYTES_PER_ROW = 200
XLSX_MAX_PARTS = 1_000
# A real sheet compresses 5-20 times; a zip bomb about 1,000 times.
XLSX_MAX_RATIO = 100
XLSX_RATIO_FLOOR_BYTES = 1024 * 1024
# openpyxl keeps every shared string in memory: twice the strings of the largest roster.
XLSX_MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
_CONTENT_TYPES_MAX_BYTES = 1024 * 1024
_SHARED_STRINGS_TYPE = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
)
_LONG_LINE = re.compile(rb"[^\n]{%d}" % (CSV_MAX_LINE_CHARS + 1))


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f}".replace(",", ".")


def _too_big_unpacked(name: str, size: int, limit: int) -> _FileProblem:
    return _FileProblem(
        _(
            'Berkas "%(name)s" terlalu besar setelah dibuka: isinya %(size)s MB, batasnya '
            "%(limit)s MB. Hapus lembar kerja, gambar, atau format yang tidak perlu, atau pecah "
            "roster menjadi beberapa berkas."
        )
        % {"name": name, "size": _megabytes(size), "limit": _megabytes(limit)}
    )


def _damaged(name: str) -> _FileProblem:
    return _FileProblem(
        _(
            'Berkas "%(name)s" rusak atau bukan berkas Excel yang valid: isinya tidak wajar '
            "untuk sebuah roster. Buka di Excel, simpan ulang sebagai .xlsx, lalu unggah lagi."
        )
        % {"name": name}
    )


def check_xlsx_archive(name: str, data: bytes) -> int:
    """Refuse an XLSX whose parts would unpack to too much; return their total size.

    Reads only the zip directory. Python's zipfile never inflates a part past the
    size the directory states (a lie there fails the CRC check), so these sizes
    bound what openpyxl can read.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _damaged(name) from None
    with archive:
        parts = archive.infolist()
        if len(parts) > XLSX_MAX_PARTS:
            raise _damaged(name)
        total = sum(part.file_size for part in parts)
        if total > settings.ROSTER_XLSX_MAX_UNCOMPRESSED_BYTES:
            raise _too_big_unpacked(name, total, settings.ROSTER_XLSX_MAX_UNCOMPRESSED_BYTES)
        for part in parts:
            if part.file_size > XLSX_RATIO_FLOOR_BYTES and part.file_size > XLSX_MAX_RATIO * max(
                part.compress_size, 1
            ):
                raise _damaged(name)
        strings = _shared_strings_part(archive)
        if strings is not None and strings.file_size > XLSX_MAX_SHARED_STRINGS_BYTES:
            raise _too_big_unpacked(name, strings.file_size, XLSX_MAX_SHARED_STRINGS_BYTES)
    return total


def _shared_strings_part(archive: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    """The shared-strings part, found as openpyxl finds it: through [Content_Types].xml."""
    try:
        info = archive.getinfo("[Content_Types].xml")
    except KeyError:
        return None  # openpyxl will refuse the file itself
    if info.file_size > _CONTENT_TYPES_MAX_BYTES:
        raise _FileProblem(_("Berkas .xlsx rusak: daftar isinya tidak wajar."))
    try:
        root = ElementTree.fromstring(archive.read(info))
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError, ValueError):
        return None  # openpyxl will refuse the file itself
    for override in root:
        if override.get("ContentType") == _SHARED_STRINGS_TYPE:
            try:
                return archive.getinfo((override.get("PartName") or "").lstrip("/"))
            except KeyError:
                return None
    return None


def xlsx_row_estimate(unpacked_bytes: int) -> int:
    """Rows an XLSX of this unpacked size may hold, to choose between inline and Celery.

    Taken from sizes, never from the dimension the sheet states, so a file cannot
    talk its way into being checked inside the upload request.
    """
    return unpacked_bytes // XLSX_BYTES_PER_ROW


def check_csv_lines(data: bytes) -> None:
    """Refuse a CSV with a line longer than any roster row, before it is split into cells."""
    match = _LONG_LINE.search(data)
    if match:
        row = data.count(b"\n", 0, match.start()) + 1
        raise _FileProblem(
            _(
                "Baris %(row)s berkas CSV terlalu panjang (lebih dari %(max)s karakter). "
                "Periksa tanda kutip dan pemisah kolom pada baris itu."
            )
            % {"row": row, "max": f"{CSV_MAX_LINE_CHARS:,}".replace(",", ".")}
        )


def too_many_rows() -> _FileProblem:
    max_rows = settings.ROSTER_MAX_ROWS
    return _FileProblem(
        _(
            "Berkas berisi lebih dari %(max)s baris data (baris kosong ikut dihitung). Pecah "
            "menjadi beberapa berkas lalu unggah satu per satu."
        )
        % {"max": f"{max_rows:,}".replace(",", ".")}
    )


def bounded_rows(rows: Iterator[list]) -> Iterator[list]:
    """Every row (header and blank rows included), at most ``ROSTER_MAX_ROWS`` + 1 of
    them, each cut to ``MAX_COLUMNS`` cells; one more row is a file problem."""
    limit = settings.ROSTER_MAX_ROWS + 1
    try:
        for count, row in enumerate(rows, start=1):
            if count > limit:
                raise too_many_rows()
            yield row[:MAX_COLUMNS]
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()  # a workbook closes its file as soon as reading stops
