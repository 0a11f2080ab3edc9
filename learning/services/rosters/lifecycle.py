"""The steps an admin takes: template, upload (start), check, apply, cancel."""

from __future__ import annotations

import io
from datetime import date
from pathlib import PurePath
from typing import TYPE_CHECKING

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.cache import cache
from django.db import OperationalError
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from home import csv as safe_csv
from learning.cache_keys import roster_progress_key
from learning.models import RosterImport, Unit
from learning.nip import build_nip
from learning.services.rosters import dispatch
from learning.services.rosters.applying import apply_import
from learning.services.rosters.errors import RosterImportError, _FileProblem
from learning.services.rosters.preview import preview_changes
from learning.services.rosters.progress import (
    PROGRESS_CACHE_TIMEOUT,
    _DatabaseProgress,
)
from learning.services.rosters.reading import (
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    estimate_rows,
)
from learning.services.rosters.state import (
    MAX_VALIDATION_ATTEMPTS,
    _fail,
    _finish,
    _state_message,
    _too_costly_message,
    give_up_validation,
    logger,
)
from learning.services.rosters.validation import _check_file

if TYPE_CHECKING:
    from django.core.files import File

    from learning.models import Agency, User

Status = RosterImport.Status


# Sample staff for the template: name, email, position, birth date, appointment (PNS).
_TEMPLATE_PEOPLE = [
    (
        "Budi Santoso",
        "budi.santoso@instansi.go.id",
        "Pranata Humas Ahli Pertama",
        date(1985, 3, 12),
        date(2010, 1, 1),
    ),
    (
        "Sari Dewi",
        "sari.dewi@instansi.go.id",
        "Analis Kebijakan Ahli Muda",
        date(1990, 7, 4),
        date(2015, 3, 1),
    ),
]


def template_csv(*, agency: Agency, scope_unit: Unit | None = None) -> str:
    """A header row and example rows, for the admin to download and fill in.

    The examples use the agency's own units (within ``scope_unit`` for a unit admin),
    by code where a unit has one, and valid PNS numbers, so the template
    uploaded unchanged passes every check. An agency without units gets an empty unit
    column, which is allowed.
    """
    units = Unit.objects.filter(agency=agency)
    if scope_unit is not None:
        units = units.filter(path__startswith=scope_unit.path)
    examples = [unit.code or unit.name for unit in units.order_by("path")[:2]] or [""]
    buffer = io.StringIO()
    writer = safe_csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS])
    for index, (name, email, position, born, appointed) in enumerate(_TEMPLATE_PEOPLE):
        nip = build_nip(
            birth_date=born,
            appointment_year=appointed.year,
            appointment_month=appointed.month,
            gender="L" if index % 2 == 0 else "P",
            serial=index + 1,
        )
        writer.writerow([nip, name, examples[index % len(examples)], email, position, "ya"])
    return buffer.getvalue()


def create_import(
    *, agency: Agency, uploaded_by: User, uploaded_file: File, scope_unit: Unit | None = None
) -> RosterImport:
    """Store the uploaded file in private storage as a QUEUED import, without checking it.

    Separate from ``start_import`` for callers that check synchronously whatever the
    size (the ``import_roster`` management command). ``scope_unit`` (a unit admin's
    upload) limits the file to that unit and its sub-units: other rows are errors.
    """
    original_name = PurePath(uploaded_file.name or "roster").name[:255]
    roster_import = RosterImport(
        agency=agency,
        uploaded_by=uploaded_by,
        original_name=original_name,
        status=Status.QUEUED,
        scope_unit=scope_unit,
    )
    roster_import.file.save(original_name, uploaded_file, save=False)
    roster_import.save()
    return roster_import


def start_import(
    *, agency: Agency, uploaded_by: User, uploaded_file: File, scope_unit: Unit | None = None
) -> RosterImport:
    """Store the file and check it: inline when small, in a Celery task when large.

    The task is enqueued on commit so a worker never looks for a row the upload
    request has not committed yet. When the broker cannot be reached the import
    stays QUEUED, marked as waiting for the queue (``is_waiting_to_retry``), and the
    stalled-import sweep sends it later.
    """
    roster_import = create_import(
        agency=agency,
        uploaded_by=uploaded_by,
        uploaded_file=uploaded_file,
        scope_unit=scope_unit,
    )
    estimate = estimate_rows(roster_import)
    if estimate is not None and estimate > settings.ROSTER_ASYNC_THRESHOLD:
        dispatch.enqueue_on_commit(dispatch.VALIDATE, roster_import.pk)
        roster_import.refresh_from_db()  # shows whether the queue took it (outside atomic)
        return roster_import
    return validate_import(roster_import)


def validate_import(roster_import: RosterImport, *, raise_transient: bool = False) -> RosterImport:
    """Check the stored file and record the counts and every bad row.

    Ends VALIDATED (with per-row errors) or REJECTED (with ``file_error``). Progress is
    written to the database every ~1,000 rows for a polling page; those writes also
    touch ``updated_at``, which tells the stalled-import sweep the check is alive.

    An unexpected error (a bug, not bad content) marks the import FAILED and is
    logged. With ``raise_transient`` (the Celery task, while it has retries left) a
    database ``OperationalError`` is re-raised instead, leaving the import VALIDATING
    for the retry. A check that runs out of memory or of the task's time is the
    file's doing: REJECTED, with a message. Each check counts as an attempt; once
    ``MAX_VALIDATION_ATTEMPTS`` have started without finishing, the import is
    REJECTED instead of being checked again.
    """
    claimed = RosterImport.objects.filter(
        pk=roster_import.pk,
        status__in=[Status.QUEUED, Status.VALIDATING],
        validation_attempts__lt=MAX_VALIDATION_ATTEMPTS,
    ).update(
        status=Status.VALIDATING,
        progress=0,
        file_error="",
        updated_at=timezone.now(),
        retry_at=None,
        retry_cause="",  # an attempt starts: nothing waits any more
        validation_attempts=F("validation_attempts") + 1,
    )
    if not claimed:
        if give_up_validation(roster_import.pk):
            roster_import.refresh_from_db()
            return roster_import
        roster_import.refresh_from_db()
        raise RosterImportError(_state_message(roster_import, _("diperiksa")))
    roster_import.refresh_from_db()
    try:
        result = _check_file(roster_import, _DatabaseProgress(roster_import.pk))
    except _FileProblem as problem:
        return _reject(roster_import, str(problem))
    except (SoftTimeLimitExceeded, MemoryError):
        logger.warning("Roster import %s: the check ran out of time or memory", roster_import.pk)
        return _reject(roster_import, _too_costly_message())
    except OperationalError:
        if raise_transient:
            raise
        return _fail(roster_import, "validate")
    except Exception:
        return _fail(roster_import, "validate")
    scope = roster_import.scope_unit
    return _finish(
        roster_import,
        status=Status.VALIDATED,
        total_rows=result.total_rows,
        valid_rows=result.valid_rows,
        error_rows=result.error_rows,
        errors=result.errors,
        preview=preview_changes(
            roster_import.agency_id, scope.path if scope else None, result.nips, result.kept_nips
        ),
        progress=100,
    )


def _reject(roster_import, message: str) -> RosterImport:
    return _finish(
        roster_import,
        status=Status.REJECTED,
        file_error=message,
        progress=100,
        total_rows=0,
        valid_rows=0,
        error_rows=0,
        errors=[],
    )


def request_apply(roster_import: RosterImport) -> RosterImport:
    """Start writing a checked import's valid rows: inline when small, else via Celery."""
    claimed = RosterImport.objects.filter(
        pk=roster_import.pk, status=Status.VALIDATED, valid_rows__gt=0
    ).update(status=Status.APPLYING, progress=0, updated_at=timezone.now())
    roster_import.refresh_from_db()
    if not claimed:
        raise RosterImportError(_state_message(roster_import, _("diterapkan")))
    if roster_import.total_rows > settings.ROSTER_ASYNC_THRESHOLD:
        cache.set(roster_progress_key(roster_import.pk), 0, PROGRESS_CACHE_TIMEOUT)
        dispatch.enqueue_on_commit(dispatch.APPLY, roster_import.pk)
        roster_import.refresh_from_db()
        return roster_import
    return apply_import(roster_import)


def cancel_import(roster_import: RosterImport) -> RosterImport:
    """Discard a checked import. The file is kept for the audit trail."""
    now = timezone.now()
    cancelled = RosterImport.objects.filter(pk=roster_import.pk, status=Status.VALIDATED).update(
        status=Status.CANCELLED, finished_at=now, updated_at=now
    )
    roster_import.refresh_from_db()
    if not cancelled:
        raise RosterImportError(_state_message(roster_import, _("dibatalkan")))
    return roster_import
