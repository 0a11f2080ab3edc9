"""The quiz engine: start, submit and grade attempts, on the server only.

This module is the only writer of ``QuizAttempt``. An attempt carries a snapshot
of its questions (``courses.blocks.question_snapshot``), taken when it starts:
drawing, choice order, grading and the result page all read the snapshot, so an
editor changing the quiz later never changes a past result, and the browser never
needs the answers. Before submission a learner only ever sees
``questions_for_display``, which copies a whitelist of keys. The browser knows
questions and choices only by random tokens drawn for the attempt (never by
their ids, which may spell ``…-q1-a``); ``answers_from_form`` maps them back and
refuses any token that is not this attempt's. What a result page may reveal is
decided by ``learning.selectors.quiz_review`` (the quiz's review policy).

Rules enforced where the attempt is written:

* a learner must be enrolled in the quiz's course (403);
* one open attempt at a time: starting again resumes it;
* ``attempt_limit`` is checked in the transaction that creates the attempt, with
  the enrolment row locked; the unique (user, quiz, number) constraint catches any
  race that slips past the lock (SQLite has no row locks);
* no retake after a pass (409);
* a submission after ``deadline`` + ``SUBMIT_GRACE`` expires the attempt (410);
* posted answers are checked strictly against the snapshot (400) before anything
  is written; a missing answer simply counts as wrong;
* answers are saved as a draft while the learner answers (``save_draft``), only
  on the owner's open attempt;
* an attempt is graded once: the write is a conditional UPDATE on the
  in-progress status, so of two submissions, even at the same instant, one is
  graded and the other is refused (409) without changing the grade.
"""

from __future__ import annotations

import random
import secrets
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.db.models import Count, Func, IntegerField, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.blocks import question_snapshot
from learning.models import Enrolment, QuizAttempt
from learning.selectors import course_tree, material
from learning.selectors.quiz_review import choice_text, is_answered_correctly
from learning.services import progress
from learning.services.learner_state import touch, touch_user

if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

    from django.contrib.auth.models import AnonymousUser

    from courses.models import QuizPage
    from learning.models import User

Status = QuizAttempt.Status

# Network and a slow phone must not cost a learner the attempt they sent on time.
SUBMIT_GRACE = timedelta(seconds=30)
MULTIPLE_CHOICE = "multiple_choice"
TRUE_FALSE = "true_false"

_random = random.SystemRandom()
_CENT = Decimal("0.01")


class QuizError(Exception):
    """A quiz action the rules refuse. ``message`` is shown to the learner.

    ``status`` is the HTTP status a view answers with: 400 malformed answers,
    403 not enrolled, 404 no such attempt (or quiz) for this user, 409 the quiz's
    state does not allow it, 410 time is up. ``quiz`` and ``attempt`` are set when
    the learner may be sent back to them.
    """

    def __init__(self, message, status=400, *, quiz=None, attempt=None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.quiz = quiz
        self.attempt = attempt


class _JsonArrayLength(Func):
    """Length of a JSON array column, so listings need not load whole snapshots."""

    function = "json_array_length"
    output_field = IntegerField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="jsonb_array_length", **extra_context)


# --- Lookups -----------------------------------------------------------------


def get_attempt(user: User, attempt_id: int) -> QuizAttempt:
    """The user's own attempt, or QuizError 404 (another user's ids reveal nothing).

    An in-progress attempt past its deadline is closed on the way, so every page
    shows it as what it is.
    """
    attempt = QuizAttempt.objects.select_related("quiz").filter(pk=attempt_id, user=user).first()
    if attempt is None:
        raise QuizError(_("Percobaan kuis tidak ditemukan."), status=404)
    if attempt.status == Status.IN_PROGRESS and is_overdue(attempt):
        _expire(attempt)
    return attempt


def is_overdue(attempt: QuizAttempt, now: datetime | None = None) -> bool:
    """True once the deadline and its grace period have passed."""
    if attempt.deadline is None:
        return False
    return (now or timezone.now()) > attempt.deadline + SUBMIT_GRACE


def seconds_left(attempt: QuizAttempt, now: datetime | None = None) -> int | None:
    """Whole seconds until the deadline (never negative), or None without a time limit."""
    if attempt.deadline is None:
        return None
    remaining = (attempt.deadline - (now or timezone.now())).total_seconds()
    return max(0, int(remaining))


# --- Starting ------------------------------------------------------------------


def start_attempt(user: User, quiz: QuizPage) -> QuizAttempt:
    """The learner's open attempt at ``quiz``, or a new one with a fresh snapshot.

    Resuming instead of creating means a reload, a second tab or a double click
    never burns an attempt.
    """
    course = course_tree.course_of(quiz)
    if course is None or not quiz.live:
        raise QuizError(_("Kuis ini tidak tersedia."), status=404)
    _expire_overdue(user, quiz)
    with transaction.atomic():
        # Locking the enrolment serialises starts by the same learner in this course.
        enrolment = Enrolment.objects.select_for_update().filter(user=user, course=course).first()
        if enrolment is None:
            raise QuizError(
                _("Daftar ke kursus ini terlebih dahulu untuk mengerjakan kuisnya."),
                status=403,
                quiz=quiz,
            )
        attempts = QuizAttempt.objects.filter(user=user, quiz=quiz)
        open_attempt = (
            attempts.filter(status=Status.IN_PROGRESS, archived=False).order_by("-number").first()
        )
        if open_attempt:
            return open_attempt
        stats = _attempt_stats(attempts)
        refusal = _start_refusal(quiz, used=stats["used"], passed=stats["passes"] > 0)
        if refusal:
            raise QuizError(refusal, status=409, quiz=quiz)
        return _create_attempt(user, quiz, course, number=(stats["last"] or 0) + 1)


def _attempt_stats(attempts):
    """Attempts used, the highest number so far and passes, in one query.

    Numbering from the highest number rather than the count keeps numbers unique
    even if an attempt row was ever deleted. Attempts of a closed cycle (a yearly
    mandatory course reopened by a renewal) keep their numbers but are neither used
    nor passes any more.
    """
    current = Q(archived=False)
    return attempts.aggregate(
        used=Count("pk", filter=current),
        last=Max("number"),
        passes=Count("pk", filter=current & Q(passed=True)),
    )


def _start_refusal(quiz, *, used, passed):
    """Why a new attempt may not start (Indonesian), or None. Shared with quiz_state."""
    if passed:
        return _("Anda sudah lulus kuis ini.")
    if quiz.attempt_limit and used >= quiz.attempt_limit:
        return _("Batas percobaan kuis ini (%(limit)s kali) sudah habis.") % {
            "limit": quiz.attempt_limit
        }
    if len(quiz.questions) == 0:
        return _("Kuis ini belum memiliki soal.")
    return None


def _create_attempt(user, quiz, course, number):
    deadline = None
    if quiz.time_limit_minutes:
        deadline = timezone.now() + timedelta(minutes=quiz.time_limit_minutes)
    try:
        with transaction.atomic():  # savepoint: a clash must not break the caller's transaction
            return QuizAttempt.objects.create(
                user=user,
                quiz=quiz,
                course=course,
                number=number,
                deadline=deadline,
                pass_mark=quiz.pass_mark,
                questions=draw_questions(quiz),
            )
    except IntegrityError:
        raise QuizError(
            _("Percobaan kuis sedang dibuat di jendela lain. Muat ulang halaman ini."),
            status=409,
            quiz=quiz,
        ) from None


def draw_questions(quiz: QuizPage) -> list[dict[str, Any]]:
    """The snapshot for a new attempt: drawn questions in the order shown.

    ``draw_count`` questions are drawn at random (all, in the editor's order, when
    it is empty), afresh for every attempt; choices are shuffled when the quiz
    asks, except Benar/Salah, whose fixed order is part of the question. Every
    question and choice gets a random token (``add_tokens``).
    """
    blocks = list(quiz.questions)
    if quiz.draw_count and quiz.draw_count < len(blocks):
        blocks = _random.sample(blocks, quiz.draw_count)
    snapshot = [question_snapshot(block) for block in blocks]
    if quiz.shuffle_choices:
        for question in snapshot:
            if question["type"] != TRUE_FALSE:
                _random.shuffle(question["choices"])
    return add_tokens(snapshot)


def add_tokens(snapshot: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each question and choice of ``snapshot`` a random token, unique in it.

    Tokens are what the take page names its inputs and values with: they are
    unguessable and unrelated to the ids, the authored order or the correct flag,
    and differ from one attempt to the next, so neither a value nor its order in
    the page says anything about the answer.
    """
    used = set()
    for question in snapshot:
        for item in [question, *question["choices"]]:
            token = secrets.token_urlsafe(9)
            while token in used:  # pragma: no cover - 72 random bits
                token = secrets.token_urlsafe(9)
            used.add(token)
            item["token"] = token
    return snapshot


# --- Submitting and grading ----------------------------------------------------------


def submit_attempt(user: User, attempt_id: int, answers: dict[str, list[str]]) -> QuizAttempt:
    """Grade the attempt with ``answers`` ({question id: [choice id, …]}) and close it.

    A second submission of an attempt already graded is refused (QuizError 409,
    ``attempt`` set) and changes nothing.
    """
    attempt = _open_attempt(user, attempt_id)
    return _grade(
        user, attempt, _checked(attempt, lambda: clean_answers(attempt.questions, answers))
    )


def submit_form(user: User, attempt_id: int, posted: dict[str, list[str]]) -> QuizAttempt:
    """``submit_attempt`` for what the take page posts: {question token: [choice token, …]}."""
    attempt = _open_attempt(user, attempt_id)
    return _grade(user, attempt, _checked(attempt, lambda: answers_from_form(attempt, posted)))


def save_draft(user: User, attempt_id: int, posted: dict[str, list[str]]) -> QuizAttempt:
    """Keep what the learner has ticked so far (posted as on the take page).

    Only the learner's own attempt (404 otherwise) and only while it is open (409
    once submitted, 410 once time is up). The draft replaces the previous one: the
    page posts its whole state each time. Checked as strictly as a submission.
    """
    attempt = _open_attempt(user, attempt_id)
    draft = _checked(attempt, lambda: answers_from_form(attempt, posted))
    # No new state token: no cached learner page shows a draft.
    saved = QuizAttempt.objects.filter(pk=attempt.pk, status=Status.IN_PROGRESS).update(
        draft_answers=draft
    )
    if not saved:  # submitted or expired since we read it
        attempt.refresh_from_db(fields=_CLOSING_FIELDS)
        raise _closed(attempt)
    attempt.draft_answers = draft
    return attempt


def _open_attempt(user, attempt_id):
    attempt = get_attempt(user, attempt_id)  # 404 for others; expires it when overdue
    if attempt.status != Status.IN_PROGRESS:
        raise _closed(attempt)
    return attempt


def _checked(attempt, read):
    """``read()``'s cleaned answers; a refusal names the attempt, to send the learner back."""
    try:
        return read()
    except QuizError as error:
        error.quiz, error.attempt = attempt.quiz, attempt
        raise


def _grade(user, attempt, chosen):
    correct = sum(
        1
        for question in attempt.questions
        if is_answered_correctly(question, chosen.get(question["id"], ()))
    )
    score = _percentage(correct, len(attempt.questions))
    fields = {
        "answers": chosen,
        "draft_answers": {},
        "correct_count": correct,
        "score": score,
        "passed": score >= attempt.pass_mark,
        "submitted_at": timezone.now(),
        "status": Status.SUBMITTED,
    }
    with transaction.atomic():
        won = QuizAttempt.objects.filter(pk=attempt.pk, status=Status.IN_PROGRESS).update(**fields)
        if won:
            touch_user(user)
        if won and fields["passed"]:
            progress.check_course_completion(user, attempt.course)
    if not won:  # another request closed it between our read and our write
        attempt.refresh_from_db(fields=_CLOSING_FIELDS)
        raise _closed(attempt)
    for name, value in fields.items():
        setattr(attempt, name, value)
    return attempt


def _closed(attempt):
    """The refusal for acting on an attempt that is no longer open."""
    if attempt.status == Status.EXPIRED:
        return _time_up(attempt)
    return QuizError(
        _("Percobaan ini sudah dikumpulkan dan dinilai. Kiriman berikutnya tidak dinilai."),
        status=409,
        quiz=attempt.quiz,
        attempt=attempt,
    )


def answers_from_form(attempt: QuizAttempt, posted: dict[str, list[str]]) -> dict[str, list[str]]:
    """Posted tokens ({question token: [choice token, …]}) as cleaned answers by id.

    A token that is not this attempt's (forged, mistyped, or from another attempt
    or learner) is refused with QuizError(400) naming the question; then the
    answers are checked as strictly as ``clean_answers`` does.
    """
    if not isinstance(posted, dict):
        raise QuizError(_("Format jawaban tidak valid."), status=400)
    by_token = {
        question.get("token"): (number, question)
        for number, question in enumerate(attempt.questions, 1)
    }
    answers = {}
    for question_token, choice_tokens in posted.items():
        if not question_token or question_token not in by_token:
            raise QuizError(
                _("Jawaban memuat soal yang tidak ada dalam percobaan ini."), status=400
            )
        number, question = by_token[question_token]
        if not isinstance(choice_tokens, list | tuple):
            raise QuizError(
                _("Format jawaban soal nomor %(number)s tidak valid.") % {"number": number},
                status=400,
            )
        ids = {choice.get("token"): choice["id"] for choice in question["choices"]}
        if not all(isinstance(token, str) and token in ids for token in choice_tokens):
            raise QuizError(
                _("Pilihan jawaban untuk soal nomor %(number)s tidak dikenal.")
                % {"number": number},
                status=400,
            )
        answers[question["id"]] = [ids[token] for token in choice_tokens]
    return clean_answers(attempt.questions, answers)


def clean_answers(
    questions: list[dict[str, Any]], answers: dict[str, list[str]]
) -> dict[str, list[str]]:
    """``answers`` checked against the snapshot, in the snapshot's choice order.

    Strict on purpose: the take page can only post ids from the snapshot, so any
    other id, or two choices for a one-answer question, is a tampered or broken
    request and must not change the attempt. Raises QuizError(400).
    """
    if not isinstance(answers, dict):
        raise QuizError(_("Format jawaban tidak valid."), status=400)
    by_id = {question["id"]: (number, question) for number, question in enumerate(questions, 1)}
    cleaned = {}
    for question_id, choice_ids in answers.items():
        if question_id not in by_id:
            raise QuizError(
                _("Jawaban memuat soal yang tidak ada dalam percobaan ini."), status=400
            )
        number, question = by_id[question_id]
        cleaned_ids = _clean_choice_ids(number, question, choice_ids)
        if cleaned_ids:
            cleaned[question_id] = cleaned_ids
    return cleaned


def _clean_choice_ids(number, question, choice_ids):
    if not isinstance(choice_ids, list | tuple) or not all(isinstance(c, str) for c in choice_ids):
        raise QuizError(
            _("Format jawaban soal nomor %(number)s tidak valid.") % {"number": number}, status=400
        )
    if len(set(choice_ids)) != len(choice_ids):
        raise QuizError(
            _("Pilihan yang sama terkirim dua kali untuk soal nomor %(number)s.")
            % {"number": number},
            status=400,
        )
    known = [choice["id"] for choice in question["choices"]]
    if any(choice_id not in known for choice_id in choice_ids):
        raise QuizError(
            _("Pilihan jawaban untuk soal nomor %(number)s tidak dikenal.") % {"number": number},
            status=400,
        )
    if question["type"] != MULTIPLE_CHOICE and len(choice_ids) > 1:
        raise QuizError(
            _("Soal nomor %(number)s hanya boleh dijawab dengan satu pilihan.")
            % {"number": number},
            status=400,
        )
    return [choice_id for choice_id in known if choice_id in choice_ids]


def _percentage(correct, total):
    if not total:
        return Decimal("0.00")
    return (Decimal(100) * correct / total).quantize(_CENT, rounding=ROUND_HALF_UP)


# --- Expiry --------------------------------------------------------------------------


_EXPIRED_FIELDS = {
    "status": Status.EXPIRED,
    "correct_count": 0,
    "score": Decimal("0.00"),
    "passed": False,
}


_CLOSING_FIELDS = ["status", "answers", "correct_count", "score", "passed", "submitted_at"]


def _expire(attempt):
    """Close an overdue attempt with no score; the in-memory object follows the database."""
    with transaction.atomic():
        closed = QuizAttempt.objects.filter(pk=attempt.pk, status=Status.IN_PROGRESS).update(
            **_EXPIRED_FIELDS
        )
        if closed:
            touch([attempt.user_id])
    if closed:
        for name, value in _EXPIRED_FIELDS.items():
            setattr(attempt, name, value)
    else:  # a submission got there first
        attempt.refresh_from_db(fields=_CLOSING_FIELDS)


def _expire_overdue(user, quiz):
    """Close the learner's overdue attempts at this quiz, so they count as used."""
    cutoff = timezone.now() - SUBMIT_GRACE
    with transaction.atomic():
        expired = QuizAttempt.objects.filter(
            user=user, quiz=quiz, status=Status.IN_PROGRESS, deadline__lt=cutoff
        ).update(**_EXPIRED_FIELDS)
        if expired:
            touch_user(user)


def _time_up(attempt):
    return QuizError(
        _("Waktu habis. Jawaban tidak diterima karena batas waktu percobaan ini sudah lewat."),
        status=410,
        quiz=attempt.quiz,
        attempt=attempt,
    )


# --- What the pages show -----------------------------------------------------------------


def questions_for_display(attempt: QuizAttempt) -> list[dict[str, Any]]:
    """The snapshot as the take page may show it: prompts, choice texts and tokens.

    Keys are copied from a whitelist, never filtered out, so a key added to the
    snapshot later (a hint, a score) cannot reach the browser by accident.
    Questions and choices are named by their tokens only; ``checked`` marks the
    choices of the saved draft, so a learner coming back finds their answers.
    """
    draft = attempt.draft_answers or {}
    questions = []
    for number, question in enumerate(attempt.questions, 1):
        ticked = set(draft.get(question["id"], ()))
        questions.append(
            {
                "number": number,
                "token": question["token"],
                "type": question["type"],
                "multiple": question["type"] == MULTIPLE_CHOICE,
                "prompt": question["prompt"],
                "answered": bool(ticked),
                "choices": [
                    {
                        "token": choice["token"],
                        "text": choice_text(question, choice),
                        "checked": choice["id"] in ticked,
                    }
                    for choice in question["choices"]
                ],
            }
        )
    return questions


def quiz_state(user: User | AnonymousUser, quiz: QuizPage) -> dict[str, Any]:
    """Everything the quiz page shows about this learner, in three queries (one when
    the page's gate has read the enrolment and the course already).

    ``attempts`` lists closed attempts (submitted or expired), newest first; each
    is a QuizAttempt without its ``questions`` and ``answers`` loaded (use
    ``question_total``, annotated, instead of ``question_count``). An overdue
    attempt is shown as expired even before a write closes it.
    """
    state = {
        "enrolled": False,
        "attempts": [],
        "attempts_used": 0,
        "in_progress": None,
        "attempts_left": quiz.attempt_limit or None,
        "passed": False,
        "best_score": None,
        "can_start": False,
        "reason": "",
    }
    if not user.is_authenticated:
        state["reason"] = _("Masuk terlebih dahulu untuk mengerjakan kuis ini.")
        return state
    # The page's gate read the enrolment with the course already (one query saved).
    state["enrolled"] = material.get_enrolment(user, course_tree.course_of(quiz)) is not None
    attempts = list(
        QuizAttempt.objects.filter(user=user, quiz=quiz, archived=False)
        .defer("questions", "answers")
        .annotate(question_total=_JsonArrayLength("questions"))
        .order_by("-number")
    )
    now = timezone.now()
    for attempt in attempts:
        if attempt.status == Status.IN_PROGRESS and is_overdue(attempt, now):
            attempt.status = Status.EXPIRED  # display only; the next write stores it
        if attempt.status == Status.IN_PROGRESS:
            state["in_progress"] = state["in_progress"] or attempt
        else:
            state["attempts"].append(attempt)
    scores = [attempt.score for attempt in state["attempts"] if attempt.score is not None]
    state.update(
        attempts_used=len(attempts),
        passed=any(attempt.passed for attempt in state["attempts"]),
        best_score=max(scores, default=None),
    )
    if quiz.attempt_limit:
        state["attempts_left"] = max(0, quiz.attempt_limit - len(attempts))
    state["reason"] = _state_refusal(quiz, state) or ""
    state["can_start"] = not state["reason"]
    return state


def _state_refusal(quiz, state):
    if not state["enrolled"]:
        return _("Daftar ke kursus ini terlebih dahulu untuk mengerjakan kuisnya.")
    if state["in_progress"]:
        return _("Anda masih punya percobaan yang belum dikumpulkan. Lanjutkan percobaan itu.")
    return _start_refusal(quiz, used=state["attempts_used"], passed=state["passed"])
