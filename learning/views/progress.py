"""Enrolling, finishing lessons, sending practice assignments, and "Belajar Saya"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses.models import CoursePage, LessonPage
from home import page_fragments
from learning.forms.practice import PracticeForm, stash_rejected_answer
from learning.selectors import course_tree, learner_dashboard, material, outlines
from learning.services import practice, progress
from learning.views.gate import refuse


def _page_url(request, page):
    return page.get_url(request) or "/"


@login_required
@require_POST
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    refusal = material.material_refusal(request, course, require_enrolment=False)
    if refusal:
        return refuse(request, refusal)
    try:
        progress.enrol(request.user, course)
    except progress.ProgressError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("Anda terdaftar di kursus “%(course)s”. Selamat belajar!") % {"course": course.title},
        )
    return redirect(_page_url(request, course))


@login_required
@require_POST
def lesson_complete(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    refusal = material.material_refusal(request, lesson, require_enrolment=False)
    if refusal:
        return refuse(request, refusal)
    try:
        completion = progress.complete_lesson(request.user, lesson)
    except progress.ProgressError as exc:
        messages.error(request, str(exc))
        course = course_tree.course_of(lesson)
        return redirect(_page_url(request, course or lesson))
    if completion.course_just_completed:
        return redirect("learning:course_completed", course_id=course_tree.course_of(lesson).pk)
    if request.POST.get("next") == "1":
        next_url = outlines.lesson_context(request.user, lesson)["next_url"]
        if next_url:
            return redirect(next_url)
    return redirect(_page_url(request, lesson))


@login_required
@require_POST
def practice_submit(request, lesson_id, block_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    refusal = material.material_refusal(request, lesson, require_enrolment=False)
    if refusal:
        return refuse(request, refusal)
    block = practice.practice_block(lesson, block_id)
    if block is None:
        raise Http404
    back = f"{_page_url(request, lesson)}#tugas-{block_id}"
    form = PracticeForm(request.POST, allow_link=block["allow_link"])
    if not form.is_valid():
        stash_rejected_answer(request, lesson, block_id, request.POST)
        messages.error(request, _("Jawaban belum terkirim. Periksa kembali isian tugas."))
        return redirect(back)
    try:
        practice.submit_practice(
            request.user,
            lesson,
            block_id,
            form.cleaned_data["response"],
            form.cleaned_data.get("link_url", ""),
        )
    except practice.PracticeError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Jawaban terkirim. Pelatih akan meninjaunya."))
    return redirect(back)


@login_required
@require_GET
def my_learning(request):
    if page_fragments.cached(request, "my-learning"):
        # Nothing the learner sees has changed since it was drawn: no context needed.
        return render(request, "learning/my_learning.html")
    return render(
        request,
        "learning/my_learning.html",
        learner_dashboard.my_learning(request.user, request=request),
    )


@login_required
@require_GET
def course_completed(request, course_id):
    """The announcement of a completed course: JP credited, the year's JP, the certificate."""
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    summary = learner_dashboard.course_completion(request.user, course, request=request)
    if summary is None:
        messages.info(request, _("Anda belum menyelesaikan kursus ini."))
        return redirect(_page_url(request, course))
    return render(request, "learning/course_completed.html", summary)
