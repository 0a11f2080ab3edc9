"""A learner's own data, as the JSON file "Unduh data saya" hands them (UU 27/2022).

Learning gathers what it owns: the profile, enrolments, lesson completions, quiz
attempts with their answers, practice answers. Apps beside learning add their parts
through the Wagtail hook ``personal_data``: a function ``fn(user_id)`` returning
``{section: value}`` (certificates, mandatory-course assignments …), so learning
names no such app. Every value is JSON-ready (strings, numbers, lists, dicts).
"""

from typing import Any

from django.utils import timezone
from wagtail import hooks

from learning.models import Enrolment, LessonCompletion, PracticeSubmission, QuizAttempt, User

FORMAT_VERSION = 1


def _when(value):
    return value.isoformat() if value else None


def personal_data(*, user_id: int) -> dict[str, Any]:
    """Everything the platform holds about one learner, for that learner. A few queries."""
    user = User.objects.select_related("agency", "unit").get(pk=user_id)
    data = {
        "format": FORMAT_VERSION,
        "generated_at": _when(timezone.now()),
        "profile": {
            "email": user.email,
            "full_name": user.full_name,
            "nip": user.nip,
            "agency": user.agency.name if user.agency else None,
            "unit": user.unit.name if user.unit else None,
            "position": user.position,
            "staff_status": user.staff_status,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "enrolments": [
            {
                "course": title,
                "enrolled_at": _when(enrolled),
                "completed_at": _when(completed),
            }
            for title, enrolled, completed in Enrolment.objects.filter(user_id=user_id)
            .order_by("enrolled_at", "pk")
            .values_list("course__title", "enrolled_at", "completed_at")
        ],
        "lesson_completions": [
            {"lesson": title, "course": course, "completed_at": _when(completed)}
            for title, course, completed in LessonCompletion.objects.filter(user_id=user_id)
            .order_by("completed_at", "pk")
            .values_list("lesson__title", "course__title", "completed_at")
        ],
        "quiz_attempts": [_attempt(attempt) for attempt in _attempts(user_id)],
        "practice_answers": [
            {
                "lesson": row["lesson__title"],
                "assignment": row["prompt_title"],
                "response": row["response"],
                "link_url": row["link_url"],
                "status": row["status"],
                "reviewer_comment": row["reviewer_comment"],
                "submitted_at": _when(row["submitted_at"]),
                "updated_at": _when(row["updated_at"]),
            }
            for row in PracticeSubmission.objects.filter(user_id=user_id)
            .order_by("submitted_at", "pk")
            .values(
                "lesson__title",
                "prompt_title",
                "response",
                "link_url",
                "status",
                "reviewer_comment",
                "submitted_at",
                "updated_at",
            )
        ],
    }
    for fn in hooks.get_hooks("personal_data"):
        data.update(fn(user_id))
    return data


def _attempts(user_id):
    return (
        QuizAttempt.objects.filter(user_id=user_id)
        .select_related("quiz", "course")
        .only(
            "quiz__title",
            "course__title",
            "number",
            "status",
            "started_at",
            "submitted_at",
            "score",
            "passed",
            "questions",
            "answers",
        )
        .order_by("started_at", "pk")
    )


def _attempt(attempt):
    questions = {
        str(question.get("id")): question
        for question in attempt.questions
        if isinstance(question, dict)
    }
    return {
        "quiz": attempt.quiz.title,
        "course": attempt.course.title,
        "number": attempt.number,
        "status": attempt.status,
        "started_at": _when(attempt.started_at),
        "submitted_at": _when(attempt.submitted_at),
        "score": float(attempt.score) if attempt.score is not None else None,
        "passed": attempt.passed,
        "answers": [
            _answer(questions.get(str(question_id), {}), choices)
            for question_id, choices in (attempt.answers or {}).items()
        ],
    }


def _answer(question, choices):
    """The question's prompt and the texts of the chosen choices (their ids are opaque)."""
    texts = {
        str(choice.get("id")): choice.get("text", "")
        for choice in question.get("choices", [])
        if isinstance(choice, dict)
    }
    chosen = choices if isinstance(choices, list) else [choices]
    return {
        "question": question.get("prompt", ""),
        "chosen": [texts.get(str(choice_id), str(choice_id)) for choice_id in chosen],
    }
