"""The one gate: every role-scoped queryset and role check comes from here.

Views never filter by agency themselves; they ask this module, so a scoping
rule is written once and tested once (tests/test_access.py holds the matrix).
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from . import roles
from .models import Agency, RosterEntry, RosterImport, StaffStatus, User


def _group_names(user):
    if not hasattr(user, "_akademi_groups"):
        user._akademi_groups = (
            frozenset(user.groups.values_list("name", flat=True))
            if user.is_authenticated else frozenset()
        )
    return user._akademi_groups


def is_national_admin(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or roles.NATIONAL_ADMIN in _group_names(user)
    )


def administered_agency_id(user):
    """The agency an agency admin runs, or None."""
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_akademi_agency_id"):
        from .models import AgencyAdmin

        user._akademi_agency_id = (
            AgencyAdmin.objects.filter(user=user).values_list("agency_id", flat=True).first()
        )
    return user._akademi_agency_id


def is_agency_admin(user) -> bool:
    return administered_agency_id(user) is not None


def is_admin(user) -> bool:
    """Agency or national admin: the people who reach dashboards."""
    return is_national_admin(user) or is_agency_admin(user)


def can_use_wagtail_admin(user) -> bool:
    """Whether to offer the content admin. Learners (no groups) cost no permission query:
    the platform grants admin access through groups only."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return bool(_group_names(user)) and user.has_perm("wagtailadmin.access_admin")


def user_roles(user) -> list[str]:
    if not user.is_authenticated:
        return []
    names = _group_names(user)
    found = ["learner"] if user.nip else []
    if roles.TRAINER in names:
        found.append("trainer")
    if roles.REVIEWER in names:
        found.append("reviewer")
    if is_agency_admin(user):
        found.append("agency_admin")
    if is_national_admin(user):
        found.append("national_admin")
    return found


def agencies_for(user):
    """Agencies whose dashboards the user may open."""
    if is_national_admin(user):
        return Agency.objects.all()
    agency_id = administered_agency_id(user)
    if agency_id is None:
        return Agency.objects.none()
    return Agency.objects.filter(pk=agency_id)


def get_agency_or_404(user, pk) -> Agency:
    """An agency the user administers; 404 for any other, so ids reveal nothing."""
    if not is_admin(user):
        raise PermissionDenied
    return get_object_or_404(agencies_for(user), pk=pk)


def roster_for(user, agency):
    return RosterEntry.objects.filter(agency__in=agencies_for(user)).filter(agency=agency)


def imports_for(user, agency):
    return RosterImport.objects.filter(agency__in=agencies_for(user)).filter(agency=agency)


def pending_staff_for(user, agency):
    return User.objects.filter(
        agency__in=agencies_for(user), agency=agency, staff_status=StaffStatus.PENDING
    )


# --- Item analysis (quiz statistics for trainers) -------------------------------------------


def may_see_item_analysis(user) -> bool:
    """Trainers, reviewers and national admins: aggregates only, no learner is named."""
    return user.is_authenticated and (
        user.is_superuser
        or bool(_group_names(user) & {roles.TRAINER, roles.REVIEWER, roles.NATIONAL_ADMIN})
    )
