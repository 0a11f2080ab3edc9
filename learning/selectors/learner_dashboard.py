""" "Belajar Saya" (my learning): a learner's courses and JP this year."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone

from courses.models import CoursePage
from learning.models import Enrolment, PastCompletion

from .course_tree import load_trees
from .jp import jakarta_year_bounds, jp_earned, yearly_jp_target
from .outline_types import percent
from .outlines import resume_item

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from django.http import HttpRequest

    from learning.models import User


@dataclass
class LearningRow:
    """One course on "Belajar Saya"."""

    enrolment: Enrolment
    course: CoursePage
    url: str | None
    total: int = 0
    done_count: int = 0
    resume_url: str | None = None

    @property
    def percent(self):
        return percent(self.done_count, self.total)


def _learning_row(enrolment, tree):
    """A row; a course since unpublished keeps its row (and JP) but loses its link."""
    course = enrolment.course
    items = tree.items if tree else []
    resume = resume_item(tree, enrolment) if tree else None
    return LearningRow(
        enrolment=enrolment,
        course=course,
        url=tree.url if tree else (course.get_url() if course.live else None),
        total=len(items),
        done_count=sum(1 for item in items if item.done),
        resume_url=resume.url if resume else None,
    )


RECOMMENDED_COUNT = 6


def recommended_courses(
    user: User, enrolments: Iterable[Enrolment] | None = None
) -> list[CoursePage]:
    """Live public courses the learner has not enrolled in: those every ASN must take
    first, then the newest. Two queries (the view restrictions, the courses).

    Mandatory courses an agency assigned are not learning's business: the compliance
    app shows them on the same page through the ``learner_panels`` hook.
    """
    if enrolments is None:
        enrolments = Enrolment.objects.filter(user=user)
    taken = {e.course_id for e in enrolments}
    return list(
        CoursePage.objects.live()
        .public()
        .exclude(pk__in=taken)
        .select_related("category")
        .order_by("-mandatory_for_all", "-first_published_at", "title")[:RECOMMENDED_COUNT]
    )


def my_learning(user: User, request: HttpRequest | None = None) -> dict[str, Any]:
    """ "Belajar Saya": courses in progress and completed, and JP this year against the target.

    A constant number of queries whatever the number of enrolments: the
    enrolments, the completions a renewal closed (a yearly mandatory course taken
    again; only asked for when an enrolment was renewed), one tree query for every
    course in progress, and the setting (one or two, cached on ``request``). JP are
    summed from the completions already read, by the same rule as ``jp_earned``.
    """
    enrolments = list(
        Enrolment.objects.filter(user=user).select_related("course").order_by("-enrolled_at", "-pk")
    )
    # Only a renewal makes a PastCompletion, and it marks the enrolment renewed.
    past = (
        list(PastCompletion.objects.filter(user=user).select_related("course"))
        if any(e.renewed_at for e in enrolments)
        else []
    )
    in_progress = [e for e in enrolments if not e.is_complete and e.course.live]
    completed = sorted(
        [*(e for e in enrolments if e.is_complete), *past],
        key=lambda e: e.completed_at,
        reverse=True,
    )
    trees = load_trees([e.course for e in in_progress], user, request=request)
    start, end = jakarta_year_bounds()
    jp = sum(row.course.jp for row in completed if start <= row.completed_at < end)
    target = yearly_jp_target(request)
    return {
        # Someone with nothing in progress (a new learner) is shown where to start.
        "recommended": [] if in_progress else recommended_courses(user, enrolments),
        "in_progress": [_learning_row(e, trees[e.course_id]) for e in in_progress],
        "completed": [_learning_row(e, None) for e in completed],
        "jp_earned": jp,
        "jp_target": target,
        "jp_percent": min(100, percent(jp, target)) if target else 100,
        "jp_remaining": max(0, target - jp),
        "year": timezone.localtime().year,
    }


def course_completion(
    user: User, course: CoursePage, request: HttpRequest | None = None
) -> dict[str, Any] | None:
    """The completion page: the course's JP credited and this year's JP against the target.

    None when ``user`` has not completed ``course``. Four queries at most: the
    enrolment, the two JP sums, the setting (cached on ``request``).
    """
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is None or not enrolment.is_complete:
        return None
    jp = jp_earned(user)
    target = yearly_jp_target(request)
    return {
        "course": course,
        "enrolment": enrolment,
        "jp_credited": course.jp,
        "jp_earned": jp,
        "jp_target": target,
        "jp_percent": min(100, percent(jp, target)) if target else 100,
        "jp_remaining": max(0, target - jp),
        "year": timezone.localtime().year,
    }
