"""Role × URL matrix for compliance's pages, and the files only their requester gets.

Agency admin B gets 404 on every page of agency A (ids reveal nothing); learners,
trainers and reviewers get 403; anonymous visitors go to the login page. A unit
admin of A's Humas unit reaches A's pages but only inside Humas and its sub-units.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from compliance.models import Exemption, Export
from compliance.services import exports
from learning import roles
from learning.models import UnitAdmin
from tests.compliance.world import build_world
from tests.factories import (
    LearnerFactory,
    UnitFactory,
    make_agency_admin,
    make_in_group,
)

pytestmark = pytest.mark.django_db


def make_unit_admin(unit, **kwargs):
    user = LearnerFactory(agency=unit.agency, unit=unit, **kwargs)
    UnitAdmin.objects.create(user=user, unit=unit)
    return user


@pytest.fixture
def world(groups):
    world = build_world()
    world.users = {
        "anonymous": None,
        "learner": LearnerFactory(agency=world.agency),
        "trainer": make_in_group(roles.TRAINER),
        "reviewer": make_in_group(roles.REVIEWER),
        "agency_admin_a": make_agency_admin(world.agency),
        "agency_admin_b": make_agency_admin(world.other),
        "unit_admin_a": make_unit_admin(world.units.h),
        "unit_admin_b": make_unit_admin(UnitFactory(agency=world.other)),
        "national_admin": make_in_group(roles.NATIONAL_ADMIN),
    }
    return world


def page_urls(world):
    """GET pages of agency A inside the Humas subtree (so the unit admin reaches them)."""
    a = world.agency.pk
    return {
        "overview": reverse("compliance:agency_overview", args=[a]),
        "unit": reverse("compliance:unit_overview", args=[a, world.units.m.pk]),
        "staff": reverse("compliance:staff_list", args=[a]),
        "member": reverse("compliance:staff_member", args=[a, world.people["h1"].pk]),
        "jp": reverse("compliance:jp_list", args=[a]),
        "assignments": reverse("compliance:assignments", args=[a]),
        "exports": reverse("compliance:exports", args=[a]),
    }


EXPECTED = {
    "learner": 403,
    "trainer": 403,
    "reviewer": 403,
    "agency_admin_a": 200,
    "agency_admin_b": 404,
    "unit_admin_a": 200,
    "unit_admin_b": 404,
    "national_admin": 200,
}


@pytest.mark.parametrize("role", list(EXPECTED))
def test_agency_pages_are_scoped_per_role(client, world, role):
    client.force_login(world.users[role])
    for name, url in page_urls(world).items():
        response = client.get(url)
        assert response.status_code == EXPECTED[role], (role, name, response.status_code)


def test_anonymous_is_sent_to_login_for_every_page(client, world):
    for url in [*page_urls(world).values(), reverse("compliance:dashboard")]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("learner", 403),
        ("trainer", 403),
        ("reviewer", 403),
        ("agency_admin_a", 302),
        ("unit_admin_a", 302),
        ("national_admin", 200),
    ],
)
def test_dashboard_index_per_role(client, world, role, expected):
    client.force_login(world.users[role])
    assert client.get(reverse("compliance:dashboard")).status_code == expected


def test_unit_admin_lands_on_their_agency_and_sees_only_their_subtree(client, world):
    client.force_login(world.users["unit_admin_a"])
    response = client.get(reverse("compliance:dashboard"))
    assert response["Location"] == reverse("compliance:agency_overview", args=[world.agency.pk])
    response = client.get(response["Location"])
    assert response.context["figures"].staff == 6  # Humas (3) + Media (3)
    a = world.agency.pk
    outside = [
        reverse("compliance:unit_overview", args=[a, world.units.d.pk]),
        reverse("compliance:unit_overview", args=[a, world.units.s.pk]),
        reverse("compliance:staff_member", args=[a, world.people["s1"].pk]),
        reverse("compliance:staff_member", args=[a, world.people["d1"].pk]),
        # An assignment to Sekretariat reaches Humas (shown) but is not the unit admin's.
        reverse("compliance:assignment_edit", args=[a, world.assignment.pk]),
    ]
    for url in outside:
        assert client.get(url).status_code == 404, url


def test_unit_admin_staff_list_holds_only_their_subtree(client, world):
    client.force_login(world.users["unit_admin_a"])
    response = client.get(
        reverse("compliance:staff_list", args=[world.agency.pk]), {"kursus": world.c1.course.pk}
    )
    names = {row.entry.full_name for row in response.context["rows"]}
    assert names == {"h1", "h2", "h3", "m1", "m2", "m3"}
    # A unit outside the subtree in the filter is refused, not widened.
    response = client.get(
        reverse("compliance:staff_list", args=[world.agency.pk]),
        {"kursus": world.c1.course.pk, "unit": world.units.d.pk},
    )
    assert {row.entry.full_name for row in response.context["rows"]} <= names


def test_agency_admin_b_cannot_see_a_staff_list_rows(client, world):
    client.force_login(world.users["agency_admin_b"])
    response = client.get(
        reverse("compliance:staff_list", args=[world.agency.pk]), {"kursus": world.c1.course.pk}
    )
    assert response.status_code == 404


@pytest.mark.parametrize("role", ["agency_admin_b", "unit_admin_b", "learner"])
def test_others_cannot_exempt_or_withdraw(client, world, role):
    client.force_login(world.users[role])
    a, entry = world.agency.pk, world.people["h2"].pk
    assert client.post(
        reverse("compliance:exempt", args=[a, entry, world.assignment.pk]), {"reason": "cuti"}
    ).status_code in (403, 404)
    assert client.post(
        reverse("compliance:assignment_withdraw", args=[a, world.assignment.pk])
    ).status_code in (403, 404)
    assert not Exemption.objects.filter(roster_entry_id=entry).exists()
    world.assignment.refresh_from_db()
    assert world.assignment.active


def _export_for(user, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export = exports.request_export(
            user=user,
            agency_id=world.agency.pk,
            unit_id=None,
            scope_label="A",
            kind=Export.Kind.SUMMARY,
            file_format=Export.Format.CSV,
            filters={},
        )
    export.refresh_from_db()
    assert export.status == Export.Status.DONE
    return export


def test_export_files_reach_their_requester_only(client, world, django_capture_on_commit_callbacks):
    export = _export_for(world.users["agency_admin_a"], world, django_capture_on_commit_callbacks)
    urls = [
        reverse(name, args=[export.pk])
        for name in (
            "compliance:export_detail",
            "compliance:export_status",
            "compliance:export_download",
        )
    ]
    colleague = make_agency_admin(world.agency)
    for role in ("agency_admin_b", "unit_admin_a", "unit_admin_b", "national_admin"):
        client.force_login(world.users[role])
        for url in urls:
            assert client.get(url).status_code == 404, (role, url)
    client.force_login(colleague)
    for url in urls:
        assert client.get(url).status_code == 404, ("colleague", url)
    client.force_login(world.users["learner"])
    for url in urls:
        assert client.get(url).status_code == 403
    client.force_login(world.users["agency_admin_a"])
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_export_of_an_admin_who_lost_the_agency_is_gone(
    client, world, django_capture_on_commit_callbacks
):
    admin = world.users["agency_admin_a"]
    export = _export_for(admin, world, django_capture_on_commit_callbacks)
    admin.agency_admin.delete()
    admin.groups.remove(Group.objects.get(name=roles.AGENCY_ADMIN))
    client.force_login(admin)
    assert client.get(reverse("compliance:export_download", args=[export.pk])).status_code in (
        403,
        404,
    )


def test_unit_admin_export_request_is_held_to_their_unit(client, world):
    client.force_login(world.users["unit_admin_a"])
    client.post(
        reverse("compliance:exports", args=[world.agency.pk]),
        {"kind": "summary", "file_format": "csv", "unit": world.units.d.pk},
    )
    export = Export.objects.get(requested_by=world.users["unit_admin_a"])
    assert export.unit_id == world.units.h.pk


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("agency_admin_a", 200),
        ("national_admin", 200),
        ("unit_admin_a", 404),
        ("agency_admin_b", 404),
        ("unit_admin_b", 404),
        ("learner", 403),
        ("trainer", 403),
    ],
)
def test_assignment_edit_and_lifting_exemptions_per_role(client, world, role, expected):
    client.force_login(world.users[role])
    a = world.agency.pk
    edit = reverse("compliance:assignment_edit", args=[a, world.assignment.pk])
    assert client.get(edit).status_code == expected
    lift = reverse(
        "compliance:lift_exemption", args=[a, world.people["m3"].pk, world.assignment.pk]
    )
    response = client.post(lift)
    assert response.status_code == (302 if expected == 200 else expected)
    assert Exemption.objects.filter(roster_entry=world.people["m3"]).exists() == (expected != 200)


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("agency_admin_a", 302),
        ("unit_admin_a", 302),
        ("national_admin", 302),
        ("agency_admin_b", 404),
        ("unit_admin_b", 404),
        ("learner", 403),
    ],
)
def test_requesting_an_export_per_role(client, world, role, expected):
    client.force_login(world.users[role])
    response = client.post(
        reverse("compliance:exports", args=[world.agency.pk]),
        {"kind": "summary", "file_format": "csv"},
    )
    assert response.status_code == expected
    assert Export.objects.exists() == (expected == 302)


def test_agency_navigation_offers_unit_admins_to_agency_admins_only(client, world):
    url = reverse("learning:unit_admins", args=[world.agency.pk])
    overview = reverse("compliance:agency_overview", args=[world.agency.pk])
    client.force_login(world.users["agency_admin_a"])
    assert f'href="{url}"' in client.get(overview).content.decode()
    client.force_login(world.users["unit_admin_a"])
    assert f'href="{url}"' not in client.get(overview).content.decode()
