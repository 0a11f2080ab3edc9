"""Wagtail admin viewsets: people, organisations, learner progress (see wagtail_hooks)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from learning.forms.admin_users import AdminUserCreationForm, AdminUserEditForm
from learning.models import (
    Agency,
    AgencyAdmin,
    Enrolment,
    PracticeSubmission,
    QuizAttempt,
    RosterEntry,
    RosterImport,
    Unit,
    UnitAdmin,
)
from learning.services.practice import review_submission


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "site"
    menu_label = _("Instansi")
    list_display = ["name", "short_name", "kind", "region_code", "siasn_id"]
    list_filter = ["kind"]
    list_export = ["name", "short_name", "kind", "region_code", "siasn_id"]
    search_fields = ["name", "short_name", "region_code"]
    ordering = ["name"]


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Unit kerja")
    list_display = ["name", "code", "agency", "parent"]
    list_filter = ["agency"]
    list_export = ["agency", "code", "name", "parent"]
    search_fields = ["name", "code"]

    def get_queryset(self, request):
        return Unit.objects.select_related("agency", "parent")


class AgencyAdminViewSet(SnippetViewSet):
    model = AgencyAdmin
    icon = "user"
    menu_label = _("Admin instansi")
    list_display = ["user", "agency"]
    list_filter = ["agency"]

    def get_queryset(self, request):
        return AgencyAdmin.objects.select_related("user", "agency")


class UnitAdminViewSet(SnippetViewSet):
    model = UnitAdmin
    icon = "user"
    menu_label = _("Admin unit")
    list_display = ["user", "unit", "created_at"]
    list_filter = ["unit__agency"]

    def get_queryset(self, request):
        return UnitAdmin.objects.select_related("user", "unit", "unit__agency")


class RosterEntryViewSet(SnippetViewSet):
    model = RosterEntry
    icon = "list-ul"
    menu_label = _("Roster pegawai")
    list_display = ["full_name", "nip", "agency", "unit", "active"]
    list_filter = ["agency", "active"]
    list_export = ["agency", "nip", "full_name", "email", "unit", "position", "active"]
    search_fields = ["full_name", "nip"]

    def get_queryset(self, request):
        return RosterEntry.objects.select_related("agency", "unit")


class RosterImportViewSet(SnippetViewSet):
    """Read-only: imports are made through the agency dashboard, never forged here."""

    model = RosterImport
    icon = "upload"
    menu_label = _("Impor roster")
    list_display = ["original_name", "agency", "status", "valid_rows", "error_rows", "created_at"]
    list_filter = ["agency", "status"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return RosterImport.objects.select_related("agency")


class OrganisationViewSetGroup(ViewSetGroup):
    menu_label = _("Instansi & roster")
    menu_icon = "site"
    menu_order = 250
    items = (
        AgencyViewSet,
        UnitViewSet,
        AgencyAdminViewSet,
        UnitAdminViewSet,
        RosterEntryViewSet,
        RosterImportViewSet,
    )


# --- Learner progress: trainers review practice assignments; admins inspect --------


class _ReviewOnlyPolicy(ModelPermissionPolicy):
    """Nobody adds or deletes learner state in the admin: the learning services write it."""

    denied = frozenset({"add", "delete"})

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(
            [action for action in actions if action not in self.denied]
        )


class ReadOnlyPolicy(_ReviewOnlyPolicy):
    """Inspect only: enrolments and attempts are never forged from the admin."""

    denied = frozenset({"add", "change", "delete"})


class ReviewOnlyPolicy(_ReviewOnlyPolicy):
    """Trainers change a submission only through the review form below."""


class SubmissionPanel(Panel):
    """The learner's answer, read-only: a trainer judges it but never edits it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "learning/admin/submission_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["submission"] = self.instance
            return context


class SubmissionReviewForm(WagtailAdminModelForm):
    """Accept, or return with a comment; saving goes through ``review_submission``."""

    status = forms.ChoiceField(
        label=_("Keputusan"),
        widget=forms.RadioSelect,
        choices=[
            (PracticeSubmission.Status.ACCEPTED, _("Terima")),
            (
                PracticeSubmission.Status.RETURNED,
                _("Kembalikan untuk diperbaiki (wajib beri komentar)"),
            ),
        ],
    )

    class Meta:
        model = PracticeSubmission
        fields = ["status", "reviewer_comment"]

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("status") == PracticeSubmission.Status.RETURNED
            and not (cleaned.get("reviewer_comment") or "").strip()
        ):
            self.add_error(
                "reviewer_comment", _("Tulis komentar agar peserta tahu apa yang perlu diperbaiki.")
            )
        return cleaned

    def save(self, commit=True):
        decision = (
            "accept"
            if self.cleaned_data["status"] == PracticeSubmission.Status.ACCEPTED
            else "return"
        )
        return review_submission(
            self.instance, self.for_user, decision, self.cleaned_data.get("reviewer_comment", "")
        )


class PracticeSubmissionViewSet(SnippetViewSet):
    model = PracticeSubmission
    icon = "edit"
    menu_label = _("Tugas praktik")
    list_display = ["prompt_title", "user", "lesson", "status", "updated_at"]
    list_filter = ["status", "lesson"]
    list_export = [
        "user",
        "lesson",
        "prompt_title",
        "status",
        "link_url",
        "reviewer_comment",
        "reviewed_by",
        "reviewed_at",
        "submitted_at",
        "updated_at",
    ]
    ordering = ["-updated_at"]
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            SubmissionPanel(heading=_("Jawaban peserta")),
            FieldPanel("status"),
            FieldPanel("reviewer_comment"),
        ],
        base_form_class=SubmissionReviewForm,
    )

    def get_queryset(self, request):
        return PracticeSubmission.objects.select_related("user", "lesson", "reviewed_by")


class EnrolmentViewSet(SnippetViewSet):
    model = Enrolment
    icon = "user"
    menu_label = _("Pendaftaran kursus")
    list_display = ["user", "course", "enrolled_at", "completed_at"]
    list_filter = ["course"]
    list_export = ["user", "course", "enrolled_at", "completed_at"]
    ordering = ["-enrolled_at"]
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Enrolment.objects.select_related("user", "course")


class QuizAttemptViewSet(SnippetViewSet):
    model = QuizAttempt
    icon = "help"
    menu_label = _("Percobaan kuis")
    list_display = ["user", "quiz", "number", "status", "score", "passed", "started_at"]
    list_filter = ["status", "passed", "course"]
    list_export = [
        "user",
        "course",
        "quiz",
        "number",
        "status",
        "score",
        "passed",
        "started_at",
        "submitted_at",
    ]
    ordering = ["-started_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "user",
        "course",
        "quiz",
        "number",
        "status",
        "started_at",
        "deadline",
        "submitted_at",
        "pass_mark",
        "correct_count",
        "score",
        "passed",
    ]

    def get_queryset(self, request):
        return QuizAttempt.objects.select_related("user", "quiz", "course")


class LearningViewSetGroup(ViewSetGroup):
    menu_label = _("Pembelajaran")
    menu_icon = "tasks"
    menu_order = 240
    items = (PracticeSubmissionViewSet, EnrolmentViewSet, QuizAttemptViewSet)
