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

        from . import roles

        post_migrate.connect(
            roles.ensure_groups_after_migrate,
            sender=self,
            dispatch_uid="learning.roles.ensure_groups_after_migrate",
        )
        self._connect_roles_version()

    def _connect_roles_version(self):
        """What the navigation's cached role flags depend on (``access.nav_flags``)."""
        from django.contrib.auth.models import Group
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from home.content_cache import register_prefetch

        from .access import ROLES_VERSION_KEY, bump_roles_version
        from .models import AgencyAdmin, UnitAdmin, User

        register_prefetch(ROLES_VERSION_KEY)
        uid = "learning.roles-version"
        for model in (AgencyAdmin, UnitAdmin, Group):
            for signal in (post_save, post_delete):
                key = f"{uid}.{model.__name__}.{id(signal)}"
                signal.connect(bump_roles_version, sender=model, dispatch_uid=key)
        throughs = (User.groups.through, Group.permissions.through, User.user_permissions.through)
        for through in throughs:
            key = f"{uid}.{through.__name__}"
            m2m_changed.connect(bump_roles_version, sender=through, dispatch_uid=key)
        post_save.connect(_user_saved, sender=User, dispatch_uid=f"{uid}.user")
        post_delete.connect(bump_roles_version, sender=User, dispatch_uid=f"{uid}.user-delete")


def _user_saved(sender, instance=None, update_fields=None, **kwargs):
    """An account's flags (superuser, active) may change its navigation; a login's
    ``last_login`` update does not."""
    from .access import bump_roles_version

    if update_fields and set(update_fields) <= {"last_login"}:
        return
    bump_roles_version()


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for our email-and-full-name user.

    Listed by its full path in INSTALLED_APPS, in place of ``wagtail.users``.
    """

    default = False
    user_viewset = "learning.viewsets.UserViewSet"
