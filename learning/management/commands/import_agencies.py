"""``manage.py import_agencies instansi.csv``: load or update the agency list."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from learning.services.agencies import import_agencies_csv


def report(command, result, noun):
    """Print a loader result; raise CommandError (non-zero exit) if nothing was applied."""
    if not result.ok:
        for error in result.errors:
            command.stderr.write(str(error))
        raise CommandError(
            _("%(count)s kesalahan ditemukan; tidak ada perubahan yang diterapkan.")
            % {"count": len(result.errors)}
        )
    command.stdout.write(
        command.style.SUCCESS(
            _("%(noun)s: %(created)s baru, %(updated)s diperbarui, %(unchanged)s tidak berubah.")
            % {
                "noun": noun,
                "created": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
            }
        )
    )


def open_csv(path):
    try:
        return open(path, "rb")
    except OSError as exc:
        raise CommandError(
            _("Berkas %(path)s tidak dapat dibuka: %(reason)s")
            % {"path": path, "reason": exc.strerror}
        ) from None


class Command(BaseCommand):
    help = "Muat daftar instansi dari CSV (kolom nama, singkatan, jenis, kode_wilayah, id_siasn)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Berkas CSV UTF-8.")

    def handle(self, *args, path, **options):
        with open_csv(path) as fileobj:
            result = import_agencies_csv(fileobj)
        report(self, result, _("Instansi"))
