"""Fixtures for the certificates app: a course, a learner, a completion."""

import pytest
from django.utils import timezone

from learning.models import Enrolment, LessonCompletion, QuizAttempt
from learning.services import progress
from tests.factories import AgencyFactory, LearnerFactory, build_course


def complete_course(learner, tree, capture):
    """Complete the course the way a learner does; on-commit work (the hook) runs."""
    with capture(execute=True):
        progress.enrol(learner, tree.course)
        progress.complete_lesson(learner, tree.lesson)
        passed_quiz(learner, tree)
        assert progress.check_course_completion(learner, tree.course)
    return Enrolment.objects.get(user=learner, course=tree.course)


def passed_quiz(learner, tree):
    """The course's quiz, passed with full marks (a submitted attempt)."""
    return QuizAttempt.objects.create(
        user=learner,
        quiz=tree.quiz,
        course=tree.course,
        number=1,
        pass_mark=70,
        status="submitted",
        passed=True,
        score=100,
    )


def completed_without_hook(learner, tree, when=None):
    """A completion recorded with no signal sent: as if the issue task never ran."""
    enrolment = progress.enrol(learner, tree.course)
    LessonCompletion.objects.get_or_create(
        user=learner, lesson=tree.lesson, defaults={"course": tree.course}
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=when or timezone.now())
    enrolment.refresh_from_db()
    return enrolment


@pytest.fixture
def tree(db):
    return build_course()


@pytest.fixture
def agency(db):
    return AgencyFactory(name="Kementerian Komunikasi dan Digital")


@pytest.fixture
def learner(agency):
    return LearnerFactory(
        full_name="Siti Rahmawati", agency=agency, email="siti.rahmawati@komdigi.go.id"
    )


@pytest.fixture
def issued(learner, tree):
    """A certificate issued (and drawn) through the service, for tests of what follows."""
    from certificates.services import issuing, rendering

    completed_without_hook(learner, tree)
    certificate = issuing.issue_certificate(
        user_id=learner.pk, course_id=tree.course.pk
    ).certificate
    return rendering.render_pdf(certificate=certificate)
