"""Wagtail admin for national admins: certificates (revoke, re-issue), course settings, re-renders.

Certificates are never created or deleted here — the issuing service does that —
and their facts are never edited: the edit view is a form with two actions, revoke
and re-issue, that call ``services.revocation``. A re-render job is started here
(or by saving a design) and watched in its inspect view.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates.models import Certificate, CourseCertificateSettings, RerenderJob
from certificates.services import rerender, revocation


class LimitedPolicy(ModelPermissionPolicy):
    """Model permissions, less the actions only services perform."""

    denied = frozenset()

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(
            [action for action in actions if action not in self.denied]
        )


class CertificatePolicy(LimitedPolicy):
    denied = frozenset({"add", "delete"})


class RerenderJobPolicy(LimitedPolicy):
    denied = frozenset({"change", "delete"})


class CertificateFactsPanel(Panel):
    """What the certificate states, and its history: read only."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "certificates/admin/facts_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["certificate"] = self.instance
            context["events"] = self.instance.events.select_related("by")
            return context


class CertificateActionForm(WagtailAdminModelForm):
    """Revoke, or re-issue with the learner's current name, NIP and agency."""

    REVOKE, REISSUE = "revoke", "reissue"

    action = forms.ChoiceField(
        label=_("Tindakan"),
        widget=forms.RadioSelect,
        choices=[
            (REVOKE, _("Cabut sertifikat ini")),
            (
                REISSUE,
                _(
                    "Terbitkan ulang (nomor tetap; nama, NIP dan instansi diambil "
                    "dari akun peserta saat ini)"
                ),
            ),
        ],
    )
    reason = forms.CharField(
        label=_("Alasan"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("Wajib. Alasan pencabutan tampil di halaman verifikasi publik."),
    )

    class Meta:
        model = Certificate
        fields = []

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("Tulis alasannya."))
        if cleaned.get("action") == self.REVOKE and self.instance.is_revoked:
            self.add_error("action", _("Sertifikat ini sudah dicabut."))
        return cleaned

    def save(self, commit=True):
        arguments = {
            "certificate_id": self.instance.pk,
            "by": self.for_user,
            "reason": self.cleaned_data["reason"],
        }
        if self.cleaned_data["action"] == self.REVOKE:
            return revocation.revoke(**arguments)
        return revocation.reissue(**arguments)


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = _("Sertifikat")
    list_display = ["number", "learner_name", "course_title", "agency_name", "issued_on", "status"]
    list_filter = ["status"]
    list_export = [
        "number",
        "learner_name",
        "learner_nip",
        "agency_name",
        "course_title",
        "jp",
        "started_on",
        "completed_on",
        "issued_on",
        "expires_on",
        "status",
        "revocation_reason",
    ]
    search_fields = ["number", "learner_name", "learner_nip", "course_title"]
    ordering = ["-issued_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "number",
        "status",
        "learner_name",
        "learner_nip",
        "agency_name",
        "course_title",
        "jp",
        "provider_name",
        "started_on",
        "completed_on",
        "issued_on",
        "expires_on",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
        "reissued_at",
        "rendered_at",
        "emailed_at",
    ]
    edit_handler = ObjectList(
        [
            CertificateFactsPanel(heading=_("Data sertifikat")),
            FieldPanel("action"),
            FieldPanel("reason"),
        ],
        base_form_class=CertificateActionForm,
    )


class CourseCertificateSettingsViewSet(SnippetViewSet):
    model = CourseCertificateSettings
    icon = "cog"
    menu_label = _("Pengaturan per kursus")
    list_display = ["course", "signatory_name", "signatory_title", "validity_months"]

    def get_queryset(self, request):
        return CourseCertificateSettings.objects.select_related("course")


class RerenderJobForm(WagtailAdminModelForm):
    """Start a re-render now (a design change starts one by itself)."""

    class Meta:
        model = RerenderJob
        fields = ["course", "reason"]

    def save(self, commit=True):
        course = self.cleaned_data.get("course")
        return rerender.request_rerender(
            course_id=course.pk if course else None,
            by=self.for_user,
            reason=self.cleaned_data.get("reason") or "",
            only_if_stale=False,
        )


class RerenderJobViewSet(SnippetViewSet):
    model = RerenderJob
    icon = "repeat"
    menu_label = _("Buat ulang PDF")
    list_display = ["__str__", "status", "progress_label", "created_by", "created_at"]
    list_filter = ["status"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "course",
        "reason",
        "status",
        "progress_label",
        "total",
        "done",
        "failed",
        "created_by",
        "created_at",
        "updated_at",
        "finished_at",
    ]
    edit_handler = ObjectList(
        [FieldPanel("course"), FieldPanel("reason")], base_form_class=RerenderJobForm
    )


class CertificatesViewSetGroup(ViewSetGroup):
    menu_label = _("Sertifikat")
    menu_icon = "doc-full"
    menu_order = 260
    items = (CertificateViewSet, CourseCertificateSettingsViewSet, RerenderJobViewSet)
