"""Roles are Django groups; their model permissions are kept in step here.

Scoping (which agency an agency admin may see) is not a permission: it lives in
``learning.access``. Groups only say what kind of thing a role may touch.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import DEFAULT_DB_ALIAS
from django.utils.translation import gettext_lazy as _

TRAINER = "Pelatih"
REVIEWER = "Peninjau"
AGENCY_ADMIN = "Admin Instansi"
NATIONAL_ADMIN = "Admin Nasional"

ROLE_LABELS = {
    "learner": _("Peserta"),
    "trainer": _("Pelatih"),
    "reviewer": _("Peninjau"),
    "agency_admin": _("Admin Instansi"),
    "unit_admin": _("Admin Unit"),
    "national_admin": _("Admin Nasional"),
}

_ADMIN_ACCESS = [("wagtailadmin", "access_admin")]
_MEDIA = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]

_REVIEW_PRACTICE = [
    ("learning", "view_practicesubmission"),
    ("learning", "change_practicesubmission"),
]
_INSPECT_PROGRESS = [
    ("learning", "view_enrolment"),
    ("learning", "view_quizattempt"),
    ("learning", "view_practicesubmission"),
]

GROUP_PERMISSIONS = {
    TRAINER: _ADMIN_ACCESS + _MEDIA + _REVIEW_PRACTICE,
    REVIEWER: _ADMIN_ACCESS + _MEDIA,
    AGENCY_ADMIN: [],
    NATIONAL_ADMIN: _ADMIN_ACCESS
    + _MEDIA
    + [
        ("learning", f"{action}_{model}")
        for model in ("agency", "unit", "agencyadmin", "unitadmin", "rosterentry")
        for action in ("add", "change", "delete", "view")
    ]
    + [("learning", "view_rosterimport"), ("learning", "view_user")]
    + _INSPECT_PROGRESS,
}


ROLE_GROUPS = {
    "trainer": TRAINER,
    "reviewer": REVIEWER,
    "agency_admin": AGENCY_ADMIN,
    "national_admin": NATIONAL_ADMIN,
}


class MissingPermissionError(LookupError):
    """A role names a permission that does not exist: a typo, or a model that is gone."""


def contributed_permissions():
    """Permissions other apps give the roles for their own models.

    Apps beside learning register a function under the Wagtail hook
    ``role_permissions`` that returns ``{role: [(app_label, codename), …]}`` with
    the role keys of ``ROLE_GROUPS`` ("national_admin" …). Learning names no such app.
    """
    from wagtail import hooks

    found = {}
    for fn in hooks.get_hooks("role_permissions"):
        for role, perms in fn().items():
            found.setdefault(ROLE_GROUPS[role], []).extend(perms)
    return found


def group_permissions():
    """Every role group with all its permissions: learning's own and those other apps add."""
    extra = contributed_permissions()
    return {name: [*perms, *extra.get(name, [])] for name, perms in GROUP_PERMISSIONS.items()}


def required_app_labels():
    """The apps whose permissions the roles use."""
    return sorted(
        {app_label for perms in group_permissions().values() for app_label, _codename in perms}
    )


def ensure_groups(using=DEFAULT_DB_ALIAS):
    """Create the role groups and give them exactly their permissions. Idempotent.

    A permission that does not exist raises MissingPermissionError before any
    group is touched: a role silently missing part of its rights is worse than a
    failed migrate.
    """
    wanted = {name: _permissions(name, perms, using) for name, perms in group_permissions().items()}
    for name, permissions in wanted.items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.set(permissions)


def _permissions(group_name, pairs, using):
    pairs = list(dict.fromkeys(pairs))
    found = {
        (perm.content_type.app_label, perm.codename): perm
        for perm in Permission.objects.using(using)
        .select_related("content_type")
        .filter(
            content_type__app_label__in={app_label for app_label, _codename in pairs},
            codename__in={codename for _app_label, codename in pairs},
        )
    }
    missing = [
        f"{app_label}.{codename}"
        for app_label, codename in pairs
        if (app_label, codename) not in found
    ]
    if missing:
        raise MissingPermissionError(
            f"Role group {group_name!r} names permissions that do not exist: "
            + ", ".join(missing)
            + ". Check learning/roles.py against the installed apps and models."
        )
    return [found[pair] for pair in pairs]


def ensure_groups_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate receiver: the role groups exist with all their rights after ``migrate``.

    Django sends post_migrate once per app in INSTALLED_APPS order, and auth
    creates an app's permissions in its own receiver for that app, so some of the
    permissions the roles need may not exist yet when this one runs. They are
    created here first (``create_permissions`` only adds what is missing).
    """
    for app_label in required_app_labels():
        create_permissions(
            global_apps.get_app_config(app_label), verbosity=0, interactive=False, using=using
        )
    ensure_groups(using)
