"""The course tree read from the database, in tree order.

``load_trees`` reads the live modules, lessons and quizzes under any number of
courses in one query, with the learner's "lesson done" and "quiz passed" flags
computed in the same SQL (``EXISTS`` subqueries). ``course_of`` finds the course
a page belongs to.

What counts as an item of a course: a live lesson or quiz whose module is live
too. A lesson left live under an unpublished module is not in the outline, so it
is not required for completion either; one rule serves outline, percentages and
completion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef, Q
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, ModulePage, QuizPage
from learning.models import LessonCompletion, QuizAttempt

from .outline_types import CourseTree, OutlineItem, OutlineModule

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.contrib.auth.models import AnonymousUser

    from learning.models import User


def _content_types():
    """Content type id → kind; ContentType caches them, so no query after the first."""
    get = ContentType.objects.get_for_model
    return {get(ModulePage).pk: "module", get(LessonPage).pk: "lesson", get(QuizPage).pk: "quiz"}


def _child_url(course_url, course_url_path, url_path):
    """A descendant's URL from the course's, without asking Wagtail per page."""
    if course_url is None:
        return None
    suffix = url_path[len(course_url_path) :]
    if not course_url.endswith("/"):
        return f"{course_url}/{suffix.rstrip('/')}"
    return course_url + suffix


def load_trees(
    courses: Iterable[CoursePage], user: User | AnonymousUser | None = None
) -> dict[int, CourseTree]:
    """course id → CourseTree for ``courses``, in one query.

    With an authenticated ``user`` the same query marks each lesson done (a
    LessonCompletion exists) and each quiz passed (a passed QuizAttempt exists).
    """
    courses = list(courses)
    trees = {course.pk: CourseTree(course=course, url=course.get_url()) for course in courses}
    if not courses:
        return trees
    kinds = _content_types()
    in_courses = Q()
    for course in courses:
        in_courses |= Q(
            path__startswith=course.path, depth__in=(course.depth + 1, course.depth + 2)
        )
    pages = (
        Page.objects.live()
        .filter(in_courses, content_type_id__in=kinds)
        .only(
            "id",
            "title",
            "slug",
            "path",
            "depth",
            "url_path",
            "content_type_id",
            "locale_id",
            "live",
        )
        .annotate(estimated_minutes=F("lessonpage__estimated_minutes"))
    )
    if user is not None and user.is_authenticated:
        pages = pages.annotate(
            lesson_done=Exists(
                LessonCompletion.objects.filter(user=user, lesson_id=OuterRef("pk"))
            ),
            quiz_passed=Exists(
                QuizAttempt.objects.filter(
                    user=user, quiz_id=OuterRef("pk"), passed=True, archived=False
                )
            ),
        )
    by_path = {course.path: course for course in courses}
    path_lengths = sorted({len(course.path) for course in courses})
    current_module = {}
    for page in pages.order_by("path"):
        course = _course_for_path(page.path, by_path, path_lengths)
        if course is not None:
            _add_page(trees[course.pk], page, kinds[page.content_type_id], current_module)
    return trees


def _course_for_path(path, by_path, path_lengths):
    for length in path_lengths:
        course = by_path.get(path[:length])
        if course is not None:
            return course
    return None


def _add_page(tree, page, kind, current_module):
    """Append one page of the tree; items of a module that is not live are left out."""
    course = tree.course
    url = _child_url(tree.url, course.url_path, page.url_path)
    if kind == "module":
        if page.depth == course.depth + 1:
            module = OutlineModule(module=page, url=url)
            tree.modules.append(module)
            current_module[course.pk] = module
        return
    module = current_module.get(course.pk)
    if module is None or page.depth != course.depth + 2 or not page.path.startswith(module.path):
        return
    done = getattr(page, "lesson_done" if kind == "lesson" else "quiz_passed", False)
    module.items.append(
        OutlineItem(
            page=page,
            kind=kind,
            module_id=module.id,
            url=url,
            estimated_minutes=page.estimated_minutes,
            done=bool(done),
        )
    )


def course_of(page: Page) -> CoursePage | None:
    """The course a module, lesson or quiz belongs to (None outside a course).

    Memoised on the page instance: the gate and the template tags of one request
    are handed the same instance by Wagtail, so the ancestor query runs once.
    """
    if isinstance(page, CoursePage):
        return page
    if not hasattr(page, "_learning_course"):
        page._learning_course = CoursePage.objects.ancestor_of(page).first() if page.path else None
    return page._learning_course
