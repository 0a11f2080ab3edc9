"""``manage.py import_units <id atau nama instansi> unit.csv``: load one agency's unit tree."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from learning.models import Agency
from learning.services.agencies import import_units_csv

from .import_agencies import open_csv, report


def find_agency(value):
    """An agency by primary key (all digits) or by its exact name."""
    value = value.strip()
    lookup = {"pk": int(value)} if value.isdigit() else {"name": value}
    try:
        return Agency.objects.get(**lookup)
    except Agency.DoesNotExist:
        raise CommandError(
            _("Instansi “%(value)s” tidak ditemukan. Gunakan ID atau nama lengkap instansi.")
            % {"value": value}
        ) from None


class Command(BaseCommand):
    help = "Muat pohon unit kerja satu instansi dari CSV (kolom kode, nama, kode_induk)."

    def add_arguments(self, parser):
        parser.add_argument("agency", help="ID atau nama lengkap instansi.")
        parser.add_argument("path", help="Berkas CSV UTF-8.")

    def handle(self, *args, agency, path, **options):
        agency = find_agency(agency)
        with open_csv(path) as fileobj:
            result = import_units_csv(agency, fileobj)
        report(self, result, _("Unit kerja %(agency)s") % {"agency": agency.name})
