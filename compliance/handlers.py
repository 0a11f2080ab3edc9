"""Receivers of learning's signals: each calls one service, or enqueues a task by id."""

from learning import api


def on_course_completed(sender, user, course, enrolment, **kwargs):
    """Snapshot where the person was when they finished (sent after commit)."""
    from compliance.services import records

    records.record_completion(
        user_id=user.pk, course_id=course.pk, completed_at=enrolment.completed_at
    )


def on_learner_joined_roster(sender, user_id, agency_id, **kwargs):
    """A new rostered account: enrol it in the courses its agency assigned."""
    from compliance.services import assignments

    assignments.member_joined(user_id=user_id, agency_id=agency_id)


def on_roster_changed(sender, agency_ids, **kwargs):
    """Accounts linked, staff moved or transferred: enrol and recount those agencies."""
    from compliance.services import assignments

    assignments.rosters_changed(agency_ids=agency_ids)


def on_assignment_changed(sender, instance, **kwargs):
    """What an agency's staff see of their orders changed: their cached pages go."""
    api.agency_learners_changed(agency_id=instance.agency_id)


def on_exemption_changed(sender, instance, **kwargs):
    """The person's orders changed: their cached pages go."""
    entry_users = api.roster_entry_user_ids(entry_ids=[instance.roster_entry_id])
    api.learner_state_changed(user_ids=entry_users)


def connect():
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from compliance.models import Assignment, Exemption

    for signal in (post_save, post_delete):
        uid = f"compliance.learner_state.{id(signal)}"
        signal.connect(on_assignment_changed, sender=Assignment, dispatch_uid=f"{uid}.a")
        signal.connect(on_exemption_changed, sender=Exemption, dispatch_uid=f"{uid}.e")
    m2m_changed.connect(
        on_assignment_changed, sender=Assignment.units.through, dispatch_uid="compliance.units"
    )
    api.course_completed.connect(on_course_completed, dispatch_uid="compliance.completed")
    api.learner_joined_roster.connect(on_learner_joined_roster, dispatch_uid="compliance.joined")
    api.roster_changed.connect(on_roster_changed, dispatch_uid="compliance.roster_changed")
