"""The one gate: every role-scoped queryset and role check comes from here.

Views never filter by agency themselves; they ask this module, so a scoping
rule is written once and tested once (tests/test_access.py holds the matrix).

Three admin roles reach the dashboard area: national admins (every agency),
agency admins (``AgencyAdmin``: one agency) and unit admins (``UnitAdmin``: one
unit kerja and its sub-units, inside one agency). A unit admin opens their
agency's pages, but every queryset below is cut down to their unit's subtree.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Subquery
from django.shortcuts import get_object_or_404

from . import roles
from .models import Agency, RosterEntry, RosterImport, StaffStatus, Unit, User


def _group_names(user):
    """The user's group names; no query for an account in no group (a learner): the
    admin-rows query below already said so."""
    if not hasattr(user, "_akademi_groups"):
        user._akademi_groups = (
            frozenset(user.groups.values_list("name", flat=True))
            if user.is_authenticated and _admin_rows(user).has_groups
            else frozenset()
        )
    return user._akademi_groups


def is_national_admin(user) -> bool:
    return user.is_authenticated and (
        user.is_superuser or roles.NATIONAL_ADMIN in _group_names(user)
    )


@dataclass(frozen=True)
class _AdminRows:
    """What the AgencyAdmin and UnitAdmin rows say about a user, and whether they are in
    any group, read in one query."""

    agency_id: int | None = None  # as agency admin
    unit_id: int | None = None  # as unit admin
    unit_agency_id: int | None = None
    unit_path: str | None = None
    has_groups: bool = False


def _admin_rows(user) -> _AdminRows:
    if not user.is_authenticated:
        return _AdminRows()
    if not hasattr(user, "_akademi_admin_rows"):
        in_a_group = User.groups.through.objects.filter(user_id=OuterRef("pk"))
        row = (
            User.objects.filter(pk=user.pk)
            .annotate(has_groups=Exists(in_a_group))
            .values_list(
                "agency_admin__agency_id",
                "unit_admin__unit_id",
                "unit_admin__unit__agency_id",
                "unit_admin__unit__path",
                "has_groups",
            )
            .first()
        )
        user._akademi_admin_rows = _AdminRows(*row) if row else _AdminRows()
    return user._akademi_admin_rows


def administered_agency_id(user):
    """The agency an agency admin runs (or a unit admin works in), or None."""
    rows = _admin_rows(user)
    return rows.agency_id or rows.unit_agency_id


def is_agency_admin(user) -> bool:
    return _admin_rows(user).agency_id is not None


def is_unit_admin(user) -> bool:
    rows = _admin_rows(user)
    return rows.agency_id is None and rows.unit_id is not None


def is_admin(user) -> bool:
    """National, agency or unit admin: the people who reach dashboards."""
    return is_national_admin(user) or administered_agency_id(user) is not None


def administered_unit_path(user, agency) -> str | None:
    """The materialised path a unit admin is limited to inside ``agency``; None for
    anyone who sees the whole agency (agency and national admins)."""
    if is_national_admin(user) or is_agency_admin(user):
        return None
    rows = _admin_rows(user)
    agency_id = getattr(agency, "pk", agency)
    if rows.unit_id is None or rows.unit_agency_id != agency_id:
        return None
    return rows.unit_path


def administered_unit_id(user) -> int | None:
    return _admin_rows(user).unit_id if is_unit_admin(user) else None


def can_use_wagtail_admin(user) -> bool:
    """Whether to offer the content admin. Learners (no groups) cost no permission query:
    the platform grants admin access through groups only."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return bool(_group_names(user)) and user.has_perm("wagtailadmin.access_admin")


# --- Navigation flags, cached per user and roles version -------------------------------------

ROLES_VERSION_KEY = "learning:roles-version"


def _roles_version():
    import secrets

    from django.core.cache import cache

    version = secrets.token_hex(8)
    if not cache.add(ROLES_VERSION_KEY, version, None):
        version = cache.get(ROLES_VERSION_KEY)
    return version


def roles_version(request) -> str | None:
    """The roles version this request read with the site entry (made when missing);
    None while the cache is down."""
    from home.content_cache import prefetched

    return prefetched(request, ROLES_VERSION_KEY) or _roles_version()


def nav_flags(request):
    """(is_admin, can_use_wagtail_admin) for the navigation, without a query on most pages.

    Kept in the process per user and *roles version*: a value in the shared cache
    that ``bump_roles_version`` replaces whenever a group membership, a group's
    permissions, an agency or unit admin row, or an account's flags change (signals
    in ``learning.signals``). Only the navigation reads these; every access decision
    still asks the database. Cache down: no version, no keeping, the queries run.
    """
    from home.content_cache import local_memo

    user = request.user
    if not user.is_authenticated:
        return False, False
    version = roles_version(request)
    if version is None:
        return is_admin(user), can_use_wagtail_admin(user)
    return local_memo(
        ("learning:nav", user.pk, version),
        lambda: (is_admin(user), can_use_wagtail_admin(user)),
    )


def bump_roles_version(**kwargs):
    """Signal receiver: someone's roles may have changed; every process asks again."""
    import secrets

    from django.core.cache import cache
    from django.db import transaction

    cache.set(ROLES_VERSION_KEY, secrets.token_hex(8), None)
    transaction.on_commit(lambda: cache.set(ROLES_VERSION_KEY, secrets.token_hex(8), None))


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
    if is_unit_admin(user):
        found.append("unit_admin")
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


def units_for(user, agency):
    """The units of ``agency`` the user may see: all of them, or a unit admin's subtree."""
    units = Unit.objects.filter(agency__in=agencies_for(user)).filter(agency=agency)
    path = administered_unit_path(user, agency)
    return units.filter(path__startswith=path) if path else units


def roster_for(user, agency):
    entries = RosterEntry.objects.filter(agency__in=agencies_for(user)).filter(agency=agency)
    path = administered_unit_path(user, agency)
    return entries.filter(unit__path__startswith=path) if path else entries


def imports_for(user, agency):
    """Roster imports of ``agency``; a unit admin sees the ones limited to their subtree."""
    imports = RosterImport.objects.filter(agency__in=agencies_for(user)).filter(agency=agency)
    path = administered_unit_path(user, agency)
    return imports.filter(scope_unit__path__startswith=path) if path else imports


def import_scope_unit(user, agency):
    """The unit an upload by ``user`` is limited to (a unit admin's), or None."""
    return (
        Unit.objects.filter(pk=administered_unit_id(user), agency=agency).first()
        if administered_unit_path(user, agency)
        else None
    )


def pending_staff_for(user, agency):
    pending = User.objects.filter(
        agency__in=agencies_for(user), agency=agency, staff_status=StaffStatus.PENDING
    )
    path = administered_unit_path(user, agency)
    return pending.filter(unit__path__startswith=path) if path else pending


def pending_staff_list(user, agency):
    """Pending accounts for the admin's list, each with ``roster_email``: the address
    the agency's roster holds for that NIP when it is not the account's (else None)."""
    other_roster_email = (
        RosterEntry.objects.filter(agency_id=OuterRef("agency_id"), nip=OuterRef("nip"))
        .exclude(email="")
        .exclude(email__iexact=OuterRef("email"))
        .values("email")[:1]
    )
    return (
        pending_staff_for(user, agency)
        .annotate(roster_email=Subquery(other_roster_email))
        .select_related("unit")
        .order_by("date_joined")
    )


def may_appoint_unit_admins(user, agency) -> bool:
    """Agency admins of ``agency`` and national admins delegate units; unit admins do not."""
    if is_national_admin(user):
        return True
    return _admin_rows(user).agency_id == getattr(agency, "pk", agency)


def get_agency_for_appointing_or_404(user, pk) -> Agency:
    agency = get_agency_or_404(user, pk)
    if not may_appoint_unit_admins(user, agency):
        raise PermissionDenied
    return agency


def unit_admins_for(user, agency):
    from .models import UnitAdmin

    if not may_appoint_unit_admins(user, agency):
        return UnitAdmin.objects.none()
    return UnitAdmin.objects.filter(unit__agency=agency)


# --- Item analysis (quiz statistics for trainers) -------------------------------------------


def may_see_item_analysis(user) -> bool:
    """Trainers, reviewers and national admins: aggregates only, no learner is named."""
    return user.is_authenticated and (
        user.is_superuser
        or bool(_group_names(user) & {roles.TRAINER, roles.REVIEWER, roles.NATIONAL_ADMIN})
    )
