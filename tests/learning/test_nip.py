import pytest
from django.core.exceptions import ValidationError

from learning.nip import build_nip, mask_nip, normalize_nip, parse_nip

VALID_PNS = "198503122010011003"
VALID_PPPK = "199007012023212005"


def test_valid_pns_nip_is_parsed_into_its_parts():
    info = parse_nip(VALID_PNS)
    assert info.kind == "pns"
    assert info.birth_date.isoformat() == "1985-03-12"
    assert (info.appointment_year, info.appointment_month) == (2010, 1)
    assert info.gender == "L"
    assert info.serial == 3


def test_valid_pppk_number_is_parsed_into_its_parts():
    info = parse_nip(VALID_PPPK)
    assert info.kind == "pppk"
    assert info.appointment_year == 2023
    assert info.contract_count == 1
    assert info.gender == "P"
    assert info.serial == 5


def test_spaces_between_groups_are_accepted():
    assert parse_nip("19850312 201001 1 003").nip == VALID_PNS


def test_spreadsheet_float_is_normalised():
    assert normalize_nip(198503122010011003.0).isdigit()


@pytest.mark.parametrize(
    ("value", "code", "fragment"),
    [
        ("", "nip_required", "wajib"),
        ("19850312201001100", "nip_length", "18 digit"),
        ("1985031220100110033", "nip_length", "19 digit"),
        ("19850312201001100A", "nip_digits", "angka"),
        ("198502302010011003", "nip_birth_date", "digit 1–8"),
        ("193002012010011003", "nip_birth_date", "rentang"),
        ("198503122010131003", "nip_appointment", "digit 9–14"),
        ("198503122000011003", "nip_appointment", "usia 18"),
        ("198503122099011003", "nip_appointment", "masa depan"),
        ("198503122010013003", "nip_gender", "ke-15"),
        ("198503122010011000", "nip_serial", "16–18"),
        ("199007012023202005", "nip_contract", "ke-14"),
        ("199007012005212005", "nip_appointment", "digit 9–12"),
        ("199007012023215005", "nip_gender", "ke-15"),
    ],
)
def test_invalid_nip_names_the_wrong_part(value, code, fragment):
    with pytest.raises(ValidationError) as excinfo:
        parse_nip(value)
    assert excinfo.value.code == code
    assert fragment in excinfo.value.messages[0]


def test_build_nip_round_trips_both_shapes():
    import datetime

    pns = build_nip(
        birth_date=datetime.date(1979, 12, 31),
        appointment_year=2005,
        appointment_month=4,
        gender="P",
        serial=12,
    )
    pppk = build_nip(
        birth_date=datetime.date(1995, 1, 2),
        appointment_year=2024,
        contract_count=2,
        gender="L",
        serial=999,
    )
    assert parse_nip(pns).kind == "pns"
    assert parse_nip(pppk).kind == "pppk"


def test_mask_nip_shows_only_ends():
    assert mask_nip(VALID_PNS) == "1985***********003"
    assert mask_nip("") == ""
