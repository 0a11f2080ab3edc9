"""Each fenced section of a lesson ↔ the StreamField block it stands for.

The fence's YAML keys are the names a trainer writes (``alt``, ``do``, ``dont``);
``FENCES`` maps them to the block's own fields in ``courses/blocks.py``. Rich-text
fields are Markdown here and get the features of the block field they fill, so
``blocks.py`` stays the one definition of what a lesson may hold.
"""

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from courses.blocks import LessonStreamBlock

from . import richtext, yamlio
from .errors import PackageInvalid, Problem


@dataclass(frozen=True)
class Field:
    key: str
    block_key: str
    kind: str = "text"  # text | markdown | list | bool | image | document | url | id
    default: object = ""


@dataclass(frozen=True)
class Fence:
    name: str
    block_type: str
    fields: tuple
    fixed: dict = field(default_factory=dict)


def _callout(kind):
    return Fence(
        kind,
        "callout",
        (Field("title", "title"), Field("text", "text", "markdown")),
        fixed={"kind": kind},
    )


FENCES = {
    fence.name: fence
    for fence in [
        _callout("tip"),
        _callout("warning"),
        Fence(
            "regulation",
            "regulation",
            (Field("regulation", "regulation"), Field("article", "article"), Field("text", "text")),
        ),
        Fence(
            "do-dont",
            "do_dont",
            (
                Field("title", "title"),
                Field("do", "do_items", "list", ()),
                Field("dont", "dont_items", "list", ()),
            ),
        ),
        Fence(
            "social-post",
            "social_post",
            (
                Field("platform", "platform"),
                Field("account", "account_name"),
                Field("handle", "handle"),
                Field("text", "text"),
                Field("image", "image", "image", None),
                Field("image_alt", "image_alt"),
                Field("verdict", "verdict", default="neutral"),
                Field("comment", "comment"),
            ),
        ),
        Fence(
            "checklist", "checklist", (Field("title", "title"), Field("items", "items", "list", ()))
        ),
        Fence("takeaways", "key_takeaways", (Field("items", "items", "list", ()),)),
        Fence(
            "practice",
            "practice_assignment",
            (
                Field("id", "id", "id", None),
                Field("title", "title"),
                Field("prompt", "prompt", "markdown"),
                Field("allow_link", "allow_link", "bool", True),
            ),
        ),
        Fence(
            "image",
            "image",
            (
                Field("file", "image", "image", None),
                Field("alt", "alt_text"),
                Field("caption", "caption"),
                Field("credit", "credit"),
            ),
        ),
        Fence(
            "video",
            "video",
            (
                Field("url", "video", "url"),
                Field("title", "title"),
                Field("transcript", "transcript", "markdown"),
            ),
        ),
        Fence(
            "document",
            "document",
            (
                Field("file", "document", "document", None),
                Field("title", "title"),
                Field("description", "description"),
            ),
        ),
    ]
}
BLOCK_TO_FENCE = {}
for _fence in FENCES.values():
    BLOCK_TO_FENCE.setdefault(_fence.block_type, []).append(_fence)

TEXT_FENCE = "text"


def stream_block():
    return LessonStreamBlock()


def features_of(block_type, block_key=None):
    """The rich-text features ``blocks.py`` gives a block (or one field of a struct block)."""
    block = stream_block().child_blocks[block_type]
    if block_key is not None:
        block = block.child_blocks[block_key]
    return tuple(block.features or ())


def paragraph_features(allow_h3):
    features = features_of("paragraph")
    return features if allow_h3 else tuple(f for f in features if f != "h3")


@dataclass
class RawBlock:
    """A block in StreamField's raw form, with where it came from."""

    type: str
    value: object
    line: int
    id: str | None = None
    key_lines: dict = field(default_factory=dict)  # block field → line, for errors


class Context(ABC):
    """What a fence needs from outside: assets and page links. The parser supplies it
    (``courses.packages.assets.ImportContext``)."""

    @abstractmethod
    def image(self, path, file, line): ...

    @abstractmethod
    def document(self, path, file, line): ...

    @abstractmethod
    def page(self, path): ...


def _markdown(text, features, file, line, context):
    try:
        return richtext.markdown_to_html(text, features, resolve_page=context.page)
    except richtext.MarkdownError as error:
        where = line + error.line - 1 if error.line else line
        raise PackageInvalid([Problem(file, where, str(error))])


def section_to_block(section, file, context):
    """The RawBlock for one lesson section; PackageInvalid with the line on a mistake."""
    if section.kind in ("h2", "h3"):
        return RawBlock("heading", {"text": section.text, "level": section.kind}, section.line)
    if section.kind == "markdown":
        html = _markdown(section.text, paragraph_features(False), file, section.line, context)
        return RawBlock("paragraph", html, section.line)
    if section.kind == TEXT_FENCE:
        html = _markdown(section.text, paragraph_features(True), file, section.line + 1, context)
        return RawBlock("paragraph", html, section.line)
    fence = FENCES.get(section.kind)
    if fence is None:
        raise PackageInvalid(
            [
                Problem(
                    file,
                    section.line,
                    _('Jenis blok "%(kind)s" tidak dikenal. Yang tersedia: %(known)s.')
                    % {"kind": section.kind, "known": ", ".join(sorted([*FENCES, TEXT_FENCE]))},
                )
            ]
        )
    data = yamlio.load(section.text, file, first_line=section.line + 1)
    if data is None:
        data = yamlio.Mapping()
        data.line, data.key_lines = section.line, {}
    if not isinstance(data, dict):
        raise PackageInvalid(
            [
                Problem(
                    file,
                    section.line + 1,
                    _("Isi blok ```%(kind)s harus berupa pasangan kunci: nilai.")
                    % {"kind": fence.name},
                )
            ]
        )
    return _fence_to_block(fence, data, file, section.line, context)


def _fence_to_block(fence, data, file, line, context):
    known = {f.key for f in fence.fields}
    unknown = [key for key in data if key not in known]
    if unknown:
        raise PackageInvalid(
            [
                Problem(
                    file,
                    data.line_of(key),
                    _(
                        'Kunci "%(key)s" tidak dikenal di blok ```%(kind)s. '
                        "Yang tersedia: %(known)s."
                    )
                    % {
                        "key": key,
                        "kind": fence.name,
                        "known": ", ".join(f.key for f in fence.fields),
                    },
                )
                for key in unknown
            ]
        )
    value, block_id, key_lines = dict(fence.fixed), None, {}
    for spec in fence.fields:
        key_line = data.line_of(spec.key) if spec.key in data else line
        key_lines[spec.block_key] = key_line
        raw = data.get(spec.key, spec.default)
        converted = _convert(spec, raw, fence, file, key_line, context)
        if spec.kind == "id":
            block_id = converted
        else:
            value[spec.block_key] = converted
    return RawBlock(fence.block_type, value, line, block_id, key_lines)


def _type_error(fence, spec, expected, file, line):
    return PackageInvalid(
        [
            Problem(
                file,
                line,
                _('"%(key)s" di blok ```%(kind)s harus %(expected)s.')
                % {"key": spec.key, "kind": fence.name, "expected": expected},
            )
        ]
    )


def _convert(spec, raw, fence, file, line, context):
    if spec.kind == "list":
        if raw is None:
            return []
        if not isinstance(raw, list) or not all(
            isinstance(item, str | int | float) for item in raw
        ):
            raise _type_error(fence, spec, _('berupa daftar teks ("- butir")'), file, line)
        return [str(item).strip() for item in raw]
    if spec.kind == "bool":
        if not isinstance(raw, bool):
            raise _type_error(fence, spec, _("true atau false"), file, line)
        return raw
    if raw is None:
        return None if spec.kind in ("image", "document", "id") else ""
    if isinstance(raw, dict | list):
        raise _type_error(fence, spec, _("berupa teks"), file, line)
    text = str(raw).strip()
    if spec.kind == "markdown":
        return _markdown(text, features_of(fence.block_type, spec.block_key), file, line, context)
    if spec.kind == "image":
        return context.image(text, file, line)
    if spec.kind == "document":
        return context.document(text, file, line)
    if spec.kind == "id" and not re.match(r"^[A-Za-z0-9_-]{1,64}$", text):
        raise _type_error(fence, spec, _("berisi huruf, angka, - dan _ saja"), file, line)
    return text


# --- Export ----------------------------------------------------------------------------


def _list_values(items):
    return [item["value"] if isinstance(item, dict) else item for item in items]


def block_to_section(block, exporter):
    """(kind, text) for one block in raw form ({"type", "value", "id"})."""
    block_type, value = block["type"], block["value"]
    if block_type == "heading":
        return value["level"], value["text"]
    if block_type == "paragraph":
        if "<h3" in value:
            return TEXT_FENCE, richtext.html_to_markdown(
                value, paragraph_features(True), exporter.page_path
            )
        return "markdown", richtext.html_to_markdown(
            value, paragraph_features(False), exporter.page_path
        )
    fences = BLOCK_TO_FENCE[block_type]
    fence = next(
        (f for f in fences if all(value.get(k) == v for k, v in f.fixed.items())), fences[0]
    )
    data = {}
    for spec in fence.fields:
        if spec.kind == "id":
            data[spec.key] = block.get("id")
            continue
        raw = value.get(spec.block_key)
        if spec.kind == "list":
            raw = _list_values(raw or [])
            if raw:
                data[spec.key] = raw
            continue
        if spec.kind == "bool":
            if raw != spec.default:
                data[spec.key] = bool(raw)
            continue
        if raw in (None, "") or raw == spec.default:
            continue
        if spec.kind == "markdown":
            raw = richtext.html_to_markdown(
                raw, features_of(block_type, spec.block_key), exporter.page_path
            )
        elif spec.kind == "image":
            raw = exporter.image_path(raw)
        elif spec.kind == "document":
            raw = exporter.document_path(raw)
        data[spec.key] = raw
    return fence.name, yamlio.dump(data)
