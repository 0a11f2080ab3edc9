""" "Belajar Saya" (my learning): a learner's courses and JP this year."""

from dataclasses import dataclass

from django.utils import timezone

from courses.models import CoursePage
from learning.models import Enrolment, PastCompletion

from .course_tree import load_trees
from .jp import jakarta_year_bounds, yearly_jp_target
from .outline_types import percent
from .outlines import resume_item


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


def my_learning(user, request=None):
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
        "in_progress": [_learning_row(e, trees[e.course_id]) for e in in_progress],
        "completed": [_learning_row(e, None) for e in completed],
        "jp_earned": jp,
        "jp_target": target,
        "jp_percent": min(100, percent(jp, target)) if target else 100,
        "jp_remaining": max(0, target - jp),
        "year": timezone.localtime().year,
    }
