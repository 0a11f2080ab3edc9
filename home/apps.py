from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Beranda")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_migrate

        from .sites import sync_current_site_after_migrate

        post_migrate.connect(sync_current_site_after_migrate,
                             sender=apps.get_app_config("sites"),
                             dispatch_uid="home.sites.sync_current_site_after_migrate")
