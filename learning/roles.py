"""Roles are Django groups; their model permissions are kept in step here.

Scoping (which agency an agency admin may see) is not a permission: it lives in
``learning.access``. Groups only say what kind of thing a role may touch.
"""

from django.contrib.auth.models import Group, Permission
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
    "national_admin": _("Admin Nasional"),
}

_ADMIN_ACCESS = [("wagtailadmin", "access_admin")]
_MEDIA = [
    ("wagtailimages", "add_image"), ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"), ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]

_REVIEW_ASSIGNMENTS = [
    ("learning", "view_assignmentsubmission"), ("learning", "change_assignmentsubmission"),
]
_INSPECT_PROGRESS = [
    ("learning", "view_enrolment"), ("learning", "view_quizattempt"),
    ("learning", "view_assignmentsubmission"),
]

GROUP_PERMISSIONS = {
    TRAINER: _ADMIN_ACCESS + _MEDIA + _REVIEW_ASSIGNMENTS,
    REVIEWER: _ADMIN_ACCESS + _MEDIA,
    AGENCY_ADMIN: [],
    NATIONAL_ADMIN: _ADMIN_ACCESS + _MEDIA + [
        ("learning", f"{action}_{model}")
        for model in ("agency", "unit", "agencyadmin", "rosterentry")
        for action in ("add", "change", "delete", "view")
    ] + [("learning", "view_rosterimport"), ("learning", "view_user")] + _INSPECT_PROGRESS,
}


ROLE_GROUPS = {
    "trainer": TRAINER,
    "reviewer": REVIEWER,
    "agency_admin": AGENCY_ADMIN,
    "national_admin": NATIONAL_ADMIN,
}


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


def ensure_groups():
    """Create the role groups and give them exactly their permissions. Idempotent."""
    extra = contributed_permissions()
    for name, perms in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = []
        for app_label, codename in [*perms, *extra.get(name, [])]:
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm:
                wanted.append(perm)
        group.permissions.set(wanted)


def ensure_groups_after_migrate(sender, **kwargs):
    ensure_groups()
