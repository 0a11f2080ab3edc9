"""Checking a roster file row by row: NIP, name, unit, email, position, active.

Every bad row becomes an error record (row number, NIP, reasons in Indonesian);
a problem with the whole file raises ``_FileProblem``.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from learning.models import RosterEntry, Unit
from learning.nip import parse_nip
from learning.services.rosters.errors import _FileProblem
from learning.services.rosters.reading import (
    _FLOAT_EXACT_LIMIT,
    _cell_text,
    _open_cells,
    _read_header,
    _read_stored_file,
)

MAX_STORED_ERRORS = 5_000
PROGRESS_EVERY_ROWS = 1_000


# Widths of the RosterEntry columns: longer values would fail the whole apply on
# PostgreSQL, so they are row errors instead.
MAX_NAME_LENGTH = RosterEntry._meta.get_field("full_name").max_length
MAX_POSITION_LENGTH = RosterEntry._meta.get_field("position").max_length
MAX_EMAIL_LENGTH = RosterEntry._meta.get_field("email").max_length

_ACTIVE_VALUES = {
    "": True,
    "ya": True,
    "y": True,
    "1": True,
    "true": True,
    "aktif": True,
    "yes": True,
    "tidak": False,
    "t": False,
    "0": False,
    "false": False,
    "nonaktif": False,
    "no": False,
}
# "1.98503E+17": what Excel writes for an 18-digit NIP in a column left as Number.
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE][+-]?\d+$")


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
    # The NIPs of valid rows and of bad rows whose NIP itself is fine, always kept: what
    # applying would change is worked out from them. Staff on a bad row stay as they are
    # (neither updated nor deactivated) until a corrected file lists them.
    nips: set = field(default_factory=set)
    kept_nips: set = field(default_factory=set)

    def add_error(self, row_number: int, nip: str, name: str, reasons: list[str]) -> None:
        self.error_rows += 1
        if len(self.errors) < MAX_STORED_ERRORS:
            self.errors.append(
                {"row": row_number, "nip": nip, "name": name[:200], "reason": " ".join(reasons)}
            )


def _fold(value: str) -> str:
    """Case- and spacing-insensitive form of a unit code or name."""
    return " ".join(value.split()).casefold()


class _UnitResolver:
    """Finds a unit by code, then by name, from two dicts loaded in one query.

    With ``scope_path`` (a unit admin's upload) a unit outside that subtree, or no
    unit at all, is a row error.
    """

    def __init__(self, agency_id, scope_path=None):
        self.by_code: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}
        self.scope_path = scope_path
        self.outside: set[int] = set()
        for pk, code, name, path in Unit.objects.filter(agency_id=agency_id).values_list(
            "pk", "code", "name", "path"
        ):
            if code:
                self.by_code.setdefault(_fold(code), []).append(pk)
            self.by_name.setdefault(_fold(name), []).append(pk)
            if scope_path and not path.startswith(scope_path):
                self.outside.add(pk)
        self.seen: dict[str, tuple[int | None, str | None]] = {}

    def resolve(self, value: str) -> tuple[int | None, str | None]:
        """(unit id, None) or (None, reason). Memoised: a file repeats few units."""
        if value not in self.seen:
            unit_id, reason = self._resolve(value)
            if reason is None and self.scope_path:
                reason = self._scope_reason(value, unit_id)
            self.seen[value] = (None, reason) if reason else (unit_id, None)
        return self.seen[value]

    def _scope_reason(self, value, unit_id) -> str | None:
        if unit_id is None:
            return _(
                "Unit kerja wajib diisi: Anda hanya dapat mengunggah pegawai unit yang Anda kelola."
            )
        if unit_id in self.outside:
            return _('Unit kerja "%(unit)s" berada di luar unit yang Anda kelola.') % {
                "unit": value
            }
        return None

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
                'Unit kerja "%(unit)s" ambigu: namanya dipakai oleh %(count)s unit di '
                "instansi ini, gunakan kode unit."
            ) % {"unit": value, "count": len(candidates)}
        return None, _(
            'Unit kerja "%(unit)s" tidak ditemukan di instansi ini. Isi dengan kode atau '
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
    """Checks one data row at a time; remembers NIPs to catch duplicates in the file.

    A unit admin's file (``scope_path``) may not touch staff the agency lists in
    another unit: those NIPs are loaded once and their rows refused.
    """

    def __init__(self, agency_id, columns: dict[str, int], scope_path=None):
        self.units = _UnitResolver(agency_id, scope_path)
        self.columns = columns
        self.first_row_of: dict[str, int] = {}
        self.foreign_nips: frozenset[str] = frozenset()
        if scope_path:
            self.foreign_nips = frozenset(
                RosterEntry.objects.filter(agency_id=agency_id)
                .exclude(unit__path__startswith=scope_path)
                .order_by()
                .values_list("nip", flat=True)
            )

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
            reasons.append(
                _("Nama terlalu panjang (lebih dari %(max)s karakter).") % {"max": MAX_NAME_LENGTH}
            )
        unit_id, reason = self.units.resolve(_cell_text(self.cell(cells, "unit_kerja")))
        if reason:
            reasons.append(reason)
        email, reason = _check_email(_cell_text(self.cell(cells, "email")))
        if reason:
            reasons.append(reason)
        position = _cell_text(self.cell(cells, "jabatan"))
        if len(position) > MAX_POSITION_LENGTH:
            reasons.append(
                _("Jabatan terlalu panjang (lebih dari %(max)s karakter).")
                % {"max": MAX_POSITION_LENGTH}
            )
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
        if nip in self.foreign_nips:
            return None, _(
                "NIP ini terdaftar di unit lain di luar unit yang Anda kelola; "
                "hanya admin instansi yang dapat memindahkannya."
            )
        return nip, None


def _check_email(value: str) -> tuple[str, str | None]:
    if not value:
        return "", None
    if len(value) > MAX_EMAIL_LENGTH:
        return "", _('Email "%(email)s" terlalu panjang.') % {"email": value[:60]}
    try:
        validate_email(value)
    except ValidationError:
        return "", _('Email "%(email)s" tidak valid.') % {"email": value}
    return value, None


def _check_active(value: str) -> tuple[bool, str | None]:
    key = value.casefold().replace(" ", "").replace("-", "")
    if key in _ACTIVE_VALUES:
        return _ACTIVE_VALUES[key], None
    return True, _(
        'Nilai kolom aktif "%(value)s" tidak dikenali. Isi dengan ya atau tidak (kosong '
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
    if len(data) > settings.ROSTER_MAX_UPLOAD_BYTES:  # read stops one byte past the limit
        try:
            size = roster_import.file.size
        except (OSError, ValueError):
            size = len(data)
        raise _FileProblem(
            _("Berkas terlalu besar (%(size)s MB). Batasnya %(limit)s MB.")
            % {
                "size": round(size / 1024 / 1024, 1),
                "limit": round(settings.ROSTER_MAX_UPLOAD_BYTES / 1024 / 1024, 1),
            }
        )
    cells, estimate = _open_cells(roster_import, data)
    rows = enumerate(cells, start=1)
    checker = None
    for _row_number, header in rows:
        if not _is_blank(header):
            scope = roster_import.scope_unit
            checker = _RowChecker(
                roster_import.agency_id,
                _read_header(header),
                scope_path=scope.path if scope else None,
            )
            break
    if checker is None:
        raise _FileProblem(_("Berkas kosong."))
    result = _check_rows(rows, checker, report, estimate, collect)
    if result.total_rows == 0:
        raise _FileProblem(
            _(
                "Berkas tidak memiliki baris data: hanya ada baris judul. Isi data pegawai mulai "
                "baris kedua."
            )
        )
    return result


def _check_rows(rows, checker, report, estimate, collect) -> _CheckResult:
    """Check the data rows. The row limit is enforced by the reader (``limits``), which
    counts every row, blank ones included, so a sheet of blank rows cannot run on."""
    result = _CheckResult()
    for row_number, cells in rows:
        if _is_blank(cells):
            continue
        result.total_rows += 1
        row, reasons = checker.check(row_number, cells)
        if row is None:
            raw_nip = checker.cell(cells, "nip")
            result.add_error(
                row_number, _cell_text(raw_nip), _cell_text(checker.cell(cells, "nama")), reasons
            )
            nip, _reason = _check_nip(raw_nip)
            if nip:
                result.kept_nips.add(nip)
        else:
            result.valid_rows += 1
            result.nips.add(row.nip)
            if collect:
                result.rows.append(row)
        if row_number % PROGRESS_EVERY_ROWS == 0:
            report(row_number / max(estimate, row_number))
    return result
