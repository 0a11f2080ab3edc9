"""Enqueue a compliance task after the current transaction commits.

Services name tasks by string and never import ``compliance.tasks`` (tasks import
services), so there is no import cycle; the task module is loaded when the
transaction commits. A rolled-back request enqueues nothing, and a worker never
looks for a row the request has not committed yet.

A broker that refuses the message (Redis down) is logged, never raised: the
request's own work is committed by then, and a learner who just completed a course
must see a normal page. Periodic tasks catch up (``refresh_stale_figures`` recounts
every figure still marked stale).
"""

import logging
from importlib import import_module

from django.db import transaction

logger = logging.getLogger(__name__)


def enqueue(task_name: str, *args) -> None:
    def send():
        try:
            getattr(import_module("compliance.tasks"), task_name).delay(*args)
        except Exception:
            logger.exception("Could not enqueue compliance task %s%s", task_name, args)

    transaction.on_commit(send)
