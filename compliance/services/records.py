"""Completion records: where each completion happened, for past figures."""

from collections.abc import Iterable
from datetime import datetime

from django.db.models import OuterRef

from compliance.dispatch import enqueue
from compliance.models import AgencyFigures, CompletionRecord
from learning import api


def record_completion(*, user_id: int, course_id: int, completed_at: datetime) -> bool:
    """Keep the completion with the person's agency and unit of this moment; True if new.

    The roster entry says where the person works; without one (not rostered), the
    agency and unit on their account. Idempotent (unique per user, course, time).
    The agency's national figures are marked for recount.
    """
    membership = api.learner_membership(user_id=user_id)
    if membership is not None:
        agency_id, unit_id = membership.agency_id, membership.unit_id
    else:
        profile = api.learner_profile(user_id=user_id)
        agency_id = profile.agency_id if profile else None
        unit_id = profile.unit_id if profile else None
    _record, created = CompletionRecord.objects.get_or_create(
        user_id=user_id,
        course_id=course_id,
        completed_at=completed_at,
        defaults={"agency_id": agency_id, "unit_id": unit_id},
    )
    if agency_id is not None:
        mark_stale(agency_ids=[agency_id])
    return created


def mark_stale(*, agency_ids: Iterable[int]) -> None:
    """The agencies' national figures need a recount.

    A recount is enqueued only when a row turns stale (or is new): while one is
    pending, more writes just find the row stale already, so a burst of
    completions costs one recount. The periodic task catches anything missed.
    """
    for agency_id in set(agency_ids):
        row, created = AgencyFigures.objects.get_or_create(agency_id=agency_id)
        if created or AgencyFigures.objects.filter(pk=row.pk, stale=False).update(stale=True):
            enqueue("refresh_agency_figures", agency_id)


def backfill_missing(*, limit: int = 5_000) -> int:
    """Record completions the signal missed (a crash between commit and receiver).

    Where the person was is taken as where they are now: the best that can be
    known afterwards. Returns the number recorded.
    """
    made = 0
    recorded = CompletionRecord.objects.filter(completed_at=OuterRef("completed_at"))
    for row in api.completed_enrolments(exclude_pairs_of=recorded):
        made += record_completion(
            user_id=row.user_id, course_id=row.course_id, completed_at=row.completed_at
        )
        if made >= limit:
            break
    return made
