"""Roster import: an agency's official staff list, uploaded as CSV or XLSX.

The flow an agency admin sees:

1. ``start_import`` stores the file and checks it: inline for small files, in a
   Celery task above ``ROSTER_ASYNC_THRESHOLD`` rows so the upload request returns
   at once and a page polls ``progress_of``.
2. The admin reads every bad row with its reason (``RosterImport.errors``).
3. ``request_apply`` writes the valid rows, or ``cancel_import`` discards the file.

Applying re-reads and re-checks the file (units may have changed since it was
checked) and writes everything in one transaction, so a roster is never
half-applied. The file is never trusted: every problem in it becomes an Indonesian
message, on the file (status REJECTED) or on a row (listed, row skipped); nothing
in a file's content makes these functions raise.

Speed matters because agencies upload their whole staff at once (100,000 rows for
a large ministry): units are loaded once into dicts, rows are checked in plain
Python, and rows are written with batched upserts.
"""

import csv
import io
import logging
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import OperationalError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import RosterEntry, RosterImport, Unit
from learning.nip import build_nip, parse_nip
from learning.services.accounts import link_rostered_accounts

logger = logging.getLogger(__name__)

Status = RosterImport.Status

REQUIRED_COLUMNS = ("nip", "nama", "unit_kerja")
OPTIONAL_COLUMNS = ("email", "jabatan", "aktif")
COLUMN_ALIASES = {
    "name": "nama",
    "unit": "unit_kerja",
    "position": "jabatan",
    "active": "aktif",
}

MAX_STORED_ERRORS = 5_000
PROGRESS_EVERY_ROWS = 1_000
APPLY_BATCH_SIZE = 2_000
PROGRESS_CACHE_TIMEOUT = 60 * 60

# Widths of the RosterEntry columns: longer values would fail the whole apply on
# PostgreSQL, so they are row errors instead.
MAX_NAME_LENGTH = RosterEntry._meta.get_field("full_name").max_length
MAX_POSITION_LENGTH = RosterEntry._meta.get_field("position").max_length
MAX_EMAIL_LENGTH = RosterEntry._meta.get_field("email").max_length

_ACTIVE_VALUES = {
    "": True, "ya": True, "y": True, "1": True, "true": True, "aktif": True, "yes": True,
    "tidak": False, "t": False, "0": False, "false": False, "nonaktif": False, "no": False,
}
# "1.98503E+17": what Excel writes for an 18-digit NIP in a column left as Number.
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE][+-]?\d+$")
# Floats hold about 15 significant digits: an 18-digit NIP stored as a number in a
# spreadsheet has already lost its last digits, so it must not be "normalised".
_FLOAT_EXACT_LIMIT = 10**15


class RosterImportError(Exception):
    """An action that the import's current state does not allow (message in Indonesian)."""


class _FileProblem(Exception):
    """A problem with the file as a whole; the message is shown to the admin as is."""


# --- Public API -----------------------------------------------------------------


def template_csv() -> str:
    """A header row and one example row, for the admin to download and fill in.

    The example NIP is a valid PNS number so a template uploaded unchanged (apart from
    the unit) passes the NIP check.
    """
    example_nip = build_nip(
        birth_date=date(1985, 3, 12), appointment_year=2010, appointment_month=1,
        gender="L", serial=1,
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS])
    writer.writerow([
        example_nip, "Budi Santoso", "BIRO-HUMAS", "budi.santoso@instansi.go.id",
        "Pranata Humas Ahli Pertama", "ya",
    ])
    return buffer.getvalue()


def create_import(*, agency, uploaded_by, uploaded_file) -> RosterImport:
    """Store the uploaded file in private storage as a QUEUED import, without checking it.

    Separate from ``start_import`` for callers that check synchronously whatever the
    size (the ``import_roster`` management command).
    """
    original_name = PurePath(uploaded_file.name or "roster").name[:255]
    roster_import = RosterImport(
        agency=agency, uploaded_by=uploaded_by, original_name=original_name,
        status=Status.QUEUED,
    )
    roster_import.file.save(original_name, uploaded_file, save=False)
    roster_import.save()
    return roster_import


def start_import(*, agency, uploaded_by, uploaded_file) -> RosterImport:
    """Store the file and check it: inline when small, in a Celery task when large.

    The task is enqueued on commit so a worker never looks for a row the upload
    request has not committed yet.
    """
    roster_import = create_import(
        agency=agency, uploaded_by=uploaded_by, uploaded_file=uploaded_file
    )
    estimate = estimate_rows(roster_import)
    if estimate is not None and estimate > settings.ROSTER_ASYNC_THRESHOLD:
        from learning.tasks import validate_roster_import_task

        import_id = roster_import.pk
        transaction.on_commit(lambda: validate_roster_import_task.delay(import_id))
        return roster_import
    return validate_import(roster_import)


def estimate_rows(roster_import) -> int | None:
    """A cheap upper bound on the data rows, to choose between inline and Celery.

    Counts lines of a CSV and reads the sheet dimension of an XLSX (without parsing
    the sheet). ``0`` when the file cannot be read: checking it inline is then quick
    and rejects it. ``None`` when an XLSX states no dimension (unknown size: go async).
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
        try:
            workbook = _open_workbook(roster_import.original_name, data)
        except _FileProblem:
            return 0
        try:
            max_row = workbook.worksheets[0].max_row if workbook.worksheets else 0
        finally:
            workbook.close()
        return None if max_row is None else max(max_row - 1, 0)
    return 0


def validate_import(roster_import, *, raise_transient=False) -> RosterImport:
    """Check the stored file and record the counts and every bad row.

    Ends VALIDATED (with per-row errors) or REJECTED (with ``file_error``). Progress is
    written to the database every ~1,000 rows for a polling page; those writes also
    touch ``updated_at``, which tells the stalled-import sweep the check is alive.

    An unexpected error (a bug, not bad content) marks the import FAILED and is
    logged. With ``raise_transient`` (the Celery task, while it has retries left) a
    database ``OperationalError`` is re-raised instead, leaving the import VALIDATING
    for the retry.
    """
    claimed = RosterImport.objects.filter(
        pk=roster_import.pk, status__in=[Status.QUEUED, Status.VALIDATING]
    ).update(
        status=Status.VALIDATING, progress=0, file_error="", updated_at=timezone.now()
    )
    if not claimed:
        roster_import.refresh_from_db()
        raise RosterImportError(_state_message(roster_import, _("diperiksa")))
    roster_import.refresh_from_db()
    try:
        result = _check_file(roster_import, _DatabaseProgress(roster_import.pk))
    except _FileProblem as problem:
        return _finish(
            roster_import, status=Status.REJECTED, file_error=str(problem), progress=100,
            total_rows=0, valid_rows=0, error_rows=0, errors=[],
        )
    except OperationalError:
        if raise_transient:
            raise
        return _fail(roster_import, "validate")
    except Exception:
        return _fail(roster_import, "validate")
    return _finish(
        roster_import, status=Status.VALIDATED, total_rows=result.total_rows,
        valid_rows=result.valid_rows, error_rows=result.error_rows, errors=result.errors,
        progress=100,
    )


def request_apply(roster_import) -> RosterImport:
    """Start writing a checked import's valid rows: inline when small, else via Celery."""
    claimed = RosterImport.objects.filter(
        pk=roster_import.pk, status=Status.VALIDATED, valid_rows__gt=0
    ).update(status=Status.APPLYING, progress=0, updated_at=timezone.now())
    roster_import.refresh_from_db()
    if not claimed:
        raise RosterImportError(_state_message(roster_import, _("diterapkan")))
    if roster_import.total_rows > settings.ROSTER_ASYNC_THRESHOLD:
        from learning.tasks import apply_roster_import_task

        import_id = roster_import.pk
        cache.set(_progress_key(import_id), 0, PROGRESS_CACHE_TIMEOUT)
        transaction.on_commit(lambda: apply_roster_import_task.delay(import_id))
        return roster_import
    return apply_import(roster_import)


def apply_import(roster_import, *, raise_transient=False) -> RosterImport:
    """Write the file's valid rows to the roster, all or nothing, and link accounts.

    Accepts a VALIDATED import (claimed here) or one already APPLYING (claimed by
    ``request_apply``). Inside one transaction: lock the import row (a second worker
    for the same import waits, then finds it no longer APPLYING and does nothing),
    re-check the file, upsert the rows by (agency, NIP), link accounts. Progress goes
    to the cache, since the transaction's writes are invisible to a polling request
    until commit.

    Any error rolls everything back, then marks the import FAILED (a separate write)
    and logs the exception. With ``raise_transient`` (the Celery task, while it has
    retries left) a database ``OperationalError`` such as a deadlock is re-raised
    instead and the import stays APPLYING for the retry.
    """
    _claim_for_apply(roster_import)
    progress = _CacheProgress(roster_import.pk)
    progress.set(0)
    try:
        with transaction.atomic():
            if not _lock_applying(roster_import.pk):
                roster_import.refresh_from_db()
                return roster_import  # another worker applied it meanwhile
            roster_import.refresh_from_db()
            _apply_locked(roster_import, progress)
    except OperationalError:
        if raise_transient:
            progress.clear()
            raise
        return _fail(roster_import, "apply")
    except _FileProblem as problem:
        return _fail(roster_import, "apply", message=str(problem), log=False)
    except Exception:
        return _fail(roster_import, "apply")
    progress.clear()
    roster_import.refresh_from_db()
    return roster_import


def cancel_import(roster_import) -> RosterImport:
    """Discard a checked import. The file is kept for the audit trail."""
    now = timezone.now()
    cancelled = RosterImport.objects.filter(pk=roster_import.pk, status=Status.VALIDATED).update(
        status=Status.CANCELLED, finished_at=now, updated_at=now
    )
    roster_import.refresh_from_db()
    if not cancelled:
        raise RosterImportError(_state_message(roster_import, _("dibatalkan")))
    return roster_import


def progress_of(roster_import) -> dict:
    """What a polling page needs, JSON-ready. Pass a freshly loaded import."""
    progress = roster_import.progress
    if roster_import.status == Status.APPLYING:
        cached = cache.get(_progress_key(roster_import.pk))
        if cached is not None:
            progress = cached
    return {
        "status": roster_import.status,
        "status_label": str(roster_import.get_status_display()),
        "progress": max(0, min(100, int(progress))),
        "total_rows": roster_import.total_rows,
        "valid_rows": roster_import.valid_rows,
        "error_rows": roster_import.error_rows,
        "done": not roster_import.is_running,
    }


# --- State helpers ----------------------------------------------------------------


def _state_message(roster_import, action: str) -> str:
    """Why an import in its current state cannot be ``action`` (checked/applied/cancelled)."""
    status = roster_import.status
    if status == Status.VALIDATED and roster_import.valid_rows == 0:
        return _("Tidak ada baris valid yang dapat diterapkan. Perbaiki berkas lalu unggah ulang.")
    messages = {
        Status.QUEUED: _("Berkas masih menunggu diperiksa."),
        Status.VALIDATING: _("Berkas masih diperiksa. Tunggu hingga selesai."),
        Status.VALIDATED: _("Berkas ini sudah selesai diperiksa."),
        Status.APPLYING: _("Impor ini sedang diterapkan."),
        Status.APPLIED: _("Impor ini sudah diterapkan."),
        Status.REJECTED: _("Berkas ini ditolak. Perbaiki berkas lalu unggah ulang."),
        Status.CANCELLED: _("Impor ini sudah dibatalkan."),
        Status.FAILED: _("Impor ini gagal diproses. Unggah ulang berkasnya."),
    }
    return _("Impor tidak dapat %(action)s: %(reason)s") % {
        "action": action, "reason": messages.get(status, status),
    }


def _claim_for_apply(roster_import) -> None:
    """Move VALIDATED to APPLYING (the command's direct call); accept APPLYING as is."""
    if roster_import.status != Status.APPLYING:
        RosterImport.objects.filter(
            pk=roster_import.pk, status=Status.VALIDATED, valid_rows__gt=0
        ).update(status=Status.APPLYING, progress=0, updated_at=timezone.now())
    roster_import.refresh_from_db()
    if roster_import.status != Status.APPLYING:
        raise RosterImportError(_state_message(roster_import, _("diterapkan")))


def _finish(roster_import, **values) -> RosterImport:
    """Save the given fields; a final status also stamps ``finished_at``."""
    now = timezone.now()
    if values.get("status") in {Status.REJECTED, Status.APPLIED, Status.FAILED}:
        values.setdefault("finished_at", now)
    values["updated_at"] = now
    for name, value in values.items():
        setattr(roster_import, name, value)
    roster_import.save(update_fields=list(values))
    return roster_import


def _fail(roster_import, stage: str, *, message: str | None = None, log=True) -> RosterImport:
    """Record a failure after the work was rolled back; the admin re-uploads the file."""
    if log:
        logger.exception("Roster import %s failed during %s", roster_import.pk, stage)
    if message is None:
        if stage == "apply":
            message = _("Penerapan roster gagal karena kesalahan sistem. Tidak ada data yang "
                        "diubah. Unggah ulang berkas atau hubungi admin pusat.")
        else:
            message = _("Pemeriksaan berkas gagal karena kesalahan sistem. Unggah ulang berkas "
                        "atau hubungi admin pusat.")
    elif stage == "apply":
        message = _("%(problem)s Tidak ada data yang diubah.") % {"problem": message}
    _CacheProgress(roster_import.pk).clear()
    now = timezone.now()
    # Only a running import fails: never overwrite what another worker finished.
    RosterImport.objects.filter(
        pk=roster_import.pk, status__in=[Status.QUEUED, Status.VALIDATING, Status.APPLYING]
    ).update(status=Status.FAILED, file_error=message, finished_at=now, updated_at=now)
    roster_import.refresh_from_db()
    return roster_import


# --- Progress ---------------------------------------------------------------------


def _progress_key(import_id) -> str:
    return f"roster-import-progress:{import_id}"


class _DatabaseProgress:
    """Writes the percentage to the import row, only when it changes (validation)."""

    def __init__(self, import_id):
        self.import_id = import_id
        self.last = 0

    def __call__(self, fraction: float) -> None:
        percent = min(99, int(fraction * 100))
        if percent > self.last:
            self.last = percent
            RosterImport.objects.filter(pk=self.import_id).update(
                progress=percent, updated_at=timezone.now()
            )


class _CacheProgress:
    """Writes the percentage to the cache (apply), where an uncommitted change shows."""

    def __init__(self, import_id, start=0, end=100):
        self.import_id = import_id
        self.key = _progress_key(import_id)
        self.start, self.end = start, end
        self.last = -1

    def phase(self, start, end) -> "_CacheProgress":
        """The same key, mapping one phase's 0–1 onto start–end percent of the whole."""
        return _CacheProgress(self.import_id, start, end)

    def __call__(self, fraction: float) -> None:
        percent = int(self.start + (self.end - self.start) * min(max(fraction, 0.0), 1.0))
        if percent != self.last:
            self.last = percent
            self.set(percent)

    def set(self, percent: int) -> None:
        cache.set(self.key, percent, PROGRESS_CACHE_TIMEOUT)

    def clear(self) -> None:
        cache.delete(self.key)


# --- Applying ---------------------------------------------------------------------


def _lock_applying(import_id) -> bool:
    """Lock the import row, first thing in the apply transaction, if it is still APPLYING.

    An UPDATE rather than SELECT ... FOR UPDATE: on PostgreSQL both lock the row (a
    second worker waits, then finds the status changed), but only a write makes SQLite
    take its write lock at the start. A SQLite transaction that reads first and writes
    later fails at once with "database is locked" if another connection wrote in
    between, whatever the busy timeout.
    """
    return bool(
        RosterImport.objects.filter(pk=import_id, status=Status.APPLYING).update(
            updated_at=timezone.now()
        )
    )


def _apply_locked(roster_import, progress: _CacheProgress) -> None:
    """The body of the apply transaction: re-check, upsert, link, record."""
    result = _check_file(roster_import, progress.phase(0, 40), collect=True)
    agency_id = roster_import.agency_id
    existing = set(
        RosterEntry.objects.filter(agency_id=agency_id).order_by().values_list("nip", flat=True)
    )
    created = sum(1 for row in result.rows if row.nip not in existing)
    _upsert(agency_id, result.rows, progress.phase(40, 95))
    linked = link_rostered_accounts(agency_id)
    progress.set(100)
    _finish(
        roster_import, status=Status.APPLIED, progress=100,
        total_rows=result.total_rows, valid_rows=result.valid_rows,
        error_rows=result.error_rows, errors=result.errors,
        created_count=created, updated_count=len(result.rows) - created,
        linked_count=linked,
    )


def _upsert(agency_id, rows, report: Callable[[float], None]) -> None:
    """Insert new NIPs and overwrite known ones, in batches; never touches ``user``."""
    total = len(rows) or 1
    for start in range(0, len(rows), APPLY_BATCH_SIZE):
        batch = rows[start:start + APPLY_BATCH_SIZE]
        RosterEntry.objects.bulk_create(
            [
                RosterEntry(
                    agency_id=agency_id, nip=row.nip, full_name=row.full_name,
                    email=row.email, unit_id=row.unit_id, position=row.position,
                    active=row.active,
                )
                for row in batch
            ],
            batch_size=APPLY_BATCH_SIZE,
            update_conflicts=True,
            unique_fields=["agency", "nip"],
            update_fields=["full_name", "email", "unit", "position", "active", "updated_at"],
        )
        report((start + len(batch)) / total)


# --- Reading the file -------------------------------------------------------------


def _suffix(name: str) -> str:
    return PurePath(name or "").suffix.lower()


def _read_stored_file(roster_import) -> bytes:
    try:
        with roster_import.file.open("rb") as handle:
            return handle.read()
    except (OSError, ValueError):  # ValueError: the import has no file at all
        raise _FileProblem(
            _("Berkas yang diunggah tidak ditemukan lagi di penyimpanan. Unggah ulang berkas.")
        ) from None


def _not_a_spreadsheet(name: str) -> _FileProblem:
    return _FileProblem(
        _("Berkas \"%(name)s\" bukan lembar kerja yang dapat dibaca. Unggah berkas CSV "
          "(.csv) atau Excel (.xlsx).") % {"name": name}
    )


def _wrong_encoding() -> _FileProblem:
    return _FileProblem(
        _("Berkas CSV tidak memakai encoding UTF-8, sehingga huruf tertentu tidak dapat "
          "dibaca. Di Excel, simpan ulang dengan \"Save As\" → \"CSV UTF-8 (Comma "
          "delimited)\", lalu unggah lagi.")
    )


def _open_cells(roster_import, data: bytes) -> tuple[Iterator[list], int]:
    """Every spreadsheet row (header included) as raw cell values, and a row estimate.

    The estimate (lines of a CSV, the sheet dimension of an XLSX) only scales progress.
    """
    suffix = _suffix(roster_import.original_name)
    if suffix == ".csv":
        return _csv_cells(roster_import.original_name, data), data.count(b"\n") + 1
    if suffix == ".xlsx":
        return _xlsx_cells(roster_import.original_name, data)
    if suffix == ".xls":
        raise _FileProblem(
            _("Format Excel lama (.xls) tidak didukung. Simpan ulang sebagai .xlsx atau "
              "CSV UTF-8, lalu unggah lagi.")
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
            _("Berkas CSV tidak dapat dibaca setelah baris %(row)s (%(detail)s). Periksa "
              "tanda kutip pada baris itu.") % {"row": row_number, "detail": exc}
        ) from None


def _open_workbook(name: str, data: bytes):
    import openpyxl

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise _not_a_spreadsheet(name)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        # openpyxl raises many kinds of error on a damaged or foreign zip.
        raise _FileProblem(
            _("Berkas .xlsx rusak atau bukan berkas Excel yang valid. Buka di Excel, simpan "
              "ulang sebagai .xlsx, lalu unggah lagi.")
        ) from None


def _xlsx_cells(name: str, data: bytes) -> tuple[Iterator[list], int]:
    workbook = _open_workbook(name, data)
    if not workbook.worksheets:
        workbook.close()
        raise _FileProblem(_("Berkas kosong: tidak ada lembar kerja di dalamnya."))
    sheet = workbook.worksheets[0]
    estimate = sheet.max_row or 1
    # The stated dimension only sizes progress: some tools write a wrong one, and
    # openpyxl would silently stop reading at it.
    sheet.reset_dimensions()
    return _xlsx_rows(workbook, sheet), estimate


def _xlsx_rows(workbook, sheet) -> Iterator[list]:
    """The first sheet's rows; a damaged sheet part becomes a file problem."""
    rows = sheet.iter_rows(values_only=True)
    try:
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception:
                raise _FileProblem(
                    _("Isi berkas .xlsx rusak dan tidak dapat dibaca sampai selesai. Simpan "
                      "ulang dari Excel, lalu unggah lagi.")
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
                _("Kolom \"%(column)s\" muncul lebih dari sekali di baris judul. Hapus salah "
                  "satunya.") % {"column": key}
            )
        columns[key] = index
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        raise _FileProblem(
            _("Kolom wajib tidak ditemukan: %(missing)s. Baris pertama berkas harus berisi "
              "judul kolom %(required)s (kolom %(optional)s boleh ditambahkan).")
            % {"missing": ", ".join(missing), "required": ", ".join(REQUIRED_COLUMNS),
               "optional": ", ".join(OPTIONAL_COLUMNS)}
        )
    return columns


# --- Checking rows ----------------------------------------------------------------


@dataclass(slots=True)
class _ValidRow:
    nip: str
    full_name: str
    email: str
    unit_id: int | None
    position: str
    active: bool


@dataclass
class _CheckResult:
    total_rows: int = 0
    valid_rows: int = 0
    error_rows: int = 0
    errors: list = field(default_factory=list)
    rows: list = field(default_factory=list)

    def add_error(self, row_number: int, nip: str, reasons: list[str]) -> None:
        self.error_rows += 1
        if len(self.errors) < MAX_STORED_ERRORS:
            self.errors.append({"row": row_number, "nip": nip, "reason": " ".join(reasons)})


def _fold(value: str) -> str:
    """Case- and spacing-insensitive form of a unit code or name."""
    return " ".join(value.split()).casefold()


class _UnitResolver:
    """Finds a unit by code, then by name, from two dicts loaded in one query."""

    def __init__(self, agency_id):
        self.by_code: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}
        for pk, code, name in Unit.objects.filter(agency_id=agency_id).values_list(
            "pk", "code", "name"
        ):
            if code:
                self.by_code.setdefault(_fold(code), []).append(pk)
            self.by_name.setdefault(_fold(name), []).append(pk)
        self.seen: dict[str, tuple[int | None, str | None]] = {}

    def resolve(self, value: str) -> tuple[int | None, str | None]:
        """(unit id, None) or (None, reason). Memoised: a file repeats few units."""
        if value not in self.seen:
            self.seen[value] = self._resolve(value)
        return self.seen[value]

    def _resolve(self, value: str) -> tuple[int | None, str | None]:
        if not value:
            return None, None
        key = _fold(value)
        for candidates in (self.by_code.get(key), self.by_name.get(key)):
            if not candidates:
                continue
            if len(candidates) == 1:
                return candidates[0], None
            return None, _(
                "Unit kerja \"%(unit)s\" ambigu: namanya dipakai oleh %(count)s unit di "
                "instansi ini, gunakan kode unit."
            ) % {"unit": value, "count": len(candidates)}
        return None, _(
            "Unit kerja \"%(unit)s\" tidak ditemukan di instansi ini. Isi dengan kode atau "
            "nama unit yang terdaftar."
        ) % {"unit": value}


def _check_nip(raw) -> tuple[str | None, str | None]:
    """(normalised NIP, None) or (None, reason naming the wrong part)."""
    if isinstance(raw, float) and abs(raw) >= _FLOAT_EXACT_LIMIT:
        return None, _nip_as_number_message()
    text = _cell_text(raw)
    if _SCIENTIFIC.match(text):
        return None, _nip_as_number_message()
    try:
        return parse_nip(text).nip, None
    except ValidationError as exc:
        return None, exc.messages[0]


def _nip_as_number_message() -> str:
    return _(
        "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang (Excel hanya menyimpan "
        "15 digit). Ubah format kolom NIP menjadi Teks, lalu ketik ulang NIP-nya."
    )


class _RowChecker:
    """Checks one data row at a time; remembers NIPs to catch duplicates in the file."""

    def __init__(self, agency_id, columns: dict[str, int]):
        self.units = _UnitResolver(agency_id)
        self.columns = columns
        self.first_row_of: dict[str, int] = {}

    def cell(self, cells: list, column: str):
        index = self.columns.get(column)
        if index is None or index >= len(cells):
            return None
        return cells[index]

    def check(self, row_number: int, cells: list) -> tuple[_ValidRow | None, list[str]]:
        reasons: list[str] = []
        nip, reason = self._nip(row_number, self.cell(cells, "nip"))
        if reason:
            reasons.append(reason)
        full_name = _cell_text(self.cell(cells, "nama"))
        if not full_name:
            reasons.append(_("Nama wajib diisi."))
        elif len(full_name) > MAX_NAME_LENGTH:
            reasons.append(_("Nama terlalu panjang (lebih dari %(max)s karakter).")
                           % {"max": MAX_NAME_LENGTH})
        unit_id, reason = self.units.resolve(_cell_text(self.cell(cells, "unit_kerja")))
        if reason:
            reasons.append(reason)
        email, reason = _check_email(_cell_text(self.cell(cells, "email")))
        if reason:
            reasons.append(reason)
        position = _cell_text(self.cell(cells, "jabatan"))
        if len(position) > MAX_POSITION_LENGTH:
            reasons.append(_("Jabatan terlalu panjang (lebih dari %(max)s karakter).")
                           % {"max": MAX_POSITION_LENGTH})
        active, reason = _check_active(_cell_text(self.cell(cells, "aktif")))
        if reason:
            reasons.append(reason)
        if reasons:
            return None, reasons
        return _ValidRow(nip, full_name, email, unit_id, position, active), reasons

    def _nip(self, row_number: int, raw) -> tuple[str | None, str | None]:
        nip, reason = _check_nip(raw)
        if reason:
            return None, reason
        first = self.first_row_of.setdefault(nip, row_number)
        if first != row_number:
            return None, _("NIP ganda: sudah ada di baris %(row)s.") % {"row": first}
        return nip, None


def _check_email(value: str) -> tuple[str, str | None]:
    if not value:
        return "", None
    if len(value) > MAX_EMAIL_LENGTH:
        return "", _("Email \"%(email)s\" terlalu panjang.") % {"email": value[:60]}
    try:
        validate_email(value)
    except ValidationError:
        return "", _("Email \"%(email)s\" tidak valid.") % {"email": value}
    return value, None


def _check_active(value: str) -> tuple[bool, str | None]:
    key = value.casefold().replace(" ", "").replace("-", "")
    if key in _ACTIVE_VALUES:
        return _ACTIVE_VALUES[key], None
    return True, _(
        "Nilai kolom aktif \"%(value)s\" tidak dikenali. Isi dengan ya atau tidak (kosong "
        "berarti aktif)."
    ) % {"value": value}


def _is_blank(cells: list) -> bool:
    return all(value is None or (isinstance(value, str) and not value.strip()) for value in cells)


def _check_file(roster_import, report: Callable[[float], None], *, collect=False) -> _CheckResult:
    """Read and check every row; raise _FileProblem for a problem with the whole file.

    ``collect`` keeps the valid rows (for applying); checking alone only counts them.
    """
    data = _read_stored_file(roster_import)
    if not data.strip():
        raise _FileProblem(_("Berkas kosong."))
    if len(data) > settings.ROSTER_MAX_UPLOAD_BYTES:
        raise _FileProblem(
            _("Berkas terlalu besar (%(size)s MB). Batasnya %(limit)s MB.")
            % {"size": round(len(data) / 1024 / 1024, 1),
               "limit": round(settings.ROSTER_MAX_UPLOAD_BYTES / 1024 / 1024, 1)}
        )
    cells, estimate = _open_cells(roster_import, data)
    rows = enumerate(cells, start=1)
    checker = None
    for _row_number, header in rows:
        if not _is_blank(header):
            checker = _RowChecker(roster_import.agency_id, _read_header(header))
            break
    if checker is None:
        raise _FileProblem(_("Berkas kosong."))
    result = _check_rows(rows, checker, report, estimate, collect)
    if result.total_rows == 0:
        raise _FileProblem(
            _("Berkas tidak memiliki baris data: hanya ada baris judul. Isi data pegawai mulai "
              "baris kedua.")
        )
    return result


def _check_rows(rows, checker, report, estimate, collect) -> _CheckResult:
    max_rows = settings.ROSTER_MAX_ROWS
    result = _CheckResult()
    for row_number, cells in rows:
        if _is_blank(cells):
            continue
        result.total_rows += 1
        if result.total_rows > max_rows:
            raise _FileProblem(
                _("Berkas berisi lebih dari %(max)s baris data. Pecah menjadi beberapa berkas "
                  "lalu unggah satu per satu.") % {"max": f"{max_rows:,}".replace(",", ".")}
            )
        row, reasons = checker.check(row_number, cells)
        if row is None:
            result.add_error(row_number, _cell_text(checker.cell(cells, "nip")), reasons)
        else:
            result.valid_rows += 1
            if collect:
                result.rows.append(row)
        if row_number % PROGRESS_EVERY_ROWS == 0:
            report(row_number / max(estimate, row_number))
    return result
