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

The package, module by module:

- ``lifecycle``: the steps above (``template_csv``, ``create_import``,
  ``start_import``, ``validate_import``, ``request_apply``, ``cancel_import``);
- ``reading``: opening the CSV or XLSX, encoding, delimiter, header, row estimate;
- ``limits``: what an untrusted file may cost to parse (zip sizes and ratio, rows
  counted blank or not, columns, CSV line length), checked before and while reading;
- ``validation``: checking each row, finding units, recording bad rows;
- ``applying``: the one-transaction upsert and account linking (``apply_import``);
- ``progress``: progress in the import row or the cache (``progress_of``);
- ``state``: refusal messages, claiming, finishing, failing an import, and giving up on
  one whose checks keep stopping (``MAX_VALIDATION_ATTEMPTS``);
- ``retries``: an import waiting to be tried again (database error, unreachable
  queue) and one that ran out of tries;
- ``errors``: ``RosterImportError`` and the internal ``_FileProblem``.
"""

from learning.services.accounts import link_rostered_accounts
from learning.services.rosters.applying import APPLY_BATCH_SIZE, apply_import
from learning.services.rosters.errors import RosterImportError
from learning.services.rosters.lifecycle import (
    Status,
    cancel_import,
    create_import,
    request_apply,
    start_import,
    template_csv,
    validate_import,
)
from learning.services.rosters.progress import (
    PROGRESS_CACHE_TIMEOUT,
    _CacheProgress,
    _DatabaseProgress,
    progress_of,
)
from learning.services.rosters.reading import (
    COLUMN_ALIASES,
    OPTIONAL_COLUMNS,
    REQUIRED_COLUMNS,
    estimate_rows,
)
from learning.services.rosters.state import MAX_VALIDATION_ATTEMPTS, give_up_validation, logger
from learning.services.rosters.validation import (
    MAX_EMAIL_LENGTH,
    MAX_NAME_LENGTH,
    MAX_POSITION_LENGTH,
    MAX_STORED_ERRORS,
    PROGRESS_EVERY_ROWS,
    _RowChecker,
)

__all__ = [
    "APPLY_BATCH_SIZE",
    "COLUMN_ALIASES",
    "MAX_EMAIL_LENGTH",
    "MAX_NAME_LENGTH",
    "MAX_POSITION_LENGTH",
    "MAX_STORED_ERRORS",
    "MAX_VALIDATION_ATTEMPTS",
    "OPTIONAL_COLUMNS",
    "PROGRESS_CACHE_TIMEOUT",
    "PROGRESS_EVERY_ROWS",
    "REQUIRED_COLUMNS",
    "RosterImportError",
    "Status",
    "_CacheProgress",
    "_DatabaseProgress",
    "_RowChecker",
    "apply_import",
    "cancel_import",
    "create_import",
    "estimate_rows",
    "give_up_validation",
    "link_rostered_accounts",
    "logger",
    "progress_of",
    "request_apply",
    "start_import",
    "template_csv",
    "validate_import",
]
