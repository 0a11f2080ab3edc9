"""Who may open a course's material: view restrictions, enrolments and prerequisites.

``material_refusal`` is the one rule every learning endpoint, the ``before_serve_page``
hook and the document download apply: Wagtail's page privacy first (a password,
login or group restriction on the page or any ancestor), then, for reading a lesson
or quiz, the enrolment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from wagtail.models import Page, PageViewRestriction

from courses.models import CoursePage, LessonPage, QuizPage
from learning.models import Enrolment

from .course_tree import cached_course_of, course_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpRequest

    from learning.models import User

LOGIN = "login"
PASSWORD = "password"
GROUPS = "groups"
ENROLMENT = "enrolment"

# Pages whose body is course material: open to enrolled learners only.
MATERIAL_PAGE_TYPES = (LessonPage, QuizPage)


@dataclass(frozen=True)
class Refusal:
    """Why a request may not open ``page``.

    ``kind`` is LOGIN (sign in first), PASSWORD (the page's password has not been
    given in this session), GROUPS (the account is not in a group the page is
    restricted to) or ENROLMENT (not enrolled in the page's course). ``course`` is
    where an ENROLMENT refusal sends the learner. ``message`` is shown as is.
    """

    kind: str
    message: str
    page: object
    course: object = None


def get_enrolment(user: User | AnonymousUser, course: CoursePage | None) -> Enrolment | None:
    if not user.is_authenticated or course is None:
        return None
    known = getattr(course, "_learning_enrolments", {}).get(user.pk)
    if known is not None:  # read with the course by the gate, this request
        return known
    return Enrolment.objects.filter(user=user, course=course).first()


def _enrolment_for_page(
    user: User, page: Page, request: HttpRequest | None = None
) -> Enrolment | None:
    """The user's enrolment in the course ``page`` belongs to, in one query.

    The course is remembered on the page (``course_of``) and the enrolment on the
    course (``get_enrolment``), so the rest of the request asks neither again. With
    ``request`` the course comes from the content cache (``course_tree.cached_course``)
    and the query is a plain look-up of the enrolment row.
    """
    steps = Page.steplen
    ancestors = [page.path[:end] for end in range(steps, len(page.path), steps)]
    if request is not None:
        course = cached_course_of(request, ancestors)
        if course is None:
            return None
        # At most one row (unique per user and course): no ORDER BY to build.
        enrolment = next(iter(Enrolment.objects.filter(user=user, course_id=course.pk)[:1]), None)
        if enrolment is not None:
            enrolment.course = course
    else:
        enrolment = (
            Enrolment.objects.filter(user=user, course__path__in=ancestors)
            .select_related("course")
            .first()
        )
    if enrolment is not None:
        course = enrolment.course
        page._learning_course = course
        course._learning_enrolments = {user.pk: enrolment}
    return enrolment


def view_restrictions(page: Page) -> list[PageViewRestriction]:
    """The view restrictions on ``page`` and its ancestors, in one query.

    Wagtail's ``get_view_restrictions`` reads the ancestors first, then their
    restrictions. Here the ancestors are a subquery on the page's materialised
    path; an alias counts as its source page, as in Wagtail (an alias always points
    at an original, never at another alias).
    """
    known = getattr(page, "known_view_restrictions", None)
    if known is not None:  # home.routing found none while routing this request
        return list(known)
    steps = Page.steplen
    paths = [page.path[:end] for end in range(steps, len(page.path) + 1, steps)]
    sources = (
        Page.objects.filter(path__in=paths)
        .annotate(source=Coalesce(F("alias_of_id"), F("id")))
        .values("source")
    )
    return list(PageViewRestriction.objects.filter(page_id__in=sources).prefetch_related("groups"))


def material_refusal(
    request: HttpRequest, page: Page, *, require_enrolment: bool = True
) -> Refusal | None:
    """Why ``request`` may not open ``page``; None when it may.

    View restrictions bind everyone, as on Wagtail's own page serving (a superuser
    passes a group restriction, nobody skips a password). With ``require_enrolment``
    a lesson or quiz is open only to learners enrolled in its course and to people
    with admin access (other pages have no such rule); endpoints that write learner
    state leave it off, because their service refuses a stranger with its own message.
    """
    for restriction in view_restrictions(page):
        if not restriction.accept_request(request):
            return _restriction_refusal(request, restriction, page)
    if not require_enrolment or not isinstance(page, MATERIAL_PAGE_TYPES):
        return None
    user = request.user
    if not user.is_authenticated:
        return Refusal(LOGIN, _("Masuk terlebih dahulu untuk membuka materi ini."), page)
    if _enrolment_for_page(user, page, request) is not None:
        return None
    course = course_of(page)
    if user.has_perm("wagtailadmin.access_admin"):
        return None
    return Refusal(
        ENROLMENT, _("Daftar ke kursus ini untuk membuka materinya."), page, course=course
    )


def may_open_material(request: HttpRequest, page: Page, *, require_enrolment: bool = True) -> bool:
    """``material_refusal`` as a yes/no."""
    return material_refusal(request, page, require_enrolment=require_enrolment) is None


def _restriction_refusal(request, restriction, page):
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        return Refusal(
            PASSWORD,
            _("Materi ini dilindungi kata sandi. Masukkan kata sandinya terlebih dahulu."),
            page,
        )
    if not request.user.is_authenticated:
        return Refusal(LOGIN, _("Masuk terlebih dahulu untuk membuka materi ini."), page)
    return Refusal(
        GROUPS,
        _(
            "Materi ini hanya terbuka bagi kelompok pengguna tertentu. Hubungi "
            "admin platform bila Anda seharusnya dapat membukanya."
        ),
        page,
    )


def prerequisite_status(user: User | AnonymousUser, course: CoursePage) -> list[CoursePage]:
    """The live prerequisites of ``course``, each with ``done`` set for ``user``. One query.

    A prerequisite that is not live is skipped: nobody could complete it, so it
    would lock the course for everyone.
    """
    prerequisites = CoursePage.objects.live().filter(required_by=course).order_by("title")
    if not user.is_authenticated:
        return [_with_done(prerequisite, False) for prerequisite in prerequisites]
    return list(
        prerequisites.annotate(
            done=Exists(
                Enrolment.objects.filter(
                    user=user, course_id=OuterRef("pk"), completed_at__isnull=False
                )
            )
        )
    )


def _with_done(course, done):
    course.done = done
    return course


def missing_prerequisites_message(missing: Iterable[CoursePage]) -> str:
    return _("Selesaikan dulu kursus prasyarat: %(courses)s.") % {
        "courses": ", ".join(f"“{course.title}”" for course in missing)
    }
