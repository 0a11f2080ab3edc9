"""learning.api: the interface other apps use for learner state."""

import pytest
from django.utils import timezone

from learning import api, roles
from learning.models import Enrolment
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    build_course,
    make_agency_admin,
    make_in_group,
)

pytestmark = pytest.mark.django_db


def test_learner_profile_names_the_learner_and_masks_the_nip():
    learner = LearnerFactory(full_name="Siti Rahma")
    profile = api.learner_profile(user_id=learner.pk)
    assert profile.full_name == "Siti Rahma"
    assert profile.agency_name == learner.agency.name
    assert profile.nip == learner.nip
    assert profile.masked_nip.startswith(learner.nip[:4]) and "*" in profile.masked_nip
    assert api.learner_profile(user_id=learner.pk + 1000) is None


def test_records_are_seen_by_owner_own_agency_admin_and_national_admin(groups):
    learner = LearnerFactory()
    own_admin = make_agency_admin(learner.agency)
    other_admin = make_agency_admin(AgencyFactory())
    national = make_in_group(roles.NATIONAL_ADMIN)
    stranger = LearnerFactory()
    for viewer, allowed in (
        (learner, True),
        (own_admin, True),
        (national, True),
        (other_admin, False),
        (stranger, False),
    ):
        assert (
            api.may_see_learner_records(
                viewer, learner_id=learner.pk, learner_agency_id=learner.agency_id
            )
            is allowed
        )


def test_completed_enrolments_skip_open_ones_and_pairs_already_handled():
    tree = build_course()
    done, open_, handled = LearnerFactory(), LearnerFactory(), LearnerFactory()
    now = timezone.now()
    Enrolment.objects.create(user=done, course=tree.course, completed_at=now)
    Enrolment.objects.create(user=open_, course=tree.course)
    Enrolment.objects.create(user=handled, course=tree.course, completed_at=now)
    rows = list(api.completed_enrolments())
    assert {row.user_id for row in rows} == {done.pk, handled.pk}
    already = Enrolment.objects.filter(user=handled)  # stands in for another app's records
    rows = list(api.completed_enrolments(exclude_pairs_of=already))
    assert [row.user_id for row in rows] == [done.pk]
    assert api.get_completed_enrolment(user_id=open_.pk, course_id=tree.course.pk) is None
    assert api.get_completed_enrolment(user_id=done.pk, course_id=tree.course.pk).completed_at
