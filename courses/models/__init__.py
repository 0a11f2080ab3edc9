"""Course content as Wagtail pages: catalogue → course → module → lesson / quiz."""

from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage, ReviewTiming
from .snippets import CompetencyCategory

__all__ = [
    "CompetencyCategory",
    "CourseIndexPage",
    "CoursePage",
    "LessonPage",
    "ModulePage",
    "QuizPage",
    "ReviewTiming",
]
