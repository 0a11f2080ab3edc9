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

import copy
from typing import TYPE_CHECKING

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, ModulePage, QuizPage
from home.content_cache import memo
from learning.models import LessonCompletion, QuizAttempt

from .outline_types import CourseTree, OutlineItem, OutlineModule

if TYPE_CHECKING:
    from collections.abc import Iterable

    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpRequest

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


def _pages(courses, user=None):
    """The live modules, lessons and quizzes under ``courses``, in tree order; one query.

    With an authenticated ``user`` each page also carries ``lesson_done`` and
    ``quiz_passed`` (``EXISTS`` subqueries in the same SQL).
    """
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
    if user is not None:
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
    return list(pages.order_by("path"))


def _done_ids(user, pages, kinds):
    """Ids of the lessons ``user`` completed and the quizzes they passed among ``pages``.

    One query, bounded by the course's size, never by the learner's history. Written
    as SQL: it runs on every learner page, and building it through the ORM cost more
    than running it (a UNION of two ``IN`` look-ups; table and column names come from
    the models).
    """
    sources = (
        ("lesson", LessonCompletion, "lesson_id", ""),
        ("quiz", QuizAttempt, "quiz_id", "AND passed AND NOT archived "),
    )
    parts, params = [], []
    for kind, model, column, condition in sources:
        ids = [p.pk for p in pages if kinds[p.content_type_id] == kind]
        if ids:
            parts.append(
                f"SELECT {column} FROM {model._meta.db_table} WHERE user_id = %s {condition}"
                f"AND {column} IN ({', '.join(['%s'] * len(ids))})"
            )
            params += [user.pk, *ids]
    if not parts:
        return set()
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return {row[0] for row in cursor.fetchall()}


def load_trees(
    courses: Iterable[CoursePage],
    user: User | AnonymousUser | None = None,
    request: HttpRequest | None = None,
) -> dict[int, CourseTree]:
    """course id → CourseTree for ``courses``.

    With an authenticated ``user`` each lesson is marked done (a LessonCompletion
    exists) and each quiz passed (a passed QuizAttempt exists). Without ``request``:
    one query, flags included (what the writers use). With ``request`` (pages): the
    tree's published structure is kept with the site's content
    (``home.content_cache.memo``: any publish, move or delete reads it again) and
    the learner's flags are one query of their own, never cached.
    """
    courses = list(courses)
    trees = {
        course.pk: CourseTree(course=course, url=course.get_url(request)) for course in courses
    }
    if not courses:
        return trees
    kinds = _content_types()
    authenticated = user is not None and user.is_authenticated
    if request is None:
        pages = _pages(courses, user if authenticated else None)
        done = {
            page.pk
            for page in pages
            if getattr(page, "lesson_done", False) or getattr(page, "quiz_passed", False)
        }
    else:
        ids = sorted(course.pk for course in courses)
        pages = memo(request, "course-pages", ids, lambda: _pages(courses))
        done = _done_ids(user, pages, kinds) if authenticated else set()
    by_path = {course.path: course for course in courses}
    path_lengths = sorted({len(course.path) for course in courses})
    current_module = {}
    for page in pages:
        course = _course_for_path(page.path, by_path, path_lengths)
        if course is not None:
            kind = kinds[page.content_type_id]
            _add_page(trees[course.pk], page, kind, current_module, page.pk in done)
    return trees


def _course_for_path(path, by_path, path_lengths):
    for length in path_lengths:
        course = by_path.get(path[:length])
        if course is not None:
            return course
    return None


def _add_page(tree, page, kind, current_module, done):
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


def cached_course_of(request: HttpRequest, ancestor_paths: list[str]) -> CoursePage | None:
    """A copy of the course among ``ancestor_paths`` (tree paths), or None; no query
    once the site's content is cached (``home.content_cache.memo``). The copy is this
    request's own: whatever the request notes on it stays with the request."""
    course_paths = memo(
        request, "course-paths", (), lambda: dict(CoursePage.objects.values_list("path", "pk"))
    )
    course_id = next((course_paths[p] for p in ancestor_paths if p in course_paths), None)
    if course_id is None:
        return None
    course = memo(request, "course", (course_id,), lambda: CoursePage.objects.get(pk=course_id))
    return copy.copy(course)


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
