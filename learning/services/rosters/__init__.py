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
- ``progress``: progress written to the import row or the cache (read by
  ``learning.selectors.roster_imports.progress_of``);
- ``state``: refusal messages, claiming, finishing, failing an import, and giving up on
  one whose checks keep stopping (``MAX_VALIDATION_ATTEMPTS``);
- ``retries``: an import waiting to be tried again (database error, unreachable
  queue) and one that ran out of tries;
- ``errors``: ``RosterImportError`` and the internal ``_FileProblem``.
"""

from learning.services.rosters.applying import apply_import
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
from learning.services.rosters.reading import estimate_rows
from learning.services.rosters.state import MAX_VALIDATION_ATTEMPTS, give_up_validation

__all__ = [
    "MAX_VALIDATION_ATTEMPTS",
    "RosterImportError",
    "Status",
    "apply_import",
    "cancel_import",
    "create_import",
    "estimate_rows",
    "give_up_validation",
    "request_apply",
    "start_import",
    "template_csv",
    "validate_import",
]
