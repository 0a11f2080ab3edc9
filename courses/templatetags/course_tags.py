"""Small display helpers for course templates. No learner state here: that is learning's."""

from django import template
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``{{ progress|get_item:course.pk }}``: a dict lookup by a variable key."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None


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
