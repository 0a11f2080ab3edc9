"""Admin report: item analysis of quizzes for trainers (registered in wagtail_hooks)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models import QuizPage
from learning import access
from learning.selectors.item_analysis import (
    MIN_RELIABLE_ATTEMPTS,
    item_analysis,
    quizzes_with_attempts,
)


class _ItemAnalysisView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "table"
    breadcrumbs_items = []  # the page title is the header

    def dispatch(self, request, *args, **kwargs):
        if not access.may_see_item_analysis(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ItemAnalysisListView(_ItemAnalysisView):
    template_name = "learning/admin/item_analysis_list.html"
    page_title = _("Analisis butir soal")

    def get_context_data(self, **kwargs):
        return super().get_context_data(rows=quizzes_with_attempts(), **kwargs)


class ItemAnalysisQuizView(_ItemAnalysisView):
    template_name = "learning/admin/item_analysis_quiz.html"
    page_title = _("Analisis butir soal")

    def get_context_data(self, **kwargs):
        quiz = QuizPage.objects.filter(pk=self.kwargs["quiz_id"]).first()
        if quiz is None:
            raise Http404
        return super().get_context_data(
            quiz=quiz,
            analysis=item_analysis(quiz_id=quiz.pk),
            min_attempts=MIN_RELIABLE_ATTEMPTS,
            **kwargs,
        )

    def get_page_subtitle(self):
        return (
            QuizPage.objects.filter(pk=self.kwargs["quiz_id"])
            .values_list("title", flat=True)
            .first()
            or ""
        )
