"""Display helpers for the quiz-taking templates of learning: ``{% load quiz_tags %}``."""

from django import template

register = template.Library()


@register.filter
def clock(seconds):
    """Seconds as a countdown: ``9:05`` or ``1:02:03``; empty for None."""
    if seconds is None or seconds == "":
        return ""
    minutes, secs = divmod(max(0, int(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
