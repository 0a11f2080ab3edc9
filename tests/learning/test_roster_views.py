"""The roster pages an agency admin uses: upload, review errors, apply or cancel."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from learning.models import RosterEntry, RosterImport
from tests.factories import AgencyFactory, UnitFactory, make_agency_admin, pns_nip, pppk_nip

pytestmark = pytest.mark.django_db


@pytest.fixture
def agency(groups):
    agency = AgencyFactory(name="Kementerian Uji Roster")
    UnitFactory(agency=agency, code="HUMAS", name="Biro Humas")
    return agency


@pytest.fixture
def admin_client(client, agency):
    client.force_login(make_agency_admin(agency))
    return client


def upload(client, agency, content, name="roster.csv"):
    return client.post(
        reverse("learning:roster_upload", args=[agency.pk]),
        {"file": SimpleUploadedFile(name, content.encode(), "text/csv")},
    )


def test_upload_lists_bad_rows_then_applies_valid_ones(admin_client, agency):
    content = (
        f"nip,nama,unit_kerja\n{pns_nip(11)},Ani,HUMAS\n{pppk_nip(12)},Budi,HUMAS\n"
        "198513122010011003,Citra,HUMAS\n"
    )
    response = upload(admin_client, agency, content)
    roster_import = RosterImport.objects.get(agency=agency)
    assert response["Location"] == reverse(
        "learning:roster_import", args=[agency.pk, roster_import.pk]
    )
    page = admin_client.get(response["Location"]).content.decode()
    assert "digit 1–8" in page  # the bad NIP's reason, with its row
    assert "Terapkan 2 baris valid" in page
    assert not RosterEntry.objects.exists()

    admin_client.post(reverse("learning:roster_import_apply", args=[agency.pk, roster_import.pk]))
    assert set(RosterEntry.objects.values_list("full_name", flat=True)) == {"Ani", "Budi"}
    listing = admin_client.get(reverse("learning:roster_list", args=[agency.pk])).content.decode()
    assert "Ani" in listing and "Budi" in listing


def test_cancel_changes_nothing(admin_client, agency):
    upload(admin_client, agency, f"nip,nama,unit_kerja\n{pns_nip(21)},Dewi,HUMAS\n")
    roster_import = RosterImport.objects.get(agency=agency)
    admin_client.post(reverse("learning:roster_import_cancel", args=[agency.pk, roster_import.pk]))
    roster_import.refresh_from_db()
    assert roster_import.status == RosterImport.Status.CANCELLED
    assert not RosterEntry.objects.exists()


def test_a_rejected_file_shows_its_reason_and_no_apply_button(admin_client, agency):
    upload(admin_client, agency, "nama,unit_kerja\nAni,HUMAS\n")
    roster_import = RosterImport.objects.get(agency=agency)
    page = admin_client.get(
        reverse("learning:roster_import", args=[agency.pk, roster_import.pk])
    ).content.decode()
    assert roster_import.status == RosterImport.Status.REJECTED
    assert "nip" in roster_import.file_error
    assert roster_import.file_error.split(".")[0] in page
    assert "Terapkan" not in page


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("roster.pdf", "%PDF-1.4", "CSV atau XLSX"),
        ("roster.csv", "", "kosong"),
    ],
)
def test_upload_form_refuses_wrong_files_with_a_message(
    admin_client, agency, name, content, message
):
    response = upload(admin_client, agency, content, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not RosterImport.objects.exists()


def test_running_import_shows_a_progress_bar_and_polls_status(admin_client, agency):
    from django.core.files.base import ContentFile

    running = RosterImport(
        agency=agency, original_name="besar.csv", status=RosterImport.Status.VALIDATING, progress=40
    )
    running.file.save("besar.csv", ContentFile(b"nip,nama,unit_kerja\n"), save=False)
    running.save()
    page = admin_client.get(reverse("learning:roster_import", args=[agency.pk, running.pk]))
    html = page.content.decode()
    status_url = reverse("learning:roster_import_status", args=[agency.pk, running.pk])
    assert '<progress id="import-progress" max="100" value="40"' in html
    assert status_url in html
    data = admin_client.get(status_url).json()
    assert data["progress"] == 40 and data["done"] is False


def test_roster_template_csv_downloads(admin_client, agency):
    response = admin_client.get(reverse("learning:roster_template", args=[agency.pk]))
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    assert "nip" in body.splitlines()[0]


def test_roster_pages_keep_the_filter(admin_client, agency):
    from tests.factories import RosterEntryFactory

    for serial in range(1, 56):
        RosterEntryFactory(agency=agency, nip=pns_nip(serial), full_name=f"Pegawai {serial:02d}")
    url = reverse("learning:roster_list", args=[agency.pk])
    first = admin_client.get(url, {"q": "Pegawai"}).content.decode()
    assert "?q=Pegawai&amp;halaman=2" in first
    second = admin_client.get(url, {"q": "Pegawai", "halaman": 2})
    assert second.context["page_obj"].number == 2
    assert len(second.context["page_obj"].object_list) == 5
