"""Loading the agency list (instansi) and an agency's unit tree from CSV files.

Both loaders follow the roster rule: validate every row first and, if any row
is bad, apply nothing and return the row errors; otherwise apply everything in
one transaction. A national admin fixes the file and uploads it again, and the
database never holds half a file.

Row numbers are spreadsheet rows: the header is row 1, the first record row 2.
Optional columns missing from the header leave the stored values alone; a
column that is present is the truth, blank cells included.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils.translation import gettext as _

from learning.models import Agency, Unit

if TYPE_CHECKING:
    from typing import IO

REGION_CODE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")


@dataclass(frozen=True)
class RowError:
    row: int
    message: str

    def __str__(self):
        return _("Baris %(row)s: %(message)s") % {"row": self.row, "message": self.message}


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


class AgencyImportResult(ImportResult):
    """What an agency-list import did (or, with errors, would have done)."""


class UnitImportResult(ImportResult):
    """What a unit-tree import did (or, with errors, would have done)."""


# --- Reading CSV ------------------------------------------------------------


class _FileError(Exception):
    """The file as a whole cannot be read; reported as an error on row 1."""


def _read_text(fileobj) -> str:
    content = fileobj.read()
    if isinstance(content, bytes):
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _FileError(_("Berkas harus berupa CSV dengan pengodean UTF-8.")) from None
    return content.lstrip("\ufeff")


def _read_rows(fileobj, required, optional):
    """Return (columns present, [(row number, {column: trimmed value})]).

    Headers are matched case-insensitively; a semicolon-separated file (what a
    spreadsheet saves in an Indonesian locale) is read as well as a comma one.
    Blank rows are skipped: spreadsheets leave them at the end of a file.
    """
    text = _read_text(fileobj)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, None)
    if not header or not any(cell.strip() for cell in header):
        raise _FileError(_("Berkas kosong: baris judul kolom tidak ditemukan."))
    names = [cell.strip().lower().replace(" ", "_") for cell in header]
    missing = [name for name in required if name not in names]
    if missing:
        raise _FileError(_("Kolom wajib tidak ada: %(columns)s.") % {"columns": ", ".join(missing)})
    wanted = {name: names.index(name) for name in (*required, *optional) if name in names}
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        rows.append(
            (
                number,
                {
                    name: cells[index].strip() if index < len(cells) else ""
                    for name, index in wanted.items()
                },
            )
        )
    return set(wanted), rows


def _too_long(value, limit, label):
    if len(value) > limit:
        return _("%(label)s terlalu panjang (paling banyak %(limit)s karakter).") % {
            "label": label,
            "limit": limit,
        }
    return None


# --- Agencies ---------------------------------------------------------------

AGENCY_COLUMNS = {
    # column: model field
    "nama": "name",
    "singkatan": "short_name",
    "jenis": "kind",
    "kode_wilayah": "region_code",
    "id_siasn": "siasn_id",
}


def _kind_aliases():
    """Every spelling of a jenis we accept, lower-cased: the code and the long label."""
    aliases = {}
    for kind in Agency.Kind:
        aliases[kind.value] = kind.value
        aliases[str(kind.label).lower()] = kind.value
        aliases[f"pemerintah {kind.value}"] = kind.value
    aliases.update({"pemprov": "provinsi", "pemkab": "kabupaten", "pemkot": "kota"})
    return aliases


def _parse_kind(raw):
    return _kind_aliases().get(" ".join(raw.lower().split()))


def _agency_row_errors(row):
    """The problems of one row taken alone (no look at other rows or the database)."""
    problems = []
    if not row["nama"]:
        problems.append(_("Nama instansi wajib diisi."))
    if not row["jenis"]:
        problems.append(_("Jenis instansi wajib diisi."))
    elif _parse_kind(row["jenis"]) is None:
        problems.append(
            _(
                "Jenis instansi “%(value)s” tidak dikenal. Gunakan salah satu: "
                "kementerian, lembaga, provinsi, kabupaten, kota."
            )
            % {"value": row["jenis"]}
        )
    region = row.get("kode_wilayah", "")
    if region and not REGION_CODE.match(region):
        problems.append(
            _(
                "Kode wilayah “%(value)s” tidak sesuai format Kemendagri "
                "(mis. 32, 32.73, 32.73.01 atau 32.73.01.1001)."
            )
            % {"value": region}
        )
    for column, limit, label in (
        ("nama", 200, _("Nama instansi")),
        ("singkatan", 50, _("Singkatan")),
        ("id_siasn", 64, _("ID SIASN")),
    ):
        problem = _too_long(row.get(column, ""), limit, label)
        if problem:
            problems.append(problem)
    return problems


def _validate_agencies(rows):
    """Row errors for the whole file: each row alone, then duplicates and the database."""
    errors = []
    first_row_of_name, first_row_of_siasn = {}, {}
    for number, row in rows:
        for problem in _agency_row_errors(row):
            errors.append(RowError(number, problem))
        name, siasn = row["nama"], row.get("id_siasn", "")
        if name:
            if name in first_row_of_name:
                errors.append(
                    RowError(
                        number,
                        _("Nama instansi “%(name)s” sudah muncul di baris %(row)s.")
                        % {"name": name, "row": first_row_of_name[name]},
                    )
                )
            else:
                first_row_of_name[name] = number
        if siasn:
            if siasn in first_row_of_siasn:
                errors.append(
                    RowError(
                        number,
                        _("ID SIASN “%(value)s” sudah dipakai di baris %(row)s.")
                        % {"value": siasn, "row": first_row_of_siasn[siasn]},
                    )
                )
            else:
                first_row_of_siasn[siasn] = number
    # An ID SIASN held by an agency the file does not mention would be shared.
    holders = Agency.objects.filter(siasn_id__in=first_row_of_siasn).exclude(
        name__in=first_row_of_name
    )
    for holder in holders:
        errors.append(
            RowError(
                first_row_of_siasn[holder.siasn_id],
                _("ID SIASN “%(value)s” sudah dipakai oleh instansi “%(name)s”.")
                % {"value": holder.siasn_id, "name": holder.name},
            )
        )
    return sorted(errors, key=lambda error: error.row)


def _agency_values(row, columns):
    values = {AGENCY_COLUMNS[column]: row[column] for column in columns}
    values["kind"] = _parse_kind(row["jenis"])
    return values


def _apply_agencies(rows, columns, result):
    names = [row["nama"] for _number, row in rows]
    existing = {a.name: a for a in Agency.objects.select_for_update().filter(name__in=names)}
    to_create, to_update = [], []
    for _number, row in rows:
        values = _agency_values(row, columns)
        agency = existing.get(row["nama"])
        if agency is None:
            to_create.append(Agency(**values))
        elif any(getattr(agency, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(agency, key, value)
            to_update.append(agency)
        else:
            result.unchanged += 1
    if "id_siasn" in columns and to_update:
        # Two agencies may swap IDs in one file; clear first so no UPDATE collides.
        Agency.objects.filter(pk__in=[a.pk for a in to_update]).update(siasn_id="")
    fields = sorted({AGENCY_COLUMNS[column] for column in columns} | {"kind"})
    if to_update:
        Agency.objects.bulk_update(to_update, fields)
    Agency.objects.bulk_create(to_create)
    result.created, result.updated = len(to_create), len(to_update)


def import_agencies_csv(fileobj: IO[bytes] | IO[str]) -> AgencyImportResult:
    """Upsert agencies by exact (trimmed) name from a CSV; all rows or none."""
    result = AgencyImportResult()
    try:
        columns, rows = _read_rows(
            fileobj,
            required=("nama", "jenis"),
            optional=("singkatan", "kode_wilayah", "id_siasn"),
        )
    except _FileError as exc:
        result.errors.append(RowError(1, str(exc)))
        return result
    with transaction.atomic():
        result.errors = _validate_agencies(rows)
        if not result.errors:
            _apply_agencies(rows, columns, result)
    return result


# --- Units ------------------------------------------------------------------


@dataclass
class _UnitTree:
    """The unit tree as it is (``old_parent``) and as it will be once the file is applied.

    A node is a unit's code, or "#<pk>" for an existing unit without a code
    (those cannot be named in a file but still sit in the tree).
    """

    existing: dict  # node -> Unit
    old_parent: dict  # node -> parent node or None, as stored
    parent: dict  # node -> parent node or None, after the file
    name: dict  # node -> name, after the file

    @staticmethod
    def node_of(unit):
        return unit.code or f"#{unit.pk}"

    @classmethod
    def load(cls, agency):
        units = list(Unit.objects.filter(agency=agency))
        node_of_pk = {unit.pk: cls.node_of(unit) for unit in units}
        existing = {cls.node_of(unit): unit for unit in units}
        parent = {
            node: node_of_pk[unit.parent_id] if unit.parent_id else None
            for node, unit in existing.items()
        }
        names = {node: unit.name for node, unit in existing.items()}
        return cls(existing, dict(parent), parent, names)


def _unit_row_errors(row):
    problems = []
    if not row["kode"]:
        problems.append(_("Kode unit wajib diisi."))
    if not row["nama"]:
        problems.append(_("Nama unit wajib diisi."))
    for column, limit, label in (
        ("kode", 50, _("Kode unit")),
        ("nama", 200, _("Nama unit")),
    ):
        problem = _too_long(row[column], limit, label)
        if problem:
            problems.append(problem)
    return problems


def _find_cycles(tree, file_nodes):
    """Map each file node that lies on a cycle to the cycle, written out as codes."""
    on_cycle, done = {}, set()
    for start in file_nodes:
        trail, position, node = [], {}, start
        while node is not None and node not in done and node not in position:
            position[node] = len(trail)
            trail.append(node)
            node = tree.parent.get(node)
        if node is not None and node in position:
            cycle = trail[position[node] :]
            text = " → ".join([*cycle, cycle[0]])
            for member in cycle:
                on_cycle[member] = text
        done.update(trail)
    return on_cycle


def _validate_units(agency, rows, columns):
    """Row errors for a unit file, checked against the tree it would produce.

    Returns the errors and that tree. Without a ``kode_induk`` column, units
    already stored keep their parent and new ones become top-level units.
    """
    errors = []
    tree = _UnitTree.load(agency)
    row_of_code, valid = {}, []
    for number, row in rows:
        problems = _unit_row_errors(row)
        errors.extend(RowError(number, problem) for problem in problems)
        code = row["kode"]
        if code and code in row_of_code:
            errors.append(
                RowError(
                    number,
                    _("Kode unit “%(code)s” sudah muncul di baris %(row)s.")
                    % {"code": code, "row": row_of_code[code]},
                )
            )
        elif code:
            row_of_code[code] = number
            if not problems:
                valid.append((number, row))

    known = set(row_of_code) | set(tree.existing)
    for number, row in valid:
        code = row["kode"]
        if "kode_induk" in columns:
            parent = row["kode_induk"] or None
        else:
            parent = tree.old_parent.get(code)
        if parent is not None and parent not in known:
            errors.append(
                RowError(
                    number,
                    _(
                        "Kode induk “%(code)s” tidak ditemukan, baik di berkas ini maupun di "
                        "unit kerja %(agency)s."
                    )
                    % {"code": parent, "agency": agency.name},
                )
            )
            parent = None
        tree.parent[code] = parent
        tree.name[code] = row["nama"]

    for node, text in _find_cycles(tree, row_of_code).items():
        if node in row_of_code:
            errors.append(
                RowError(
                    row_of_code[node],
                    _("Kode induk membentuk lingkaran: %(cycle)s.") % {"cycle": text},
                )
            )
    errors.extend(_sibling_name_errors(tree, row_of_code))
    return sorted(set(errors), key=lambda error: (error.row, error.message)), tree


def _sibling_name_errors(tree, row_of_code):
    """Two units with one name under one parent would be indistinguishable."""
    errors, seen = [], {}
    others = [node for node in tree.name if node not in row_of_code]
    in_file = sorted((node for node in tree.name if node in row_of_code), key=row_of_code.get)
    for node in others + in_file:
        key = (tree.parent.get(node), tree.name[node])
        other = seen.setdefault(key, node)
        if other == node or node not in row_of_code:
            continue
        if other in row_of_code:
            where = _("di baris %(row)s") % {"row": row_of_code[other]}
        elif other.startswith("#"):
            where = _("oleh unit yang sudah ada")
        else:
            where = _("oleh unit yang sudah ada (kode %(code)s)") % {"code": other}
        errors.append(
            RowError(
                row_of_code[node],
                _("Nama unit “%(name)s” sudah dipakai %(where)s di bawah induk yang sama.")
                % {"name": key[1], "where": where},
            )
        )
    return errors


def _parents_first(rows, tree):
    """File rows ordered so every parent named in the file comes before its children."""
    codes = {row["kode"] for _number, row in rows}
    depth = {}

    def depth_of(code):
        if code not in depth:
            parent = tree.parent.get(code)
            depth[code] = depth_of(parent) + 1 if parent in codes else 0
        return depth[code]

    return sorted(rows, key=lambda item: (depth_of(item[1]["kode"]), item[0]))


class _UnitWriter:
    """Creates and moves units through Unit.save(), which keeps ``path`` right.

    A move rewrites the stored paths of a whole subtree, so after one the cached
    instances may be stale; the cache is then dropped and parents re-read.
    """

    def __init__(self, agency, tree):
        self.agency = agency
        self.pk_of = {node: unit.pk for node, unit in tree.existing.items()}
        self.cache = {}

    def unit(self, pk):
        if pk not in self.cache:
            self.cache[pk] = Unit.objects.get(pk=pk)
        return self.cache[pk]

    def create(self, code, name, parent_code):
        parent = self.unit(self.pk_of[parent_code]) if parent_code else None
        unit = Unit(agency=self.agency, code=code, name=name, parent=parent)
        unit.save()
        self.pk_of[code] = unit.pk
        self.cache[unit.pk] = unit

    def rename(self, pk, name):
        Unit.objects.filter(pk=pk).update(name=name)
        self.cache.pop(pk, None)

    def move(self, pk, name, parent_code):
        unit = self.unit(pk)
        unit.name = name
        unit.parent = self.unit(self.pk_of[parent_code]) if parent_code else None
        unit.save()
        self.cache = {unit.pk: unit}


def _apply_units(agency, rows, tree, result):
    renamed, moved = set(), set()
    for _number, row in rows:
        code = row["kode"]
        unit = tree.existing.get(code)
        if unit is None:
            continue
        if tree.parent[code] != tree.old_parent[code]:
            moved.add(unit.pk)
        elif unit.name != row["nama"]:
            renamed.add(unit.pk)
    if renamed or moved:
        # Changed units give up their names first, so two siblings may swap
        # names without tripping the unique (parent, name) constraint midway.
        Unit.objects.filter(pk__in=renamed | moved).update(
            name=Concat(Value("~impor-"), Cast("pk", CharField()))
        )
    writer = _UnitWriter(agency, tree)
    for _number, row in _parents_first(rows, tree):
        code, name, parent = row["kode"], row["nama"], tree.parent[row["kode"]]
        unit = tree.existing.get(code)
        if unit is None:
            writer.create(code, name, parent)
            result.created += 1
        elif unit.pk in moved:
            writer.move(unit.pk, name, parent)
            result.updated += 1
        elif unit.pk in renamed:
            writer.rename(unit.pk, name)
            result.updated += 1
        else:
            result.unchanged += 1


def import_units_csv(agency: Agency, fileobj: IO[bytes] | IO[str]) -> UnitImportResult:
    """Upsert one agency's units by code from a CSV; all rows or none.

    ``kode_induk`` may name a unit further down the file or one already stored.
    """
    result = UnitImportResult()
    try:
        columns, rows = _read_rows(fileobj, required=("kode", "nama"), optional=("kode_induk",))
    except _FileError as exc:
        result.errors.append(RowError(1, str(exc)))
        return result
    with transaction.atomic():
        # Lock the agency row so two imports of one tree cannot interleave.
        list(Agency.objects.select_for_update().filter(pk=agency.pk).values_list("pk"))
        result.errors, tree = _validate_units(agency, rows, columns)
        if not result.errors:
            _apply_units(agency, rows, tree, result)
    return result
