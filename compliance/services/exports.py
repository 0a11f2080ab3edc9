"""Exports of the staff list by status and of the per-unit summary, as CSV or XLSX.

``request_export`` records the request (who, when, agency, unit, list, filters —
the accountability record) and enqueues ``build`` after commit; the page polls the
row's progress. ``build`` claims the row (QUEUED → RUNNING, a conditional UPDATE,
so a redelivered task does nothing twice), streams rows from SQL in chunks into a
temporary file (openpyxl's write-only mode for XLSX: constant memory for 100,000
rows), stores it in private storage and marks it DONE. Cells that a spreadsheet
would run as formulas are neutralised (``csv_safety.safe_cell``).
"""

import csv
import logging
import tempfile
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.files import File
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext as _

from compliance.csv_safety import safe_cell
from compliance.dispatch import enqueue
from compliance.models import Export
from compliance.selectors import staff as staff_selectors
from compliance.selectors.figures import scope_figures
from courses.models import CoursePage
from learning import api

logger = logging.getLogger(__name__)

Status = Export.Status
PROGRESS_EVERY = 5_000


class ExportError(Exception):
    """A request the rules refuse; the message is shown to the admin as is."""


def request_export(
    *,
    user: AbstractBaseUser,
    agency_id: int,
    unit_id: int | None,
    scope_label: str,
    kind: str,
    file_format: str,
    filters: dict,
) -> Export:
    if kind not in Export.Kind.values:
        raise ExportError(_("Jenis ekspor tidak dikenal."))
    if file_format not in Export.Format.values:
        raise ExportError(_("Format berkas harus CSV atau XLSX."))
    if kind == Export.Kind.STAFF and not filters.get("course_id"):
        raise ExportError(_("Pilih kursus untuk daftar pegawai."))
    export = Export.objects.create(
        requested_by=user,
        agency_id=agency_id,
        unit_id=unit_id,
        scope_label=scope_label[:255],
        kind=kind,
        file_format=file_format,
        filters=filters,
    )
    enqueue("build_export", export.pk)
    return export


def progress_of(export: Export) -> dict[str, Any]:
    return {
        "status": export.status,
        "status_label": str(export.get_status_display()),
        "progress": export.progress,
        "rows": export.row_count,
        "done": not export.is_running,
        "ready": export.status == Status.DONE,
    }


def build(export_id: int) -> str | None:
    claimed = Export.objects.filter(pk=export_id, status=Status.QUEUED).update(
        status=Status.RUNNING, progress=0, updated_at=timezone.now()
    )
    if not claimed:
        logger.info("Export %s is not waiting to be built; skipped", export_id)
        return None
    export = Export.objects.get(pk=export_id)
    try:
        header, rows, total = _content(export)
        name = _file_name(export)
        with tempfile.TemporaryFile() as handle:
            count = _write(export, handle, header, rows, total)
            handle.seek(0)
            export.file.save(name, File(handle), save=False)
    except Exception:
        logger.exception("Export %s failed", export_id)
        Export.objects.filter(pk=export_id).update(
            status=Status.FAILED,
            finished_at=timezone.now(),
            error=_("Ekspor gagal karena kesalahan sistem. Coba lagi atau hubungi admin pusat."),
        )
        return Status.FAILED
    Export.objects.filter(pk=export_id).update(
        status=Status.DONE,
        progress=100,
        row_count=count,
        file=export.file.name,
        file_name=name,
        finished_at=timezone.now(),
    )
    return Status.DONE


def _file_name(export: Export) -> str:
    stamp = timezone.localtime(export.created_at).strftime("%Y%m%d-%H%M")
    kind = "pegawai" if export.kind == Export.Kind.STAFF else "ringkasan-unit"
    return f"{kind}-{export.agency_id}-{stamp}.{export.file_format}"


def _unit_path(export: Export) -> str | None:
    if export.unit_id is None:
        return None
    unit = next(
        (unit for unit in api.units(agency_id=export.agency_id) if unit.id == export.unit_id), None
    )
    return unit.path if unit else "/-/"  # a deleted unit: nothing, never the whole agency


def _content(export: Export):
    if export.kind == Export.Kind.STAFF:
        return _staff_content(export)
    return _summary_content(export)


STAFF_HEADER = [
    "NIP",
    "Nama",
    "Unit kerja",
    "Jabatan",
    "Email",
    "Akun",
    "Status",
    "Terlambat",
    "Tenggat",
    "Selesai pada",
    "Aktivitas terakhir",
    "JP tahun ini",
]


def _staff_content(export: Export):
    filters = export.filters
    course_id = int(filters["course_id"])
    context = staff_selectors.course_context(
        agency_id=export.agency_id, course_id=course_id, units=None
    )
    entries = staff_selectors.staff_with_status(
        agency_id=export.agency_id,
        unit_path=_unit_path(export),
        context=context,
        search=filters.get("q", ""),
    )
    entries = staff_selectors.with_jp(
        staff_selectors.filter_status(entries, filters.get("status", ""))
    )
    total = entries.count()
    # Days in the site's time zone, computed by the database: converting 300,000
    # datetimes in Python would cost more than the query.
    entries = entries.annotate(
        joined_on=TruncDate("created_at"),
        completed_day=TruncDate("completed_on"),
        activity_day=TruncDate("last_activity"),
    )
    rows = entries.order_by("full_name", "pk").values_list(
        "nip",
        "full_name",
        "unit__name",
        "position",
        "email",
        "user_id",
        "status",
        "overdue",
        "joined_on",
        "completed_day",
        "activity_day",
        "enrolled",
        "jp",
    )
    labels = {key: str(label) for key, label in staff_selectors.STATUS_LABELS.items()}

    def lines():
        for (
            nip,
            name,
            unit,
            position,
            email,
            user_id,
            status,
            overdue,
            joined_on,
            completed_day,
            activity_day,
            enrolled,
            jp,
        ) in rows.iterator(chunk_size=2_000):
            due = staff_selectors.personal_due_on_day(context, joined_on)
            yield [
                nip,
                name,
                unit or "",
                position,
                email,
                "Ya" if user_id else "Tidak",
                labels[status],
                "Ya" if overdue else "Tidak",
                due.isoformat() if due else "",
                completed_day.isoformat() if completed_day else "",
                activity_day.isoformat() if enrolled and activity_day else "",
                jp,
            ]

    return STAFF_HEADER, lines(), total


SUMMARY_HEADER = [
    "Unit kerja",
    "Kode unit",
    "Kursus",
    "Pegawai di roster",
    "Dikecualikan",
    "Wajib selesai",
    "Belum pernah mendaftar",
    "Belum mulai",
    "Sedang belajar",
    "Selesai",
    "Tingkat penyelesaian (%)",
    "Terlambat",
]


def _summary_content(export: Export):
    path = _unit_path(export)
    units = tuple(api.units(agency_id=export.agency_id, under_path=path))
    figures = scope_figures(agency_id=export.agency_id, unit_path=path, units=units)
    course_id = export.filters.get("course_id")
    rows = [figures.row(int(course_id))] if course_id else figures.mandatory
    rows = [row for row in rows if row is not None]
    scope_name = export.scope_label

    def numbers_line(unit_name, code, course, numbers):
        percent = numbers.percent
        return [
            unit_name,
            code,
            course.title,
            numbers.staff,
            numbers.exempt,
            numbers.required,
            numbers.never_signed_up,
            numbers.not_started,
            numbers.in_progress,
            numbers.completed,
            "" if percent is None else percent,
            numbers.overdue,
        ]

    def lines():
        for row in rows:
            yield numbers_line(scope_name, "", row.course, row.numbers)
            for unit in units:
                numbers = figures.unit_numbers(row.course.pk, unit.id)
                yield numbers_line(
                    "— " * (unit.depth - (units[0].depth if path else 0)) + unit.name,
                    unit.code,
                    row.course,
                    numbers,
                )

    return SUMMARY_HEADER, lines(), len(rows) * (len(units) + 1)


def _write(export: Export, handle, header, rows, total) -> int:
    if export.file_format == Export.Format.XLSX:
        return _write_xlsx(export, handle, header, rows, total)
    return _write_csv(export, handle, header, rows, total)


def _report(export: Export, count: int, total: int) -> None:
    if count % PROGRESS_EVERY == 0 and total:
        Export.objects.filter(pk=export.pk).update(
            progress=min(99, int(count * 100 / total)), row_count=count, updated_at=timezone.now()
        )


def _write_csv(export, handle, header, rows, total) -> int:
    import io

    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
        count += 1
        _report(export, count, total)
    text.flush()
    text.detach()
    return count


def _write_xlsx(export, handle, header, rows, total) -> int:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(
        _("Pegawai") if export.kind == Export.Kind.STAFF else _("Ringkasan")
    )
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([safe_cell(value) for value in row])
        count += 1
        _report(export, count, total)
    workbook.save(handle)
    return count


def record_download(export: Export) -> None:
    from django.db.models import F

    Export.objects.filter(pk=export.pk).update(
        download_count=F("download_count") + 1, last_downloaded_at=timezone.now()
    )


def purge_old_files(*, keep_days: int | None = None) -> int:
    """Delete export files older than ``COMPLIANCE_EXPORT_KEEP_DAYS``; records stay."""
    keep_days = keep_days if keep_days is not None else settings.COMPLIANCE_EXPORT_KEEP_DAYS
    cutoff = timezone.now() - timedelta(days=keep_days)
    purged = 0
    for export in Export.objects.filter(status=Status.DONE, finished_at__lt=cutoff):
        if export.file:
            export.file.delete(save=False)
        Export.objects.filter(pk=export.pk).update(status=Status.EXPIRED, file="")
        purged += 1
    return purged


def course_choices() -> list[tuple[int, str]]:
    return list(CoursePage.objects.live().order_by("title").values_list("pk", "title"))
