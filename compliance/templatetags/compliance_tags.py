"""Display helpers for compliance's templates: numbers and deadlines as words."""

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def percent(value):
    """42 → "42%"; None (nobody required) → "—"."""
    return "—" if value is None else f"{value}%"


@register.filter
def days_phrase(days):
    """Days left as words: "12 hari lagi", "hari ini", "lewat 3 hari"."""
    if days is None:
        return ""
    if days > 0:
        return ngettext("%(n)s hari lagi", "%(n)s hari lagi", days) % {"n": days}
    if days == 0:
        return _("hari ini")
    return ngettext("lewat %(n)s hari", "lewat %(n)s hari", -days) % {"n": -days}


@register.simple_tag
def deadline_text(assignment, cycle):
    """The deadline rule as a phrase: a date, or "30 hari setelah bergabung"."""
    if assignment is None:
        return ""
    if assignment.is_relative:
        text = ngettext(
            "%(n)s hari setelah bergabung di roster",
            "%(n)s hari setelah bergabung di roster",
            assignment.due_days,
        ) % {"n": assignment.due_days}
    else:
        text = date_filter(cycle.due_on, "j F Y")
    if assignment.recurring:
        text += " · " + _("berulang tiap tahun (siklus %(n)s)") % {"n": cycle.index + 1}
    return text


@register.filter
def bar_percent(value):
    """A rate as a width for a meter: 0–100, None → 0."""
    return 0 if value is None else max(0, min(100, value))


@register.filter
def subtract(value, other):
    try:
        return int(value) - int(other)
    except (TypeError, ValueError):
        return ""
