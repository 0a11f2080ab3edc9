"""Quiz state for content templates, which must not import learning themselves.

    {% load quiz_tags %}
    {% quiz_state page as state %}
    {% if state.can_start %}<form method="post" action="{% url 'learning:quiz_start' page.pk %}">…
    {% elif state.in_progress %}<a href="{% url 'learning:quiz_take' state.in_progress.pk %}">…
    {% else %}<p>{{ state.reason }}</p>{% endif %}

Keys: enrolled, attempts (closed attempts, newest first), attempts_used,
attempts_left (None when unlimited), in_progress, passed, best_score, can_start,
reason. See ``learning.services.quizzes.quiz_state``.
"""

from django import template
from django.contrib.auth.models import AnonymousUser

from learning.services import quizzes

register = template.Library()


@register.simple_tag(takes_context=True)
def quiz_state(context, quiz):
    """The current visitor's state at ``quiz`` (anonymous visitors get can_start False)."""
    request = context.get("request")
    user = getattr(request, "user", None) or AnonymousUser()
    return quizzes.quiz_state(user, quiz)


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
