"""Deadline reminders: 14, 7 and 1 days before a person's deadline, and once after it.

Each day ``enqueue_all`` hands every active assignment to a task; the task finds,
in SQL, the assigned staff who have not completed, are not exempt, have an email
(their account's, else the roster's) and are in a step window today, and writes a
``ReminderLog`` row per person *before* sending (unique per assignment, person,
step and cycle — a second run finds the rows taken). It then claims its PENDING
rows with one conditional UPDATE and sends them: never twice for the same step.
"""

import logging
import uuid
from datetime import date

from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import Coalesce, NullIf
from django.urls import reverse
from django.utils import timezone

from compliance import deadlines, emails
from compliance.dispatch import enqueue
from compliance.models import Assignment, ReminderLog
from compliance.selectors.staff import course_context, staff_with_status
from learning import api

logger = logging.getLogger(__name__)

Step = ReminderLog.Step
Status = ReminderLog.Status


def enqueue_all() -> int:
    ids = list(
        Assignment.objects.filter(active=True, course__live=True).values_list("pk", flat=True)
    )
    for assignment_id in ids:
        enqueue("send_assignment_reminders", assignment_id)
    return len(ids)


def _window(assignment, cycle, step, on):
    """A filter on roster rows for the people in ``step``'s window today, or None."""
    if cycle.due_on is not None:
        return Q() if deadlines.step_for(deadlines.days_left(cycle.due_on, on=on)) == step else None
    include_early, low, high = deadlines.joined_window(assignment, cycle, step, on=on)
    opens = deadlines.start_of_day(cycle.opens_on)
    condition = Q(created_at__gte=low, created_at__lt=high) if low < high else None
    if include_early:
        early = Q(created_at__lt=opens)
        condition = early if condition is None else condition | early
    return condition


def due_reminders(assignment: Assignment, *, on: date | None = None) -> int:
    """Write the PENDING rows for everyone due a step today; returns how many are new."""
    on = on or deadlines.today()
    context = course_context(
        agency_id=assignment.agency_id, course_id=assignment.course_id, units=None
    )
    cycle = context.cycle
    staff = staff_with_status(agency_id=assignment.agency_id, unit_path=None, context=context)
    staff = staff.filter(exempt=False, completed_on__isnull=True).annotate(
        address=Coalesce(NullIf("user__email", Value("")), NullIf("email", Value("")))
    )
    staff = staff.filter(address__isnull=False)
    made = 0
    for step in Step.values:
        window = _window(assignment, cycle, step, on)
        if window is None:
            continue
        sent = ReminderLog.objects.filter(
            assignment=assignment, roster_entry_id=OuterRef("pk"), step=step, cycle=cycle.index
        )
        rows = staff.filter(window).exclude(Exists(sent)).values_list("pk", "address", "created_at")
        logs = [
            ReminderLog(
                assignment=assignment,
                roster_entry_id=entry_id,
                step=step,
                cycle=cycle.index,
                email=address,
                due_on=deadlines.personal_due_on(assignment, cycle, timezone.localdate(joined)),
            )
            for entry_id, address, joined in rows.iterator(chunk_size=2_000)
        ]
        made += len(ReminderLog.objects.bulk_create(logs, batch_size=1_000, ignore_conflicts=True))
    return made


def send_for_assignment(assignment_id: int) -> int:
    """Write today's reminders for one assignment, then send the PENDING ones."""
    assignment = (
        Assignment.objects.filter(pk=assignment_id, active=True).select_related("course").first()
    )
    if assignment is None:
        return 0
    due_reminders(assignment)
    return send_pending(assignment)


def send_pending(assignment: Assignment) -> int:
    """Claim this assignment's PENDING rows and send them; returns the number sent."""
    claim = uuid.uuid4().hex
    ReminderLog.objects.filter(assignment=assignment, status=Status.PENDING).update(
        status=Status.SENDING, claim=claim
    )
    logs = list(ReminderLog.objects.filter(claim=claim, status=Status.SENDING).order_by("pk"))
    if not logs:
        return 0
    names = dict(
        api.roster_staff(agency_id=assignment.agency_id)
        .filter(pk__in=[log.roster_entry_id for log in logs])
        .values_list("pk", "full_name")
    )
    agency = api.agency(agency_id=assignment.agency_id)
    course_url = assignment.course.get_url()
    sent = 0
    with emails.connection() as connection:
        for log in logs:
            message = emails.build(
                "reminder",
                to=log.email,
                context={
                    "name": names.get(log.roster_entry_id, ""),
                    "agency": agency,
                    "course": assignment.course,
                    "due_on": log.due_on,
                    "step": log.step,
                    "days_left": deadlines.days_left(log.due_on),
                    "course_url": emails.site_url(course_url or "/"),
                    "signup_url": emails.site_url(reverse("account_signup")),
                    "recurring": assignment.recurring,
                },
            )
            message.connection = connection
            try:
                message.send()
            except Exception as exc:  # the row says it failed; it is not retried (at most once)
                logger.exception("Reminder %s could not be sent", log.pk)
                ReminderLog.objects.filter(pk=log.pk).update(
                    status=Status.FAILED, error=str(exc)[:255]
                )
                continue
            ReminderLog.objects.filter(pk=log.pk).update(status=Status.SENT, sent_at=timezone.now())
            sent += 1
    return sent
