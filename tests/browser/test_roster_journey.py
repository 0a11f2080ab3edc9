"""An agency admin uploads a roster, reads the row errors, applies the valid rows,
and confirms a newcomer who signed up with a NIP that was not on the roster."""

import re

import pytest

from learning.models import RosterEntry, StaffStatus
from tests.browser.helpers import log_in
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    UnitFactory,
    build_course,
    make_agency_admin,
    pns_nip,
    pppk_nip,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
    page.get_by_label(re.compile("Berkas roster")).set_input_files(str(roster))
    page.get_by_role("button", name="Unggah dan periksa").click()
    page.wait_for_url(re.compile(r"/roster/impor/\d+/$"))

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
