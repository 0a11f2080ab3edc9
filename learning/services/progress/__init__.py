"""Enrolment, lesson progress and course completion.

The one writer of progress: ``enrol``, ``complete_lesson``, ``record_visit`` and
``check_course_completion`` (which the quiz grader calls after a passing attempt);
``enrol_many`` and ``renew_completions`` carry out an agency's mandatory courses.

The readers live here too because they share one query: ``_load_trees`` reads the
live modules, lessons and quizzes under any number of courses in tree order, with
the learner's "lesson done" and "quiz passed" flags computed in the same SQL
(``EXISTS`` subqueries). Every page a learner opens therefore runs a constant
number of queries, whatever the size of the course or the learner's history.

What counts as an item of a course: a live lesson or quiz whose module is live
too. A lesson left live under an unpublished module is not in the outline, so it
is not required for completion either; one rule serves outline, percentages and
completion.

The package's modules:

* ``outline_types`` — ``OutlineItem``, ``OutlineModule``, ``CourseTree``;
* ``tree`` — ``_load_trees`` (the one tree query) and ``course_of``;
* ``access`` — ``material_refusal`` (the gate on lessons and quizzes: page view
  restrictions and enrolment), ``may_open_material``, ``get_enrolment``,
  ``prerequisite_status``;
* ``documents`` — ``document_refusal``: a document is as open as the pages using it;
* ``writes`` — ``ProgressError`` and the writers;
* ``outline`` — ``course_outline``, ``lesson_context``, ``catalogue_percentages``;
* ``jp`` — JP earned this year (per learner, or as an expression for many) and the
  yearly target;
* ``dashboard`` — ``my_learning`` ("Belajar Saya").

Callers use the package (``from learning.services import progress``), never the
modules. ``get_enrolment`` and ``check_course_completion`` are called through
the package inside it too, so patching ``learning.services.progress.<name>``
reaches every call as it did when this was one module.
"""

from .access import (
    ENROLMENT,
    GROUPS,
    LOGIN,
    MATERIAL_PAGE_TYPES,
    PASSWORD,
    Refusal,
    get_enrolment,
    material_refusal,
    may_open_material,
    prerequisite_status,
)
from .dashboard import LearningRow, my_learning
from .documents import document_refusal, pages_using
from .jp import (
    DEFAULT_YEARLY_JP_TARGET,
    jakarta_year_bounds,
    jp_earned,
    jp_this_year_expression,
    yearly_jp_target,
)
from .outline import catalogue_percentages, course_outline, lesson_context
from .outline_types import CourseTree, OutlineItem, OutlineModule
from .tree import course_of
from .writes import (
    ProgressError,
    check_course_completion,
    complete_lesson,
    enrol,
    enrol_many,
    record_visit,
    renew_completions,
)

__all__ = [
    "DEFAULT_YEARLY_JP_TARGET",
    "ENROLMENT",
    "GROUPS",
    "LOGIN",
    "MATERIAL_PAGE_TYPES",
    "PASSWORD",
    "CourseTree",
    "LearningRow",
    "OutlineItem",
    "OutlineModule",
    "ProgressError",
    "Refusal",
    "catalogue_percentages",
    "check_course_completion",
    "complete_lesson",
    "course_of",
    "course_outline",
    "document_refusal",
    "enrol",
    "enrol_many",
    "get_enrolment",
    "jakarta_year_bounds",
    "jp_earned",
    "jp_this_year_expression",
    "lesson_context",
    "material_refusal",
    "may_open_material",
    "my_learning",
    "pages_using",
    "prerequisite_status",
    "record_visit",
    "renew_completions",
    "yearly_jp_target",
]
