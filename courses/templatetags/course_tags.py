"""Display helpers for course templates. No learner state here: that is learning's.

Course pages leave named places ("slots") for what other apps know about the
person reading them; ``{% course_slot "lesson_footer" page %}`` asks every function
registered under the Wagtail hook ``course_slot`` for its HTML. courses names no
app that answers: learning registers itself (``learning/wagtail_hooks.py``).
"""

from django import template
from django.utils.html import format_html_join
from django.utils.translation import ngettext
from wagtail import hooks

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


@register.simple_tag
def page_trail(page, levels):
    """The ``levels`` nearest ancestors of ``page``, outermost first, in one query."""
    return list(page.get_ancestors().filter(depth__gte=page.depth - levels))


@register.simple_tag(takes_context=True)
def course_slot(context, name, *args):
    """What registered apps show at the place ``name``; nothing when none answers.

    Each hook is called as ``fn(name, context, *args)`` and returns HTML or "".
    A plain string is escaped; only a SafeString (a rendered template) passes as is.
    """
    parts = [fn(name, context, *args) for fn in hooks.get_hooks("course_slot")]
    return format_html_join("", "{}", ((part,) for part in parts if part))
