"""Staff lists per state agree with the dashboard's counts; search, paging, exemptions,
JP per person; and the dashboard's query count does not grow with the roster."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from compliance.models import Exemption
from compliance.selectors import staff as states
from compliance.selectors.figures import scope_figures
from learning.models import Enrolment, LessonCompletion, RosterEntry
from tests.compliance.world import _entry, build_world
from tests.factories import make_agency_admin

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(groups):
    world = build_world()
    world.admin = make_agency_admin(world.agency)
    return world


def listed(client, world, **params):
    response = client.get(
        reverse("compliance:staff_list", args=[world.agency.pk]),
        {"kursus": world.c1.course.pk, **params},
    )
    assert response.status_code == 200
    return {row.entry.full_name for row in response.context["rows"]}


def test_every_state_list_matches_the_count_on_the_dashboard(client, world):
    client.force_login(world.admin)
    numbers = scope_figures(agency_id=world.agency.pk).row(world.c1.course.pk).numbers
    expected = {
        states.NEVER_SIGNED_UP: ({"s2", "h3"}, numbers.never_signed_up),
        states.NOT_STARTED: ({"h2", "m2"}, numbers.not_started),
        states.IN_PROGRESS: ({"h1"}, numbers.in_progress),
        states.COMPLETED: ({"s1", "m1"}, numbers.completed),
        states.OVERDUE: ({"s2", "h1", "h2", "h3", "m2"}, numbers.overdue),
        states.EXEMPT: ({"m3", "k1"}, numbers.exempt),
    }
    for status, (names, count) in expected.items():
        assert listed(client, world, status=status) == names, status
        assert len(names) == count, status
    assert len(listed(client, world)) == numbers.staff


def test_unit_filter_includes_sub_units(client, world):
    client.force_login(world.admin)
    assert listed(client, world, unit=world.units.h.pk, status=states.COMPLETED) == {"m1"}


def test_search_by_name_or_nip_prefix(client, world):
    client.force_login(world.admin)
    assert listed(client, world, q="h2") == {"h2"}
    nip = world.people["m2"].nip
    assert listed(client, world, q=nip[:16]) >= {"m2"}
    assert listed(client, world, q=nip) == {"m2"}


def test_pages_of_fifty_with_the_filters_kept(client, world, settings):
    settings.COMPLIANCE_STAFF_PAGE_SIZE = 2
    client.force_login(world.admin)
    url = reverse("compliance:staff_list", args=[world.agency.pk])
    first = client.get(url, {"kursus": world.c1.course.pk, "status": "overdue"})
    assert first.context["page_obj"].paginator.num_pages == 3
    assert "status=overdue" in first.content.decode().split('rel="next"')[0].rsplit("href=", 1)[1]
    third = client.get(url, {"kursus": world.c1.course.pk, "status": "overdue", "halaman": 3})
    assert len(third.context["rows"]) == 1


def test_list_shows_last_activity_and_jp(client, world):
    later = timezone.now() + datetime.timedelta(days=1)
    h1 = world.people["h1"].user
    done = LessonCompletion.objects.create(user=h1, lesson=world.c1.lesson, course=world.c1.course)
    LessonCompletion.objects.filter(pk=done.pk).update(completed_at=later)
    client.force_login(world.admin)
    response = client.get(
        reverse("compliance:staff_list", args=[world.agency.pk]), {"kursus": world.c1.course.pk}
    )
    rows = {row.entry.full_name: row.entry for row in response.context["rows"]}
    assert rows["h1"].last_activity == later
    enrolment = Enrolment.objects.get(user=world.people["h2"].user, course=world.c1.course)
    assert rows["h2"].last_activity == enrolment.enrolled_at
    assert rows["s1"].jp == world.c1.course.jp and rows["h1"].jp == 0
    assert "belum pernah masuk" in response.content.decode()  # s2 never signed up


def test_bad_filter_values_are_ignored_not_errors(client, world):
    client.force_login(world.admin)
    response = client.get(
        reverse("compliance:staff_list", args=[world.agency.pk]),
        {"kursus": "abc", "status": "nonsense", "unit": "x", "halaman": "-3"},
    )
    assert response.status_code == 200


def test_exempting_takes_the_person_out_of_the_denominator(client, world):
    client.force_login(world.admin)
    before = scope_figures(agency_id=world.agency.pk).row(world.c1.course.pk).numbers
    entry = world.people["h2"]
    url = reverse("compliance:exempt", args=[world.agency.pk, entry.pk, world.assignment.pk])
    response = client.post(url, {"reason": "diperbantukan", "note": "ke Setneg"})
    assert response.status_code == 302
    exemption = Exemption.objects.get(roster_entry=entry)
    assert (exemption.reason, exemption.note, exemption.created_by) == (
        "diperbantukan",
        "ke Setneg",
        world.admin,
    )
    after = scope_figures(agency_id=world.agency.pk).row(world.c1.course.pk).numbers
    assert (after.required, after.exempt, after.not_started) == (
        before.required - 1,
        before.exempt + 1,
        before.not_started - 1,
    )
    assert after.percent == 33  # 2 / 6
    client.post(
        reverse("compliance:lift_exemption", args=[world.agency.pk, entry.pk, world.assignment.pk])
    )
    assert not Exemption.objects.filter(roster_entry=entry).exists()


@pytest.mark.parametrize("data", [{}, {"reason": "liburan"}, {"reason": "lainnya", "note": ""}])
def test_exemption_without_a_valid_reason_is_refused(client, world, data):
    client.force_login(world.admin)
    entry = world.people["h2"]
    url = reverse("compliance:exempt", args=[world.agency.pk, entry.pk, world.assignment.pk])
    response = client.post(url, data, follow=True)
    assert "alasan" in response.content.decode().lower()
    assert not Exemption.objects.filter(roster_entry=entry).exists()


def test_person_page_lists_assigned_and_national_courses(client, world):
    client.force_login(world.admin)
    response = client.get(
        reverse("compliance:staff_member", args=[world.agency.pk, world.people["m3"].pk])
    )
    courses = {item.course.pk: item for item in response.context["courses"]}
    assert courses[world.c1.course.pk].status == states.EXEMPT
    assert courses[world.c2.course.pk].status == states.NEVER_SIGNED_UP
    assert courses[world.c2.course.pk].assignment is None


def test_jp_list_counts_staff_below_the_target(client, world):
    client.force_login(world.admin)
    response = client.get(reverse("compliance:jp_list", args=[world.agency.pk]), {"below": "on"})
    assert response.context["counts"]["below"] == 12  # nobody has 20 JP; d1 has 4
    assert response.context["page_obj"].paginator.count == 12
    rows = {entry.full_name: entry.jp for entry in response.context["page_obj"]}
    assert rows["d1"] == world.c1.course.jp + world.c2.course.jp
    assert rows["s2"] == 0


def _grow_roster(world, count):
    for index in range(count):
        entry = _entry(
            world.agency,
            world.units.m if index % 2 else world.units.d,
            f"extra{index}",
            account=index % 3 != 0,
        )
        if entry.user_id and index % 2:
            Enrolment.objects.create(
                user=entry.user,
                course=world.c1.course,
                completed_at=None if index % 4 else entry.created_at,
            )


def test_dashboard_queries_do_not_grow_with_the_roster(
    client, world, django_assert_max_num_queries
):
    client.force_login(world.admin)
    urls = [
        reverse("compliance:agency_overview", args=[world.agency.pk]),
        reverse("compliance:unit_overview", args=[world.agency.pk, world.units.s.pk]),
    ]
    for url in urls:  # warm the per-process caches (content types, site root paths)
        client.get(url)
    counts = []
    for extra in (0, 190):  # ~10 staff, then ~200
        _grow_roster(world, extra)
        for url in urls:
            with django_assert_max_num_queries(30) as context:
                assert client.get(url).status_code == 200
            counts.append(len(context.captured_queries))
    assert RosterEntry.objects.filter(agency=world.agency).count() > 200
    assert counts[:2] == counts[2:]


def test_staff_list_queries_do_not_grow_with_the_roster(
    client, world, django_assert_max_num_queries
):
    client.force_login(world.admin)
    url = reverse("compliance:staff_list", args=[world.agency.pk])
    client.get(url, {"kursus": world.c1.course.pk})
    counts = []
    for extra in (0, 120):
        _grow_roster(world, extra)
        with django_assert_max_num_queries(25) as context:
            client.get(url, {"kursus": world.c1.course.pk})
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]
