"""Who may open a course's material: enrolments and prerequisites."""

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _

from courses.models import CoursePage
from learning.models import Enrolment

from .tree import course_of


def get_enrolment(user, course):
    if not user.is_authenticated or course is None:
        return None
    return Enrolment.objects.filter(user=user, course=course).first()


def may_open_material(user, page):
    """Lessons and quizzes open to enrolled learners and to people who edit content."""
    if not user.is_authenticated:
        return False
    course = course_of(page)
    if course is not None and Enrolment.objects.filter(user=user, course=course).exists():
        return True
    return user.has_perm("wagtailadmin.access_admin")


def prerequisite_status(user, course):
    """The live prerequisites of ``course``, each with ``done`` set for ``user``. One query.

    A prerequisite that is not live is skipped: nobody could complete it, so it
    would lock the course for everyone.
    """
    prerequisites = CoursePage.objects.live().filter(required_by=course).order_by("title")
    if not user.is_authenticated:
        return [_with_done(prerequisite, False) for prerequisite in prerequisites]
    return list(prerequisites.annotate(done=Exists(Enrolment.objects.filter(
        user=user, course_id=OuterRef("pk"), completed_at__isnull=False))))


def _with_done(course, done):
    course.done = done
    return course


def _missing_message(missing):
    return _("Selesaikan dulu kursus prasyarat: %(courses)s.") % {
        "courses": ", ".join(f"“{course.title}”" for course in missing)}
