"""Display helpers for course templates. No learner state here: that is learning's.

Course pages leave named places ("slots") for what other apps know about the
person reading them; ``{% course_slot "lesson_footer" page %}`` asks every function
registered under the Wagtail hook ``course_slot`` for its HTML. courses names no
app that answers: learning registers itself (``learning/wagtail_hooks.py``).
"""

from dataclasses import dataclass

from django import template
from django.utils.html import conditional_escape, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language, ngettext
from wagtail import hooks

from home.content_cache import memo

register = template.Library()


@register.filter
def duration(minutes):
    """90 → "1 jam 30 menit"; 45 → "45 menit"."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(ngettext("%(n)d jam", "%(n)d jam", hours) % {"n": hours})
    if rest or not hours:
        parts.append(ngettext("%(n)d menit", "%(n)d menit", rest) % {"n": rest})
    return " ".join(parts)


@dataclass(frozen=True)
class RenderedBlock:
    """One block of a lesson body, rendered: what the lesson template needs of it."""

    block_type: str
    id: str
    title: str
    html: SafeString


def _render_blocks(page, request):
    parent_context = {"page": page, "request": request}
    return [
        RenderedBlock(
            block_type=block.block_type,
            id=block.id,
            title=str(block.value.get("title", "")) if hasattr(block.value, "get") else "",
            # Every lesson block renders through its own (autoescaping) template, which
            # returns safe HTML; a block without one would give plain text: escape it.
            html=conditional_escape(block.render(context=parent_context)),
        )
        for block in page.body
    ]


@register.simple_tag(takes_context=True)
def lesson_blocks(context, page):
    """The lesson's body as rendered blocks, kept per live revision and language.

    Block templates show content only (nothing of the person reading), so the HTML
    is shared by every reader; a preview, or a page with no published revision, is
    rendered each time.
    """
    request = context.get("request")
    if (
        request is None
        or getattr(request, "is_preview", False)
        or not page.pk
        or not page.live_revision_id
    ):
        return _render_blocks(page, request)
    key = (page.pk, page.live_revision_id, get_language())
    return memo(request, "lesson-body", key, lambda: _render_blocks(page, request))


@register.simple_tag(takes_context=True)
def page_trail(context, page, levels):
    """The ``levels`` nearest ancestors of ``page``, outermost first: one query, kept
    with the site's published content (a publish or move anywhere reads it again)."""

    def ancestors():
        return list(page.get_ancestors().filter(depth__gte=page.depth - levels))

    request = context.get("request")
    if request is None or getattr(request, "is_preview", False) or not page.pk:
        return ancestors()
    return memo(request, "page-trail", (page.pk, levels), ancestors)


@register.simple_tag(takes_context=True)
def course_slot(context, name, *args):
    """What registered apps show at the place ``name``; nothing when none answers.

    Each hook is called as ``fn(name, context, *args)`` and returns HTML or "".
    A plain string is escaped; only a SafeString (a rendered template) passes as is.
    """
    parts = [fn(name, context, *args) for fn in hooks.get_hooks("course_slot")]
    return format_html_join("", "{}", ((part,) for part in parts if part))
