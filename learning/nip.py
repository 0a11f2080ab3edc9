"""NIP (Nomor Induk Pegawai) parsing and validation.

Two shapes share 18 digits:

* PNS:  birth date YYYYMMDD (1-8), TMT CPNS YYYYMM (9-14), gender (15),
  serial 001-999 (16-18).
* PPPK: birth date YYYYMMDD (1-8), year of appointment YYYY (9-12), the digit 2
  (13), contract count 1-9 (14), gender (15), serial 001-999 (16-18).

A PNS month occupies digits 13-14 and is 01-12, so its digit 13 is 0 or 1; a
PPPK number always has 2 there. That digit tells the two shapes apart.
There is no checksum. Every error message names the part that is wrong.
"""

import datetime
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

MIN_BIRTH_YEAR = 1940
MIN_AGE_AT_APPOINTMENT = 18
_SEPARATORS = re.compile(r"[\s.\-]")


@dataclass(frozen=True)
class NipInfo:
    nip: str
    kind: str  # "pns" or "pppk"
    birth_date: datetime.date
    appointment_year: int
    appointment_month: int | None
    gender: str  # "L" or "P"
    serial: int
    contract_count: int | None = None

    @property
    def kind_label(self):
        return "PNS" if self.kind == "pns" else "PPPK"


def normalize_nip(value) -> str:
    """Drop the spaces, dots and dashes people type between NIP groups."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # Spreadsheets turn long digit strings into floats.
        value = int(value)
    return _SEPARATORS.sub("", str(value))


def _birth_date(nip: str) -> datetime.date:
    try:
        born = datetime.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        raise ValidationError(
            _("Tanggal lahir pada NIP (digit 1–8, %(part)s) bukan tanggal yang valid.")
            % {"part": nip[0:8]},
            code="nip_birth_date",
        ) from None
    today = timezone.localdate()
    if born.year < MIN_BIRTH_YEAR or born > today:
        raise ValidationError(
            _("Tanggal lahir pada NIP (digit 1–8, %(part)s) di luar rentang yang mungkin.")
            % {"part": nip[0:8]},
            code="nip_birth_date",
        )
    return born


def _check_appointment_year(nip: str, year: int, born: datetime.date, digits: str) -> None:
    today = timezone.localdate()
    if year > today.year + 1:
        raise ValidationError(
            _("Tahun pengangkatan pada NIP (digit %(digits)s) berada di masa depan.")
            % {"digits": digits},
            code="nip_appointment",
        )
    if year < born.year + MIN_AGE_AT_APPOINTMENT:
        raise ValidationError(
            _(
                "Tahun pengangkatan pada NIP (digit %(digits)s) terlalu dekat dengan "
                "tanggal lahir: ASN diangkat paling muda pada usia %(age)s tahun."
            )
            % {"digits": digits, "age": MIN_AGE_AT_APPOINTMENT},
            code="nip_appointment",
        )


def parse_nip(value) -> NipInfo:
    """Return the parts of a valid NIP or raise ValidationError naming the bad part."""
    nip = normalize_nip(value)
    if not nip:
        raise ValidationError(_("NIP wajib diisi."), code="nip_required")
    if not nip.isdigit():
        raise ValidationError(_("NIP hanya boleh berisi angka."), code="nip_digits")
    if len(nip) != 18:
        raise ValidationError(
            _("NIP harus 18 digit; yang dimasukkan %(count)s digit.") % {"count": len(nip)},
            code="nip_length",
        )

    born = _birth_date(nip)
    gender_digit = nip[14]
    if gender_digit not in "12":
        raise ValidationError(
            _(
                "Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan), "
                "bukan %(digit)s."
            )
            % {"digit": gender_digit},
            code="nip_gender",
        )
    serial = int(nip[15:18])
    if serial == 0:
        raise ValidationError(
            _("Nomor urut pada NIP (digit 16–18) harus 001 sampai 999."), code="nip_serial"
        )

    marker = nip[12]
    if marker == "2":
        year = int(nip[8:12])
        _check_appointment_year(nip, year, born, "9–12")
        contract = int(nip[13])
        if contract == 0:
            raise ValidationError(
                _("Digit ke-14 NI PPPK (perjanjian kerja ke-) harus 1 sampai 9."),
                code="nip_contract",
            )
        return NipInfo(
            nip, "pppk", born, year, None, "L" if gender_digit == "1" else "P", serial, contract
        )

    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12:
        raise ValidationError(
            _(
                "TMT CPNS pada NIP (digit 9–14, %(part)s) tidak valid: bulan %(month)s "
                "tidak ada. Untuk NI PPPK, digit ke-13 harus 2."
            )
            % {"part": nip[8:14], "month": nip[12:14]},
            code="nip_appointment",
        )
    _check_appointment_year(nip, year, born, "9–14")
    return NipInfo(nip, "pns", born, year, month, "L" if gender_digit == "1" else "P", serial)


def validate_nip(value) -> None:
    """Django field validator."""
    parse_nip(value)


def mask_nip(nip: str | None) -> str:
    """Show the first four and last three digits only: 1985*********003."""
    if not nip:
        return ""
    return nip[:4] + "*" * (len(nip) - 7) + nip[-3:]


def build_nip(
    *,
    birth_date: datetime.date,
    appointment_year: int,
    gender: str,
    serial: int,
    appointment_month: int | None = None,
    contract_count: int | None = None,
) -> str:
    """Compose a NIP from its parts (PNS when a month is given, PPPK with a contract count)."""
    gender_digit = "1" if gender == "L" else "2"
    if contract_count is not None:
        middle = f"{appointment_year:04d}2{contract_count:d}"
    else:
        middle = f"{appointment_year:04d}{appointment_month:02d}"
    return f"{birth_date:%Y%m%d}{middle}{gender_digit}{serial:03d}"
