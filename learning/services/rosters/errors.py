"""The two exceptions of a roster import: a refused action, and a bad file."""


class RosterImportError(Exception):
    """An action that the import's current state does not allow (message in Indonesian)."""


class _FileProblem(Exception):
    """A problem with the file as a whole; the message is shown to the admin as is."""
