"""Wagtail admin viewsets for people and organisations (registered in wagtail_hooks)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from learning.forms.admin_users import AdminUserCreationForm, AdminUserEditForm
from learning.models import Agency, AgencyAdmin, RosterEntry, RosterImport, Unit


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
    items = (AgencyViewSet, UnitViewSet, AgencyAdminViewSet, RosterEntryViewSet,
             RosterImportViewSet)
