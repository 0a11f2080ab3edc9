"""Property: any roster file — arbitrary bytes, or a sheet of arbitrary cells — ends in
row errors or a clear rejection, never a server error, a failed import or a partial write.

Each example uploads through the agency admin's upload page (so the form, the
reader and the validator all see it), then applies what validated: the roster then
holds exactly the valid rows. Every example runs in a savepoint that is rolled back.
"""

import csv
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from learning.models import RosterEntry, RosterImport
from learning.services import rosters
from tests.factories import AgencyFactory, UnitFactory, make_agency_admin, pns_nip, pppk_nip

pytestmark = pytest.mark.django_db

Status = RosterImport.Status
HEADER = ["nip", "nama", "unit_kerja", "email", "jabatan", "aktif"]
PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def agency(groups):
    agency = AgencyFactory(name="Instansi Uji Properti")
    UnitFactory(agency=agency, name="Biro Humas", code="BHM")
    return agency


@pytest.fixture
def admin(agency):
    return make_agency_admin(agency)


# Cells: plausible values (valid NIPs of both kinds, the unit's code, emails, "ya"/"tidak")
# mixed with anything text can hold, formula-looking strings and very long ones.
# No NUL: a file with one is "not a spreadsheet" as a whole (the bytes test sends those).
characters = st.characters(exclude_characters="\x00", exclude_categories=["Cs"])
text = st.text(characters, max_size=30)
cell = st.one_of(
    st.builds(pns_nip, st.integers(1, 999)),
    st.builds(pppk_nip, st.integers(1, 999)),
    st.sampled_from(
        ["BHM", "bhm", "TIDAK-ADA", "ya", "tidak", "", "=1+1", "@SUM(A1)", "1.98503E+17"]
    ),
    st.emails().map(str),
    text,
    st.text(characters, min_size=190, max_size=300),
    st.integers(-(10**20), 10**20).map(str),
)
header = st.sampled_from(["real", "real", "real", "shuffled", "garbled"]).flatmap(
    lambda kind: {
        "real": st.just(HEADER),
        "shuffled": st.permutations(HEADER).map(list),
        "garbled": st.lists(st.one_of(st.sampled_from(HEADER), text), max_size=8),
    }[kind]
)
# A row that may well be valid: each known column gets a plausible value or any cell.
plausible = st.fixed_dictionaries(
    {
        "nip": st.one_of(st.builds(pns_nip, st.integers(1, 999)), cell),
        "nama": st.one_of(st.sampled_from(["Siti Aminah", "Dewi; S.Sos", "Ni Luh Ṡari"]), cell),
        "unit_kerja": st.one_of(st.sampled_from(["BHM", "bhm", ""]), cell),
        "email": st.one_of(st.just(""), st.emails().map(str), cell),
        "jabatan": st.one_of(st.just("Analis"), cell),
        "aktif": st.one_of(st.sampled_from(["", "ya", "tidak"]), cell),
    }
)


def _rows(head):
    """Rows under ``head``: plausible ones in its column order, or lists of any cells."""
    row = st.one_of(
        plausible.map(lambda values: [values.get(column, "") for column in head]),
        st.lists(cell, max_size=8),
    )
    return st.lists(row, max_size=25).map(lambda rows: (head, rows))


sheet = header.flatmap(_rows)


def csv_bytes(head, rows, delimiter):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(head)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(head, rows):
    workbook = openpyxl.Workbook()
    sheet_ = workbook.active
    for values in [head, *rows]:
        # openpyxl refuses control characters in cells; a real Excel file cannot hold them.
        sheet_.append([openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.sub("", value) for value in values])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _upload_and_apply(client, admin, agency, name, content):
    """POST the file as the admin; check the outcome; apply a validated import."""
    # Each example rolls back its session row; sessions are cached_db, so a cookie kept
    # from the last example would name a session the cache still holds and the
    # database no longer does. Start every example with a session of its own.
    client.cookies.clear()
    client.force_login(admin)
    entries_before = RosterEntry.objects.count()
    imports_before = RosterImport.objects.count()
    url = reverse("learning:roster_upload", args=[agency.pk])

    response = client.post(url, {"file": SimpleUploadedFile(name, content)})

    assert response.status_code < 500
    event(f"status {response.status_code}")
    assert RosterEntry.objects.count() == entries_before  # checking never writes the roster
    if response.status_code != 302:  # the form refused the file (empty, wrong type …)
        assert response.status_code in (200, 400)
        assert RosterImport.objects.count() == imports_before
        return None
    roster_import = RosterImport.objects.latest("pk")
    assert roster_import.status in (Status.VALIDATED, Status.REJECTED), roster_import.file_error
    if roster_import.status == Status.REJECTED:
        event(f"rejected: {roster_import.file_error[:40]}")
        assert roster_import.file_error  # a clear message for the whole file
        assert roster_import.valid_rows == 0
        return roster_import
    event(f"validated, {'some' if roster_import.valid_rows else 'no'} valid rows")
    assert roster_import.valid_rows + roster_import.error_rows == roster_import.total_rows
    for error in roster_import.errors:
        assert isinstance(error["row"], int)
        assert error["reason"]
    if roster_import.valid_rows:
        applied = rosters.request_apply(roster_import)
        assert applied.status == Status.APPLIED
        assert RosterEntry.objects.filter(agency=agency).count() == roster_import.valid_rows
    return roster_import


@PROPERTY_SETTINGS
@given(
    name=st.sampled_from(["roster.csv", "roster.xlsx", "ROSTER.CSV", "roster.txt"]),
    content=st.binary(max_size=2_000),
)
def test_arbitrary_bytes_are_refused_or_rejected_never_a_500(client, admin, agency, name, content):
    with transaction.atomic():
        _upload_and_apply(client, admin, agency, name, content)
        transaction.set_rollback(True)


@PROPERTY_SETTINGS
@given(table=sheet, delimiter=st.sampled_from([",", ";", "\t"]))
def test_any_csv_gives_row_errors_and_writes_exactly_the_valid_rows(
    client, admin, agency, table, delimiter
):
    head, rows = table
    with transaction.atomic():
        _upload_and_apply(client, admin, agency, "roster.csv", csv_bytes(head, rows, delimiter))
        transaction.set_rollback(True)


@settings(PROPERTY_SETTINGS, max_examples=30)
@given(table=sheet)
def test_any_xlsx_gives_row_errors_and_writes_exactly_the_valid_rows(client, admin, agency, table):
    head, rows = table
    with transaction.atomic():
        _upload_and_apply(client, admin, agency, "roster.xlsx", xlsx_bytes(head, rows))
        transaction.set_rollback(True)
