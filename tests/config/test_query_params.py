"""GET parameters that reach SQL are validated first: a NUL byte (which PostgreSQL
refuses in any string) or an over-long value is dropped and the page still renders.

Run on PostgreSQL too: ``DATABASE_URL=postgres://… pytest tests/test_query_params.py``.
"""

import pytest
from django.urls import reverse

from learning.models import StaffStatus
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    RosterEntryFactory,
    UnitFactory,
    build_course,
    make_agency_admin,
)

pytestmark = pytest.mark.django_db

NUL = "\x00"
TOO_LONG = "a" * 5_000


@pytest.fixture
def tree():
    return build_course()


@pytest.mark.parametrize(
    "params",
    [
        {"q": NUL},
        {"q": f"kursus{NUL}"},
        {"kategori": NUL},
        {"kategori": f"komunikasi{NUL}"},
        {"jp": NUL},
        {"wajib": NUL},
        {"halaman": NUL},
        {"q": TOO_LONG},
        {"kategori": TOO_LONG},
        {"q": NUL, "kategori": NUL, "jp": NUL, "wajib": NUL, "halaman": NUL},
    ],
)
def test_catalogue_ignores_a_nul_or_over_long_parameter(client, tree, params):
    response = client.get(tree.index.url, params)
    assert response.status_code == 200
    assert tree.course.title in response.content.decode()


def test_catalogue_says_it_ignored_a_bad_parameter_and_keeps_the_good_ones(client, tree):
    html = client.get(tree.index.url, {"q": NUL, "jp": "9+"}).content.decode()
    assert "tidak valid" in html
    assert 'value="9+" selected' in html
    assert tree.course.title not in html  # the 9+ JP filter still applies

    html = client.get(tree.index.url, {"q": tree.course.title}).content.decode()
    assert "tidak valid" not in html and tree.course.title in html


def test_catalogue_page_path_with_a_nul_byte_is_not_found(client, tree):
    assert client.get(tree.index.url + "%00/").status_code == 404


@pytest.fixture
def agency(groups):
    return AgencyFactory()


@pytest.fixture
def admin_client(client, agency):
    client.force_login(make_agency_admin(agency))
    return client


@pytest.mark.parametrize(
    "params",
    [
        {"q": NUL},
        {"q": f"Budi{NUL}"},
        {"unit": NUL},
        {"unit": f"1{NUL}"},
        {"status": NUL},
        {"halaman": NUL},
        {"q": TOO_LONG},
        {"q": NUL, "unit": NUL, "status": NUL, "halaman": NUL},
    ],
)
def test_roster_list_ignores_a_nul_or_over_long_parameter(admin_client, agency, params):
    RosterEntryFactory(agency=agency, full_name="Budi Santoso")
    response = admin_client.get(reverse("learning:roster_list", args=[agency.pk]), params)
    assert response.status_code == 200
    assert "Budi Santoso" in response.content.decode()


def test_roster_list_shows_the_refused_filter_and_applies_the_others(admin_client, agency):
    unit = UnitFactory(agency=agency)
    RosterEntryFactory(agency=agency, full_name="Budi Santoso", unit=unit, active=False)
    RosterEntryFactory(agency=agency, full_name="Citra Lestari", unit=unit)
    response = admin_client.get(
        reverse("learning:roster_list", args=[agency.pk]),
        {"q": NUL, "status": "inactive", "unit": unit.pk},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="errorlist"' in html
    assert "Budi Santoso" in html and "Citra Lestari" not in html


def test_pending_staff_ignores_a_nul_page_number(admin_client, agency):
    LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING, full_name="Dewi Pending")
    response = admin_client.get(
        reverse("learning:pending_staff", args=[agency.pk]), {"halaman": NUL}
    )
    assert response.status_code == 200
    assert "Dewi Pending" in response.content.decode()
