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


class _FragmentNode(template.Node):
    """A block kept under a name and keys (the tag's arguments, resolved per render)."""

    def __init__(self, nodelist, name, parts):
        self.nodelist = nodelist
        self.name = name
        self.parts = parts

    def resolved(self, context):
        return self.name.resolve(context), [part.resolve(context) for part in self.parts]

    @classmethod
    def parse(cls, parser, token, end):
        bits = token.split_contents()
        if len(bits) < 2:
            raise template.TemplateSyntaxError(f"{bits[0]} needs a name")
        nodelist = parser.parse((end,))
        parser.delete_first_token()
        return cls(
            nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
        )


class ContentFragmentNode(_FragmentNode):
    def render(self, context):
        from django.utils.translation import get_language

        from home.content_cache import memo

        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        name, parts = self.resolved(context)
        key = (name, get_language(), *parts)
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
    return ContentFragmentNode.parse(parser, token, "endcontent_fragment")


class PageFragmentNode(_FragmentNode):
    def render(self, context):
        from home import page_fragments

        name, parts = self.resolved(context)
        return page_fragments.render(
            context.get("request"), name, parts, lambda: self.nodelist.render(context)
        )


@register.tag
def page_fragment(parser, token):
    """``{% page_fragment "name" key… %}…{% endpage_fragment %}``: the enclosed HTML, kept
    for this visitor until anything it shows changes (``home.page_fragments``).

    For the main part of a page that shows the learner's own state. Pass as keys what
    the HTML depends on besides the path, the content, the language, the day and the
    visitor (which the key holds already), e.g. the page's id and live revision.
    """
    return PageFragmentNode.parse(parser, token, "endpage_fragment")
