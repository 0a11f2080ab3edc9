from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Beranda")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_migrate
        from wagtail.admin.views.mixins import SpreadsheetExportMixin

        from .sites import sync_current_site_after_migrate

        post_migrate.connect(
            sync_current_site_after_migrate,
            sender=apps.get_app_config("sites"),
            dispatch_uid="home.sites.sync_current_site_after_migrate",
        )

        from .content_cache import connect_signals

        connect_signals()

        from home.csv import stream_safe_csv

        # Every Wagtail listing with "Download CSV" (our snippet viewsets, and the admin's
        # own reports, which show page titles and people's self-chosen names) streams its
        # CSV from this one method; the reports cannot be subclassed from a project, so
        # the method is replaced here, once, for all of them.
        SpreadsheetExportMixin.stream_csv = stream_safe_csv
