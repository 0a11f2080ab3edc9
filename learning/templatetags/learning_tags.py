"""Learner state for course templates: ``{% load learning_tags %}``.

Content templates (courses/) never query learner state themselves; they ask
these tags, which hand back ready values from ``learning.services.progress``.
"""

from django import template
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from learning.forms.assignments import AssignmentForm, editable_text, pop_rejected_answer
from learning.services import progress

register = template.Library()


def _user(context):
    request = context.get("request")
    return getattr(request, "user", None) or AnonymousUser()


@register.simple_tag(takes_context=True)
def course_state(context, page):
    """``{% course_state page as state %}``: the outline and the learner's place in it."""
    return progress.course_outline(_user(context), page)


@register.simple_tag(takes_context=True)
def lesson_state(context, page):
    """``{% lesson_state page as state %}``: enrolment, done flag, prev/next, submissions.

    Also records the visit for "Lanjutkan" (not in an editor's preview), and hands
    back an assignment answer the learner typed that did not pass validation, so
    nothing they wrote is lost.
    """
    request = context.get("request")
    user = _user(context)
    state = progress.lesson_context(user, page)
    if request is not None and not getattr(request, "is_preview", False) and state["enrolled"]:
        progress.record_visit(user, page, enrolment=state["enrolment"])
    state["draft"] = pop_rejected_answer(request, page)
    return state


@register.simple_tag(takes_context=True)
def catalogue_progress(context, courses):
    """``{% catalogue_progress courses as progress %}``: course id → percent, enrolled only."""
    return progress.catalogue_percentages(_user(context), list(courses or []))


@register.inclusion_tag("learning/includes/assignment_form.html", takes_context=True)
def assignment_form(context, lesson, block_id, state=None):
    """``{% assignment_form lesson block_id state %}``: a practice assignment's answer form."""
    request = context.get("request")
    state = state or {}
    blocks = state.get("assignment_blocks") or dict(lesson.practice_assignments())
    block = blocks.get(block_id)
    submission = (state.get("submissions") or {}).get(block_id)
    allow_link = bool(block and block["allow_link"])
    auto_id = f"tugas-{block_id}-%s"
    draft = state.get("draft")
    if draft and draft.get("block_id") == block_id:
        form = AssignmentForm(data=draft["data"], allow_link=allow_link, auto_id=auto_id)
        form.is_valid()
    else:
        initial = ({"response": editable_text(submission.response),
                    "link_url": submission.link_url}
                   if submission else {})
        form = AssignmentForm(initial=initial, allow_link=allow_link, auto_id=auto_id)
    accepted = submission is not None and submission.status == submission.Status.ACCEPTED
    path = request.get_full_path() if request is not None else "/"
    # A lesson or block not saved yet (an editor's preview) has nowhere to post to.
    action = (reverse("learning:assignment_submit", args=[lesson.pk, block_id])
              if lesson.pk and block_id else None)
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "lesson": lesson,
        "block_id": block_id,
        "block": block,
        "form": form,
        "submission": submission,
        "enrolled": bool(state.get("enrolled")),
        "editable": (bool(state.get("enrolled")) and block is not None and not accepted
                     and action is not None),
        "login_url": redirect_to_login(path).url,
        "action": action,
        "anchor": f"tugas-{block_id}",
    }
