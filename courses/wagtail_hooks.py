"""courses in the Wagtail admin: package download and upload, quiz-quality warnings."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from courses import access
from courses.admin_views import PackageUploadView, QuizQualityReportView, package_download
from courses.models import CourseIndexPage, CoursePage, QuizPage
from courses.quiz_quality import quiz_warnings


@hooks.register("register_admin_urls")
def register_course_admin_urls():
    return [
        path("kursus/kualitas-soal/", QuizQualityReportView.as_view(), name="courses_quiz_quality"),
        path("kursus/impor-paket/", PackageUploadView.as_view(), name="courses_package_upload"),
        path("kursus/<int:course_id>/paket.zip", package_download, name="courses_package_download"),
    ]


class QuizQualityMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_see_quiz_quality(request.user)


class PackageUploadMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(access.catalogues_for_import(request.user))


@hooks.register("register_reports_menu_item")
def register_quiz_quality_report():
    return QuizQualityMenuItem(
        gettext_lazy("Kualitas soal kuis"),
        reverse("courses_quiz_quality"),
        name="quiz-quality",
        icon_name="help",
        order=800,
    )


@hooks.register("register_admin_menu_item")
def register_package_upload():
    return PackageUploadMenuItem(
        gettext_lazy("Impor paket kursus"),
        reverse("courses_package_upload"),
        name="course-package",
        icon_name="upload",
        order=250,
    )


@hooks.register("register_page_header_buttons")
def course_package_buttons(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, CoursePage) and access.may_export_course(user, page):
        yield Button(
            _("Unduh paket kursus"),
            reverse("courses_package_download", args=[page.pk]),
            icon_name="download",
            priority=80,
        )
    if isinstance(page.specific_deferred, CourseIndexPage) and access.catalogues_for_import(user):
        yield Button(
            _("Impor paket kursus"),
            reverse("courses_package_upload"),
            icon_name="upload",
            priority=81,
        )


def _warn_about_quiz_quality(request, page):
    """After a save: the quiz's quality warnings as one admin message (never blocks)."""
    page = page.specific
    if not isinstance(page, QuizPage) or not len(page.questions):
        return
    warnings = quiz_warnings(page)
    if warnings:
        shown = "; ".join(str(warning) for warning in warnings[:3])
        more = len(warnings) - 3
        message = _("Kualitas soal: %(count)s catatan. %(shown)s") % {
            "count": len(warnings),
            "shown": shown,
        }
        if more > 0:
            message += " " + _("(dan %(more)s lainnya; lihat panel Kualitas soal.)") % {
                "more": more
            }
        messages.warning(request, message)


hooks.register("after_edit_page", _warn_about_quiz_quality)
hooks.register("after_create_page", _warn_about_quiz_quality)
