"""Small helpers for the site's own templates (navigation state, form hints)."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def current_attr(context, url, section=False):
    """Return ``aria-current="page"`` when ``url`` is the page being shown.

    With ``section=True`` any page below ``url`` counts too (``/dasbor/`` marks
    ``/dasbor/instansi/3/``), which suits top-level navigation.
    """
    request = context.get("request")
    url = str(url or "")
    if request is None or not url:
        return ""
    path = request.path
    if path == url or (section and url != "/" and path.startswith(url)):
        return mark_safe(' aria-current="page"')
    return ""


@register.filter
def needs_required_note(form):
    """True when a form mixes required and optional fields, so the "*" needs explaining."""
    try:
        fields = [bf for bf in form.visible_fields() if bf.widget_type != "checkbox"]
    except AttributeError:
        return False
    required = {bf.field.required for bf in fields}
    return required == {True, False}


@register.simple_tag
def content_lang():
    """``lang="id"`` on content written in Indonesian (CMS titles, lessons, questions)
    while the interface is in another language, so screen readers and translators
    read it as Indonesian. Nothing when the interface is Indonesian already.
    """
    content = settings.LANGUAGE_CODE
    if (translation.get_language() or content).split("-")[0] == content:
        return ""
    return format_html(' lang="{}"', content)
