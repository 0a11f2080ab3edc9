"""``manage.py import_course <folder|zip>``: load a course package into the site.

A new course is created (``--publish`` publishes it: only for the initial load
of a site); for an existing course, changed pages get new revisions that go to
the review workflow. A package with a problem is refused with every problem
listed, and nothing changes.
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from courses.packages.errors import PackageInvalid
from courses.packages.files import read_folder, read_zip
from courses.packages.importer import import_course_package
from courses.quality_report import course_quality_lines


class Command(BaseCommand):
    help = _(
        "Impor paket kursus (folder atau zip). Kursus baru dibuat; kursus yang sudah "
        "ada mendapat revisi yang diajukan ke alur tinjauan."
    )

    def add_arguments(self, parser):
        parser.add_argument("package", help=_("Folder paket atau berkas .zip"))
        parser.add_argument(
            "--publish",
            action="store_true",
            help=_(
                "Terbitkan langsung. Hanya untuk pemuatan awal: kursus yang sudah ada tetap "
                "melalui tinjauan."
            ),
        )
        parser.add_argument("--user", help=_("Email akun yang tercatat sebagai pengaju revisi."))

    def handle(self, *args, package, publish=False, user=None, verbosity=1, **options):
        files = self._read(Path(package))
        account = None
        if user:
            account = get_user_model().objects.filter(email__iexact=user).first()
            if account is None:
                raise CommandError(
                    _("Akun dengan email %(email)s tidak ditemukan.") % {"email": user}
                )
        try:
            result = import_course_package(files=files, user=account, publish=publish)
        except PackageInvalid as error:
            raise CommandError(self._problems(error)) from None
        if verbosity:
            self._report(result)

    def _read(self, path):
        try:
            if path.is_dir():
                return read_folder(path)
            if path.is_file():
                with path.open("rb") as handle:
                    return read_zip(handle)
        except PackageInvalid as error:
            raise CommandError(self._problems(error)) from None
        raise CommandError(_("%(path)s bukan folder atau berkas zip.") % {"path": path})

    @staticmethod
    def _problems(error):
        lines = [_("Paket ditolak; tidak ada yang diubah. Masalah:")]
        return "\n".join(lines + [f"  {problem}" for problem in error.problems])

    def _report(self, result):
        write = self.stdout.write
        course = result.course
        if result.created_course:
            state = (
                _("diterbitkan")
                if result.published
                else _("disimpan sebagai draf dan diajukan untuk ditinjau")
            )
            write(
                _('Kursus baru "%(title)s": %(count)s halaman %(state)s.')
                % {"title": course.title, "count": len(result.created), "state": state}
            )
        else:
            write(
                _(
                    'Kursus "%(title)s": %(changed)s halaman berubah, %(new)s halaman baru, '
                    "%(same)s tidak berubah; %(submitted)s diajukan untuk ditinjau."
                )
                % {
                    "title": course.title,
                    "changed": len(result.changed),
                    "new": len(result.created),
                    "same": result.unchanged,
                    "submitted": result.submitted,
                }
            )
        for warning in result.warnings:
            write(self.style.WARNING(_("Peringatan: %(text)s") % {"text": warning}))
        for line in course_quality_lines(course):
            write(self.style.WARNING(line))
