"""Before applying a roster the admin sees what it changes (new, updated, deactivated
by name) and confirms; applying deactivates the staff the file no longer lists, in
the same transaction and only within the admin's agency (and unit)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning.models import RosterEntry, RosterImport, UnitAdmin
from learning.services import rosters
from learning.services.rosters import applying
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    RosterEntryFactory,
    UnitFactory,
    make_agency_admin,
    pns_nip,
)

pytestmark = pytest.mark.django_db

Status = RosterImport.Status


@pytest.fixture
def agency():
    return AgencyFactory(name="Kota Pratinjau")


@pytest.fixture
def humas(agency):
    return UnitFactory(agency=agency, code="HUMAS", name="Bagian Humas")


def csv_file(rows):
    lines = ["nip,nama,unit_kerja", *(",".join(row) for row in rows)]
    return SimpleUploadedFile("roster.csv", ("\n".join(lines) + "\n").encode())


def start(agency, rows, scope_unit=None):
    return rosters.start_import(
        agency=agency, uploaded_by=None, uploaded_file=csv_file(rows), scope_unit=scope_unit
    )


def test_preview_counts_new_updated_and_names_the_deactivated(agency, humas):
    staying = RosterEntryFactory(agency=agency, unit=humas, full_name="Tetap Ada")
    leaving = RosterEntryFactory(agency=agency, unit=humas, full_name="Sudah Pensiun")
    RosterEntryFactory(agency=agency, unit=humas, full_name="Lama Nonaktif", active=False)
    other_agency = RosterEntryFactory(full_name="Instansi Lain")

    roster_import = start(
        agency, [[staying.nip, "Tetap Ada", "HUMAS"], [pns_nip(401), "Pegawai Baru", "HUMAS"]]
    )

    assert roster_import.status == Status.VALIDATED
    preview = roster_import.preview
    assert (preview["created"], preview["updated"], preview["deactivated"]) == (1, 1, 1)
    assert preview["deactivated_sample"] == [
        {"nip": leaving.nip, "name": "Sudah Pensiun", "unit": "Bagian Humas"}
    ]
    # Checking writes nothing to the roster.
    assert RosterEntry.objects.filter(agency=agency).count() == 3
    leaving.refresh_from_db()
    other_agency.refresh_from_db()
    assert leaving.active and other_agency.active


def test_apply_deactivates_missing_staff_of_this_agency_only(agency, humas):
    staying = RosterEntryFactory(agency=agency, unit=humas)
    leaving = RosterEntryFactory(agency=agency, unit=humas)
    no_unit = RosterEntryFactory(agency=agency, unit=None)
    elsewhere = RosterEntryFactory()

    roster_import = rosters.request_apply(start(agency, [[staying.nip, "Tetap", "HUMAS"]]))

    assert roster_import.status == Status.APPLIED
    assert roster_import.deactivated_count == 2
    active = dict(RosterEntry.objects.values_list("pk", "active"))
    assert active == {staying.pk: True, leaving.pk: False, no_unit.pk: False, elsewhere.pk: True}


def test_unit_admin_file_deactivates_only_within_their_units(agency, humas):
    media = UnitFactory(agency=agency, parent=humas, code="MEDIA", name="Media")
    data = UnitFactory(agency=agency, code="DATA", name="Data")
    in_media = RosterEntryFactory(agency=agency, unit=media, full_name="Di Media")
    in_data = RosterEntryFactory(agency=agency, unit=data, full_name="Di Data")
    no_unit = RosterEntryFactory(agency=agency, unit=None, full_name="Tanpa Unit")
    unit_admin = LearnerFactory(agency=agency, unit=humas)
    UnitAdmin.objects.create(user=unit_admin, unit=humas)

    roster_import = start(agency, [[pns_nip(402), "Baru di Humas", "HUMAS"]], scope_unit=humas)
    assert [e["name"] for e in roster_import.preview["deactivated_sample"]] == ["Di Media"]

    roster_import = rosters.request_apply(roster_import)
    assert roster_import.deactivated_count == 1
    assert not RosterEntry.objects.get(pk=in_media.pk).active
    assert RosterEntry.objects.get(pk=in_data.pk).active
    assert RosterEntry.objects.get(pk=no_unit.pk).active


def test_staff_on_a_bad_row_are_neither_updated_nor_deactivated(agency, humas):
    kept = RosterEntryFactory(agency=agency, unit=humas, full_name="Nama Lama")
    roster_import = start(
        agency, [[kept.nip, "Nama Baru", "UNIT-SALAH"], [pns_nip(403), "Baru", "HUMAS"]]
    )
    assert roster_import.preview["deactivated"] == 0

    roster_import = rosters.request_apply(roster_import)

    assert roster_import.deactivated_count == 0
    kept.refresh_from_db()
    assert kept.active and kept.full_name == "Nama Lama"


def test_deactivation_rolls_back_with_a_failed_apply(agency, humas, monkeypatch):
    leaving = RosterEntryFactory(agency=agency, unit=humas)
    roster_import = start(agency, [[pns_nip(404), "Baru", "HUMAS"]])

    def broken(agency_id):
        raise RuntimeError("linking failed")

    monkeypatch.setattr(applying, "link_rostered_accounts", broken)
    roster_import = rosters.request_apply(roster_import)

    assert roster_import.status == Status.FAILED
    leaving.refresh_from_db()
    assert leaving.active
    assert not RosterEntry.objects.filter(nip=pns_nip(404)).exists()


def test_deactivation_is_one_update_statement(agency, humas, django_assert_max_num_queries):
    RosterEntryFactory.create_batch(30, agency=agency, unit=humas)
    roster_import = start(agency, [[pns_nip(405), "Baru", "HUMAS"]])
    with django_assert_max_num_queries(30):
        roster_import = rosters.request_apply(roster_import)
    assert roster_import.deactivated_count == 30


def test_row_errors_carry_the_name_beside_the_nip(agency, humas):
    roster_import = start(agency, [["12345", "Rina Kartika", "HUMAS"]])
    assert roster_import.errors[0]["nip"] == "12345"
    assert roster_import.errors[0]["name"] == "Rina Kartika"


# --- The pages ----------------------------------------------------------------------


@pytest.fixture
def admin_client(client, groups, agency):
    client.force_login(make_agency_admin(agency))
    return client


def test_import_page_names_deactivations_and_apply_needs_confirmation(admin_client, agency, humas):
    RosterEntryFactory(agency=agency, unit=humas, full_name="Sudah Pensiun", nip=pns_nip(406))
    roster_import = start(agency, [[pns_nip(407), "Baru", "HUMAS"], ["999", "Rina Salah", ""]])
    url = reverse("learning:roster_import", args=[agency.pk, roster_import.pk])

    page = admin_client.get(url).content.decode()
    assert "Sudah Pensiun" in page and "akan dinonaktifkan" in page
    assert "Rina Salah" in page  # the name beside the bad NIP
    assert 'name="confirm_deactivate"' in page

    apply_url = reverse("learning:roster_import_apply", args=[agency.pk, roster_import.pk])
    response = admin_client.post(apply_url, follow=True)
    assert "Centang konfirmasi penonaktifan" in response.content.decode()
    roster_import.refresh_from_db()
    assert roster_import.status == Status.VALIDATED
    assert RosterEntry.objects.get(nip=pns_nip(406)).active

    response = admin_client.post(apply_url, {"confirm_deactivate": "1"}, follow=True)
    assert "1 dinonaktifkan" in response.content.decode()
    assert not RosterEntry.objects.get(nip=pns_nip(406)).active


def test_upload_page_lists_the_unit_codes(admin_client, agency, humas):
    page = admin_client.get(reverse("learning:roster_upload", args=[agency.pk])).content.decode()
    assert "<code>HUMAS</code>" in page and "Bagian Humas" in page


def test_downloaded_template_validates_against_the_agency(admin_client, agency, humas):
    response = admin_client.get(reverse("learning:roster_template", args=[agency.pk]))
    content = response.content.decode("utf-8-sig")
    assert ",HUMAS," in content
    roster_import = rosters.start_import(
        agency=agency,
        uploaded_by=None,
        uploaded_file=SimpleUploadedFile("templat.csv", content.encode()),
    )
    assert (roster_import.valid_rows, roster_import.error_rows) == (2, 0)
