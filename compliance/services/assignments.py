"""Assignments: an agency's order to complete a course by a deadline.

Creating or changing one enrols every rostered account it covers at once (a
Celery task, after commit); others are enrolled when they sign up or are linked
(learning's ``learner_joined_roster`` and ``roster_changed`` signals). A yearly
assignment's new cycle closes the previous cycle's completions (``open_cycles``).
"""

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from compliance import deadlines
from compliance.dispatch import enqueue
from compliance.models import Assignment
from compliance.selectors.coverage import covering
from compliance.services.records import mark_stale
from learning import api


class AssignmentError(Exception):
    """A change the rules refuse; the message is shown to the admin as is."""


@dataclass(frozen=True)
class AssignmentInput:
    course_id: int
    unit_ids: tuple
    deadline_kind: str
    due_date: date | None
    due_days: int | None
    recurring: bool
    starts_on: date


def check(data: AssignmentInput, *, on: date | None = None) -> None:
    """The deadline rules, as Indonesian messages."""
    on = on or deadlines.today()
    if data.starts_on > on:
        raise AssignmentError(_("Siklus tidak boleh dimulai di masa depan."))
    if data.deadline_kind == Assignment.DeadlineKind.DATE:
        if data.due_date is None:
            raise AssignmentError(_("Isi tanggal tenggat."))
        if not data.recurring and data.due_date < on:
            raise AssignmentError(_("Tanggal tenggat sudah lewat."))
        if data.due_date < data.starts_on:
            raise AssignmentError(_("Tenggat tidak boleh sebelum siklus dimulai."))
        if data.recurring and data.due_date >= deadlines.add_years(data.starts_on, 1):
            raise AssignmentError(
                _(
                    "Untuk penugasan tahunan, tenggat harus jatuh kurang "
                    "dari setahun setelah siklus dimulai."
                )
            )
    else:
        if not data.due_days or data.due_days < 1:
            raise AssignmentError(_("Isi jumlah hari (paling sedikit 1)."))
        if data.due_days > 365:
            raise AssignmentError(_("Jumlah hari paling banyak 365."))


def _fields(data: AssignmentInput) -> dict:
    relative = data.deadline_kind == Assignment.DeadlineKind.DAYS_AFTER_JOINING
    return {
        "course_id": data.course_id,
        "deadline_kind": data.deadline_kind,
        "due_date": None if relative else data.due_date,
        "due_days": data.due_days if relative else None,
        "recurring": data.recurring,
        "starts_on": data.starts_on,
    }


def create_assignment(
    *, agency_id: int, data: AssignmentInput, created_by: AbstractBaseUser
) -> Assignment:
    check(data)
    try:
        with transaction.atomic():
            assignment = Assignment.objects.create(
                agency_id=agency_id, created_by=created_by, **_fields(data)
            )
            assignment.units.set(data.unit_ids)
    except IntegrityError:
        raise AssignmentError(
            _("Kursus ini sudah ditugaskan di instansi Anda. Ubah penugasan yang ada.")
        )
    _after_change(assignment)
    return assignment


def update_assignment(assignment: Assignment, *, data: AssignmentInput) -> Assignment:
    """Change the deadline or the units; the course stays (withdraw and assign anew)."""
    check(data)
    if data.course_id != assignment.course_id:
        raise AssignmentError(
            _("Kursus penugasan tidak dapat diganti. Tarik penugasan ini lalu buat yang baru.")
        )
    with transaction.atomic():
        for name, value in _fields(data).items():
            setattr(assignment, name, value)
        assignment.save()
        assignment.units.set(data.unit_ids)
    _after_change(assignment)
    return assignment


def withdraw_assignment(assignment: Assignment) -> None:
    """The course is no longer mandatory; enrolments and completions stay the learners'."""
    with transaction.atomic():
        Assignment.objects.filter(pk=assignment.pk, active=True).update(
            active=False, withdrawn_at=timezone.now()
        )
        api.agency_learners_changed(agency_id=assignment.agency_id)
    mark_stale(agency_ids=[assignment.agency_id])


def _after_change(assignment: Assignment) -> None:
    mark_stale(agency_ids=[assignment.agency_id])
    enqueue("enrol_assigned_staff", assignment.pk)


def _unit_paths(assignment: Assignment) -> list[str] | None:
    unit_ids = set(assignment.unit_ids())
    if not unit_ids:
        return None
    return [unit.path for unit in api.units(agency_id=assignment.agency_id) if unit.id in unit_ids]


def enrol_assigned_staff(assignment_id: int) -> int:
    """Enrol every account on the assignment's part of the roster; idempotent."""
    assignment = Assignment.objects.filter(pk=assignment_id, active=True).first()
    if assignment is None:
        return 0
    paths = _unit_paths(assignment)
    if paths == []:
        return 0
    return api.enrol_learners(
        user_ids=api.roster_user_ids(agency_id=assignment.agency_id, unit_paths=paths),
        course_id=assignment.course_id,
    )


def member_joined(*, user_id: int, agency_id: int) -> None:
    mark_stale(agency_ids=[agency_id])
    enqueue("enrol_member", user_id)


def enrol_member(user_id: int) -> int:
    """Enrol one account in every active assignment that covers its roster entry."""
    membership = api.learner_membership(user_id=user_id)
    if membership is None:
        return 0
    made = 0
    for assignment in covering(agency_id=membership.agency_id, unit_path=membership.unit_path):
        made += api.enrol_learners(user_ids=[user_id], course_id=assignment.course_id)
    return made


def rosters_changed(*, agency_ids: Collection[int]) -> None:
    mark_stale(agency_ids=agency_ids)
    for agency_id in agency_ids:
        enqueue("sync_agency_assignments", agency_id)


def sync_agency_assignments(agency_id: int) -> int:
    """After a roster import: enrol newly linked or moved staff in their assignments."""
    return sum(
        enrol_assigned_staff(assignment.pk)
        for assignment in Assignment.objects.filter(agency_id=agency_id, active=True)
    )


def open_cycles(*, on: date | None = None) -> int:
    """Close last cycle's completions of every yearly assignment whose new cycle opened.

    Each assignment is claimed with a conditional UPDATE of ``opened_cycle``, so two
    runs never renew the same cycle twice (renewing is idempotent besides). Returns
    the number of assignments whose cycle was opened.
    """
    opened = 0
    for assignment in Assignment.objects.filter(active=True, recurring=True):
        cycle = deadlines.current_cycle(assignment, on=on)
        if cycle.index <= assignment.opened_cycle:
            continue
        claimed = Assignment.objects.filter(
            pk=assignment.pk, opened_cycle=assignment.opened_cycle
        ).update(opened_cycle=cycle.index)
        if claimed:
            api.agency_learners_changed(agency_id=assignment.agency_id)
            enqueue("renew_assignment_cycle", assignment.pk)
            opened += 1
    return opened


def renew_cycle(assignment_id: int) -> int:
    """Reopen the course for everyone the assignment covers whose completion is older
    than the current cycle; they take it again."""
    assignment = Assignment.objects.filter(pk=assignment_id, active=True).first()
    if assignment is None:
        return 0
    cycle = deadlines.current_cycle(assignment)
    if cycle.counts_since is None:
        return 0
    paths = _unit_paths(assignment)
    if paths == []:
        return 0
    renewed = api.renew_completions(
        course_id=assignment.course_id,
        completed_before=cycle.counts_since,
        user_ids=api.roster_user_ids(agency_id=assignment.agency_id, unit_paths=paths),
    )
    mark_stale(agency_ids=[assignment.agency_id])
    return renewed
