"""50 submissions of the same quiz attempt at once: exactly one graded result.

PostgreSQL only (SQLite serialises every writer, so there is no race to lose). The
attempt is closed by a conditional UPDATE (``status = in_progress``), which takes
the row lock: the first writer grades it, every other one waits for that lock, finds
the attempt no longer open and is refused (409: "already graded").
"""

import threading

import pytest
from django.db import connection, connections

from certificates.models import Certificate
from learning.models import Enrolment, QuizAttempt
from learning.services import progress, quizzes
from tests.factories import LearnerFactory, build_course

pytestmark = pytest.mark.django_db(transaction=True)

SUBMITTERS = 50
ALL_RIGHT = {"q1": ["q1-a"], "q2": ["q2-a", "q2-b"], "q3": ["true"]}
ALL_WRONG = {"q1": ["q1-b"], "q2": ["q2-c"], "q3": ["false"]}


def test_fifty_concurrent_submissions_of_one_attempt_grade_it_once():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL): concurrent writers and row locks")
    tree = build_course()
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    progress.complete_lesson(learner, tree.lesson)
    attempt = quizzes.start_attempt(learner, tree.quiz)
    barrier = threading.Barrier(SUBMITTERS)
    results, refusals, errors = [], [], []

    def submit(index):
        answers = ALL_RIGHT if index % 2 else ALL_WRONG
        try:
            barrier.wait(timeout=30)
            graded = quizzes.submit_attempt(learner, attempt.pk, answers)
            results.append((graded.status, graded.score, graded.answers, graded.submitted_at))
        except quizzes.QuizError as error:
            refusals.append(error.status)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(SUBMITTERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not errors, errors
    # One submission graded the attempt; every other one was refused as "already graded".
    assert len(results) == 1
    assert refusals == [409] * (SUBMITTERS - 1)
    stored = QuizAttempt.objects.get()
    assert stored.pk == attempt.pk and stored.status == QuizAttempt.Status.SUBMITTED
    assert stored.answers in (ALL_RIGHT, ALL_WRONG)
    assert stored.passed == (stored.answers == ALL_RIGHT)
    # The one caller that graded it was told the grade that was written.
    assert results == [(stored.status, stored.score, stored.answers, stored.submitted_at)]
    # Completing the course (and its certificate) happened at most once, and only on a pass.
    enrolment = Enrolment.objects.get(user=learner)
    assert (enrolment.completed_at is not None) == stored.passed
    assert Certificate.objects.filter(learner=learner).count() == int(stored.passed)
