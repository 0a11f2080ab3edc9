"""Quiz-quality warnings gathered over pages: for commands, the import page and the report."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from courses.models import CoursePage, QuizPage
from courses.quiz_quality import quiz_warnings


@dataclass(frozen=True)
class QuizReport:
    quiz: QuizPage  # the page row (for links)
    title: str  # the latest revision's title
    course_title: str
    warnings: list


def quiz_reports(quizzes):
    """A QuizReport for every quiz in ``quizzes`` whose latest revision has warnings."""
    reports = []
    for quiz in quizzes.select_related("latest_revision"):
        draft = quiz.get_latest_revision_as_object()
        warnings = quiz_warnings(draft) if len(draft.questions) else []
        if warnings:
            course = quiz.get_ancestors().type(CoursePage).last()
            reports.append(QuizReport(quiz, draft.title, course.title if course else "", warnings))
    return reports


def course_quality_lines(course):
    """One line per warning for every quiz in ``course`` (latest revisions), for commands."""
    quizzes = QuizPage.objects.descendant_of(course).order_by("path")
    return [
        _("Kualitas soal — %(quiz)s: %(warning)s") % {"quiz": report.title, "warning": warning}
        for report in quiz_reports(quizzes)
        for warning in report.warnings
    ]
