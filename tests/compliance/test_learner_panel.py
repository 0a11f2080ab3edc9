""" "Belajar Saya" shows the learner's assigned courses and deadlines first."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from compliance.models import Assignment, Exemption
from tests.compliance.world import build_world
from tests.factories import build_course

pytestmark = pytest.mark.django_db


def page(client, user):
    client.force_login(user)
    response = client.get(reverse("learning:my_learning"))
    assert response.status_code == 200
    return response.content.decode()


def test_assigned_courses_come_first_with_their_deadline(client):
    world = build_world(deadline=timezone.localdate() + datetime.timedelta(days=12))
    html = page(client, world.people["h2"].user)
    assert "Kursus wajib dari instansi Anda" in html
    panel = html.index("Kursus wajib dari instansi Anda")
    assert panel < html.index("Jam pelajaran tahun")  # above everything else
    assert world.c1.course.title in html[panel : html.index("Jam pelajaran tahun")]
    due = world.assignment.due_date
    assert f"{due.day} " in html and "12 hari lagi" in html and "Belum mulai" in html


def test_completed_overdue_and_exempt_are_told_apart(client):
    world = build_world()  # the deadline passed ten days ago
    assert "Lewat tenggat" in page(client, world.people["h1"].user)
    assert "Selesai" in page(client, world.people["s1"].user)
    Exemption.objects.create(
        assignment=world.assignment, roster_entry=world.people["h2"], reason="cuti"
    )
    assert "Dikecualikan oleh instansi" in page(client, world.people["h2"].user)
    # Not assigned (Dinas): no panel.
    assert "Kursus wajib dari instansi Anda" not in page(client, world.people["d1"].user)


def test_missing_prerequisites_are_shown_before_the_course(client):
    world = build_world(deadline=timezone.localdate() + datetime.timedelta(days=12))
    world.c1.course.prerequisites.add(world.c2.course)
    world.c1.course.save_revision().publish()
    html = page(client, world.people["h2"].user)
    assert "prasyarat" in html and world.c2.course.title in html


def test_belajar_saya_stays_within_its_query_budget(client, django_assert_max_num_queries):
    world = build_world(deadline=timezone.localdate() + datetime.timedelta(days=12))
    for _ in range(3):
        extra = build_course()
        assignment = Assignment.objects.create(
            agency_id=world.agency.pk,
            course=extra.course,
            deadline_kind="days",
            due_days=30,
            starts_on=timezone.localdate(),
        )
        Exemption.objects.create(
            assignment=assignment, roster_entry=world.people["h2"], reason="cuti"
        )
    user = world.people["h2"].user
    client.force_login(user)
    client.get(reverse("learning:my_learning"))
    with django_assert_max_num_queries(15):
        assert client.get(reverse("learning:my_learning")).status_code == 200
