"""An agency admin opens the demo agency's dashboard, reads the completion rates, drills
into a unit kerja, exports the per-unit summary as XLSX, and the file says what the
page said."""

import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from learning.management.commands.load_demo import PASSWORD as DEMO_PASSWORD
from tests.browser.helpers import STEP_TIMEOUT_MS, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COURSE = "Humas untuk Non-Humas"


def numbers_in_row(row):
    """The figures of one course row of the dashboard's course table."""

    def cell(name):
        return row.locator(f'[data-field="{name}"]').inner_text().strip()

    return {
        "staff": int(cell("staff").replace(".", "")),
        "exempt": int(cell("exempt").replace(".", "")),
        "completed": int(cell("completed").replace(".", "")),
        "rate": int(cell("rate").rstrip("%")),
    }


@pytest.fixture
def desktop(browser, live_server):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="id-ID", accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(STEP_TIMEOUT_MS)
    yield page
    context.close()


def test_agency_admin_reads_rates_drills_down_and_exports_matching_xlsx(desktop, live_server):
    call_command("load_demo", stdout=io.StringIO())
    page = desktop
    log_in(page, live_server.url, "admin.instansi@demo.go.id", DEMO_PASSWORD)

    page.get_by_role("link", name="Dasbor").first.click()
    page.wait_for_url(re.compile(r"/dasbor/instansi/\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Kementerian Komunikasi dan Digital"
    )
    course_row = page.locator("table.table--figures tbody tr", has_text=COURSE).first
    agency = numbers_in_row(course_row)
    assert agency["staff"] > 200 and agency["exempt"] == 6
    assert 0 < agency["rate"] < 100
    assert agency["rate"] == round(100 * agency["completed"] / (agency["staff"] - agency["exempt"]))
    assert page.get_by_role("img", name=re.compile("Penyelesaian per minggu")).is_visible()

    # Drill into a unit kerja: its figures include its sub-units.
    page.get_by_role("link", name="Sekretariat Jenderal").first.click()
    page.wait_for_url(re.compile(r"/unit/\d+/"))
    assert page.get_by_role("heading", level=1).inner_text() == "Sekretariat Jenderal"
    unit = numbers_in_row(page.locator("table.table--figures tbody tr", has_text=COURSE).first)
    assert 0 < unit["staff"] < agency["staff"]
    page.get_by_role("link", name="Ringkasan").first.click()
    page.wait_for_url(re.compile(r"/dasbor/instansi/\d+/$"))

    # Export the per-unit summary as XLSX and read the file.
    page.get_by_role("button", name="Ekspor ringkasan per unit (XLSX)").click()
    page.wait_for_url(re.compile(r"/dasbor/ekspor/\d+/$"))
    assert page.get_by_text("Siap diunduh").first.is_visible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Unduh berkas").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    content = io.BytesIO(Path(download.path()).read_bytes())
    rows = list(load_workbook(content, read_only=True).active.iter_rows(values_only=True))
    header = rows[0]
    column = {name: header.index(name) for name in header}

    def figures(row):
        return {
            "staff": int(row[column["Pegawai di roster"]]),
            "exempt": int(row[column["Dikecualikan"]]),
            "completed": int(row[column["Selesai"]]),
            "rate": int(row[column["Tingkat penyelesaian (%)"]]),
        }

    total = next(
        row
        for row in rows[1:]
        if row[0] == "Kementerian Komunikasi dan Digital"
        and str(row[column["Kursus"]]).startswith(COURSE)
    )
    assert figures(total) == agency
    setjen = next(
        row
        for row in rows[1:]
        if str(row[0]).strip("— ") == "Sekretariat Jenderal"
        and str(row[column["Kursus"]]).startswith(COURSE)
    )
    assert figures(setjen) == unit
