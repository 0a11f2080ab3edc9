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
    "unit_admin": _("Admin Unit"),
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
        for model in ("agency", "unit", "agencyadmin", "unitadmin", "rosterentry")
        for action in ("add", "change", "delete", "view")
    ] + [("learning", "view_rosterimport"), ("learning", "view_user")] + _INSPECT_PROGRESS,
}


def ensure_groups():
    """Create the role groups and give them exactly their permissions. Idempotent."""
    for name, perms in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        wanted = []
        for app_label, codename in perms:
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm:
                wanted.append(perm)
        group.permissions.set(wanted)


def ensure_groups_after_migrate(sender, **kwargs):
    ensure_groups()
