"""Reads that may go to a PostgreSQL read replica: the compliance dashboards.

``DATABASE_REPLICA_URL`` adds a ``"replica"`` database alias (config/settings/base.py).
Code that only reads and can bear a replica's lag of a second or so marks itself
with ``replica_reads`` (a decorator or a ``with`` block); while it runs,
``ReplicaRouter`` sends every read to the replica. Everything else, every write, and
everything on a deployment without a replica uses ``"default"``.

The mark is a ``contextvars.ContextVar``: local to the request's thread (or task),
never module state shared between requests.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"

_replica_reads = ContextVar("replica_reads", default=False)


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


def reading_from_replica() -> bool:
    """True while inside ``replica_reads`` on a deployment that has a replica."""
    return _replica_reads.get() and replica_configured()


@contextmanager
def replica_reads():
    """Send the reads made inside to the replica, when there is one.

    A ``with`` block or a decorator (``@replica_reads()``; each call gets its own
    context). Writes inside still go to ``default``. For pages that only read and
    whose figures may lag the primary by a moment — never for a page shown right
    after a write that it must reflect.
    """
    token = _replica_reads.set(True)
    try:
        yield
    finally:
        _replica_reads.reset(token)


class ReplicaRouter:
    """``DATABASE_ROUTERS`` entry: reads marked ``replica_reads`` go to the replica."""

    def db_for_read(self, model, **hints):
        return REPLICA if reading_from_replica() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        # The replica is a copy of default: an object read from either may point at
        # an object read from the other.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica receives its schema from the primary through replication.
        return db != REPLICA
