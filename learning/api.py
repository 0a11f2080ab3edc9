"""learning's public interface: the one module other apps of the project may import.

learning owns every piece of learner and organisation state (accounts, agencies,
units, rosters, enrolments, progress, quiz attempts, practice work). Apps built
beside it — ``certificates/``, ``compliance/`` — call the functions here and listen
to the signals re-exported here; they never import learning's models, services,
selectors or views (an import-linter contract in ``pyproject.toml`` enforces it).
Their own models refer to learning's by string ("learning.Agency") and to the user
model through ``settings.AUTH_USER_MODEL``.

Every function takes keyword arguments and returns plain values, dataclasses or
querysets meant to be read (filtered, annotated, counted), never written through:
writes of learner state go through learning's services, which these functions
call where a new app needs one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, F, OuterRef, Q

from learning import access, reporting
from learning.models import Agency, AgencyAdmin, Enrolment, QuizAttempt, RosterEntry, Unit, User
from learning.nip import mask_nip as _mask_nip
from learning.signals import course_completed, learner_joined_roster, roster_changed

__all__ = [
    "AdminContact",
    "AdminScope",
    "AgencyInfo",
    "AgencyRef",
    "CompletedEnrolment",
    "CourseCompletion",
    "LearnerCourseState",
    "LearnerProfile",
    "Membership",
    "UnitInfo",
    "admin_contacts",
    "admin_scope",
    "agencies",
    "agency",
    "agency_kinds",
    "agency_ref",
    "completed_enrolments",
    "completions_of",
    "course_completed",
    "course_states",
    "enrol_learners",
    "enrolment_counts_by_unit",
    "get_completed_enrolment",
    "home_agency_id",
    "is_admin",
    "is_agency_admin_of",
    "is_national_admin",
    "jp_counts",
    "learner_joined_roster",
    "learner_membership",
    "learner_profile",
    "mask_nip",
    "may_see_learner_records",
    "missing_prerequisites",
    "paired_counts_by_unit",
    "pending_staff_count",
    "renew_completions",
    "roster_changed",
    "roster_counts_by_unit",
    "roster_imports_applied_since",
    "roster_staff",
    "roster_user_ids",
    "units",
    "with_course_state",
    "with_jp_this_year",
    "yearly_jp_target",
]


# --- Signals ---------------------------------------------------------------------
# ``course_completed`` (re-exported above): sent once per enrolment after the
# transaction that completed the course has committed; keyword arguments ``user``,
# ``course`` and ``enrolment``. A receiver that enqueues work should take ids only.
# ``learner_joined_roster``: an account became rostered staff of an agency (sign-up
# with a rostered NIP, or an agency admin's confirmation), after commit; keyword
# arguments ``user_id``, ``agency_id``, ``unit_id``, ``roster_entry_id``.
# ``roster_changed``: an applied roster import linked accounts, moved them between
# units or transferred staff in from other agencies, after commit; keyword argument
# ``agency_ids``: the importing agency first, then those staff left.


# --- Learners -------------------------------------------------------------------


@dataclass(frozen=True)
class LearnerProfile:
    """Who a learner is, as agencies and certificates name them."""

    user_id: int
    email: str
    full_name: str
    nip: str | None
    agency_id: int | None
    agency_name: str
    unit_id: int | None
    unit_name: str
    position: str

    @property
    def masked_nip(self) -> str:
        return _mask_nip(self.nip)


def learner_profile(*, user_id: int) -> LearnerProfile | None:
    """The learner's name, NIP, agency and unit as they are now; None for no such user."""
    user = (
        User.objects.select_related("agency", "unit")
        .only("email", "full_name", "nip", "position", "agency__name", "unit__name")
        .filter(pk=user_id)
        .first()
    )
    if user is None:
        return None
    return LearnerProfile(
        user_id=user.pk,
        email=user.email,
        full_name=user.full_name,
        nip=user.nip,
        agency_id=user.agency_id,
        agency_name=user.agency.name if user.agency else "",
        unit_id=user.unit_id,
        unit_name=user.unit.name if user.unit else "",
        position=user.position,
    )


def mask_nip(nip: str | None) -> str:
    """A NIP with all but its first four and last three digits hidden."""
    return _mask_nip(nip)


# --- Roles and scope ------------------------------------------------------------


def is_national_admin(user) -> bool:
    return access.is_national_admin(user)


def is_agency_admin_of(user, *, agency_id: int | None) -> bool:
    """Whether ``user`` administers ``agency_id`` (national admins administer every agency)."""
    if agency_id is None:
        return access.is_national_admin(user)
    return access.agencies_for(user).filter(pk=agency_id).exists()


def may_see_learner_records(viewer, *, learner_id: int, learner_agency_id: int | None) -> bool:
    """The learner themself, an admin of the learner's agency, or a national admin."""
    if not viewer.is_authenticated:
        return False
    if viewer.pk == learner_id:
        return True
    return (
        is_agency_admin_of(viewer, agency_id=learner_agency_id)
        if learner_agency_id
        else access.is_national_admin(viewer)
    )


# --- Enrolments and completions ---------------------------------------------------


@dataclass(frozen=True)
class CompletedEnrolment:
    """A course a learner finished: the facts a certificate or an SIASN record states."""

    enrolment_id: int
    user_id: int
    course_id: int
    enrolled_at: datetime
    completed_at: datetime


def _completed(queryset):
    return queryset.filter(completed_at__isnull=False).values_list(
        "pk", "user_id", "course_id", "enrolled_at", "completed_at"
    )


def get_completed_enrolment(*, user_id: int, course_id: int) -> CompletedEnrolment | None:
    """The learner's completion of the course, or None if they have not completed it."""
    row = _completed(Enrolment.objects.filter(user_id=user_id, course_id=course_id)).first()
    return CompletedEnrolment(*row) if row else None


def completed_enrolments(*, completed_before: datetime | None = None, exclude_pairs_of=None):
    """Completions in completion order, as ``CompletedEnrolment`` rows (an iterator).

    ``exclude_pairs_of``: a queryset with ``user_id`` and ``course_id`` columns (e.g.
    another app's records) whose pairs are left out, in SQL, so a sweep reads only
    what it still has to do.
    """
    queryset = Enrolment.objects.all()
    if completed_before is not None:
        queryset = queryset.filter(completed_at__lt=completed_before)
    if exclude_pairs_of is not None:
        queryset = queryset.exclude(
            Exists(
                exclude_pairs_of.filter(
                    user_id=OuterRef("user_id"), course_id=OuterRef("course_id")
                )
            )
        )
    for row in _completed(queryset).order_by("completed_at", "pk").iterator(chunk_size=500):
        yield CompletedEnrolment(*row)


# --- For certificates ---------------------------------------------------------------
# Reads the certificates app needs beyond the ones above: the dashboard's "who is an
# admin" question, an agency's name for its certificate pages, and one learner's
# completions for "Sertifikat saya".


@dataclass(frozen=True)
class AgencyRef:
    """An agency as other apps name it (``pk`` too, for templates that link to it)."""

    agency_id: int
    name: str

    @property
    def pk(self) -> int:
        return self.agency_id


def agency_ref(*, agency_id: int) -> AgencyRef | None:
    """The agency's id and name; None for no such agency."""
    row = Agency.objects.filter(pk=agency_id).values_list("pk", "name").first()
    return AgencyRef(*row) if row else None


@dataclass(frozen=True)
class CourseCompletion:
    """A course one learner completed, with its title as it is now."""

    course_id: int
    course_title: str
    completed_at: datetime


def completions_of(*, user_id: int) -> list[CourseCompletion]:
    """The courses one learner completed, most recent first. One query."""
    rows = (
        Enrolment.objects.filter(user_id=user_id, completed_at__isnull=False)
        .order_by("-completed_at", "-pk")
        .values_list("course_id", "course__title", "completed_at")
    )
    return [CourseCompletion(*row) for row in rows]


# === For compliance (agency completion dashboards) ===============================
# Reads of the roster and of progress as SQL aggregates grouped by unit (and
# course), so a dashboard runs the same few queries for 50 staff or 100,000; the
# gate's scope for agency and unit admins; and the two writes an agency's
# mandatory courses need (enrol, renew a yearly cycle). Definitions of enrolled,
# started and completed: ``learning.reporting``.


@dataclass(frozen=True)
class AgencyInfo:
    id: int
    name: str
    short_name: str
    kind: str
    kind_label: str
    region_code: str

    @property
    def pk(self) -> int:
        """So templates that name ``agency.pk`` (learning's navigation) take it as is."""
        return self.id

    @property
    def province_code(self) -> str:
        """The two-digit Kemendagri province code ("32" for 32.73), "" for central agencies."""
        return self.region_code.split(".")[0] if self.region_code else ""


def _agency_info(agency: Agency) -> AgencyInfo:
    return AgencyInfo(
        agency.pk,
        agency.name,
        agency.short_name,
        agency.kind,
        str(agency.get_kind_display()),
        agency.region_code,
    )


@dataclass(frozen=True)
class AdminScope:
    """What an admin may see of one agency: all of it, or a unit admin's subtree."""

    agency: AgencyInfo
    unit_id: int | None = None
    unit_path: str | None = None
    unit_name: str = ""
    may_appoint_unit_admins: bool = False

    @property
    def agency_id(self) -> int:
        return self.agency.id


def is_admin(user) -> bool:
    """National, agency or unit admin: the people who reach the dashboard area."""
    return access.is_admin(user)


def admin_scope(user, *, agency_id: int) -> AdminScope | None:
    """The gate's answer for ``user`` and ``agency_id``; None when it is not theirs.

    A unit admin gets their unit's id, path and name: every figure, list, export
    and assignment of theirs must stay inside that subtree.
    """
    if not access.is_admin(user):
        return None
    agency = access.agencies_for(user).filter(pk=agency_id).first()
    if agency is None:
        return None
    path = access.administered_unit_path(user, agency)
    unit = (
        Unit.objects.filter(pk=access.administered_unit_id(user)).only("name").first()
        if path
        else None
    )
    return AdminScope(
        agency=_agency_info(agency),
        unit_id=unit.pk if unit else None,
        unit_path=path,
        unit_name=unit.name if unit else "",
        may_appoint_unit_admins=access.may_appoint_unit_admins(user, agency),
    )


def home_agency_id(user) -> int | None:
    """The agency an agency or unit admin works in (None for national admins and others)."""
    return None if access.is_national_admin(user) else access.administered_agency_id(user)


def agency(*, agency_id: int) -> AgencyInfo | None:
    found = Agency.objects.filter(pk=agency_id).first()
    return _agency_info(found) if found else None


def agency_kinds() -> list[tuple[str, str]]:
    return [(value, str(label)) for value, label in Agency.Kind.choices]


def agencies(*, kind: str = "", province: str = "") -> list[AgencyInfo]:
    """Every agency (by name), optionally of one kind or in one province (region code)."""
    queryset = Agency.objects.order_by("name")
    if kind:
        queryset = queryset.filter(kind=kind)
    if province:
        queryset = queryset.filter(region_code__startswith=province)
        queryset = [agency for agency in queryset if agency.region_code.split(".")[0] == province]
    return [_agency_info(agency) for agency in queryset]


@dataclass(frozen=True)
class UnitInfo:
    id: int
    parent_id: int | None
    name: str
    code: str
    path: str

    @property
    def depth(self) -> int:
        return max(self.path.count("/") - 2, 0)


def units(*, agency_id: int, under_path: str | None = None) -> list[UnitInfo]:
    """The agency's units in tree order, optionally only a subtree (its root included)."""
    queryset = Unit.objects.filter(agency_id=agency_id)
    if under_path:
        queryset = queryset.filter(path__startswith=under_path)
    return [
        UnitInfo(*row)
        for row in queryset.order_by("path").values_list("pk", "parent_id", "name", "code", "path")
    ]


def roster_counts_by_unit(
    *, agency_id: int, unit_path: str | None = None, joined_before: Mapping | None = None
) -> list[reporting.UnitCount]:
    """Active staff per unit: ``staff``, ``with_account`` and, for each key of
    ``joined_before`` (key → moment), how many joined the roster before it. One query."""
    return reporting.roster_counts_by_unit(
        agency_id=agency_id, unit_path=unit_path, joined_before=joined_before
    )


def paired_counts_by_unit(
    *,
    pairs,
    agency_id: int,
    unit_path: str | None = None,
    joined_before: Mapping[int, datetime] | None = None,
    completed_since: Mapping[int, datetime | None] | None = None,
) -> list[reporting.PairedCount]:
    """Figures per (course, unit) for another app's (roster entry, course) pairs.

    ``pairs``: a queryset of a model with a ``roster_entry`` foreign key and a
    ``course_id`` column (an exemption, say). One query.
    """
    return reporting.paired_counts_by_unit(
        pairs=pairs,
        agency_id=agency_id,
        unit_path=unit_path,
        joined_before=joined_before,
        completed_since=completed_since,
    )


def enrolment_counts_by_unit(
    *,
    agency_id: int,
    course_ids,
    unit_path: str | None = None,
    completed_since: Mapping[int, datetime | None] | None = None,
    joined_before: Mapping[int, datetime] | None = None,
    exclude_pairs_of=None,
) -> list[reporting.EnrolmentCount]:
    """Enrolled, in-progress and completed active staff per (course, unit). One query.

    ``completed_since`` (course → start of its current cycle) makes older
    completions count as not completed; ``exclude_pairs_of`` (a queryset with
    ``roster_entry_id`` and ``course_id`` columns) leaves those pairs out.
    """
    return reporting.enrolment_counts_by_unit(
        agency_id=agency_id,
        course_ids=course_ids,
        unit_path=unit_path,
        completed_since=completed_since,
        joined_before=joined_before,
        exclude_pairs_of=exclude_pairs_of,
    )


def roster_staff(
    *, agency_id: int, unit_path: str | None = None, unit_paths=None, search: str = ""
):
    """Active roster entries, for lists and exports (a queryset to filter and page).

    Columns: ``pk``, ``nip``, ``full_name``, ``email``, ``position``, ``unit_id``,
    ``user_id`` (None: never signed up), ``created_at`` (joined the roster), and the
    lookups ``unit__name``, ``unit__path``, ``user__email``, ``user__last_login``.
    ``search`` matches a
    name (contains) or a NIP (starts with). ``unit_paths``: any of these subtrees.
    """
    entries = reporting.active_roster(
        agency_id=agency_id, unit_path=unit_path, unit_paths=unit_paths
    )
    search = (search or "").strip()
    if search:
        entries = entries.filter(Q(full_name__icontains=search) | Q(nip__startswith=search))
    return entries


def roster_user_ids(*, agency_id: int, unit_paths=None):
    """The accounts of the active roster (optionally of some subtrees), as a subquery."""
    return (
        reporting.active_roster(agency_id=agency_id, unit_paths=unit_paths)
        .filter(user__isnull=False)
        .values("user_id")
    )


def with_course_state(entries, *, course_id: int, completed_since: datetime | None = None):
    """``roster_staff`` rows annotated with ``enrolled``, ``started``, ``completed_on``
    (None unless completed since ``completed_since``) and ``last_activity``."""
    return reporting.with_course_state(
        entries, course_id=course_id, completed_since=completed_since
    )


def with_jp_this_year(entries):
    """``roster_staff`` rows annotated with ``jp``: JP earned this calendar year."""
    return reporting.with_jp_this_year(entries)


def jp_counts(*, agency_id: int, unit_path: str | None = None, target: int) -> dict:
    """``staff`` (active roster) and ``below`` (under ``target`` JP this year). Two queries."""
    return reporting.jp_counts(agency_id=agency_id, unit_path=unit_path, target=target)


def yearly_jp_target(request=None) -> int:
    from learning.selectors.jp import yearly_jp_target as target

    return target(request)


def roster_imports_applied_since(*, since: datetime) -> list[tuple[int, datetime]]:
    """(agency id, finished at) of every roster import applied after ``since``. One query."""
    from learning.models import RosterImport

    return list(
        RosterImport.objects.filter(
            status=RosterImport.Status.APPLIED,
            finished_at__gt=since,
        )
        .order_by()
        .values_list("agency_id", "finished_at")
    )


def pending_staff_count(viewer, *, agency_id: int) -> int:
    """Accounts waiting for the agency to confirm them, as far as ``viewer`` may see."""
    agency = access.agencies_for(viewer).filter(pk=agency_id).first()
    return access.pending_staff_for(viewer, agency).count() if agency else 0


@dataclass(frozen=True)
class Membership:
    """Where a learner is on a roster now."""

    roster_entry_id: int
    agency_id: int
    unit_id: int | None
    unit_path: str
    joined_at: datetime


def learner_membership(*, user_id: int) -> Membership | None:
    """The learner's active entry on their agency's roster, or None. One query."""
    row = (
        RosterEntry.objects.filter(user_id=user_id, active=True, user__agency_id=F("agency_id"))
        .values_list("pk", "agency_id", "unit_id", "unit__path", "created_at")
        .first()
    )
    if row is None:
        return None
    entry_id, agency_id, unit_id, path, joined = row
    return Membership(entry_id, agency_id, unit_id, path or "", joined)


@dataclass(frozen=True)
class AdminContact:
    user_id: int
    email: str
    full_name: str
    agency_id: int


def admin_contacts(*, agency_ids=None) -> list[AdminContact]:
    """Agency admins (not unit admins) with their agency, for digests."""
    rows = AgencyAdmin.objects.select_related("user").order_by("agency_id", "user__email")
    if agency_ids is not None:
        rows = rows.filter(agency_id__in=list(agency_ids))
    return [
        AdminContact(row.user_id, row.user.email, row.user.full_name, row.agency_id)
        for row in rows
        if row.user.is_active
    ]


@dataclass(frozen=True)
class LearnerCourseState:
    enrolled: bool
    started: bool
    completed_at: datetime | None


def course_states(*, user_id: int, course_ids) -> dict[int, LearnerCourseState]:
    """The learner's state in each course (missing: not enrolled). One query."""
    attempts = QuizAttempt.objects.filter(
        user_id=user_id, course_id=OuterRef("course_id"), archived=False
    )
    rows = (
        Enrolment.objects.filter(user_id=user_id, course_id__in=list(course_ids))
        .annotate(attempted=Exists(attempts))
        .values_list("course_id", "last_page_id", "attempted", "completed_at")
    )
    return {
        course_id: LearnerCourseState(True, bool(last_page or attempted), completed)
        for course_id, last_page, attempted, completed in rows
    }


def missing_prerequisites(*, user_id: int, course_ids) -> dict[int, list[tuple[int, str]]]:
    """Per course, its live prerequisites the learner has not completed: (id, title). One query."""
    from courses.models import CoursePage

    done = Enrolment.objects.filter(
        user_id=user_id, course_id=OuterRef("pk"), completed_at__isnull=False
    )
    rows = (
        CoursePage.objects.live()
        .filter(required_by__in=list(course_ids))
        .exclude(Exists(done))
        .order_by("title")
        .values_list("required_by", "pk", "title")
    )
    missing: dict[int, list[tuple[int, str]]] = {}
    for course_id, prerequisite_id, title in rows:
        missing.setdefault(course_id, []).append((prerequisite_id, title))
    return missing


def enrol_learners(*, user_ids, course_id: int) -> int:
    """Enrol the given accounts (ids or a subquery such as ``roster_user_ids``) in a course.

    An agency's order: prerequisites are not checked (the learner is shown the
    missing ones first), existing enrolments are kept, a course that is not live
    enrols nobody. Returns the number of new enrolments.
    """
    from courses.models import CoursePage
    from learning.services import progress

    course = CoursePage.objects.filter(pk=course_id).first()
    return progress.enrol_many(user_ids=user_ids, course=course) if course else 0


def renew_completions(*, course_id: int, user_ids, completed_before: datetime) -> int:
    """Start a new yearly cycle of a course for these accounts: completions before
    ``completed_before`` are closed (kept as history, JP kept for their year) and the
    enrolment is reopened so the learner takes the course again. Idempotent."""
    from courses.models import CoursePage
    from learning.services import progress

    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        return 0
    return progress.renew_completions(
        course=course, user_ids=user_ids, completed_before=completed_before
    )


def learner_state_changed(*, user_ids) -> None:
    """Another app changed what these learners' own pages show (a certificate, an
    agency's assignment): their cached page fragments are no longer used.

    ``user_ids``: ids, or a subquery of user ids such as ``roster_user_ids``. Call it
    in the transaction that made the change; a row saved or deleted through the ORM
    can rely on a ``post_save``/``post_delete`` receiver calling it.
    """
    from learning.services import learner_state

    learner_state.touch(user_ids)


def agency_learners_changed(*, agency_id: int) -> None:
    """Every account on the agency's roster (active or not) and every member of it:
    the agency changed something all of them see (an assignment, its units)."""
    from learning.services import learner_state

    learner_state.touch_agency(agency_id)


def roster_entry_user_ids(*, entry_ids):
    """The accounts linked to these roster entries, as a subquery."""
    return RosterEntry.objects.filter(pk__in=list(entry_ids), user__isnull=False).values("user_id")
