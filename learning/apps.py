from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class LearningConfig(AppConfig):
    # This module holds two configs; "learning" in INSTALLED_APPS means this one.
    default = True
    name = "learning"
    verbose_name = _("Pembelajaran")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import ratelimit_cache, roles

        ratelimit_cache.install()

        post_migrate.connect(
            roles.ensure_groups_after_migrate,
            sender=self,
            dispatch_uid="learning.roles.ensure_groups_after_migrate",
        )


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for our email-and-full-name user.

    Listed by its full path in INSTALLED_APPS, in place of ``wagtail.users``.
    """

    default = False
    user_viewset = "learning.viewsets.UserViewSet"
