"""Cache keys shared by the writers that set them and the selectors that read them."""


def roster_progress_key(import_id) -> str:
    """Apply progress of a roster import (written inside its uncommitted transaction)."""
    return f"roster-import-progress:{import_id}"


def roster_retry_key(import_id) -> str:
    """A roster import's retry state, kept here when the database could not take it."""
    return f"roster-import-retry:{import_id}"
