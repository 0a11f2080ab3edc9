"""A new learner, before enrolling in anything, sees where to start on "Belajar Saya"."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import CoursePage
from learning.models import Enrolment
from learning.selectors import learner_dashboard
from learning.services import progress
from tests.compliance.world import build_world
from tests.factories import LearnerFactory, build_course

pytestmark = pytest.mark.django_db


def my_learning(client, user):
    client.force_login(user)
    response = client.get(reverse("learning:my_learning"))
    assert response.status_code == 200
    return response.content.decode()


def test_new_learner_sees_recommended_courses_mandatory_for_all_first(client):
    first = build_course(title="Etika Bermedia Sosial")
    mandatory = build_course(title="Humas untuk Non-Humas")
    CoursePage.objects.filter(pk=mandatory.course.pk).update(mandatory_for_all=True)
    html = my_learning(client, LearnerFactory())
    assert "Kursus yang disarankan untuk memulai" in html
    section = html[html.index("Kursus yang disarankan") :]
    assert section.index("Humas untuk Non-Humas") < section.index("Etika Bermedia Sosial")
    assert "Wajib bagi semua ASN" in section
    assert f'href="{first.course.url}"' in section


def test_recommendations_leave_out_courses_already_taken():
    learner = LearnerFactory()
    taken, other = build_course(), build_course()
    enrolment = progress.enrol(learner, taken.course)
    enrolment.completed_at = timezone.now()
    enrolment.save()
    state = learner_dashboard.my_learning(learner)
    assert [course.pk for course in state["recommended"]] == [other.course.pk]


def test_learner_with_a_course_in_progress_sees_no_recommendations(client):
    learner = LearnerFactory()
    tree = build_course()
    build_course()
    progress.enrol(learner, tree.course)
    assert learner_dashboard.my_learning(learner)["recommended"] == []
    assert "Kursus yang disarankan" not in my_learning(client, learner)


def test_unpublished_courses_are_not_recommended():
    tree = build_course()
    CoursePage.objects.get(pk=tree.course.pk).unpublish()
    assert learner_dashboard.recommended_courses(LearnerFactory()) == []


def test_new_rostered_learner_sees_the_agencys_mandatory_courses_and_recommendations(client):
    """The mandatory ones come from the compliance app's panel (learner_panels hook)."""
    world = build_world(deadline=timezone.localdate() + datetime.timedelta(days=12))
    user = world.people["h2"].user
    Enrolment.objects.filter(user=user).delete()  # nothing taken yet
    html = my_learning(client, user)
    assert "Kursus wajib dari instansi Anda" in html
    panel = html.index("Kursus wajib dari instansi Anda")
    assert world.c1.course.title in html[panel : html.index("Jam pelajaran tahun")]
    assert "Kursus yang disarankan untuk memulai" in html
