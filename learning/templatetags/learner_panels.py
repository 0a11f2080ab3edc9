"""Learning's own pages leave named places for other apps, as course pages do.

``{% learner_panels "my_learning" %}`` asks every function registered with the
Wagtail hook ``learner_panels`` for its HTML: each is called as
``fn(name, context)`` and returns HTML or "". A plain string is escaped; only a
SafeString (a rendered template) passes as is. learning names no app that
answers: the compliance app registers its assigned-courses panel itself.
"""

from django import template
from django.utils.html import format_html_join
from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def learner_panels(context, name):
    parts = [fn(name, context) for fn in hooks.get_hooks("learner_panels")]
    return format_html_join("", "{}", ((part,) for part in parts if part))
