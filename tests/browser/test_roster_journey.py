"""An agency admin uploads a roster, reads the row errors, applies the valid rows,
and confirms a newcomer who signed up with a NIP that was not on the roster."""

import re

import pytest

from learning.models import RosterEntry, StaffStatus
from tests.browser.helpers import log_in
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    RosterEntryFactory,
    UnitFactory,
    build_course,
    make_agency_admin,
    pns_nip,
    pppk_nip,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def upload_and_check(page, roster):
    """On the upload page: send the file, wait for the import page with its check."""
    page.get_by_label(re.compile("Berkas roster")).set_input_files(str(roster))
    page.get_by_role("button", name="Unggah dan periksa").click()
    page.wait_for_url(re.compile(r"/roster/impor/\d+/$"))


def test_agency_admin_uploads_roster_and_confirms_a_newcomer(page, live_server, tmp_path):
    build_course()  # a home page and catalogue, as on a real site
    agency = AgencyFactory(name="Pemerintah Kota Uji")
    UnitFactory(agency=agency, code="DISKOMINFO", name="Dinas Kominfo")
    admin = make_agency_admin(agency, full_name="Admin Kota Uji")
    newcomer = LearnerFactory(
        agency=agency, full_name="Pegawai Baru Uji", staff_status=StaffStatus.PENDING
    )
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "nip;nama;unit_kerja;email\n"
        f"{pns_nip(31)};Sari Dewi;DISKOMINFO;sari@kota.go.id\n"
        f"{pppk_nip(32)};Joko Susilo;DISKOMINFO;\n"
        f"{pns_nip(33)};Lina;UNIT-TAK-ADA;\n",
        encoding="utf-8",
    )

    log_in(page, live_server.url, admin.email)

    page.get_by_role("link", name="Dasbor").first.click()
    page.wait_for_url(re.compile(r"/dasbor/instansi/\d+/$"))
    page.get_by_role("link", name="Unggah roster").first.click()
    upload_and_check(page, roster)

    errors = page.locator("table.error-list")
    assert "UNIT-TAK-ADA" in errors.inner_text() or "unit" in errors.inner_text().lower()
    page.get_by_role("button", name=re.compile("Terapkan 2 baris valid")).click()
    assert page.get_by_text("Sudah diterapkan").first.is_visible()
    assert RosterEntry.objects.filter(agency=agency).count() == 2

    page.get_by_role("link", name="Lihat roster").first.click()
    assert page.get_by_role("rowheader", name="Sari Dewi").is_visible()

    page.goto(live_server.url + f"/dasbor/instansi/{agency.pk}/pegawai-baru/")
    page.get_by_role("button", name="Konfirmasi Pegawai Baru Uji").click()
    page.wait_for_url(re.compile("/pegawai-baru/$"))
    newcomer.refresh_from_db()
    assert newcomer.staff_status == StaffStatus.ROSTERED
    assert RosterEntry.objects.filter(agency=agency).count() == 3


@pytest.mark.parametrize("viewport", [(360, 800), (1280, 800)], ids=["phone", "desktop"])
def test_roster_apply_preview_names_a_deactivation_before_confirming(
    page, live_server, tmp_path, viewport
):
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    agency = AgencyFactory(name="Pemerintah Kota Pratinjau")
    unit = UnitFactory(agency=agency, code="HUMAS", name="Bagian Humas")
    staying = RosterEntryFactory(agency=agency, unit=unit, full_name="Tetap Bekerja")
    leaving = RosterEntryFactory(agency=agency, unit=unit, full_name="Sudah Pindah Tugas")
    admin = make_agency_admin(agency, full_name="Admin Pratinjau")
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "nip,nama,unit_kerja\n"
        f"{staying.nip},Tetap Bekerja,HUMAS\n"
        f"{pns_nip(41)},Pegawai Baru,HUMAS\n"
        f"12345,Rina Salah NIP,HUMAS\n",
        encoding="utf-8",
    )

    log_in(page, live_server.url, admin.email)
    page.goto(live_server.url + f"/dasbor/instansi/{agency.pk}/roster/unggah/")
    upload_and_check(page, roster)

    preview = page.locator(".roster-preview")
    assert "Sudah Pindah Tugas" in preview.inner_text()
    assert "akan dinonaktifkan" in preview.inner_text()
    assert "Rina Salah NIP" in page.locator("table.error-list").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport[0]

    apply = page.get_by_role("button", name=re.compile("Terapkan 2 baris valid"))
    apply.click()  # the required checkbox stops the form: nothing is applied yet
    leaving.refresh_from_db()
    assert leaving.active
    page.get_by_label(re.compile("Saya mengerti 1 pegawai akan dinonaktifkan")).check()
    apply.click()
    page.get_by_text("Sudah diterapkan").first.wait_for()
    assert page.get_by_text(
        re.compile(r"Roster diperbarui: 1 entri baru, 1 diperbarui, 1 dinonaktifkan")
    ).is_visible()
    leaving.refresh_from_db()
    staying.refresh_from_db()
    assert not leaving.active and staying.active
    assert RosterEntry.objects.filter(agency=agency, active=True).count() == 2
