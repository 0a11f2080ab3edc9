"""A guard over every test: product code that changes a learner's state must give the
learner a new state token (``learning.services.learner_state``) before the test ends.

Cached fragments of learner pages are keyed by ``User.state_token``. Row saves get
one from signal receivers; bulk writes (``update``, ``bulk_create``, queryset
``delete``) send no signal, so a service that forgets its ``touch`` would leave a
page stale. Here every SQL statement of the test's connection is watched: a write
that changed rows of a learner-state table, made from product code (not from the
test's own setup), stays pending until an ``UPDATE`` of ``learning_user`` setting
``state_token`` follows; any write still pending when the test ends fails it. Writes
undone by a rollback to a savepoint are forgotten.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
WATCHED = {
    "learning_enrolment",
    "learning_lessoncompletion",
    "learning_pastcompletion",
    "learning_practicesubmission",
    "learning_quizattempt",
    "learning_rosterentry",
    "certificates_certificate",
    "compliance_assignment",
    "compliance_exemption",
}
# Columns no learner page shows: bookkeeping written often, needing no new token.
NOT_SHOWN = {
    "certificates_certificate": {"emailed_at", "reminded_at"},
    "learning_quizattempt": {"draft_answers"},
}
SET_COLUMNS = re.compile(r'"(\w+)"\s*=')
# Data migrations that ran before ``User.state_token`` existed (learning 0010): no page
# was kept then, so they had nothing to replace.
BEFORE_STATE_TOKENS = {"0004_reclean_assignment_responses.py"}
SAVEPOINT = re.compile(r'^\s*(SAVEPOINT|ROLLBACK TO SAVEPOINT|RELEASE SAVEPOINT)\s+"?(\w+)"?', re.I)
WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)
TOUCH = re.compile(r'^\s*UPDATE\s+"?learning_user"?\s+SET\s+"?state_token"?', re.IGNORECASE)


def _written_by_product_code():
    """True when the innermost frame of this project's own code is not a test's."""
    frame = sys._getframe(2)
    root, tests, venv = str(ROOT), str(TESTS), str(ROOT / ".venv")
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(root) and not name.startswith(venv) and name != __file__:
            return not name.startswith(tests) and Path(name).name not in BEFORE_STATE_TOKENS
        frame = frame.f_back
    return False


def _bookkeeping(sql, table):
    """An UPDATE that sets only columns no learner page shows."""
    hidden = NOT_SHOWN.get(table.lower())
    if not hidden or not sql.lstrip().upper().startswith("UPDATE"):
        return False
    assignments = re.split(r"\bWHERE\b", sql, maxsplit=1, flags=re.IGNORECASE)[0]
    assignments = assignments.split(" SET ", 1)[-1]
    columns = set(SET_COLUMNS.findall(assignments))
    return bool(columns) and columns <= hidden


class StateTokenGuard:
    def __init__(self):
        self.pending = []
        self.savepoints = {}  # savepoint id → how many writes were pending when it began

    def __call__(self, execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if TOUCH.match(sql):
            self.pending.clear()
            self.savepoints = dict.fromkeys(self.savepoints, 0)
            return result
        savepoint = SAVEPOINT.match(sql)
        if savepoint:
            verb, sid = savepoint.group(1).upper(), savepoint.group(2)
            if verb == "SAVEPOINT":
                self.savepoints[sid] = len(self.pending)
            elif verb.startswith("ROLLBACK"):  # the writes since it never happened
                del self.pending[self.savepoints.get(sid, len(self.pending)) :]
            else:
                self.savepoints.pop(sid, None)
            return result
        match = WRITE.match(sql)
        if match and match.group(1).lower() in WATCHED and not _bookkeeping(sql, match.group(1)):
            # An UPDATE or DELETE that matched nothing changed nothing. An INSERT always
            # counts: SQLite reports no rows for INSERT … RETURNING until they are read.
            rowcount = getattr(context.get("cursor"), "rowcount", -1)
            inserted = sql.lstrip()[:6].upper() == "INSERT"
            if (inserted or rowcount != 0) and _written_by_product_code():
                self.pending.append(sql[:160])
        return result
