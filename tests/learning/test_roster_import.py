import csv
import io

import openpyxl
import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from learning.models import RosterEntry, RosterImport, StaffStatus
from learning.selectors import roster_imports
from learning.services import rosters
from learning.services.rosters import progress as roster_progress
from learning.services.rosters import validation
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    RosterEntryFactory,
    UnitFactory,
    pns_nip,
    pppk_nip,
)

pytestmark = pytest.mark.django_db

Status = RosterImport.Status
HEADER = ("nip", "nama", "unit_kerja", "email", "jabatan", "aktif")


@pytest.fixture
def agency():
    return AgencyFactory()


@pytest.fixture
def unit(agency):
    return UnitFactory(agency=agency, name="Biro Hubungan Masyarakat", code="BHM")


def csv_bytes(rows, header=HEADER, delimiter=","):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def start(agency, content, name="roster.csv"):
    upload = SimpleUploadedFile(name, content)
    return rosters.start_import(agency=agency, uploaded_by=None, uploaded_file=upload)


def row(nip, name="Siti Aminah", unit="BHM", email="", position="", active=""):
    return [nip, name, unit, email, position, active]


def reasons(roster_import):
    return {error["row"]: error["reason"] for error in roster_import.errors}


# --- Template and happy paths --------------------------------------------------------


def test_template_csv_rows_use_the_agencys_own_units_and_pass_validation(agency):
    UnitFactory(agency=agency, code="DISKOMINFO", name="Dinas Kominfo")
    UnitFactory(agency=agency, code="", name="Bagian Umum")
    UnitFactory(agency=AgencyFactory(), code="LAIN", name="Unit Instansi Lain")
    template = rosters.template_csv(agency=agency)

    lines = template.splitlines()
    assert lines[0] == "nip,nama,unit_kerja,email,jabatan,aktif"
    units = {line.split(",")[2] for line in lines[1:]}
    assert units == {"DISKOMINFO", "Bagian Umum"}
    roster_import = start(agency, template.encode("utf-8"))

    assert roster_import.status == Status.VALIDATED, roster_import.errors
    assert (roster_import.total_rows, roster_import.valid_rows) == (2, 2)


def test_template_csv_of_an_agency_without_units_passes_validation(agency):
    roster_import = start(agency, rosters.template_csv(agency=agency).encode("utf-8"))

    assert (roster_import.valid_rows, roster_import.error_rows) == (2, 0)


def test_unit_admins_template_uses_units_of_their_subtree(agency):
    parent = UnitFactory(agency=agency, code="SETDA", name="Sekretariat Daerah")
    child = UnitFactory(agency=agency, code="HUMAS", name="Bagian Humas", parent=parent)
    UnitFactory(agency=agency, code="AAA", name="Unit Lain")
    template = rosters.template_csv(agency=agency, scope_unit=child)

    assert {line.split(",")[2] for line in template.splitlines()[1:]} == {"HUMAS"}
    upload = SimpleUploadedFile("t.csv", template.encode("utf-8"))
    roster_import = rosters.start_import(
        agency=agency, uploaded_by=None, uploaded_file=upload, scope_unit=child
    )
    assert (roster_import.valid_rows, roster_import.error_rows) == (2, 0)


def test_small_csv_is_validated_before_start_import_returns(agency, unit, settings):
    roster_import = start(agency, csv_bytes([row(pns_nip(1)), row(pppk_nip(2))]))

    assert roster_import.status == Status.VALIDATED
    assert roster_import.original_name == "roster.csv"
    assert roster_import.file.name.startswith(f"rosters/{agency.pk}/")
    assert (roster_import.total_rows, roster_import.valid_rows, roster_import.error_rows) == (
        2,
        2,
        0,
    )
    assert roster_import.progress == 100
    assert roster_import.errors == []


def test_semicolon_separated_csv_is_read(agency, unit):
    content = csv_bytes([row(pns_nip(1), name="Dewi; S.Sos")], delimiter=";")

    roster_import = start(agency, content)

    assert roster_import.status == Status.VALIDATED
    assert roster_import.valid_rows == 1
    rosters.request_apply(roster_import)
    assert RosterEntry.objects.get().full_name == "Dewi; S.Sos"


def test_utf8_csv_with_bom_is_read(agency, unit):
    content = "\ufeff".encode() + csv_bytes([row(pns_nip(1), name="Ni Luh Ayu Ṡari")])

    roster_import = start(agency, content)

    assert roster_import.status == Status.VALIDATED
    assert roster_import.valid_rows == 1


def test_headers_match_case_insensitively_with_english_aliases(agency, unit):
    header = (" NIP ", "Name", "UNIT", "Email", "Position", "Active", "Catatan")
    content = csv_bytes(
        [[pns_nip(1), "Andi", "bhm", "andi@instansi.go.id", "Analis", "no", "x"]], header=header
    )

    roster_import = start(agency, content)
    rosters.request_apply(roster_import)

    entry = RosterEntry.objects.get()
    assert (entry.full_name, entry.unit, entry.position, entry.active) == (
        "Andi",
        unit,
        "Analis",
        False,
    )


def test_xlsx_file_is_validated_and_applied(agency, unit):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["NIP", "Nama", "Unit Kerja", "Aktif"])
    sheet.append([pns_nip(1), "Rina", "BHM", True])
    sheet.append([pppk_nip(2), "Joko", "Biro Hubungan Masyarakat", "tidak"])
    sheet.append([None, None, None, None])
    sheet.append(["1234", "Salah", "BHM", "ya"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    roster_import = start(agency, buffer.getvalue(), name="Roster Pegawai.XLSX")

    assert roster_import.status == Status.VALIDATED
    assert (roster_import.total_rows, roster_import.valid_rows, roster_import.error_rows) == (
        3,
        2,
        1,
    )
    assert roster_import.errors[0]["row"] == 5
    assert "18 digit" in roster_import.errors[0]["reason"]
    rosters.request_apply(roster_import)
    assert dict(RosterEntry.objects.values_list("nip", "active")) == {
        pns_nip(1): True,
        pppk_nip(2): False,
    }


def test_xlsx_nip_stored_as_number_is_flagged_not_silently_rounded(agency, unit):
    workbook = openpyxl.Workbook()
    workbook.active.append(["nip", "nama", "unit_kerja"])
    workbook.active.append([int(pns_nip(1)), "Rina", "BHM"])  # Excel keeps 15 digits
    buffer = io.BytesIO()
    workbook.save(buffer)

    roster_import = start(agency, buffer.getvalue(), name="roster.xlsx")

    assert roster_import.valid_rows == 0
    assert "sebagai angka" in roster_import.errors[0]["reason"]
    assert roster_import.errors[0]["nip"].startswith("1.985")


def test_csv_nip_mangled_into_scientific_notation_is_explained(agency, unit):
    roster_import = start(agency, csv_bytes([row("1.98503E+17")]))

    assert "Teks" in reasons(roster_import)[2]


# --- Row-level problems --------------------------------------------------------------


def test_invalid_nip_is_listed_with_the_wrong_part_named(agency, unit):
    bad_birth_date = "198513122010011001"
    bad_gender = pns_nip(1)[:14] + "3" + pns_nip(1)[15:]
    content = csv_bytes([row(pns_nip(1)), row(bad_birth_date), row(bad_gender), row("12-34")])

    roster_import = start(agency, content)

    assert (roster_import.valid_rows, roster_import.error_rows) == (1, 3)
    by_row = reasons(roster_import)
    assert "Tanggal lahir" in by_row[3] and "digit 1–8" in by_row[3]
    assert "Digit ke-15" in by_row[4]
    assert "18 digit" in by_row[5]
    assert roster_import.errors[2]["nip"] == "12-34"


def test_nip_with_separators_is_normalised(agency, unit):
    nip = pns_nip(1)
    spaced = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"

    roster_import = start(agency, csv_bytes([row(spaced)]))
    rosters.request_apply(roster_import)

    assert RosterEntry.objects.get().nip == nip


def test_unknown_unit_is_listed(agency, unit):
    roster_import = start(agency, csv_bytes([row(pns_nip(1), unit="Biro Keuangan")]))

    assert "tidak ditemukan" in reasons(roster_import)[2]
    assert "Biro Keuangan" in reasons(roster_import)[2]


def test_unit_of_another_agency_is_unknown(agency, unit):
    UnitFactory(code="LAIN")

    roster_import = start(agency, csv_bytes([row(pns_nip(1), unit="LAIN")]))

    assert roster_import.error_rows == 1


def test_unit_is_matched_by_code_then_by_name_ignoring_case(agency, unit):
    named_like_code = UnitFactory(agency=agency, name="bhm", code="X1")
    content = csv_bytes(
        [row(pns_nip(1), unit="bhm"), row(pns_nip(2), unit="  biro HUBUNGAN  masyarakat")]
    )

    roster_import = start(agency, content)
    rosters.request_apply(roster_import)

    assert roster_import.error_rows == 0
    assert RosterEntry.objects.get(nip=pns_nip(1)).unit == unit  # code beats a name
    assert RosterEntry.objects.get(nip=pns_nip(2)).unit == unit
    assert named_like_code.roster.count() == 0


def test_ambiguous_unit_name_asks_for_the_unit_code(agency):
    for parent_code in ("DEP1", "DEP2"):
        parent = UnitFactory(agency=agency, code=parent_code)
        UnitFactory(agency=agency, parent=parent, name="Bagian Umum", code=f"{parent_code}-U")

    roster_import = start(
        agency, csv_bytes([row(pns_nip(1), unit="Bagian Umum"), row(pns_nip(2), unit="DEP1-U")])
    )

    assert roster_import.valid_rows == 1
    assert "ambigu" in reasons(roster_import)[2]
    assert "kode unit" in reasons(roster_import)[2]


def test_empty_unit_cell_is_allowed(agency, unit):
    roster_import = start(agency, csv_bytes([row(pns_nip(1), unit="")]))
    rosters.request_apply(roster_import)

    assert RosterEntry.objects.get().unit is None


def test_duplicate_nip_in_file_names_the_first_row(agency, unit):
    nip = pns_nip(1)
    content = csv_bytes([row(pns_nip(2)), row(nip), row(nip, name="Lagi"), row(nip)])

    roster_import = start(agency, content)

    assert (roster_import.valid_rows, roster_import.error_rows) == (2, 2)
    assert reasons(roster_import)[4] == "NIP ganda: sudah ada di baris 3."
    assert reasons(roster_import)[5] == "NIP ganda: sudah ada di baris 3."


def test_empty_name_is_listed(agency, unit):
    roster_import = start(agency, csv_bytes([row(pns_nip(1), name="  ")]))

    assert reasons(roster_import)[2] == "Nama wajib diisi."


def test_invalid_email_is_listed(agency, unit):
    roster_import = start(
        agency,
        csv_bytes([row(pns_nip(1), email="siti@"), row(pns_nip(2), email="siti@kemenkeu.go.id")]),
    )

    assert roster_import.valid_rows == 1
    assert "Email" in reasons(roster_import)[2]


@pytest.mark.parametrize(
    "value,active",
    [
        ("ya", True),
        ("Y", True),
        ("1", True),
        ("TRUE", True),
        ("aktif", True),
        ("", True),
        ("tidak", False),
        ("t", False),
        ("0", False),
        ("false", False),
        ("Nonaktif", False),
    ],
)
def test_aktif_column_accepts_indonesian_and_english_values(agency, unit, value, active):
    roster_import = start(agency, csv_bytes([row(pns_nip(1), active=value)]))
    rosters.request_apply(roster_import)

    assert RosterEntry.objects.get().active is active


def test_unknown_aktif_value_is_listed(agency, unit):
    roster_import = start(agency, csv_bytes([row(pns_nip(1), active="pensiun")]))

    assert "aktif" in reasons(roster_import)[2] and "pensiun" in reasons(roster_import)[2]


def test_all_problems_of_a_row_are_reported_together(agency, unit):
    roster_import = start(agency, csv_bytes([row("123", name="", unit="??", email="x")]))

    reason = reasons(roster_import)[2]
    assert reason.startswith("NIP harus 18 digit")
    for part in ("Nama wajib diisi.", '"??" tidak ditemukan', 'Email "x" tidak valid.'):
        assert part in reason
    assert roster_import.error_rows == 1


def test_blank_rows_are_skipped_without_being_counted(agency, unit):
    content = csv_bytes([row(pns_nip(1)), ["", "", "", "", "", ""], [], row(pns_nip(2))])

    roster_import = start(agency, content)

    assert (roster_import.total_rows, roster_import.valid_rows) == (2, 2)


def test_stored_errors_are_capped_but_all_bad_rows_are_counted(agency, unit, monkeypatch):
    monkeypatch.setattr(rosters.validation, "MAX_STORED_ERRORS", 3)

    roster_import = start(agency, csv_bytes([row(str(n)) for n in range(10)]))

    assert roster_import.error_rows == 10
    assert len(roster_import.errors) == 3


def test_validation_writes_progress_every_thousand_rows(agency, unit, monkeypatch):
    seen = []
    monkeypatch.setattr(rosters.validation, "PROGRESS_EVERY_ROWS", 2)
    original = roster_progress._DatabaseProgress.__call__

    def spy(self, fraction):
        original(self, fraction)
        seen.append(RosterImport.objects.get(pk=self.import_id).progress)

    monkeypatch.setattr(roster_progress._DatabaseProgress, "__call__", spy)

    start(agency, csv_bytes([row(pns_nip(n)) for n in range(1, 10)]))

    assert seen and seen == sorted(seen) and 0 < seen[-1] < 100


def test_unexpected_error_while_validating_marks_import_failed(agency, unit, monkeypatch):
    def broken(self, row_number, cells):
        raise RuntimeError("bug")

    monkeypatch.setattr(validation._RowChecker, "check", broken)

    roster_import = start(agency, csv_bytes([row(pns_nip(1))]))

    assert roster_import.status == Status.FAILED
    assert "kesalahan sistem" in roster_import.file_error


# --- File-level problems -------------------------------------------------------------


def test_missing_required_columns_are_named(agency, unit):
    content = csv_bytes([[pns_nip(1), "Siti"]], header=("nip", "nama"))

    roster_import = start(agency, content)

    assert roster_import.status == Status.REJECTED
    assert "Kolom wajib tidak ditemukan: unit_kerja" in roster_import.file_error
    assert roster_import.total_rows == 0


def test_csv_in_windows_encoding_asks_for_csv_utf8(agency, unit):
    content = f"nip,nama,unit_kerja\n{pns_nip(1)},José Café,BHM\n".encode("cp1252")

    roster_import = start(agency, content)

    assert roster_import.status == Status.REJECTED
    assert "CSV UTF-8" in roster_import.file_error


def test_utf16_csv_asks_for_csv_utf8(agency, unit):
    content = f"nip,nama,unit_kerja\n{pns_nip(1)},Siti,BHM\n".encode("utf-16")

    roster_import = start(agency, content)

    assert roster_import.status == Status.REJECTED
    assert "CSV UTF-8" in roster_import.file_error


def test_old_excel_format_asks_for_xlsx(agency):
    roster_import = start(agency, b"\xd0\xcf\x11\xe0 old excel", name="roster.xls")

    assert roster_import.status == Status.REJECTED
    assert ".xlsx" in roster_import.file_error


def test_empty_file_is_rejected(agency):
    roster_import = start(agency, b"")

    assert roster_import.status == Status.REJECTED
    assert roster_import.file_error == "Berkas kosong."
    assert roster_import.finished_at is not None


def test_header_only_file_is_rejected(agency):
    roster_import = start(agency, b"nip,nama,unit_kerja\r\n\r\n")

    assert roster_import.status == Status.REJECTED
    assert "tidak memiliki baris data" in roster_import.file_error


@pytest.mark.parametrize(
    "name,content",
    [
        ("roster.pdf", b"%PDF-1.7 not a roster"),
        ("roster.xlsx", bytes(range(256)) * 8),
        ("roster.xlsx", b"nip,nama,unit_kerja\n"),
        ("roster.csv", b"nip,nama,unit_kerja\n\x00\x01\x02\x00binary"),
    ],
)
def test_file_that_is_not_a_spreadsheet_is_rejected(agency, name, content):
    roster_import = start(agency, content, name=name)

    assert roster_import.status == Status.REJECTED
    assert "bukan lembar kerja" in roster_import.file_error


def test_zip_that_is_not_a_workbook_is_rejected(agency):
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")

    roster_import = start(agency, buffer.getvalue(), name="roster.xlsx")

    assert roster_import.status == Status.REJECTED
    assert ".xlsx rusak" in roster_import.file_error


def test_file_with_too_many_rows_is_rejected(agency, unit, settings):
    settings.ROSTER_MAX_ROWS = 3

    roster_import = start(agency, csv_bytes([row(pns_nip(n)) for n in range(1, 5)]))

    assert roster_import.status == Status.REJECTED
    assert "lebih dari 3 baris" in roster_import.file_error


def test_rejected_import_cannot_be_applied(agency):
    roster_import = start(agency, b"")

    with pytest.raises(rosters.RosterImportError, match="ditolak"):
        rosters.request_apply(roster_import)


# --- Applying ------------------------------------------------------------------------


def test_applying_writes_valid_rows_and_skips_bad_ones(agency, unit):
    content = csv_bytes(
        [
            row(pns_nip(1), name="Siti", email="siti@instansi.go.id", position="Analis"),
            row("123"),
        ]
    )
    roster_import = start(agency, content)

    roster_import = rosters.request_apply(roster_import)

    assert roster_import.status == Status.APPLIED
    assert roster_import.progress == 100 and roster_import.finished_at is not None
    assert (roster_import.created_count, roster_import.updated_count) == (1, 0)
    entry = RosterEntry.objects.get()
    assert (
        entry.agency,
        entry.nip,
        entry.full_name,
        entry.email,
        entry.unit,
        entry.position,
        entry.active,
    ) == (agency, pns_nip(1), "Siti", "siti@instansi.go.id", unit, "Analis", True)


def test_second_file_updates_known_nips_and_adds_new_ones(agency, unit):
    linked_user = LearnerFactory(agency=agency, nip=pns_nip(1))
    first = start(agency, csv_bytes([row(pns_nip(1), name="Lama"), row(pns_nip(2))]))
    rosters.request_apply(first)

    second = start(
        agency,
        csv_bytes(
            [
                row(pns_nip(1), name="Baru", unit="", active="tidak"),
                row(pns_nip(3)),
                row(pns_nip(4)),
            ]
        ),
    )
    second = rosters.request_apply(second)

    assert (second.created_count, second.updated_count) == (2, 1)
    assert RosterEntry.objects.filter(agency=agency).count() == 4
    updated = RosterEntry.objects.get(nip=pns_nip(1))
    assert (updated.full_name, updated.unit, updated.active) == ("Baru", None, False)
    assert updated.user == linked_user  # the link survives the upsert


def test_same_nip_in_another_agency_is_a_separate_entry(agency, unit):
    other = RosterEntryFactory(nip=pns_nip(1), full_name="Di Instansi Lain")

    rosters.request_apply(start(agency, csv_bytes([row(pns_nip(1))])))

    other.refresh_from_db()
    assert other.full_name == "Di Instansi Lain"
    assert RosterEntry.objects.filter(nip=pns_nip(1)).count() == 2


def test_applying_links_a_pending_account_with_the_same_nip(agency, unit):
    user = LearnerFactory(agency=agency, nip=pns_nip(7), staff_status=StaffStatus.PENDING)
    stranger = LearnerFactory(nip=pns_nip(8), staff_status=StaffStatus.PENDING)

    roster_import = rosters.request_apply(
        start(agency, csv_bytes([row(pns_nip(7)), row(pns_nip(8))]))
    )

    user.refresh_from_db()
    stranger.refresh_from_db()
    assert roster_import.linked_count == 1
    assert user.staff_status == StaffStatus.ROSTERED
    assert RosterEntry.objects.get(nip=pns_nip(7)).user == user
    assert stranger.staff_status == StaffStatus.PENDING  # registered with another agency


def test_failure_mid_apply_writes_nothing_and_marks_import_failed(agency, unit, monkeypatch):
    existing = RosterEntryFactory(agency=agency, nip=pns_nip(1), full_name="Tetap")
    roster_import = start(agency, csv_bytes([row(pns_nip(n), name="Ubah") for n in range(1, 6)]))
    monkeypatch.setattr(rosters.applying, "APPLY_BATCH_SIZE", 2)
    original = RosterEntry.objects.bulk_create
    calls = []

    def fail_on_second_batch(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(*args, **kwargs)

    monkeypatch.setattr(RosterEntry.objects, "bulk_create", fail_on_second_batch)

    roster_import = rosters.request_apply(roster_import)

    assert len(calls) == 2
    assert roster_import.status == Status.FAILED
    assert "Tidak ada data yang diubah" in roster_import.file_error
    assert list(RosterEntry.objects.values_list("nip", "full_name")) == [(pns_nip(1), "Tetap")]
    existing.refresh_from_db()
    assert existing.full_name == "Tetap"
    assert cache.get(f"roster-import-progress:{roster_import.pk}") is None


def test_apply_rechecks_units_changed_since_validation(agency, unit):
    gone = UnitFactory(agency=agency, code="HAPUS")
    roster_import = start(agency, csv_bytes([row(pns_nip(1)), row(pns_nip(2), unit="HAPUS")]))
    assert roster_import.valid_rows == 2
    gone.delete()

    roster_import = rosters.request_apply(roster_import)

    assert roster_import.status == Status.APPLIED
    assert (roster_import.valid_rows, roster_import.error_rows) == (1, 1)
    assert list(RosterEntry.objects.values_list("nip", flat=True)) == [pns_nip(1)]


def test_file_gone_from_storage_fails_the_apply(agency, unit):
    roster_import = start(agency, csv_bytes([row(pns_nip(1))]))
    roster_import.file.storage.delete(roster_import.file.name)

    roster_import = rosters.request_apply(roster_import)

    assert roster_import.status == Status.FAILED
    assert "tidak ditemukan" in roster_import.file_error


# --- States --------------------------------------------------------------------------


def test_applying_twice_is_refused(agency, unit):
    roster_import = rosters.request_apply(start(agency, csv_bytes([row(pns_nip(1))])))

    with pytest.raises(rosters.RosterImportError, match="sudah diterapkan"):
        rosters.request_apply(roster_import)


def test_cancelled_import_cannot_be_applied(agency, unit):
    roster_import = start(agency, csv_bytes([row(pns_nip(1))]))

    roster_import = rosters.cancel_import(roster_import)

    assert roster_import.status == Status.CANCELLED
    assert roster_import.file.storage.exists(roster_import.file.name)  # kept for audit
    with pytest.raises(rosters.RosterImportError, match="dibatalkan"):
        rosters.request_apply(roster_import)
    assert not RosterEntry.objects.exists()


def test_only_a_validated_import_can_be_cancelled(agency, unit):
    roster_import = rosters.request_apply(start(agency, csv_bytes([row(pns_nip(1))])))

    with pytest.raises(rosters.RosterImportError):
        rosters.cancel_import(roster_import)


def test_import_without_valid_rows_cannot_be_applied(agency, unit):
    roster_import = start(agency, csv_bytes([row("123")]))

    with pytest.raises(rosters.RosterImportError, match="Tidak ada baris valid"):
        rosters.request_apply(roster_import)
    roster_import.refresh_from_db()
    assert roster_import.status == Status.VALIDATED


def test_validated_import_cannot_be_validated_again(agency, unit):
    roster_import = start(agency, csv_bytes([row(pns_nip(1))]))

    with pytest.raises(rosters.RosterImportError):
        rosters.validate_import(roster_import)


def test_progress_of_reports_counts_and_done(agency, unit):
    roster_import = start(agency, csv_bytes([row(pns_nip(1)), row("1")]))

    assert roster_imports.progress_of(roster_import) == {
        "status": "validated",
        "status_label": "Selesai diperiksa",
        "progress": 100,
        "total_rows": 2,
        "valid_rows": 1,
        "error_rows": 1,
        "done": True,
        "waiting": False,
        "retry_at": None,
        "retry_message": "",
    }


def test_progress_of_reads_the_cache_while_applying(agency, unit):
    roster_import = start(agency, csv_bytes([row(pns_nip(1))]))
    RosterImport.objects.filter(pk=roster_import.pk).update(status=Status.APPLYING, progress=0)
    roster_import.refresh_from_db()
    cache.set(f"roster-import-progress:{roster_import.pk}", 42)

    progress = roster_imports.progress_of(roster_import)

    assert (progress["progress"], progress["done"]) == (42, False)


# --- Asynchronous path ---------------------------------------------------------------


def test_large_file_is_validated_and_applied_by_celery_after_commit(
    agency, unit, settings, django_capture_on_commit_callbacks
):
    settings.ROSTER_ASYNC_THRESHOLD = 2
    content = csv_bytes([row(pns_nip(n)) for n in range(1, 4)])

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        roster_import = start(agency, content)
        assert roster_import.status == Status.QUEUED
    assert len(callbacks) == 1
    roster_import.refresh_from_db()
    assert roster_import.status == Status.VALIDATED
    assert roster_import.valid_rows == 3

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        roster_import = rosters.request_apply(roster_import)
        assert roster_import.status == Status.APPLYING
        assert roster_imports.progress_of(roster_import)["done"] is False
    assert len(callbacks) == 1
    roster_import.refresh_from_db()
    assert roster_import.status == Status.APPLIED
    assert RosterEntry.objects.filter(agency=agency).count() == 3


def test_small_file_does_not_go_through_celery(
    agency, unit, settings, django_capture_on_commit_callbacks
):
    settings.ROSTER_ASYNC_THRESHOLD = 2

    with django_capture_on_commit_callbacks() as callbacks:
        roster_import = start(agency, csv_bytes([row(pns_nip(1)), row(pns_nip(2))]))

    assert callbacks == []
    assert roster_import.status == Status.VALIDATED


def test_large_xlsx_goes_through_celery(agency, unit, settings, django_capture_on_commit_callbacks):
    settings.ROSTER_ASYNC_THRESHOLD = 2
    workbook = openpyxl.Workbook()
    workbook.active.append(["nip", "nama", "unit_kerja"])
    for n in range(1, 4):
        workbook.active.append([pns_nip(n), "Nama", "BHM"])
    buffer = io.BytesIO()
    workbook.save(buffer)

    with django_capture_on_commit_callbacks() as callbacks:
        roster_import = start(agency, buffer.getvalue(), name="roster.xlsx")

    assert len(callbacks) == 1
    assert roster_import.status == Status.QUEUED


def test_unreadable_file_is_checked_inline_even_when_async_is_on(
    agency, settings, django_capture_on_commit_callbacks
):
    settings.ROSTER_ASYNC_THRESHOLD = 0

    with django_capture_on_commit_callbacks() as callbacks:
        roster_import = start(agency, b"junk", name="roster.xlsx")

    assert callbacks == []
    assert roster_import.status == Status.REJECTED


# --- Management command --------------------------------------------------------------


@pytest.fixture
def roster_file(tmp_path):
    def write(rows, name="roster.csv"):
        path = tmp_path / name
        path.write_bytes(csv_bytes(rows))
        return str(path)

    return write


def test_command_validates_without_applying_and_prints_errors(agency, unit, roster_file):
    path = roster_file([row(pns_nip(1)), row("123")])
    out = io.StringIO()

    call_command("import_roster", str(agency.pk), path, stdout=out)

    output = out.getvalue()
    assert "2 baris, 1 valid, 1 bermasalah" in output
    assert "baris 3, NIP 123" in output
    assert not RosterEntry.objects.exists()
    assert RosterImport.objects.get().status == Status.VALIDATED


def test_command_applies_by_agency_name(agency, unit, roster_file, settings):
    settings.ROSTER_ASYNC_THRESHOLD = 0  # the command never hands over to Celery
    path = roster_file([row(pns_nip(1)), row(pns_nip(2))])
    out = io.StringIO()

    call_command("import_roster", agency.name, path, "--apply", stdout=out)

    assert "2 entri baru" in out.getvalue()
    assert RosterEntry.objects.filter(agency=agency).count() == 2
    assert RosterImport.objects.get().status == Status.APPLIED


def test_command_shows_at_most_fifty_errors(agency, unit, roster_file):
    path = roster_file([row(str(n)) for n in range(60)])
    out = io.StringIO()

    call_command("import_roster", str(agency.pk), path, stdout=out)

    assert out.getvalue().count("\n  baris ") == 50
    assert "10 baris bermasalah lainnya" in out.getvalue()


def test_command_refuses_unknown_agency(roster_file):
    with pytest.raises(CommandError, match="Instansi tidak ditemukan"):
        call_command("import_roster", "Kementerian Fiktif", roster_file([]))


def test_command_refuses_missing_file(agency):
    with pytest.raises(CommandError, match="Berkas tidak ditemukan"):
        call_command("import_roster", str(agency.pk), "/tidak/ada.csv")


def test_command_refuses_rejected_file(agency, roster_file):
    with pytest.raises(CommandError, match=r"Berkas ditolak: .*tidak memiliki baris data"):
        call_command("import_roster", str(agency.pk), roster_file([]))
