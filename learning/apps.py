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
        self._connect_roles_version()
        self._connect_state_token()

    def _connect_state_token(self):
        """What a learner's cached page fragments depend on (services.learner_state)."""
        from django.db.models.signals import post_delete, post_save

        from .models import (
            Enrolment,
            LessonCompletion,
            PastCompletion,
            PracticeSubmission,
            QuizAttempt,
            RosterEntry,
            User,
        )
        from .services import learner_state

        uid = "learning.state-token"
        rows = (Enrolment, LessonCompletion, PastCompletion, PracticeSubmission, QuizAttempt)
        for model in (*rows, RosterEntry):
            for signal in (post_save, post_delete):
                key = f"{uid}.{model.__name__}.{id(signal)}"
                signal.connect(learner_state.row_changed, sender=model, dispatch_uid=key)
        post_save.connect(learner_state.account_saved, sender=User, dispatch_uid=f"{uid}.user")

    def _connect_roles_version(self):
        """What the navigation's cached role flags depend on (``access.nav_flags``)."""
        from django.contrib.auth.models import Group
        from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

        from .access import bump_roles_version
        from .models import AgencyAdmin, UnitAdmin, User

        uid = "learning.roles-version"
        for model in (AgencyAdmin, UnitAdmin, Group):
            for signal in (post_save, post_delete):
                key = f"{uid}.{model.__name__}.{id(signal)}"
                signal.connect(bump_roles_version, sender=model, dispatch_uid=key)
        throughs = (User.groups.through, Group.permissions.through, User.user_permissions.through)
        for through in throughs:
            key = f"{uid}.{through.__name__}"
            m2m_changed.connect(bump_roles_version, sender=through, dispatch_uid=key)
        pre_save.connect(_user_saving, sender=User, dispatch_uid=f"{uid}.user-pre")
        post_save.connect(_user_saved, sender=User, dispatch_uid=f"{uid}.user")
        post_delete.connect(bump_roles_version, sender=User, dispatch_uid=f"{uid}.user-delete")


NAV_USER_FIELDS = ("is_superuser", "is_active", "is_staff")


def _user_saving(sender, instance=None, raw=False, update_fields=None, **kwargs):
    """Before an account is saved: do its flags (superuser, active, staff) change? Only
    those change its navigation; a new account has nothing kept yet, and a save naming
    other fields only (a login's ``last_login``) is not asked about."""
    instance._nav_flags_changed = False
    if raw or instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and not set(NAV_USER_FIELDS) & set(update_fields):
        return
    before = sender.objects.filter(pk=instance.pk).values_list(*NAV_USER_FIELDS).first()
    instance._nav_flags_changed = before != tuple(getattr(instance, f) for f in NAV_USER_FIELDS)


def _user_saved(sender, instance=None, **kwargs):
    from .access import bump_roles_version

    if getattr(instance, "_nav_flags_changed", False):
        bump_roles_version()


class UsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms for our email-and-full-name user.

    Listed by its full path in INSTALLED_APPS, in place of ``wagtail.users``.
    """

    default = False
    user_viewset = "learning.viewsets.UserViewSet"
