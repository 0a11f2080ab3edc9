"""Admin views for course content: package download and upload, and the quiz-quality report.

Each view asks ``courses.access`` whether the user may act and calls a package
service; nothing else happens here.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses import access
from courses.admin_forms import PackageUploadForm
from courses.models import CoursePage
from courses.packages import yamlio
from courses.packages.errors import PackageInvalid, Problem
from courses.packages.exporter import export_course_package
from courses.packages.files import read_zip, zip_bytes
from courses.packages.importer import import_course_package
from courses.quality_report import course_quality_lines, quiz_reports


def package_download(request, course_id):
    course = get_object_or_404(CoursePage, pk=course_id)
    if not access.may_export_course(request.user, course):
        raise PermissionDenied
    data = zip_bytes(export_course_package(course=course), course.slug)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{course.slug}.zip"'
    return response


def _existing_course(files, catalogue):
    """The course the package would update (by its slug), or None."""
    try:
        slug = (yamlio.load(files.text("course.yaml"), "course.yaml") or {}).get("slug")
    except (PackageInvalid, KeyError, AttributeError):
        return None
    if not isinstance(slug, str):
        return None
    return CoursePage.objects.child_of(catalogue).filter(slug=slug).first()


class PackageUploadView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/package_upload.html"
    page_title = gettext_lazy("Impor paket kursus")
    header_icon = "upload"
    breadcrumbs_items = []  # the page title is the header

    def dispatch(self, request, *args, **kwargs):
        self.catalogues = access.catalogues_for_import(request.user)
        if not self.catalogues:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(
            self.get_context_data(form=PackageUploadForm(catalogues=self.catalogues))
        )

    def post(self, request, *args, **kwargs):
        form = PackageUploadForm(request.POST, request.FILES, catalogues=self.catalogues)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        catalogue = form.cleaned_data["catalogue"]
        try:
            files = read_zip(form.cleaned_data["package"])
            existing = _existing_course(files, catalogue)
            if not access.may_import_into(request.user, catalogue, existing):
                raise PackageInvalid(
                    [
                        Problem(
                            "course.yaml",
                            None,
                            _('Anda tidak berhak mengubah kursus "%(title)s".')
                            % {"title": existing.title},
                        )
                    ]
                )
            result = import_course_package(
                files=files, user=request.user, publish=False, catalogue=catalogue
            )
        except PackageInvalid as error:
            return self.render_to_response(
                self.get_context_data(form=form, problems=error.problems), status=400
            )
        return TemplateResponse(
            request,
            "courses/admin/package_result.html",
            {
                **self.get_context_data(),
                "result": result,
                "quality": course_quality_lines(result.course),
            },
        )


class QuizQualityReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/quiz_quality_report.html"
    page_title = gettext_lazy("Kualitas soal kuis")
    header_icon = "help"
    breadcrumbs_items = []  # the page title is the header

    def dispatch(self, request, *args, **kwargs):
        if not access.may_see_quiz_quality(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["reports"] = quiz_reports(access.editable_quizzes(self.request.user))
        return context
