"""Deadline reminders at 14, 7 and 1 days before and once after; never twice for a step;
the weekly digest to agency admins. Emails are Indonesian, HTML and plain text."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from compliance import deadlines
from compliance.models import Assignment, DigestLog, ReminderLog
from compliance.services import digests, reminders
from learning.models import RosterEntry
from tests.compliance.world import build_world
from tests.factories import make_agency_admin

pytestmark = pytest.mark.django_db

Step = ReminderLog.Step


def _world(due_in_days):
    world = build_world(deadline=timezone.localdate() + datetime.timedelta(days=due_in_days))
    RosterEntry.objects.filter(pk=world.people["s2"].pk).update(email="s2@instansi.go.id")
    return world


def _run(world, *, on=None, capture=None):
    assignment = Assignment.objects.get(pk=world.assignment.pk)
    if on is not None:
        reminders.due_reminders(assignment, on=on)
        return reminders.send_pending(assignment)
    return reminders.send_for_assignment(assignment.pk)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_fourteen_days_before_reminds_those_who_have_not_completed():
    world = _world(14)
    assert _run(world) == 4
    # h1 h2 m2 have accounts; s2 has only a roster email; h3 has none (no reminder);
    # s1 m1 completed; m3 k1 are exempt; d1 d2 are not assigned.
    expected = sorted(
        [world.people[name].user.email for name in ("h1", "h2", "m2")] + ["s2@instansi.go.id"]
    )
    assert recipients() == expected
    assert set(ReminderLog.objects.values_list("step", flat=True)) == {Step.DAYS_14}
    assert set(ReminderLog.objects.values_list("status", flat=True)) == {"sent"}


def test_running_twice_never_sends_a_step_twice():
    world = _world(14)
    _run(world)
    _run(world)
    assert len(mail.outbox) == 4
    assert ReminderLog.objects.count() == 4


def test_two_runs_racing_write_the_step_once():
    world = _world(14)
    assignment = Assignment.objects.get(pk=world.assignment.pk)
    reminders.due_reminders(assignment)
    reminders.due_reminders(assignment)  # the second run finds every row taken
    assert ReminderLog.objects.count() == 4
    assert reminders.send_pending(assignment) == 4
    assert reminders.send_pending(assignment) == 0
    assert len(mail.outbox) == 4


def test_each_step_once_across_the_days_to_the_deadline_and_after():
    world = _world(20)
    today = timezone.localdate()
    sent_by_day = {}
    for offset in range(0, 30):
        mail.outbox.clear()
        _run(world, on=today + datetime.timedelta(days=offset))
        sent_by_day[offset] = len(mail.outbox)
    due = deadlines.today() + datetime.timedelta(days=20)
    assert {day for day, count in sent_by_day.items() if count} == {
        (due - datetime.timedelta(days=14) - today).days,
        (due - datetime.timedelta(days=7) - today).days,
        (due - datetime.timedelta(days=1) - today).days,
        (due + datetime.timedelta(days=1) - today).days,
    }
    steps = ReminderLog.objects.filter(roster_entry=world.people["h2"]).values_list(
        "step", flat=True
    )
    assert sorted(steps) == [Step.OVERDUE, Step.DAYS_1, Step.DAYS_7, Step.DAYS_14]


def test_a_missed_step_is_not_sent_late():
    world = _world(5)  # the 14-day step was never run
    _run(world)
    assert set(ReminderLog.objects.values_list("step", flat=True)) == {Step.DAYS_7}


def test_days_after_joining_reminds_each_person_by_their_own_deadline():
    world = build_world(c1_kind="days", due_days=30)
    assignment = Assignment.objects.get(pk=world.assignment.pk)
    today = timezone.localdate()
    # The cycle opened 60 days ago, so the old staff's deadline passed 30 days ago.
    old = timezone.now() - datetime.timedelta(days=90)
    RosterEntry.objects.filter(agency=world.agency).update(created_at=old)
    # h2 joined 16 days ago: 14 days left.
    RosterEntry.objects.filter(pk=world.people["h2"].pk).update(
        created_at=deadlines.start_of_day(today - datetime.timedelta(days=16))
    )
    reminders.due_reminders(assignment)
    steps = dict(ReminderLog.objects.values_list("roster_entry__full_name", "step"))
    assert steps == {"h1": Step.OVERDUE, "h2": Step.DAYS_14, "m2": Step.OVERDUE}
    h2 = ReminderLog.objects.get(roster_entry=world.people["h2"])
    assert h2.due_on == today + datetime.timedelta(days=14)


def test_reminder_is_indonesian_html_and_text_with_the_site_address(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://akademi.example.go.id"
    world = _world(7)
    _run(world)
    message = next(m for m in mail.outbox if world.people["h2"].user.email in m.to)
    assert "Pengingat: kursus wajib" in message.subject
    assert world.c1.course.title in message.subject
    assert "tenggat" in message.body.lower() and "7 hari lagi" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and '<a href="https://akademi.example.go.id' in html
    assert "https://akademi.example.go.id" in message.body
    assert "example.com" not in message.body + html


def test_weekly_digest_goes_to_agency_admins_once_a_week(groups):
    world = _world(7)
    admin = make_agency_admin(world.agency, full_name="Admin A")
    make_agency_admin(world.other)  # no assignment there: no digest
    today = timezone.localdate()
    assert digests.send_all(on=today) == 1
    assert digests.send_all(on=today) == 0  # the same week: nothing twice
    assert [m.to for m in mail.outbox] == [[admin.email]]
    message = mail.outbox[0]
    assert "Ringkasan mingguan" in message.subject
    assert world.c1.course.title in message.body and "2 dari 7" in message.body
    assert message.alternatives[0][1] == "text/html"
    assert DigestLog.objects.get().status == "sent"
    assert digests.send_all(on=today + datetime.timedelta(days=7)) == 1
