from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from courses.models import LessonPage, QuizPage
from learning import access, slots
from learning.models import Enrolment, PracticeSubmission, QuizAttempt
from learning.selectors import documents, material
from learning.views import gate
from learning.viewsets import (
    LearningViewSetGroup,
    OrganisationViewSetGroup,
    ReadOnlyPolicy,
    ReviewOnlyPolicy,
)

# Policies first: Wagtail refuses a policy registered after a viewset made a fallback.
register_permission_policy(Enrolment, ReadOnlyPolicy(Enrolment), exact_class=True)
register_permission_policy(QuizAttempt, ReadOnlyPolicy(QuizAttempt), exact_class=True)
register_permission_policy(
    PracticeSubmission, ReviewOnlyPolicy(PracticeSubmission), exact_class=True
)

register_snippet(OrganisationViewSetGroup)
register_snippet(LearningViewSetGroup)


@hooks.register("before_serve_page")
def gate_course_material(page, request, serve_args, serve_kwargs):
    """Lessons and quizzes open to enrolled learners; the course page stays open to all.

    The rule is ``material.material_refusal``, the one every learning endpoint
    applies. A page's password is left to Wagtail's own ``check_view_restrictions``
    (an ``on_serve_page`` hook, run after this one), which shows the password form
    on the page. Editors previewing in the admin do not pass through here; people
    with admin access are let through on the live site too, so trainers can check a page.
    For a lesson the gate also records the visit for "Lanjutkan": the request's one
    write, before anything renders. A page kept for the learner as they are now
    (``slots.kept_for_this_learner``) passes without a query.
    """
    if not isinstance(page, material.MATERIAL_PAGE_TYPES):
        return None
    if slots.kept_for_this_learner(request, page):
        return None  # opened under this very state already; nothing changed since
    refusal = material.material_refusal(request, page)
    if refusal is None and isinstance(page, LessonPage):
        slots.remember_lesson_state(request, page)
    if refusal is None or refusal.kind == material.PASSWORD:
        return None
    return gate.refuse(request, refusal)


@hooks.register("before_serve_document")
def gate_lesson_documents(document, request):
    """A document used in a lesson or quiz downloads only for those who may open that page.

    ``documents.document_refusal`` applies the pages' rule to every page that uses
    the document; a document no gated page uses stays public.
    """
    refusal = documents.document_refusal(request, document)
    if refusal is None:
        return None
    response = gate.refuse(request, refusal)
    add_never_cache_headers(response)
    return response


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
        path(
            "analisis-soal/<int:quiz_id>/",
            ItemAnalysisQuizView.as_view(),
            name="learning_item_analysis_quiz",
        ),
    ]


class ItemAnalysisMenuItem(MenuItem):
    def is_shown(self, request):
        return access.may_see_item_analysis(request.user)


@hooks.register("register_reports_menu_item")
def register_item_analysis_report():
    return ItemAnalysisMenuItem(
        gettext_lazy("Analisis butir soal"),
        reverse("learning_item_analysis"),
        name="item-analysis",
        icon_name="table",
        order=810,
    )


@hooks.register("register_page_header_buttons")
def item_analysis_button(page, user, view_name, next_url=None):
    """On a quiz's admin pages, a link to its item analysis for the people who may see it."""
    from wagtail.admin.widgets import Button

    if isinstance(page.specific_deferred, QuizPage) and access.may_see_item_analysis(user):
        yield Button(
            _("Analisis butir soal"),
            reverse("learning_item_analysis_quiz", args=[page.pk]),
            icon_name="table",
            priority=82,
        )


@hooks.register("cache_prefetch_keys")
def roles_version_key():
    """The navigation's role flags depend on this version (``access.nav_flags``): read it
    in the request's one round trip to the cache."""
    return [access.ROLES_VERSION_KEY]


@hooks.register("page_fragment_vary")
def learner_state_vary(request):
    """Cached page fragments (``home.page_fragments``) are this learner's own: keyed by
    the account, its state token (``services.learner_state``) and the roles version.
    Anonymous visitors share theirs; without a roles version (the cache is down)
    nothing is kept."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ("anonymous",)
    roles = access.roles_version(request)
    if roles is None:
        return None
    return (user.pk, user.state_token, user.is_staff, user.is_superuser, roles)
