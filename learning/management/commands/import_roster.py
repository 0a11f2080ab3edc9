"""Check (and with --apply, write) an agency's roster file from the command line.

For the national team loading a ministry's list sent by email, or a file too big
for the browser. Runs synchronously whatever the size: no worker needed.

    manage.py import_roster 12 roster.xlsx
    manage.py import_roster "Kementerian Komunikasi dan Digital" roster.csv --apply
"""

from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from learning.models import Agency, RosterImport
from learning.services import rosters

MAX_ERRORS_SHOWN = 50


class Command(BaseCommand):
    help = "Periksa berkas roster (CSV/XLSX) sebuah instansi; dengan --apply, terapkan baris valid."

    def add_arguments(self, parser):
        parser.add_argument("agency", help="ID instansi atau nama lengkapnya (persis).")
        parser.add_argument("path", help="Berkas roster .csv atau .xlsx.")
        parser.add_argument(
            "--apply", action="store_true", help="Terapkan baris valid setelah diperiksa."
        )

    def handle(self, *args, agency, path, apply, **options):
        agency_obj = self._find_agency(agency)
        file_path = Path(path)
        if not file_path.is_file():
            raise CommandError(_("Berkas tidak ditemukan: %(path)s") % {"path": path})

        with file_path.open("rb") as handle:
            roster_import = rosters.create_import(
                agency=agency_obj,
                uploaded_by=None,
                uploaded_file=File(handle, name=file_path.name),
            )
        roster_import = rosters.validate_import(roster_import)
        if roster_import.status != RosterImport.Status.VALIDATED:
            raise CommandError(
                _("Berkas ditolak: %(reason)s") % {"reason": roster_import.file_error}
            )
        self._print_summary(agency_obj, roster_import)
        if apply:
            self._apply(roster_import)

    def _find_agency(self, value):
        """An id when the argument is a number and such an agency exists, else the exact name."""
        agency = None
        if value.isdigit():
            agency = Agency.objects.filter(pk=int(value)).first()
        agency = agency or Agency.objects.filter(name=value).first()
        if agency is None:
            raise CommandError(
                _('Instansi tidak ditemukan: "%(value)s". Gunakan ID atau nama lengkapnya.')
                % {"value": value}
            )
        return agency

    def _print_summary(self, agency, roster_import):
        self.stdout.write(
            _(
                "Instansi: %(agency)s. Impor #%(id)s: %(total)s baris, %(valid)s valid, "
                "%(errors)s bermasalah."
            )
            % {
                "agency": agency,
                "id": roster_import.pk,
                "total": roster_import.total_rows,
                "valid": roster_import.valid_rows,
                "errors": roster_import.error_rows,
            }
        )
        preview = roster_import.preview
        if preview:
            self.stdout.write(
                _(
                    "Jika diterapkan: %(created)s entri baru, %(updated)s diperbarui, "
                    "%(deactivated)s dinonaktifkan (tidak ada di berkas)."
                )
                % {
                    "created": preview["created"],
                    "updated": preview["updated"],
                    "deactivated": preview["deactivated"],
                }
            )
        shown = roster_import.errors[:MAX_ERRORS_SHOWN]
        for error in shown:
            self.stdout.write(
                _("  baris %(row)s, NIP %(nip)s: %(reason)s")
                % {"row": error["row"], "nip": error["nip"] or "-", "reason": error["reason"]}
            )
        if roster_import.error_rows > len(shown):
            self.stdout.write(
                _("  … dan %(count)s baris bermasalah lainnya.")
                % {"count": roster_import.error_rows - len(shown)}
            )

    def _apply(self, roster_import):
        if roster_import.valid_rows == 0:
            raise CommandError(_("Tidak ada baris valid yang dapat diterapkan."))
        try:
            roster_import = rosters.apply_import(roster_import)
        except rosters.RosterImportError as exc:
            raise CommandError(str(exc)) from exc
        if roster_import.status != RosterImport.Status.APPLIED:
            raise CommandError(
                _("Penerapan gagal: %(reason)s") % {"reason": roster_import.file_error}
            )
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Roster diperbarui: %(created)s entri baru, %(updated)s diperbarui, "
                    "%(deactivated)s dinonaktifkan, %(linked)s akun tertaut."
                )
                % {
                    "created": roster_import.created_count,
                    "updated": roster_import.updated_count,
                    "deactivated": roster_import.deactivated_count,
                    "linked": roster_import.linked_count,
                }
            )
        )
