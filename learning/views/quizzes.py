"""Quiz taking: start (or resume) an attempt, answer it, read the graded result.

Every rule lives in ``learning.services.quizzes`` (and what a result may reveal
in ``learning.selectors.quiz_review``); these views parse the request, ask the
material gate (the quiz page's view restrictions), call the service and render.
A refused action renders ``learning/quiz/error.html`` with the status the service
chose, never a server error; a gate refusal answers as ``views.gate.refuse``.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import QuizPage
from learning.models import QuizAttempt
from learning.selectors import material, outlines, quiz_review
from learning.services import quizzes
from learning.services.quizzes import QuizError
from learning.views.gate import refuse

# Each question's inputs are named "q-<question token>"; their values are choice tokens.
ANSWER_FIELD_PREFIX = "q-"


@login_required
@require_POST
def quiz_start(request, quiz_id):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    refusal = material.material_refusal(request, quiz, require_enrolment=False)
    if refusal:
        return refuse(request, refusal)
    try:
        attempt = quizzes.start_attempt(request.user, quiz)
    except QuizError as error:
        return _refused(request, error)
    return redirect("learning:quiz_take", attempt_id=attempt.pk)


@login_required
def quiz_take(request, attempt_id):
    try:
        attempt = quizzes.get_attempt(request.user, attempt_id)
        refusal = material.material_refusal(request, attempt.quiz, require_enrolment=False)
        if refusal:
            return refuse(request, refusal)
        if request.method == "POST":
            attempt = quizzes.submit_form(request.user, attempt_id, _posted_answers(request))
            return redirect("learning:quiz_result", attempt_id=attempt.pk)
    except QuizError as error:
        if error.status == 400 and error.attempt is not None:
            return _take_page(request, error.attempt, error=error)
        return _refused(request, error)
    if attempt.status != QuizAttempt.Status.IN_PROGRESS:
        return redirect("learning:quiz_result", attempt_id=attempt.pk)
    return _take_page(request, attempt)


@login_required
@require_POST
def quiz_autosave(request, attempt_id):
    """Save the answers ticked so far. JSON for the page's script; without script
    (the "Simpan jawaban" button) back to the questions with a message."""
    wants_json = "application/json" in request.headers.get("Accept", "")
    try:
        attempt = quizzes.get_attempt(request.user, attempt_id)
        refusal = material.material_refusal(request, attempt.quiz, require_enrolment=False)
        if refusal:
            return refuse(request, refusal)
        quizzes.save_draft(request.user, attempt_id, _posted_answers(request))
    except QuizError as error:
        if wants_json:
            return JsonResponse({"saved": False, "message": error.message}, status=error.status)
        return _refused(request, error)
    if wants_json:
        return JsonResponse({"saved": True})
    messages.success(
        request, _("Jawaban Anda tersimpan. Anda bisa keluar dan melanjutkannya nanti.")
    )
    return redirect("learning:quiz_take", attempt_id=attempt_id)


@login_required
def quiz_result(request, attempt_id):
    try:
        attempt = quizzes.get_attempt(request.user, attempt_id)
    except QuizError as error:
        return _refused(request, error)
    refusal = material.material_refusal(request, attempt.quiz, require_enrolment=False)
    if refusal:
        return refuse(request, refusal)
    if attempt.status == QuizAttempt.Status.IN_PROGRESS:
        return redirect("learning:quiz_take", attempt_id=attempt.pk)
    return render(
        request,
        "learning/quiz/result.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "result": quiz_review.attempt_review(attempt),
            "state": quizzes.quiz_state(request.user, attempt.quiz),
            "next_step": outlines.next_step(request.user, attempt.quiz),
        },
    )


def _take_page(request, attempt, error=None):
    return render(
        request,
        "learning/quiz/take.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": quizzes.questions_for_display(attempt),
            "seconds_left": quizzes.seconds_left(attempt),
            "field_prefix": ANSWER_FIELD_PREFIX,
            "error": error,
        },
        status=error.status if error else 200,
    )


def _posted_answers(request):
    """{question token: [choice token, …]} from the "q-…" fields; other fields are ignored."""
    return {
        name.removeprefix(ANSWER_FIELD_PREFIX): request.POST.getlist(name)
        for name in request.POST
        if name.startswith(ANSWER_FIELD_PREFIX)
    }


def _refused(request, error):
    if error.status == 409 and error.attempt is not None:
        # A second submission (a double click, a second tab): the first grade stands.
        messages.info(request, error.message)
        return redirect("learning:quiz_result", attempt_id=error.attempt.pk)
    return render(request, "learning/quiz/error.html", {"error": error}, status=error.status)
