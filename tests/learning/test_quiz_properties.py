"""Property: any POST to the quiz submission endpoint gives a graded result or a 4xx.

Hypothesis sends arbitrary form data (real question and choice ids mixed with junk,
repeated values, odd keys, long and non-ASCII strings). Whatever comes in:
never a 500; a 302 to the result page with a grade the snapshot supports; or a 4xx
with the attempt left exactly as it was and no other row written.
"""

import pytest
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from learning.models import Enrolment, LessonCompletion, QuizAttempt
from learning.services import progress, quizzes
from tests.factories import LearnerFactory, build_course

pytestmark = pytest.mark.django_db

PROPERTY_SETTINGS = settings(
    max_examples=75,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

junk = st.text(max_size=40)


@pytest.fixture
def tree(db):
    return build_course()


@pytest.fixture
def learner(tree):
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    return learner


def _fields(attempt, data):
    """Form fields: "q-<id>" keys for real and made-up questions, values real or junk."""
    question_ids = [question["id"] for question in attempt.questions]
    choice_ids = [choice["id"] for question in attempt.questions for choice in question["choices"]]
    key = st.one_of(
        st.sampled_from(question_ids).map(lambda question_id: f"q-{question_id}"),
        junk.map(lambda text: f"q-{text}"),
        junk,
    )
    value = st.one_of(st.sampled_from(choice_ids), junk)
    return data.draw(st.dictionaries(key, st.lists(value, max_size=4), max_size=6))


def _counts(user):
    return (
        QuizAttempt.objects.count(),
        Enrolment.objects.filter(user=user, completed_at__isnull=False).count(),
        LessonCompletion.objects.count(),
    )


@PROPERTY_SETTINGS
@given(data=st.data())
def test_any_submission_is_graded_or_refused_never_a_500(client, learner, tree, data):
    client.force_login(learner)
    with transaction.atomic():
        attempt = quizzes.start_attempt(learner, tree.quiz)
        before = _counts(learner)
        fields = _fields(attempt, data)
        url = reverse("learning:quiz_take", args=[attempt.pk])

        response = client.post(url, fields)

        assert response.status_code < 500
        event(f"status {response.status_code}")
        attempt.refresh_from_db()
        if response.status_code == 302:
            assert response["Location"] == reverse("learning:quiz_result", args=[attempt.pk])
            assert attempt.status == QuizAttempt.Status.SUBMITTED
            assert 0 <= attempt.score <= 100
            known = {
                question["id"]: {choice["id"] for choice in question["choices"]}
                for question in attempt.questions
            }
            for question_id, choice_ids in attempt.answers.items():
                assert set(choice_ids) <= known[question_id]
            assert QuizAttempt.objects.count() == before[0]
        else:
            assert 400 <= response.status_code < 500
            assert attempt.status == QuizAttempt.Status.IN_PROGRESS
            assert attempt.answers == {}
            assert attempt.score is None
            assert _counts(learner) == before
        transaction.set_rollback(True)


@PROPERTY_SETTINGS
@given(answers=st.one_of(st.none(), junk, st.lists(junk), st.dictionaries(junk, junk)))
def test_service_refuses_malformed_answer_shapes_with_a_quiz_error(learner, tree, answers):
    with transaction.atomic():
        attempt = quizzes.start_attempt(learner, tree.quiz)
        try:
            graded = quizzes.submit_attempt(learner, attempt.pk, answers)
        except quizzes.QuizError as error:
            assert 400 <= error.status < 500
            attempt.refresh_from_db()
            assert attempt.status == QuizAttempt.Status.IN_PROGRESS
        else:
            # Only an empty mapping is a valid (blank) submission.
            assert answers == {}
            assert graded.status == QuizAttempt.Status.SUBMITTED
        transaction.set_rollback(True)
