"""Enqueue a compliance task after the current transaction commits.

Services name tasks by string and never import ``compliance.tasks`` (tasks import
services), so there is no import cycle; the task module is loaded when the
transaction commits. A rolled-back request enqueues nothing, and a worker never
looks for a row the request has not committed yet.
"""

from importlib import import_module

from django.db import transaction


def enqueue(task_name: str, *args) -> None:
    def send():
        getattr(import_module("compliance.tasks"), task_name).delay(*args)

    transaction.on_commit(send)
