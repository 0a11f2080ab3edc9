"""``manage.py setup_content_roles``: page permissions and the review workflow on the catalogue.

Run after creating a catalogue page by hand; ``load_demo`` runs it for the demo.
Safe to run again: it only adds what is missing.
"""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from learning.services.content_roles import setup_content_roles


class Command(BaseCommand):
    help = "Beri Pelatih dan Peninjau izin halaman pada katalog kursus dan pasang alur tinjauan."

    def handle(self, *args, **options):
        result = setup_content_roles()
        if not result.catalogues:
            self.stdout.write(
                self.style.WARNING(
                    _("Belum ada halaman katalog kursus; jalankan lagi setelah katalog dibuat.")
                )
            )
        self.stdout.write(
            _("Katalog: %(catalogues)s. Izin halaman baru: %(created)s. Alur kerja: %(workflow)s.")
            % {
                "catalogues": result.catalogues,
                "created": result.permissions_created,
                "workflow": result.workflow.name,
            }
        )
