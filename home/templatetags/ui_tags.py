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


class ContentFragmentNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist = nodelist
        self.name = name
        self.parts = parts

    def render(self, context):
        from django.utils.translation import get_language

        from home.content_cache import memo

        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.parts]
        key = (self.name.resolve(context), get_language(), *parts)
        # NodeList.render returns SafeString (autoescaped); it is cached as such.
        html = memo(request, "fragment", key, lambda: self.nodelist.render(context))
        return html if html is not None else ""


@register.tag
def content_fragment(parser, token):
    """``{% content_fragment "name" key… %}…{% endcontent_fragment %}``: the enclosed HTML,
    rendered once per site content token, language and keys (home.content_cache.memo).

    Only for content every visitor sees alike: nothing of the person reading, no form
    (a CSRF token is per visitor). Pass what the HTML depends on as keys, e.g. the
    page's id and live revision.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("content_fragment needs a name")
    nodelist = parser.parse(("endcontent_fragment",))
    parser.delete_first_token()
    return ContentFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
