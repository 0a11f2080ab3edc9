"""What course, lesson and catalogue pages show around their content.

Each reader runs a constant number of queries, whatever the size of the course or
the learner's history: the tree query of ``load_trees`` plus a few lookups.
``get_enrolment`` is called through its module (``material.get_enrolment``), so a
test that patches ``learning.selectors.material.get_enrolment`` reaches it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.urls import reverse

from courses.models import LessonPage
from home.content_cache import memo
from learning.models import Enrolment, PracticeSubmission

from . import material
from .course_tree import course_of, load_trees
from .material import missing_prerequisites_message, prerequisite_status
from .outline_types import OutlineItem, OutlineModule, percent

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpRequest
    from wagtail.models import Page

    from courses.models import CoursePage
    from learning.models import User

    from .outline_types import CourseTree


def resume_item(tree: CourseTree, enrolment: Enrolment | None) -> OutlineItem | None:
    """Where "Lanjutkan" goes: the last page opened, else the first item not done."""
    items = tree.items
    if enrolment is not None and enrolment.last_page_id:
        last = tree.find(enrolment.last_page_id)
        if last is not None:
            return last
    return next((item for item in items if not item.done), items[0] if items else None)


def course_outline(
    user: User | AnonymousUser, course: CoursePage, request: HttpRequest | None = None
) -> dict[str, Any]:
    """Everything a course page shows, in at most four queries.

    Anonymous visitors get the outline without done flags, ``can_enrol`` False and
    ``login_required`` True.
    """
    tree = load_trees([course], user, request=request)[course.pk]
    enrolment = material.get_enrolment(user, course)
    prerequisites = _prerequisites(user, course, request)
    missing = [item for item in prerequisites if not item.done]
    items = tree.items
    done_count = sum(1 for item in items if item.done)
    resume = resume_item(tree, enrolment)
    authenticated = user.is_authenticated
    return {
        "course": course,
        "modules": tree.modules,
        "items": items,
        "total": len(items),
        "done_count": done_count,
        "percent": percent(done_count, len(items)),
        "enrolled": enrolment is not None,
        "enrolment": enrolment,
        "completed": enrolment is not None and enrolment.is_complete,
        "started": done_count > 0 or bool(enrolment and enrolment.last_page_id),
        "resume_item": resume,
        "resume_url": resume.url if resume else None,
        "prerequisites": prerequisites,
        "missing_prerequisites": missing,
        "missing_message": missing_prerequisites_message(missing) if missing else "",
        "can_enrol": authenticated and enrolment is None and not missing and course.live,
        "login_required": not authenticated,
    }


def _prerequisites(
    user: User | AnonymousUser, course: CoursePage, request: HttpRequest | None
) -> list:
    """``prerequisite_status``, without its query for a course that has none (whether it
    has any is kept with the site's content)."""
    if request is not None:
        ids = memo(
            request,
            "course-prerequisites",
            (course.pk,),
            lambda: list(course.prerequisites.values_list("pk", flat=True)),
        )
        if not ids:
            return []
    return prerequisite_status(user, course)


def lesson_context(
    user: User | AnonymousUser, page: Page, request: HttpRequest | None = None
) -> dict[str, Any]:
    """What a lesson (or quiz) page needs around its content, in at most five queries.

    ``submissions`` maps a practice-assignment block id to the learner's
    submission; ``practice_blocks`` maps it to the block's options (``allow_link``).
    """
    course = course_of(page)
    blocks = page.practice_assignment_options() if isinstance(page, LessonPage) else {}
    empty = {
        "course": course,
        "course_url": None,
        "modules": [],
        "module": None,
        "item": None,
        "enrolled": False,
        "enrolment": None,
        "completed": False,
        "course_completed": False,
        "percent": 0,
        "prev_item": None,
        "next_item": None,
        "prev_url": None,
        "next_url": None,
        "position": None,
        "total": 0,
        "next_step": None,
        "submissions": {},
        "practice_blocks": blocks,
    }
    if course is None:
        return empty
    tree = load_trees([course], user, request=request)[course.pk]
    enrolment = material.get_enrolment(user, course)
    items = tree.items
    current, prev_item, next_item = _neighbours(items, page.pk)
    done_count = sum(1 for item in items if item.done)
    submissions = {}
    if blocks and enrolment is not None:
        submissions = {
            submission.block_id: submission
            for submission in PracticeSubmission.objects.filter(user=user, lesson_id=page.pk)
        }
    return {
        **empty,
        "course_url": tree.url,
        "modules": tree.modules,
        "module": next(
            (module for module in tree.modules if page.path.startswith(module.path)), None
        ),
        "item": current,
        "enrolled": enrolment is not None,
        "enrolment": enrolment,
        "completed": bool(current and current.done),
        "course_completed": enrolment is not None and enrolment.is_complete,
        "percent": percent(done_count, len(items)),
        "prev_item": prev_item,
        "next_item": next_item,
        "prev_url": prev_item.url if prev_item else None,
        "next_url": next_item.url if next_item else None,
        **_lesson_position(items, current),
        "next_step": next_step_in(tree, page.pk, enrolment),
        "submissions": submissions,
    }


@dataclass(frozen=True)
class NextStep:
    """Where a learner goes after a lesson or quiz, across module boundaries.

    ``item`` is the next lesson or quiz in course order (None after the last);
    ``module`` is set when that item opens another module ("Lanjut ke Modul 2: …").
    Without a next item the way leads back to the course (``course_url``), or to
    the completion page (``completion_url``) once the course is complete.
    """

    item: OutlineItem | None
    module: OutlineModule | None
    course_url: str | None
    course_completed: bool
    completion_url: str | None

    @property
    def url(self):
        if self.item is not None:
            return self.item.url
        return self.completion_url or self.course_url


def next_step_in(tree: CourseTree, page_id: int, enrolment: Enrolment | None) -> NextStep:
    """The next step after ``page_id`` in an already loaded ``tree``; no query."""
    items = tree.items
    current, _before, after = _neighbours(items, page_id)
    module = None
    if after is not None and (current is None or after.module_id != current.module_id):
        module = next((m for m in tree.modules if m.id == after.module_id), None)
    completed = enrolment is not None and enrolment.is_complete
    return NextStep(
        item=after,
        module=module,
        course_url=tree.url,
        course_completed=completed,
        completion_url=(
            reverse("learning:course_completed", args=[tree.course.pk]) if completed else None
        ),
    )


def next_step(user: User | AnonymousUser, page: Page) -> NextStep | None:
    """The next step after a lesson or quiz page, for pages that did not read its outline
    (the quiz result). Three queries: the course, its tree, the enrolment."""
    course = course_of(page)
    if course is None:
        return None
    tree = load_trees([course], user)[course.pk]
    return next_step_in(tree, page.pk, material.get_enrolment(user, course))


def _lesson_position(items, current):
    """ "Pelajaran 2 dari 3": the place of a lesson among the course's lessons."""
    lessons = [item for item in items if item.is_lesson]
    position = lessons.index(current) + 1 if current in lessons else None
    return {"position": position, "total": len(lessons)}


def _neighbours(items, page_id):
    """(this item, the one before, the one after) in tree order across modules."""
    for index, item in enumerate(items):
        if item.id == page_id:
            before = items[index - 1] if index > 0 else None
            after = items[index + 1] if index + 1 < len(items) else None
            return item, before, after
    return None, None, None


def catalogue_percentages(
    user: User | AnonymousUser,
    courses: Iterable[CoursePage | None],
    request: HttpRequest | None = None,
) -> dict[int, int]:
    """course id → percent done, for the courses ``user`` is enrolled in. Two queries.

    Completed courses read 100 without looking at their items.
    """
    courses = [course for course in courses if course is not None]
    if not user.is_authenticated or not courses:
        return {}
    enrolments = {
        e.course_id: e
        for e in Enrolment.objects.filter(
            user=user, course_id__in=[course.pk for course in courses]
        )
    }
    open_courses = [
        course
        for course in courses
        if course.pk in enrolments and not enrolments[course.pk].is_complete
    ]
    trees = load_trees(open_courses, user, request=request)
    result = {course_id: 100 for course_id, e in enrolments.items() if e.is_complete}
    for course_id, tree in trees.items():
        items = tree.items
        result[course_id] = percent(sum(1 for item in items if item.done), len(items))
    return result
