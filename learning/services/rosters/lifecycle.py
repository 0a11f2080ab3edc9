"""The steps an admin takes: template, upload (start), check, apply, cancel."""

import csv
import io
from datetime import date
from pathlib import PurePath

from django.conf import settings
from django.core.cache import cache
from django.db import OperationalError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import RosterImport
from learning.nip import build_nip
from learning.services.rosters.applying import apply_import
from learning.services.rosters.errors import RosterImportError, _FileProblem
from learning.services.rosters.progress import (
    PROGRESS_CACHE_TIMEOUT,
    _DatabaseProgress,
    _progress_key,
)
from learning.services.rosters.reading import (
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    estimate_rows,
)
from learning.services.rosters.state import _fail, _finish, _state_message
from learning.services.rosters.validation import _check_file

Status = RosterImport.Status


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


def create_import(*, agency, uploaded_by, uploaded_file, scope_unit=None) -> RosterImport:
    """Store the uploaded file in private storage as a QUEUED import, without checking it.

    Separate from ``start_import`` for callers that check synchronously whatever the
    size (the ``import_roster`` management command). ``scope_unit`` (a unit admin's
    upload) limits the file to that unit and its sub-units: other rows are errors.
    """
    original_name = PurePath(uploaded_file.name or "roster").name[:255]
    roster_import = RosterImport(
        agency=agency, uploaded_by=uploaded_by, original_name=original_name,
        status=Status.QUEUED, scope_unit=scope_unit,
    )
    roster_import.file.save(original_name, uploaded_file, save=False)
    roster_import.save()
    return roster_import


def start_import(*, agency, uploaded_by, uploaded_file, scope_unit=None) -> RosterImport:
    """Store the file and check it: inline when small, in a Celery task when large.

    The task is enqueued on commit so a worker never looks for a row the upload
    request has not committed yet.
    """
    roster_import = create_import(
        agency=agency, uploaded_by=uploaded_by, uploaded_file=uploaded_file,
        scope_unit=scope_unit,
    )
    estimate = estimate_rows(roster_import)
    if estimate is not None and estimate > settings.ROSTER_ASYNC_THRESHOLD:
        from learning.tasks import validate_roster_import_task

        import_id = roster_import.pk
        transaction.on_commit(lambda: validate_roster_import_task.delay(import_id))
        return roster_import
    return validate_import(roster_import)


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
