"""Other apps' panels on learning's own pages: ``{% learner_panels "my_learning" %}``.

Learning's pages leave named places for what apps built beside it show there, the
way course pages leave slots: "my_learning_first" at the top of "Belajar Saya" and
"my_learning" at its end,
"agency_actions" among the buttons of an agency's dashboard page (``agency`` is in
the context), "course_completed" on the page announcing a completed course
(``course`` is in the context). Every function registered under the Wagtail hook ``learner_panels``
is called as ``fn(name, context)`` and returns HTML or "". Learning names no app
that answers (certificates and compliance register themselves).
"""

from django import template
from django.utils.html import format_html_join
from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def learner_panels(context, name):
    """The panels registered apps show at the place ``name``; nothing when none answers.

    A plain string is escaped; only a SafeString (a rendered template) passes as is.
    """
    parts = [fn(name, context) for fn in hooks.get_hooks("learner_panels")]
    return format_html_join("", "{}", ((part,) for part in parts if part))
