"""Enqueue certificate tasks by name, so services never import the tasks module.

A broker that refuses a message (Redis down) is logged, never raised into the
caller: a learner's request that completed a course must not fail because a
certificate could not be queued. The periodic sweep (``tasks.sweep_certificates``)
issues and renders whatever such an outage left behind.
"""

import logging
from functools import partial
from importlib import import_module

from django.db import transaction

logger = logging.getLogger(__name__)


def enqueue(task_name: str, *args) -> bool:
    """Send ``certificates.tasks.<task_name>(*args)`` now; False when that failed."""
    task = getattr(import_module("certificates.tasks"), task_name)
    try:
        task.delay(*args)
    except Exception:
        logger.exception("Could not enqueue %s%s; the sweep will pick it up", task_name, args)
        return False
    return True


def enqueue_on_commit(task_name: str, *args) -> None:
    """Send the task once the current transaction commits (at once outside one)."""
    transaction.on_commit(partial(enqueue, task_name, *args))
