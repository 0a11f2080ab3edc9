"""National admins manage agencies, units and rosters in the Wagtail admin."""

import pytest

from learning import roles
from learning.models import Agency, Unit
from tests.factories import AgencyFactory, UnitFactory, make_agency_admin, make_in_group

pytestmark = pytest.mark.django_db


def test_national_admin_creates_an_agency_in_wagtail(client, groups):
    client.force_login(make_in_group(roles.NATIONAL_ADMIN))
    response = client.post(
        "/admin/snippets/learning/agency/add/",
        {
            "name": "Pemerintah Kota Surabaya",
            "short_name": "Pemkot Surabaya",
            "kind": "kota",
            "region_code": "35.78",
            "siasn_id": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    assert Agency.objects.filter(name="Pemerintah Kota Surabaya", kind="kota").exists()


def test_national_admin_lists_units_and_roster(client, groups):
    UnitFactory(name="Biro Humas")
    client.force_login(make_in_group(roles.NATIONAL_ADMIN))
    assert client.get("/admin/snippets/learning/unit/").status_code == 200
    assert client.get("/admin/snippets/learning/rosterentry/").status_code == 200
    assert client.get("/admin/snippets/learning/rosterimport/").status_code == 200


def test_trainer_cannot_manage_agencies(client, groups):
    client.force_login(make_in_group(roles.TRAINER))
    response = client.get("/admin/snippets/learning/agency/")
    assert response.status_code in (302, 403)


def test_agency_admin_cannot_enter_wagtail_admin(client, groups):
    client.force_login(make_agency_admin(AgencyFactory()))
    response = client.get("/admin/snippets/learning/agency/")
    assert response.status_code == 302


def test_unit_tree_paths_and_moves():
    agency = AgencyFactory()
    root = UnitFactory(agency=agency, name="Sekretariat Jenderal")
    child = UnitFactory(agency=agency, parent=root, name="Biro Humas")
    leaf = UnitFactory(agency=agency, parent=child, name="Bagian Media")
    assert leaf.path == f"/{root.pk}/{child.pk}/{leaf.pk}/"
    assert set(root.subtree()) == {root, child, leaf}
    other = UnitFactory(agency=agency, name="Inspektorat")
    child.parent = other
    child.save()
    leaf.refresh_from_db()
    assert leaf.path == f"/{other.pk}/{child.pk}/{leaf.pk}/"
    assert leaf.depth == 2
    assert set(Unit.objects.get(pk=root.pk).subtree()) == {root}


def test_superuser_edits_a_user_with_full_name(client, groups):
    from tests.factories import LearnerFactory, UserFactory

    admin = UserFactory(is_superuser=True, is_staff=True)
    learner = LearnerFactory(full_name="Nama Lama")
    client.force_login(admin)
    response = client.get(f"/admin/users/edit/{learner.pk}/")
    assert response.status_code == 200
    assert "Nama Lama" in response.content.decode()
