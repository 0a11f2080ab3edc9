"""What a quiz's result page may reveal: the review policy, enforced here.

A trainer sets on each quiz (``QuizPage.review_*``, one ``ReviewTiming`` each) when
the learner may see which questions were right, their own choices with feedback,
and the correct answers with the explanations. The score is always shown.

``attempt_review`` builds the result page's data from the attempt's snapshot and
copies only what the policy allows at this moment: a hidden part is absent from
the data, not merely hidden by the template, so no template change can leak it.

"After the pass" and "after the last attempt" are read from the learner's current
cycle of attempts (archived attempts of a closed cycle do not count): once the
learner has passed, or has no attempt left and none open, no further attempt can
use what the page reveals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from courses.models import ReviewTiming
from learning.models import QuizAttempt

if TYPE_CHECKING:
    from collections.abc import Collection
    from typing import Any

    from courses.models import QuizPage

TRUE_FALSE = "true_false"

Status = QuizAttempt.Status


class AttemptStillOpen(Exception):
    """A review was asked for an attempt not yet submitted: nothing may be shown."""


@dataclass(frozen=True)
class Standing:
    """Where the learner stands at this quiz in the current cycle."""

    passed: bool = False
    attempts_over: bool = False  # no attempt left, and none open


@dataclass(frozen=True)
class Visibility:
    """Which parts of the review the result page shows now."""

    correctness: bool = False
    choices: bool = False
    answers: bool = False


def is_answered_correctly(question: dict[str, Any], choice_ids: Collection[str]) -> bool:
    """All or nothing: the chosen set must be exactly the set of correct choices.

    For single-choice and true/false questions, which have one correct choice,
    that means picking it; a partly right multiple-choice answer is wrong.
    """
    correct = {choice["id"] for choice in question["choices"] if choice["is_correct"]}
    return bool(choice_ids) and set(choice_ids) == correct


def standing(*, user_id: int, quiz: QuizPage) -> Standing:
    """The learner's current cycle at ``quiz``, in one query."""
    counts = QuizAttempt.objects.filter(user_id=user_id, quiz=quiz, archived=False).aggregate(
        used=Count("pk"),
        passes=Count("pk", filter=Q(passed=True)),
        open=Count("pk", filter=Q(status=Status.IN_PROGRESS)),
    )
    passed = counts["passes"] > 0
    limit_reached = bool(quiz.attempt_limit) and counts["used"] >= quiz.attempt_limit
    return Standing(passed=passed, attempts_over=passed or (limit_reached and not counts["open"]))


def _shown(timing, standing):
    if timing == ReviewTiming.IMMEDIATELY:
        return True
    if timing == ReviewTiming.AFTER_PASS:
        return standing.passed
    if timing == ReviewTiming.AFTER_LAST_ATTEMPT:
        return standing.attempts_over
    return False  # NEVER, or a value this code does not know: show less, never more


def visibility(quiz: QuizPage, standing: Standing) -> Visibility:
    """The policy of ``quiz`` applied to ``standing``.

    The learner's choices (marked right or wrong, with feedback) and the correct
    answers both tell which questions were right, so either one shows that too.
    """
    choices = _shown(quiz.review_choices, standing)
    answers = _shown(quiz.review_answers, standing)
    correctness = _shown(quiz.review_correctness, standing) or choices or answers
    return Visibility(correctness=correctness, choices=choices, answers=answers)


def _pending_notes(quiz, shown: Visibility):
    """Sentences telling the learner what is held back and when it will be shown."""
    notes = []
    parts = [
        ("correctness", quiz.review_correctness, _("soal mana yang Anda jawab benar")),
        ("choices", quiz.review_choices, _("pilihan Anda beserta umpan baliknya")),
        ("answers", quiz.review_answers, _("jawaban benar dan pembahasan")),
    ]
    for name, timing, label in parts:
        if getattr(shown, name):
            continue
        if timing == ReviewTiming.AFTER_PASS:
            note = _("Ditampilkan setelah Anda lulus kuis ini: %(part)s.")
        elif timing == ReviewTiming.AFTER_LAST_ATTEMPT:
            note = _(
                "Ditampilkan setelah Anda lulus atau kesempatan mencoba sudah habis: %(part)s."
            )
        else:
            note = _("Tidak ditampilkan untuk kuis ini: %(part)s.")
        notes.append(note % {"part": label})
    return notes


def attempt_review(attempt: QuizAttempt, *, shown: Visibility | None = None) -> dict[str, Any]:
    """A closed attempt for the result page, cut to what the quiz's policy allows now.

    Always: score, pass or fail, counts, and the questions' prompts in order.
    ``shown.correctness``: per question ``answered`` and ``answered_correctly``.
    ``shown.choices``: every choice's text, whether the learner chose it, and the
    feedback of the chosen ones. ``shown.answers``: which choices are correct, their
    feedback, and the explanation. ``shown`` defaults to the policy applied to the
    learner's standing (one query); an attempt still open raises AttemptStillOpen.
    """
    if attempt.status == Status.IN_PROGRESS:
        raise AttemptStillOpen(attempt.pk)
    quiz = attempt.quiz
    if shown is None:
        shown = visibility(quiz, standing(user_id=attempt.user_id, quiz=quiz))
    answers = attempt.answers or {}
    questions = []
    for number, question in enumerate(attempt.questions, 1):
        chosen = set(answers.get(question["id"], ()))
        item = {"number": number, "type": question["type"], "prompt": question["prompt"]}
        if shown.correctness:
            item["answered"] = bool(chosen)
            item["answered_correctly"] = is_answered_correctly(question, chosen)
        if shown.choices or shown.answers:
            item["choices"] = [
                _choice(question, choice, chosen, shown) for choice in question["choices"]
            ]
        if shown.answers:
            item["explanation"] = question.get("explanation", "")
        questions.append(item)
    return {
        "score": attempt.score,
        "passed": bool(attempt.passed),
        "pass_mark": attempt.pass_mark,
        "correct_count": attempt.correct_count,
        "total": len(questions),
        "expired": attempt.status == Status.EXPIRED,
        "shown": shown,
        "details": shown.correctness or shown.choices or shown.answers,
        "pending": _pending_notes(quiz, shown),
        "questions": questions,
    }


def choice_text(question: dict[str, Any], choice: dict[str, Any]) -> str:
    """A choice's text in the reader's language.

    A true/false question's snapshot keeps its two choices in the source language
    ("Benar", "Salah"); they are translated as answers (not verdicts) when shown.
    """
    if question["type"] == TRUE_FALSE:
        return pgettext("true/false answer", choice["text"])
    return choice["text"]


def _choice(question, choice, chosen, shown):
    item = {"text": choice_text(question, choice)}
    is_chosen = choice["id"] in chosen
    if shown.choices:
        item["chosen"] = is_chosen
    if shown.answers:
        item["is_correct"] = choice["is_correct"]
    if (shown.choices and is_chosen) or (shown.answers and choice["is_correct"]):
        item["feedback"] = choice["feedback"]
    return item
