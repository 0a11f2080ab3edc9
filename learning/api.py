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

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, OuterRef

from learning import access
from learning.models import Agency, Enrolment, User
from learning.nip import mask_nip as _mask_nip
from learning.signals import course_completed

__all__ = [
    "AgencyRef",
    "CompletedEnrolment",
    "CourseCompletion",
    "LearnerProfile",
    "agency_ref",
    "completed_enrolments",
    "completions_of",
    "course_completed",
    "get_completed_enrolment",
    "is_admin",
    "is_agency_admin_of",
    "is_national_admin",
    "learner_profile",
    "mask_nip",
    "may_see_learner_records",
]


# --- Signals ---------------------------------------------------------------------
# ``course_completed`` (re-exported above): sent once per enrolment after the
# transaction that completed the course has committed; keyword arguments ``user``,
# ``course`` and ``enrolment``. A receiver that enqueues work should take ids only.


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
    user = (User.objects.select_related("agency", "unit")
            .only("email", "full_name", "nip", "position", "agency__name", "unit__name")
            .filter(pk=user_id).first())
    if user is None:
        return None
    return LearnerProfile(
        user_id=user.pk, email=user.email, full_name=user.full_name, nip=user.nip,
        agency_id=user.agency_id, agency_name=user.agency.name if user.agency else "",
        unit_id=user.unit_id, unit_name=user.unit.name if user.unit else "",
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
    return is_agency_admin_of(viewer, agency_id=learner_agency_id) if learner_agency_id \
        else access.is_national_admin(viewer)


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
        "pk", "user_id", "course_id", "enrolled_at", "completed_at")


def get_completed_enrolment(*, user_id: int, course_id: int) -> CompletedEnrolment | None:
    """The learner's completion of the course, or None if they have not completed it."""
    row = _completed(Enrolment.objects.filter(user_id=user_id, course_id=course_id)).first()
    return CompletedEnrolment(*row) if row else None


def completed_enrolments(*, completed_before: datetime | None = None,
                         exclude_pairs_of=None):
    """Completions in completion order, as ``CompletedEnrolment`` rows (an iterator).

    ``exclude_pairs_of``: a queryset with ``user_id`` and ``course_id`` columns (e.g.
    another app's records) whose pairs are left out, in SQL, so a sweep reads only
    what it still has to do.
    """
    queryset = Enrolment.objects.all()
    if completed_before is not None:
        queryset = queryset.filter(completed_at__lt=completed_before)
    if exclude_pairs_of is not None:
        queryset = queryset.exclude(Exists(exclude_pairs_of.filter(
            user_id=OuterRef("user_id"), course_id=OuterRef("course_id"))))
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


def is_admin(user) -> bool:
    """Agency or national admin: the people who reach the dashboard area."""
    return access.is_admin(user)


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
    rows = (Enrolment.objects.filter(user_id=user_id, completed_at__isnull=False)
            .order_by("-completed_at", "-pk").values_list("course_id", "course__title",
                                                          "completed_at"))
    return [CourseCompletion(*row) for row in rows]
