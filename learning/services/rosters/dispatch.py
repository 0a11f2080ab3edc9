"""Sending roster work to Celery without importing the tasks module.

Tasks import services (they call them); services never import tasks, so no import
cycle forms. A service names the task by its dotted path and sends it here, after
the transaction that wrote the import commits.
"""

import logging

from django.db import transaction
from django.utils.module_loading import import_string
from kombu.exceptions import OperationalError as BrokerError

from . import retries

logger = logging.getLogger(__name__)

VALIDATE = "learning.tasks.validate_roster_import_task"
APPLY = "learning.tasks.apply_roster_import_task"


def enqueue(task_path: str, import_id: int) -> bool:
    """Send the task at ``task_path`` for the import; never fails the request that asked.

    False, with the import marked as waiting for the queue, when the broker cannot be
    reached: the sweep sends it later.
    """
    task = import_string(task_path)
    try:
        task.delay(import_id)
    except (BrokerError, OSError):
        logger.warning(
            "Broker unreachable: roster import %s waits for the sweep", import_id, exc_info=True
        )
        retries.wait_for_queue(import_id)
        return False
    return True


def enqueue_on_commit(task_path: str, import_id: int) -> None:
    """``enqueue`` once the current transaction commits (at once outside one)."""
    transaction.on_commit(lambda: enqueue(task_path, import_id))
