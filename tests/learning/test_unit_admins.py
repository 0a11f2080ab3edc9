"""Unit admins: an agency delegates a unit kerja; the gate holds the roster, imports and
pending-staff pages of a unit admin to that unit and its sub-units."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning import access, roles
from learning.models import RosterEntry, RosterImport, StaffStatus, UnitAdmin
from learning.services import rosters
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    UnitFactory,
    make_agency_admin,
    make_in_group,
    pns_nip,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(groups):
    agency, other = AgencyFactory(name="Instansi A"), AgencyFactory(name="Instansi B")
    humas = UnitFactory(agency=agency, name="Humas", code="HUMAS")
    media = UnitFactory(agency=agency, parent=humas, name="Media", code="MEDIA")
    data = UnitFactory(agency=agency, name="Data", code="DATA")
    unit_admin = LearnerFactory(agency=agency, unit=humas, full_name="Admin Humas")
    UnitAdmin.objects.create(user=unit_admin, unit=humas)
    entries = {
        name: RosterEntry.objects.create(agency=agency, unit=unit, nip=pns_nip(), full_name=name)
        for name, unit in (("di humas", humas), ("di media", media), ("di data", data))
    }
    pending_media = LearnerFactory(
        agency=agency, unit=media, full_name="baru media", staff_status=StaffStatus.PENDING
    )
    pending_data = LearnerFactory(
        agency=agency, unit=data, full_name="baru data", staff_status=StaffStatus.PENDING
    )
    return type(
        "World",
        (),
        {
            "agency": agency,
            "other": other,
            "humas": humas,
            "media": media,
            "data": data,
            "unit_admin": unit_admin,
            "entries": entries,
            "pending_media": pending_media,
            "pending_data": pending_data,
            "admin": make_agency_admin(agency),
            "admin_b": make_agency_admin(other),
            "national": make_in_group(roles.NATIONAL_ADMIN),
        },
    )


def test_gate_holds_a_unit_admin_to_their_subtree(world):
    user = world.unit_admin
    assert access.user_roles(user) == ["learner", "unit_admin"]
    assert access.is_admin(user) and not access.is_agency_admin(user)
    assert list(access.agencies_for(user)) == [world.agency]
    assert {e.full_name for e in access.roster_for(user, world.agency)} == {"di humas", "di media"}
    assert list(access.pending_staff_for(user, world.agency)) == [world.pending_media]
    assert set(access.units_for(user, world.agency)) == {world.humas, world.media}
    assert not access.may_appoint_unit_admins(user, world.agency)
    assert access.administered_unit_path(world.admin, world.agency) is None


def test_unit_admin_pages_show_only_the_subtree(client, world):
    client.force_login(world.unit_admin)
    roster = client.get(reverse("learning:roster_list", args=[world.agency.pk]))
    assert {e.full_name for e in roster.context["page_obj"]} == {"di humas", "di media"}
    pending = client.get(reverse("learning:pending_staff", args=[world.agency.pk]))
    assert list(pending.context["page_obj"]) == [world.pending_media]
    decide = reverse("learning:pending_staff_decide", args=[world.agency.pk, world.pending_data.pk])
    assert client.post(decide, {"decision": "confirm"}).status_code == 404


def upload(client, world, rows):
    content = "nip,nama,unit_kerja\n" + "\n".join(",".join(row) for row in rows)
    client.post(
        reverse("learning:roster_upload", args=[world.agency.pk]),
        {"file": SimpleUploadedFile("roster.csv", content.encode())},
    )
    return RosterImport.objects.latest("pk")


def test_unit_admin_upload_is_limited_to_their_units(client, world):
    client.force_login(world.unit_admin)
    new_nip = pns_nip()
    roster_import = upload(
        client,
        world,
        [
            [new_nip, "Pegawai Baru", "MEDIA"],
            [pns_nip(), "Di Luar", "DATA"],
            [pns_nip(), "Tanpa Unit", ""],
            [world.entries["di data"].nip, "Pindah Diam-diam", "HUMAS"],
        ],
    )
    assert roster_import.scope_unit == world.humas
    assert (roster_import.valid_rows, roster_import.error_rows) == (1, 3)
    reasons = " ".join(error["reason"] for error in roster_import.errors)
    assert "di luar unit yang Anda kelola" in reasons
    assert "Unit kerja wajib diisi" in reasons
    assert "hanya admin instansi" in reasons
    rosters.request_apply(roster_import)
    assert RosterEntry.objects.get(nip=new_nip).unit == world.media
    assert RosterEntry.objects.get(pk=world.entries["di data"].pk).unit == world.data
    # The agency admin sees the import; another unit's admin would not.
    assert access.imports_for(world.admin, world.agency).filter(pk=roster_import.pk).exists()
    data_admin = LearnerFactory(agency=world.agency, unit=world.data)
    UnitAdmin.objects.create(user=data_admin, unit=world.data)
    assert not access.imports_for(data_admin, world.agency).exists()


def test_agency_admin_upload_is_not_limited(client, world):
    client.force_login(world.admin)
    roster_import = upload(client, world, [[pns_nip(), "Di Data", "DATA"]])
    assert roster_import.scope_unit is None and roster_import.valid_rows == 1


def test_agency_admin_appoints_and_revokes_a_unit_admin(client, world):
    staff = LearnerFactory(agency=world.agency, full_name="Calon Admin")
    client.force_login(world.admin)
    url = reverse("learning:unit_admins", args=[world.agency.pk])
    response = client.post(url, {"email": staff.email.upper(), "unit": world.data.pk})
    assert response.status_code == 302
    appointment = UnitAdmin.objects.get(user=staff)
    assert (appointment.unit, appointment.appointed_by) == (world.data, world.admin)
    # Appointing again moves them to another unit.
    client.post(url, {"email": staff.email, "unit": world.media.pk})
    assert UnitAdmin.objects.get(user=staff).unit == world.media
    client.post(reverse("learning:unit_admin_revoke", args=[world.agency.pk, appointment.pk]))
    assert not UnitAdmin.objects.filter(user=staff).exists()


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("nobody", "Tidak ada akun"),
        ("outsider", "bukan pegawai instansi ini"),
        ("agency_admin", "sudah menjadi admin instansi"),
    ],
)
def test_bad_appointments_get_a_message_and_change_nothing(client, world, who, message):
    emails = {
        "nobody": "tidak.ada@instansi.go.id",
        "outsider": LearnerFactory(agency=world.other).email,
        "agency_admin": world.admin.email,
    }
    client.force_login(world.admin)
    response = client.post(
        reverse("learning:unit_admins", args=[world.agency.pk]),
        {"email": emails[who], "unit": world.data.pk},
    )
    assert response.status_code == 200 and message in response.content.decode()
    assert UnitAdmin.objects.count() == 1


def test_unit_from_another_agency_is_not_a_choice(client, world):
    staff = LearnerFactory(agency=world.agency)
    client.force_login(world.admin)
    response = client.post(
        reverse("learning:unit_admins", args=[world.agency.pk]),
        {"email": staff.email, "unit": UnitFactory(agency=world.other).pk},
    )
    assert response.status_code == 200
    assert not UnitAdmin.objects.filter(user=staff).exists()


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("admin", 200),
        ("national", 200),
        ("unit_admin", 403),
        ("admin_b", 404),
        ("learner", 403),
    ],
)
def test_unit_admin_page_per_role(client, world, role, expected):
    user = LearnerFactory(agency=world.agency) if role == "learner" else getattr(world, role)
    client.force_login(user)
    list_url = reverse("learning:unit_admins", args=[world.agency.pk])
    appointment = UnitAdmin.objects.get()
    revoke_url = reverse("learning:unit_admin_revoke", args=[world.agency.pk, appointment.pk])
    assert client.get(list_url).status_code == expected
    response = client.post(revoke_url)
    assert response.status_code == (302 if expected == 200 else expected)
    assert UnitAdmin.objects.exists() == (expected != 200)


def test_anonymous_is_sent_to_login(client, world):
    response = client.get(reverse("learning:unit_admins", args=[world.agency.pk]))
    assert response.status_code == 302 and "/akun/login/" in response["Location"]
