"""``manage.py export_course <course>``: write a course from the site as a package.

The package is what ``import_course`` reads, so a course edited in Wagtail can be
versioned in git: ``export_course humas-untuk-non-humas --output
courses/content/humas-untuk-non-humas``.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from courses.models import CoursePage
from courses.packages.exporter import export_course_package
from courses.packages.files import is_package_folder_or_empty, write_folder, zip_bytes


class Command(BaseCommand):
    help = _("Ekspor kursus (slug atau id) sebagai paket: folder atau zip.")

    def add_arguments(self, parser):
        parser.add_argument("course", help=_("Slug atau id halaman kursus"))
        parser.add_argument("--output", help=_("Folder tujuan (bawaan: ./<slug>)"))
        parser.add_argument("--zip", help=_("Tulis sebagai berkas zip ini, bukan folder"))

    def handle(self, *args, course, output=None, zip=None, verbosity=1, **options):
        page = self._course(course)
        files = export_course_package(course=page)
        if zip:
            Path(zip).write_bytes(zip_bytes(files, page.slug))
            target = zip
        else:
            target = output or page.slug
            if not is_package_folder_or_empty(target):
                raise CommandError(
                    _("%(path)s berisi berkas lain dan bukan paket kursus; pilih folder kosong.")
                    % {"path": target}
                )
            write_folder(files, target)
        if verbosity:
            self.stdout.write(
                _('Paket "%(title)s" ditulis ke %(path)s (%(count)s berkas).')
                % {"title": page.title, "path": target, "count": len(files)}
            )

    @staticmethod
    def _course(key):
        pages = CoursePage.objects.all()
        page = (pages.filter(pk=int(key)).first() if key.isdigit() else None) or pages.filter(
            slug=key
        ).first()
        if page is None:
            raise CommandError(_('Kursus "%(key)s" tidak ditemukan.') % {"key": key})
        return page
