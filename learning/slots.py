"""What learning shows on course pages: the learner's state, in the places courses leaves.

courses/ knows no learner. Its page templates mark places with
``{% course_slot "<name>" page … %}``; the Wagtail hook ``course_slot`` (registered
in ``wagtail_hooks.py``) answers each name here with a template of learning's own,
``learning/slots/<name>.html``, and the state that template needs.

State is read once per request and page, on first use, and kept on the request.
The ``before_serve_page`` gate records a lesson visit for "Lanjutkan" (nothing
writes while a template renders); a page served from its kept fragment
(``home.page_fragments``) reads no outline at all.
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils import timezone

from courses.models import LessonPage
from home import page_fragments
from learning.forms.practice import (
    REJECTED_SESSION_KEY,
    PracticeForm,
    editable_text,
    pop_rejected_answer,
)
from learning.selectors import material, outlines
from learning.selectors.course_tree import course_of
from learning.services import progress, quizzes

_STATE_ATTR = "_learning_slot_state"


def _user(context):
    request = context.get("request")
    return getattr(request, "user", None) or AnonymousUser()


def _store(request):
    if request is None:
        return {}
    store = getattr(request, _STATE_ATTR, None)
    if store is None:
        store = {}
        setattr(request, _STATE_ATTR, store)
    return store


def _memo(context, key, compute):
    store = _store(context.get("request"))
    if key not in store:
        store[key] = compute()
    return store[key]


def kept_for_this_learner(request, page):
    """True when this lesson or quiz is kept (``home.page_fragments``) for the learner as
    they are now: it was drawn, so opened, under their present state token, roles and
    content, none of which has changed since. The gate then has nothing to check or
    record (the visit was recorded before it was drawn). Only for a page with no view
    restriction (a password passed lives in the session, which no key holds) and no
    answer waiting in the session. The name and parts are those the templates give
    ``{% page_fragment %}``: ``"lesson"``/``"quiz"``, the page's id and live revision.
    """
    if not request.user.is_authenticated:
        return False
    if getattr(page, "known_view_restrictions", None) != []:
        return False
    if REJECTED_SESSION_KEY in getattr(request, "session", {}):
        return False
    name = "lesson" if isinstance(page, LessonPage) else "quiz"
    return page_fragments.cached(request, name, (page.pk, page.live_revision_id))


def remember_lesson_state(request, page):
    """The gate's step for a lesson: record the visit, keep a refused answer.

    Called from ``before_serve_page`` (never while rendering): the visit is where
    "Lanjutkan" goes next time; the enrolment is the one the gate has just read. An
    answer the learner typed that failed validation is handed back from the session
    so nothing they wrote is lost; such a page is drawn, not kept. The outline and
    the rest of the lesson's state are read only if the page is drawn (``lesson_state``).
    """
    enrolment = material.get_enrolment(request.user, course_of(page))
    if enrolment is not None:
        progress.record_visit(request.user, page, enrolment=enrolment)
    draft = pop_rejected_answer(request, page)
    if draft:
        page_fragments.skip(request)  # the answer handed back is in no cache key
    _store(request)[("draft", page.pk)] = draft


def course_state(context, course):
    request = context.get("request")
    return _memo(
        context,
        ("course", course.pk),
        lambda: outlines.course_outline(_user(context), course, request=request),
    )


def lesson_state(context, page):
    """The lesson's state, read on first use while the page is drawn; with the answer the
    gate handed back, if any (none in an editor's preview, where the gate does not run)."""

    def compute():
        request = context.get("request")
        state = outlines.lesson_context(_user(context), page, request=request)
        state["draft"] = _store(request).get(("draft", page.pk))
        return state

    return _memo(context, ("lesson", page.pk), compute)


def quiz_state(context, quiz):
    def compute():
        state = quizzes.quiz_state(_user(context), quiz)
        attempt = state["in_progress"]
        request = context.get("request")
        if attempt is not None and attempt.deadline is not None and request is not None:
            # Shown as running until its time and grace are up, then as expired.
            overdue_at = attempt.deadline + quizzes.SUBMIT_GRACE
            page_fragments.expire_within(request, (overdue_at - timezone.now()).total_seconds())
        return state

    return _memo(context, ("quiz", quiz.pk), compute)


def catalogue_percentages(context):
    """course id → percent for the courses listed on this catalogue page (enrolled only)."""
    return _memo(
        context,
        ("catalogue",),
        lambda: outlines.catalogue_percentages(
            _user(context), list(context.get("courses") or []), request=context.get("request")
        ),
    )


# --- Slot renderers: name → (template, values) ------------------------------------


def _catalogue_card(context, course):
    if not _user(context).is_authenticated:
        return None
    percent = catalogue_percentages(context).get(course.pk)
    if percent is None:
        return None
    return "catalogue_card.html", {"course": course, "percent": percent}


def _course_part(template):
    def renderer(context, page):
        return template, {"page": page, "state": course_state(context, page)}

    return renderer


def _module_items(context, module, course):
    state = course_state(context, course)
    entry = next((entry for entry in state["modules"] if entry.module.pk == module.pk), None)
    return "module_items.html", {"page": module, "state": state, "entry": entry}


def _lesson_part(template):
    def renderer(context, page):
        return template, {"page": page, "state": lesson_state(context, page)}

    return renderer


def _practice_form(context, lesson, block_id):
    request = context.get("request")
    state = lesson_state(context, lesson)
    blocks = state.get("practice_blocks") or dict(lesson.practice_assignments())
    block = blocks.get(block_id)
    submission = (state.get("submissions") or {}).get(block_id)
    allow_link = bool(block and block["allow_link"])
    auto_id = f"tugas-{block_id}-%s"
    draft = state.get("draft")
    if draft and draft.get("block_id") == block_id:
        form = PracticeForm(data=draft["data"], allow_link=allow_link, auto_id=auto_id)
        form.is_valid()
    else:
        initial = (
            {"response": editable_text(submission.response), "link_url": submission.link_url}
            if submission
            else {}
        )
        form = PracticeForm(initial=initial, allow_link=allow_link, auto_id=auto_id)
    accepted = submission is not None and submission.status == submission.Status.ACCEPTED
    path = request.get_full_path() if request is not None else "/"
    # A lesson or block not saved yet (an editor's preview) has nowhere to post to.
    action = (
        reverse("learning:practice_submit", args=[lesson.pk, block_id])
        if lesson.pk and block_id
        else None
    )
    enrolled = bool(state.get("enrolled"))
    return "practice_form.html", {
        "lesson": lesson,
        "block_id": block_id,
        "block": block,
        "form": form,
        "submission": submission,
        "enrolled": enrolled,
        "editable": enrolled and block is not None and not accepted and action is not None,
        "login_url": redirect_to_login(path).url,
        "action": action,
        "anchor": f"tugas-{block_id}",
    }


def _quiz_part(template):
    def renderer(context, quiz):
        return template, {"page": quiz, "state": quiz_state(context, quiz)}

    return renderer


RENDERERS = {
    "catalogue_card": _catalogue_card,
    "course_cta": _course_part("course_cta.html"),
    "course_progress": _course_part("course_progress.html"),
    "course_syllabus": _course_part("course_syllabus.html"),
    "module_items": _module_items,
    "lesson_badge": _lesson_part("lesson_badge.html"),
    "lesson_footer": _lesson_part("lesson_footer.html"),
    "lesson_outline": _lesson_part("lesson_outline.html"),
    "practice_form": _practice_form,
    "quiz_badge": _quiz_part("quiz_badge.html"),
    "quiz_status": _quiz_part("quiz_status.html"),
    "quiz_actions": _quiz_part("quiz_actions.html"),
    "quiz_attempts": _quiz_part("quiz_attempts.html"),
}


def render(name, context, *args):
    """The HTML of slot ``name`` for this page and visitor, or "" when there is none."""
    renderer = RENDERERS.get(name)
    found = renderer(context, *args) if renderer else None
    if found is None:
        return ""
    template_name, values = found
    template = context.template.engine.get_template(f"learning/slots/{template_name}")
    request = context.get("request")
    values.update(request=request, user=_user(context), csrf_token=context.get("csrf_token"))
    return template.render(context.new(values))
