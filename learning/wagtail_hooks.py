from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from courses.models import LessonPage, QuizPage
from learning.models import AssignmentSubmission, Enrolment, QuizAttempt
from learning import access, slots
from learning.services import progress
from learning.viewsets import (
    LearningViewSetGroup,
    OrganisationViewSetGroup,
    ReadOnlyPolicy,
    ReviewOnlyPolicy,
)

# Policies first: Wagtail refuses a policy registered after a viewset made a fallback.
register_permission_policy(Enrolment, ReadOnlyPolicy(Enrolment), exact_class=True)
register_permission_policy(QuizAttempt, ReadOnlyPolicy(QuizAttempt), exact_class=True)
register_permission_policy(AssignmentSubmission, ReviewOnlyPolicy(AssignmentSubmission),
                           exact_class=True)

register_snippet(OrganisationViewSetGroup)
register_snippet(LearningViewSetGroup)


@hooks.register("before_serve_page")
def gate_course_material(page, request, serve_args, serve_kwargs):
    """Lessons and quizzes open to enrolled learners; the course page stays open to all.

    Editors previewing in the admin do not pass through here; people with admin
    access are let through on the live site too, so trainers can check a page.
    For a lesson the gate also reads the learner's state once and records the
    visit for "Lanjutkan": the request's one write, before anything renders.
    """
    if not isinstance(page, (LessonPage, QuizPage)):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if progress.may_open_material(request.user, page):
        if isinstance(page, LessonPage):
            slots.remember_lesson_state(request, page)
        return None
    messages.info(request, _("Daftar ke kursus ini untuk membuka materinya."))
    course = progress.course_of(page)
    return redirect(course.get_url(request) if course else "/")


@hooks.register("course_slot")
def render_learner_slot(name, context, *args):
    """The learner's state in the places course pages leave for it (see learning.slots)."""
    return slots.render(name, context, *args)


@hooks.register("after_create_page")
def give_new_catalogue_its_review_workflow(request, page):
    """A catalogue made by hand gets the trainer/reviewer permissions and workflow at once."""
    from courses.models import CourseIndexPage
    from learning.services.content_roles import setup_content_roles

    if isinstance(page.specific, CourseIndexPage):
        setup_content_roles()


# --- Item analysis (quiz statistics for trainers) -------------------------------------------


@hooks.register("register_admin_urls")
def register_item_analysis_urls():
    from django.urls import path

    from learning.views.item_analysis import ItemAnalysisListView, ItemAnalysisQuizView

    return [
        path("analisis-soal/", ItemAnalysisListView.as_view(), name="learning_item_analysis"),
        path("analisis-soal/<int:quiz_id>/", ItemAnalysisQuizView.as_view(),
             name="learning_item_analysis_quiz"),
    ]


class ItemAnalysisMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_see_item_analysis(request.user)


@hooks.register("register_reports_menu_item")
def register_item_analysis_report():
    return ItemAnalysisMenuItem(gettext_lazy("Analisis butir soal"),
                                reverse("learning_item_analysis"), name="item-analysis",
                                icon_name="table", order=810)


@hooks.register("register_page_header_buttons")
def item_analysis_button(page, user, view_name, next_url=None):
    """On a quiz's admin pages, a link to its item analysis for the people who may see it."""
    from wagtail.admin.widgets import Button

    if isinstance(page.specific_deferred, QuizPage) and access.may_see_item_analysis(user):
        yield Button(_("Analisis butir soal"),
                     reverse("learning_item_analysis_quiz", args=[page.pk]),
                     icon_name="table", priority=82)
