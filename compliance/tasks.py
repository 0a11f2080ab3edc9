"""Celery tasks: ids as arguments, idempotent, late acknowledgement, retried on database
errors with backoff. Each one calls a service; services enqueue tasks by name
(``compliance.dispatch``), never by importing this module."""

import logging

from celery import shared_task
from django.db import OperationalError

from compliance.services import assignments, digests, exports, figures, records, reminders

logger = logging.getLogger(__name__)

_TASK_OPTIONS = {
    "acks_late": True,
    "autoretry_for": (OperationalError,),
    "retry_backoff": True,
    "max_retries": 3,
}


@shared_task(**_TASK_OPTIONS)
def enrol_assigned_staff(assignment_id):
    return assignments.enrol_assigned_staff(assignment_id)


@shared_task(**_TASK_OPTIONS)
def enrol_member(user_id):
    return assignments.enrol_member(user_id)


@shared_task(**_TASK_OPTIONS)
def sync_agency_assignments(agency_id):
    return assignments.sync_agency_assignments(agency_id)


@shared_task(**_TASK_OPTIONS)
def open_assignment_cycles():
    """Daily: yearly assignments whose new cycle began close last cycle's completions."""
    return assignments.open_cycles()


@shared_task(**_TASK_OPTIONS)
def renew_assignment_cycle(assignment_id):
    return assignments.renew_cycle(assignment_id)


@shared_task(**_TASK_OPTIONS)
def send_deadline_reminders():
    """Daily: enqueue each active assignment's reminders."""
    return reminders.enqueue_all()


@shared_task(**_TASK_OPTIONS)
def send_assignment_reminders(assignment_id):
    return reminders.send_for_assignment(assignment_id)


@shared_task(**_TASK_OPTIONS)
def send_weekly_digests():
    """Weekly: each agency admin gets their agency's week (once per week)."""
    return digests.send_all()


@shared_task(**_TASK_OPTIONS)
def build_export(export_id):
    return exports.build(export_id)


@shared_task(**_TASK_OPTIONS)
def purge_old_exports():
    return exports.purge_old_files()


@shared_task(**_TASK_OPTIONS)
def refresh_agency_figures(agency_id):
    """One agency's national figures, after a writer marked them stale."""
    figures.refresh_agency(agency_id)


@shared_task(**_TASK_OPTIONS)
def refresh_stale_figures():
    """Every few minutes: recount agencies whose national figures a writer marked stale."""
    return figures.refresh_stale()


@shared_task(**_TASK_OPTIONS)
def refresh_all_figures():
    """Nightly: recount every agency (cycles open and deadlines pass with time)."""
    return figures.refresh_all()


@shared_task(**_TASK_OPTIONS)
def sweep_completion_records():
    """Hourly: record completions whose signal was lost (a crash after commit)."""
    made = records.backfill_missing()
    if made:
        logger.warning("Recorded %s completion(s) the signal had missed", made)
    return made
