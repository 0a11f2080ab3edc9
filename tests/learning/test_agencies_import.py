import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from learning.models import Agency, Unit
from learning.services.agencies import import_agencies_csv, import_units_csv
from tests.factories import AgencyFactory, UnitFactory

pytestmark = pytest.mark.django_db

HEADER = "nama,singkatan,jenis,kode_wilayah,id_siasn\n"


def csv_file(text):
    return io.BytesIO(text.encode("utf-8"))


def agencies_state():
    return list(
        Agency.objects.order_by("name").values_list(
            "name", "short_name", "kind", "region_code", "siasn_id"
        )
    )


def units_state(agency):
    return list(
        Unit.objects.filter(agency=agency)
        .order_by("code")
        .values_list("code", "name", "parent__code", "path")
    )


# --- Agencies ---------------------------------------------------------------


def test_good_agency_file_creates_agencies_and_accepts_long_jenis_labels():
    result = import_agencies_csv(
        csv_file(
            HEADER
            + "Kementerian Komunikasi dan Digital,Komdigi,kementerian,,K-01\n"
            + "Badan Siber dan Sandi Negara,BSSN,LEMBAGA,,\n"
            + "Pemerintah Provinsi Jawa Barat,Pemprov Jabar,Pemerintah Provinsi,32,\n"
            + "Pemerintah Kabupaten Bogor,,pemerintah kabupaten,32.01,\n"
            + "  Pemerintah Kota Bandung  ,,Pemerintah  Kota,32.73,\n"
            + ",,,,\n"
        )
    )

    assert result.ok, result.errors
    assert (result.created, result.updated, result.unchanged) == (5, 0, 0)
    kinds = dict(Agency.objects.values_list("name", "kind"))
    assert kinds == {
        "Kementerian Komunikasi dan Digital": "kementerian",
        "Badan Siber dan Sandi Negara": "lembaga",
        "Pemerintah Provinsi Jawa Barat": "provinsi",
        "Pemerintah Kabupaten Bogor": "kabupaten",
        "Pemerintah Kota Bandung": "kota",
    }
    assert Agency.objects.get(short_name="Komdigi").siasn_id == "K-01"


def test_agencies_are_upserted_by_trimmed_name():
    AgencyFactory(name="Pemerintah Kota Bandung", short_name="Lama", kind="kota")
    AgencyFactory(name="Badan Tetap", short_name="BT", kind="lembaga")

    result = import_agencies_csv(
        csv_file(
            "nama,singkatan,jenis\n"
            " Pemerintah Kota Bandung ,Pemkot Bandung,kota\n"
            "Badan Tetap,BT,lembaga\n"
        )
    )

    assert result.ok, result.errors
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert Agency.objects.get(name="Pemerintah Kota Bandung").short_name == "Pemkot Bandung"


def test_optional_columns_missing_from_the_header_are_left_alone():
    AgencyFactory(
        name="Badan Siber dan Sandi Negara", short_name="BSSN", kind="lembaga", siasn_id="S-9"
    )

    result = import_agencies_csv(csv_file("nama,jenis\nBadan Siber dan Sandi Negara,lembaga\n"))

    assert result.ok
    agency = Agency.objects.get()
    assert (agency.short_name, agency.siasn_id) == ("BSSN", "S-9")


def test_bom_and_semicolon_separated_file_from_a_spreadsheet_is_read():
    data = "\ufeffNama;Jenis;Kode Wilayah\nPemerintah Kota Bandung;Kota;32.73\n".encode()

    result = import_agencies_csv(io.BytesIO(data))

    assert result.ok, result.errors
    assert Agency.objects.get().region_code == "32.73"


def test_two_agencies_may_swap_their_siasn_ids():
    AgencyFactory(name="A", kind="lembaga", siasn_id="X")
    AgencyFactory(name="B", kind="lembaga", siasn_id="Y")

    result = import_agencies_csv(csv_file("nama,jenis,id_siasn\nA,lembaga,Y\nB,lembaga,X\n"))

    assert result.ok, result.errors
    assert dict(Agency.objects.values_list("name", "siasn_id")) == {"A": "Y", "B": "X"}


@pytest.mark.parametrize(
    ("rows", "bad_row", "fragment"),
    [
        (",Tanpa Nama,lembaga,,\n", 3, "Nama instansi wajib diisi"),
        ("Badan X,,pemda,,\n", 3, "tidak dikenal"),
        ("Badan X,,,,\n", 3, "Jenis instansi wajib diisi"),
        ("Badan Baru,,lembaga,,\n", 3, "sudah muncul di baris 2"),
        ("Badan Lain,,lembaga,,S-1\n", 3, "ID SIASN “S-1” sudah dipakai di baris 2"),
        ("Badan Lain,,lembaga,,S-LAMA\n", 3, "sudah dipakai oleh instansi “Badan Lama”"),
        ("Badan Lain,,lembaga,3273,\n", 3, "Kode wilayah"),
        ("X" * 201 + ",,lembaga,,\n", 3, "terlalu panjang"),
    ],
    ids=[
        "missing-name",
        "unknown-jenis",
        "missing-jenis",
        "duplicate-name",
        "duplicate-siasn-in-file",
        "siasn-held-by-other-agency",
        "bad-region-code",
        "name-too-long",
    ],
)
def test_one_bad_row_applies_nothing(rows, bad_row, fragment):
    AgencyFactory(name="Badan Lama", short_name="BL", kind="lembaga", siasn_id="S-LAMA")
    before = agencies_state()

    result = import_agencies_csv(csv_file(HEADER + "Badan Baru,BB,lembaga,,S-1\n" + rows))

    assert not result.ok
    assert [error.row for error in result.errors] == [bad_row]
    assert fragment in result.errors[0].message
    assert (result.created, result.updated) == (0, 0)
    assert agencies_state() == before


def test_missing_required_column_is_reported_on_the_header_row():
    result = import_agencies_csv(csv_file("nama,singkatan\nBadan Baru,BB\n"))

    assert [(error.row, error.message) for error in result.errors] == [
        (1, "Kolom wajib tidak ada: jenis.")
    ]
    assert not Agency.objects.exists()


def test_file_that_is_not_utf8_is_rejected():
    data = "nama,jenis\nDinas Pariwisata é,kota\n".encode("latin-1")

    result = import_agencies_csv(io.BytesIO(data))

    assert "UTF-8" in result.errors[0].message
    assert not Agency.objects.exists()


def test_import_agencies_command_prints_summary(tmp_path, capsys):
    path = tmp_path / "instansi.csv"
    path.write_text("nama,jenis\nBadan Siber dan Sandi Negara,lembaga\n", encoding="utf-8")

    call_command("import_agencies", str(path))

    assert "1 baru" in capsys.readouterr().out
    assert Agency.objects.filter(name="Badan Siber dan Sandi Negara").exists()


def test_import_agencies_command_fails_and_changes_nothing_on_errors(tmp_path, capsys):
    path = tmp_path / "instansi.csv"
    path.write_text("nama,jenis\nBadan Baik,lembaga\nBadan Buruk,dinas\n", encoding="utf-8")

    with pytest.raises(CommandError, match="tidak ada perubahan"):
        call_command("import_agencies", str(path))

    assert "Baris 3" in capsys.readouterr().err
    assert not Agency.objects.exists()


# --- Units ------------------------------------------------------------------


@pytest.fixture
def agency():
    return AgencyFactory(name="Pemerintah Kota Bandung", kind="kota")


def test_unit_tree_with_forward_parent_references_is_built_parents_first(agency):
    result = import_units_csv(
        agency,
        csv_file(
            "kode,nama,kode_induk\n"
            "DISKOMINFO.IKP.MEDSOS,Seksi Media Sosial,DISKOMINFO.IKP\n"
            "DISKOMINFO.IKP,Bidang Informasi dan Komunikasi Publik,DISKOMINFO\n"
            "DISKOMINFO,Dinas Komunikasi dan Informatika,\n"
            "SETDA,Sekretariat Daerah,\n"
        ),
    )

    assert result.ok, result.errors
    assert result.created == 4
    leaf = Unit.objects.get(code="DISKOMINFO.IKP.MEDSOS")
    middle = Unit.objects.get(code="DISKOMINFO.IKP")
    top = Unit.objects.get(code="DISKOMINFO")
    assert leaf.parent == middle and middle.parent == top and top.parent is None
    assert leaf.path == f"/{top.pk}/{middle.pk}/{leaf.pk}/"
    assert leaf.depth == 2
    assert set(top.subtree().values_list("code", flat=True)) == {
        "DISKOMINFO",
        "DISKOMINFO.IKP",
        "DISKOMINFO.IKP.MEDSOS",
    }


def test_units_may_hang_under_an_existing_unit_and_reimport_changes_nothing(agency):
    existing = UnitFactory(agency=agency, code="SETDA", name="Sekretariat Daerah")
    text = "kode,nama,kode_induk\nSETDA.PROKOMPIM,Bagian Protokol,SETDA\n"

    first = import_units_csv(agency, csv_file(text))
    before = units_state(agency)
    second = import_units_csv(agency, csv_file(text))

    assert first.created == 1 and first.ok
    assert Unit.objects.get(code="SETDA.PROKOMPIM").parent == existing
    assert (second.created, second.updated, second.unchanged) == (0, 0, 1)
    assert units_state(agency) == before


def test_reimport_moves_a_unit_and_rewrites_its_subtree_paths(agency):
    import_units_csv(
        agency,
        csv_file("kode,nama,kode_induk\nA,Unit A,\nB,Unit B,\nA1,Unit A1,A\nA1X,Unit A1X,A1\n"),
    )

    result = import_units_csv(agency, csv_file("kode,nama,kode_induk\nA1,Unit A Satu,B\n"))

    assert result.ok, result.errors
    assert result.updated == 1
    b, a1, a1x = (Unit.objects.get(code=code) for code in ("B", "A1", "A1X"))
    assert a1.name == "Unit A Satu" and a1.parent == b
    assert a1x.path == f"/{b.pk}/{a1.pk}/{a1x.pk}/"


def test_siblings_may_swap_names(agency):
    import_units_csv(agency, csv_file("kode,nama\nA,Bidang Satu\nB,Bidang Dua\n"))

    result = import_units_csv(agency, csv_file("kode,nama\nA,Bidang Dua\nB,Bidang Satu\n"))

    assert result.ok, result.errors
    names = dict(Unit.objects.values_list("code", "name"))
    assert names == {"A": "Bidang Dua", "B": "Bidang Satu"}


def test_cycle_in_file_is_reported_on_every_row_of_the_cycle_and_nothing_applied(agency):
    result = import_units_csv(
        agency,
        csv_file("kode,nama,kode_induk\nOK,Unit Baik,\nA,Unit A,C\nB,Unit B,A\nC,Unit C,B\n"),
    )

    assert [error.row for error in result.errors] == [3, 4, 5]
    assert all("lingkaran" in error.message for error in result.errors)
    assert not Unit.objects.exists()


def test_unit_that_is_its_own_parent_is_a_cycle(agency):
    result = import_units_csv(agency, csv_file("kode,nama,kode_induk\nA,Unit A,A\n"))

    assert "A → A" in result.errors[0].message


def test_cycle_through_the_existing_tree_is_detected(agency):
    import_units_csv(agency, csv_file("kode,nama,kode_induk\nA,Unit A,\nB,Unit B,A\n"))
    before = units_state(agency)

    # B stays under A (not in the file); A would move under B.
    result = import_units_csv(agency, csv_file("kode,nama,kode_induk\nA,Unit A,B\n"))

    assert [error.row for error in result.errors] == [2]
    assert "A → B → A" in result.errors[0].message
    assert units_state(agency) == before


@pytest.mark.parametrize(
    ("rows", "bad_row", "fragment"),
    [
        ("X,Unit X,TIDAK.ADA\n", 3, "Kode induk “TIDAK.ADA” tidak ditemukan"),
        (",Unit Tanpa Kode,\n", 3, "Kode unit wajib diisi"),
        ("X,,\n", 3, "Nama unit wajib diisi"),
        ("A,Unit A Lagi,\n", 3, "Kode unit “A” sudah muncul di baris 2"),
        ("X,Unit A,\n", 3, "sudah dipakai di baris 2"),
        ("X,Sekretariat Daerah,\n", 3, "sudah dipakai oleh unit yang sudah ada (kode LAMA)"),
    ],
    ids=[
        "unknown-parent",
        "missing-code",
        "missing-name",
        "duplicate-code",
        "duplicate-sibling-name-in-file",
        "duplicate-sibling-name-in-database",
    ],
)
def test_one_bad_unit_row_applies_nothing(agency, rows, bad_row, fragment):
    UnitFactory(agency=agency, code="LAMA", name="Sekretariat Daerah")
    before = units_state(agency)

    result = import_units_csv(agency, csv_file("kode,nama,kode_induk\nA,Unit A,\n" + rows))

    assert [error.row for error in result.errors] == [bad_row]
    assert fragment in result.errors[0].message
    assert units_state(agency) == before


def test_unit_codes_of_another_agency_are_not_parents(agency):
    UnitFactory(code="SETDA", name="Sekretariat Daerah")  # another agency

    result = import_units_csv(agency, csv_file("kode,nama,kode_induk\nX,Unit X,SETDA\n"))

    assert "tidak ditemukan" in result.errors[0].message


def test_import_units_command_finds_agency_by_name_or_id(agency, tmp_path, capsys):
    path = tmp_path / "unit.csv"
    path.write_text("kode,nama\nSETDA,Sekretariat Daerah\n", encoding="utf-8")

    call_command("import_units", agency.name, str(path))
    call_command("import_units", str(agency.pk), str(path))

    out = capsys.readouterr().out
    assert "1 baru" in out and "1 tidak berubah" in out
    assert Unit.objects.filter(agency=agency).count() == 1


def test_import_units_command_fails_on_unknown_agency_or_bad_file(agency, tmp_path):
    path = tmp_path / "unit.csv"
    path.write_text("kode,nama,kode_induk\nA,Unit A,B\n", encoding="utf-8")

    with pytest.raises(CommandError, match="tidak ditemukan"):
        call_command("import_units", "Instansi Fiktif", str(path))
    with pytest.raises(CommandError, match="tidak ada perubahan"):
        call_command("import_units", agency.name, str(path))
    assert not Unit.objects.exists()
