"""What counts as a change: a page's content compared with a package's, ids and keys aside.

Block ids that carry meaning are compared (quiz questions and choices, which
attempts refer to; practice assignments, which submissions refer to); every
other block id, and Draftail's paragraph keys, are not, so a package exported
from the site and imported again finds nothing to change.
"""

from wagtail import blocks

from courses.blocks import LessonStreamBlock, QuestionStreamBlock

from . import richtext

_RICH_FIELDS = {
    "course": {
        "objectives": ("ul", "ol", "bold", "italic"),
        "sources": ("ol", "ul", "bold", "italic", "link"),
    },
    "quiz": {"intro": ("bold", "italic", "link", "ul")},
}
FIELDS = {
    "course": [
        "title",
        "summary",
        "objectives",
        "jp",
        "duration_minutes",
        "level",
        "mandatory_for_all",
        "completion_rule",
        "category",
        "cover_image",
        "sources",
    ],
    "module": ["title", "summary", "objectives"],
    "lesson": ["title", "estimated_minutes", "objectives", "body"],
    "quiz": [
        "title",
        "intro",
        "pass_mark",
        "attempt_limit",
        "time_limit_minutes",
        "draw_count",
        "shuffle_choices",
        "review_correctness",
        "review_choices",
        "review_answers",
        "questions",
    ],
}
_KEEP_IDS_LESSON = {"practice_assignment"}


def _normalise(block, value, keep_ids):
    """Plain data for ``value`` (in raw form) of ``block``, rich text canonical."""
    if isinstance(block, blocks.RichTextBlock):
        source = value.source if hasattr(value, "source") else value
        return richtext.canonical(source, tuple(block.features or ()))
    if isinstance(block, blocks.StreamBlock):
        out = []
        for child in value:
            item = {
                "type": child["type"],
                "value": _normalise(block.child_blocks[child["type"]], child["value"], keep_ids),
            }
            if keep_ids is True or child["type"] in (keep_ids or ()):
                item["id"] = child.get("id")
            out.append(item)
        return out
    if isinstance(block, blocks.ListBlock):
        out = []
        for item in value:
            inner = item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
            normalised = _normalise(block.child_block, inner, keep_ids)
            out.append(
                {"id": item.get("id"), "value": normalised} if keep_ids is True else normalised
            )
        return out
    if isinstance(block, blocks.StructBlock):
        return {
            name: _normalise(child, value.get(name), keep_ids)
            for name, child in block.child_blocks.items()
        }
    return value


def stream_data(stream_value, stream_block):
    return stream_block.get_prep_value(stream_value)


def comparable(kind, page_or_fields):
    """The values of ``kind``'s fields, normalised, from a page or from a spec's fields."""
    get = (
        page_or_fields.get
        if isinstance(page_or_fields, dict)
        else lambda name: getattr(page_or_fields, name)
    )
    out = {}
    for name in FIELDS[kind]:
        value = get(name)
        if name in _RICH_FIELDS.get(kind, {}):
            value = richtext.canonical(value or "", _RICH_FIELDS[kind][name])
        elif name == "body":
            block = LessonStreamBlock()
            value = _normalise(block, stream_data(value, block), _KEEP_IDS_LESSON)
        elif name == "questions":
            block = QuestionStreamBlock()
            value = _normalise(block, stream_data(value, block), True)
        elif name == "category":
            value = value.slug if value is not None else None
        elif name == "cover_image":
            value = value.pk if value is not None else None
        elif isinstance(value, str):
            value = value.strip()
        out[name] = value
    return out


def changed_fields(kind, page, fields):
    """Names of the fields whose package value differs from the page's."""
    site, package = comparable(kind, page), comparable(kind, fields)
    return [name for name in FIELDS[kind] if site[name] != package[name]]
