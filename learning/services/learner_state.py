"""The learner's state token: what a cached fragment of a learner's own page is keyed by.

``User.state_token`` gets a new random value, in the same transaction, whenever
anything a learner's own pages show changes: an enrolment, a lesson completion, a
quiz attempt, a practice answer, a closed completion, a roster entry, the account
itself (receivers in ``apps.py``), and through ``learning.api`` a certificate or an
agency's assignment. Bulk writes (``update``, ``bulk_create``) send no signals, so the
services that make them call ``touch`` themselves; ``tests/conftest.py`` fails any
test in which product code writes one of these tables and no touch follows.

A token is random, never a counter: an old copy of the account saved back over a
newer one cannot bring back a value a cached fragment was once keyed by, since the
save's own receiver replaces it again. Being in the database, it cannot be lost in a
cache outage either.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.db.models import QuerySet

    from learning.models import User


def new_token() -> str:
    return secrets.token_hex(8)


def touch(user_ids: Iterable[int | None] | QuerySet) -> str | None:
    """Give these accounts a new state token (ids, or a queryset of user ids). One query.

    Returns the token (None when there was no one to touch).
    """
    from django.db.models import QuerySet

    from learning.models import User

    if not isinstance(user_ids, QuerySet):
        user_ids = {pk for pk in user_ids if pk is not None}
        if not user_ids:
            return None
    token = new_token()
    User.objects.filter(pk__in=user_ids).update(state_token=token)
    return token


def touch_agency(agency_id: int) -> None:
    """Every account on the agency's roster (active or not) and every member of it:
    something all of them see changed (a roster apply, an assignment). Two queries."""
    from learning.models import RosterEntry, User

    touch(User.objects.filter(agency_id=agency_id).values("pk"))
    touch(RosterEntry.objects.filter(agency_id=agency_id, user__isnull=False).values("user_id"))


def touch_user(user: User) -> None:
    """``touch`` for one account, and the object in hand follows, so a page rendered
    later in the same request is keyed by the new token, not the one read before."""
    if user is not None and user.pk is not None:
        user.state_token = touch([user.pk])


def row_changed(sender, instance=None, **kwargs) -> None:
    """Signal receiver: a row of a learner's state was saved or deleted."""
    user = instance._state.fields_cache.get("user")
    if user is not None:
        touch_user(user)
    else:
        touch([getattr(instance, "user_id", None)])


def account_saved(sender, instance=None, created=False, **kwargs) -> None:
    """Signal receiver: an account was saved (its name, agency, status…)."""
    if not created:
        touch([instance.pk])
