"""Markdown ↔ Wagtail rich text.

Import: Markdown (CommonMark, raw HTML off) → HTML → Wagtail's own Draftail
converter (``ContentstateConverter`` with the block's features) → database HTML.
Going through the editor's converter means a package stores exactly what the
Wagtail editor would, and anything outside the features is refused before it
gets there: a Markdown construct the block cannot hold is an error with its line.

Export: database HTML → the converter's contentstate (blocks of text with style
and link ranges) → Markdown. Exporting from the same structure the import
produces is what makes ``import(export(x))`` identical.

``data-block-key`` attributes (Draftail's random per-paragraph keys) are
dropped, and comparisons use ``canonical``, so keys never count as a change.
"""

import json
import re
from functools import lru_cache

from django.utils.translation import gettext as _
from markdown_it import MarkdownIt
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

PAGE_SCHEME = "page:"
_BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')
_EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>")

_ALLOWED_INLINE = {
    "text",
    "softbreak",
    "hardbreak",
    "strong_open",
    "strong_close",
    "em_open",
    "em_close",
    "link_open",
    "link_close",
}
_INLINE_NAMES = {
    "code_inline": "kode (`…`)",
    "image": "gambar Markdown (![…](…)) — pakai blok ```image",
    "html_inline": "HTML",
}
_BLOCK_NAMES = {
    "blockquote_open": "kutipan (>)",
    "code_block": "kode (baris menjorok 4 spasi)",
    "fence": "blok kode",
    "hr": "garis (---)",
    "html_block": "HTML",
    "table_open": "tabel",
}
_FEATURE_OF_TOKEN = {
    "strong_open": "bold",
    "em_open": "italic",
    "link_open": "link",
    "bullet_list_open": "ul",
    "ordered_list_open": "ol",
}


class MarkdownError(ValueError):
    """Markdown the block cannot hold. ``line`` is relative to the text (1-based)."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.line = line


@lru_cache(maxsize=1)
def _markdown():
    return MarkdownIt(
        "commonmark", {"html": False, "xhtmlOut": True, "linkify": False, "typographer": False}
    )


@lru_cache(maxsize=16)
def converter(features):
    return ContentstateConverter(list(features))


_VOID_TAG = re.compile(r"<(br|hr)\s*>")


def strip_keys(html):
    """``html`` without Draftail's block keys, void tags closed (the converter needs that)."""
    return _VOID_TAG.sub(r"<\1/>", _BLOCK_KEY.sub("", html or ""))


def _check_tokens(tokens, features):
    """Refuse what the rich-text features cannot hold; hide paragraphs inside list items."""
    depth = 0
    line = 1
    for token in tokens:
        if token.map:
            line = token.map[0] + 1
        if token.type in _BLOCK_NAMES:
            raise MarkdownError(
                _("%(what)s tidak didukung di teks pelajaran.")
                % {"what": _BLOCK_NAMES[token.type]},
                line,
            )
        if token.type == "heading_open" and token.tag not in features:
            raise MarkdownError(
                _(
                    'Judul %(tag)s tidak boleh di sini. Pakai "## " atau '
                    '"### " di baris sendiri untuk judul bagian.'
                )
                % {"tag": token.tag.upper()},
                line,
            )
        feature = _FEATURE_OF_TOKEN.get(token.type)
        if feature and feature not in features:
            raise MarkdownError(
                _('Format "%(feature)s" tidak tersedia di bagian ini.') % {"feature": feature}, line
            )
        if token.type == "list_item_open":
            depth += 1
            paragraphs = 0
        elif token.type == "list_item_close":
            depth -= 1
        elif token.type in ("paragraph_open", "paragraph_close") and depth:
            if token.type == "paragraph_open":
                paragraphs += 1
                if paragraphs > 1:
                    raise MarkdownError(
                        _("Satu butir daftar hanya boleh berisi satu paragraf."), line
                    )
            token.hidden = True
        for child in token.children or ():
            if child.type not in _ALLOWED_INLINE:
                raise MarkdownError(
                    _("%(what)s tidak didukung di teks pelajaran.")
                    % {"what": _INLINE_NAMES.get(child.type, child.type)},
                    line,
                )
            if child.type == "link_open" and "link" not in features:
                raise MarkdownError(_("Tautan tidak tersedia di bagian ini."), line)
            feature = _FEATURE_OF_TOKEN.get(child.type)
            if feature and feature not in features:
                raise MarkdownError(
                    _('Format "%(feature)s" tidak tersedia di bagian ini.') % {"feature": feature},
                    line,
                )


def _resolve_links(tokens, resolve_page):
    for token in tokens:
        for child in token.children or ():
            if child.type != "link_open":
                continue
            href = child.attrGet("href") or ""
            if href.startswith(PAGE_SCHEME):
                page_id = resolve_page(href[len(PAGE_SCHEME) :]) if resolve_page else None
                if page_id is None:
                    raise MarkdownError(
                        _('Tautan ke halaman "%(path)s" tidak ditemukan.') % {"path": href},
                        token.map[0] + 1 if token.map else None,
                    )
                child.attrs = {"linktype": "page", "id": str(page_id)}
            elif not re.match(r"^(https?://|mailto:|tel:|#)", href):
                raise MarkdownError(
                    _('Tautan "%(href)s" harus diawali https://, http://, mailto:, atau page:.')
                    % {"href": href},
                    token.map[0] + 1 if token.map else None,
                )


def markdown_to_html(text, features, resolve_page=None):
    """Database HTML for Markdown ``text``; MarkdownError for what ``features`` cannot hold."""
    text = (text or "").strip("\n")
    if not text.strip():
        return ""
    features = tuple(features)
    md = _markdown()
    tokens = md.parse(text)
    _check_tokens(tokens, features)
    _resolve_links(tokens, resolve_page)
    html = md.renderer.render(tokens, md.options, {})
    html = html.replace("<br />\n", "<br/>").replace("\n", "")
    return normalise(html, features)


def normalise(html, features):
    """``html`` as the Wagtail editor stores it: through the converter, keys dropped."""
    if not html:
        return ""
    conv = converter(tuple(features))
    stored = conv.to_database_format(conv.from_database_format(strip_keys(html)))
    return _EMPTY_PARAGRAPH.sub("", strip_keys(stored))


def canonical(html, features):
    """For comparing: two values that export to the same Markdown compare equal."""
    return normalise(strip_keys(html or ""), features)


# --- Export: contentstate → Markdown ---------------------------------------------------

_ESCAPE_ANYWHERE = re.compile(r"([\\`*\[\]<])")
_ENTITY_LIKE = re.compile(r"&(#?\w+;)")
_UNDERSCORE = re.compile(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])")
_LINE_START = re.compile(r"^(\s*)([#>+=|-]|\d+[.)]|~~~)")


def _escape_text(text):
    text = _ESCAPE_ANYWHERE.sub(r"\\\1", text)
    text = _UNDERSCORE.sub(r"\\_", text)
    return _ENTITY_LIKE.sub(r"\\&\1", text)


def _escape_line_starts(markdown_line):
    """Escape what would start a block (heading, list, quote …) at the start of a line."""

    def fix(line):
        match = _LINE_START.match(line)
        if not match:
            return line
        lead, marker = match.groups()
        if marker[0].isdigit():
            digits = marker[:-1]
            return f"{lead}{digits}\\{marker[-1]}{line[match.end() :]}"
        return f"{lead}\\{line[len(lead) :]}"

    return "\n".join(fix(line) for line in markdown_line.split("\n"))


def _link_href(entity, page_path):
    """``page:<path>`` for a link to a page of the site, the URL otherwise."""
    data = entity.get("data", {})
    if data.get("id") is not None and page_path is not None:
        return PAGE_SCHEME + page_path(int(data["id"]))
    return data.get("url", "")


def _is_punct(char):
    return not char.isalnum() and not char.isspace()


def _flankable(text, marks, marker):
    """Drop ``marker`` from the edge characters where Markdown could not open or close it.

    ``**`` after a letter and before punctuation (``a**"b"**``) is not an opener in
    CommonMark, so the emphasis starts after the punctuation instead; likewise at the
    end, and emphasis never starts or ends on a space. Visually the same text.
    """
    index, size = 0, len(text)
    while index < size:
        if marker not in marks[index]:
            index += 1
            continue
        start = index
        while index < size and marker in marks[index]:
            index += 1
        end = index
        while start < end and (
            text[start].isspace()
            or (_is_punct(text[start]) and start > 0 and text[start - 1].isalnum())
        ):
            marks[start].discard(marker)
            start += 1
        while end > start and (
            text[end - 1].isspace()
            or (_is_punct(text[end - 1]) and end < size and text[end].isalnum())
        ):
            marks[end - 1].discard(marker)
            end -= 1


def _inline(block, entity_map, page_path):
    """One contentstate block's text with **bold**, *italic* and [links](…)."""
    text = block["text"]
    marks = [set() for _ in text]
    for style in block.get("inlineStyleRanges", []):
        marker = {"BOLD": "**", "ITALIC": "*"}.get(style["style"])
        if marker:
            for index in range(style["offset"], style["offset"] + style["length"]):
                if index < len(text):
                    marks[index].add(marker)
    for marker in ("**", "*"):
        _flankable(text, marks, marker)
    links = [None] * len(text)
    for entity in block.get("entityRanges", []):
        for index in range(entity["offset"], entity["offset"] + entity["length"]):
            if index < len(text):
                links[index] = str(entity["key"])
    out, stack, run = [], [], []  # stack of ("link", key) / ("style", marker)

    def flush():
        if run:
            out.append(_escape_text("".join(run)))
            run.clear()

    def close_to(keep):
        flush()
        while len(stack) > keep:
            kind, value = stack.pop()
            if kind == "link":
                out.append(f"]({_link_href(entity_map[value], page_path)})")
            else:
                out.append(value)

    previous_state = ()
    for index, char in enumerate(text):
        wanted = []
        if links[index] is not None:
            wanted.append(("link", links[index]))
        wanted += [("style", marker) for marker in ("**", "*") if marker in marks[index]]
        state = tuple(wanted)
        if state != previous_state:
            keep = 0
            while keep < len(stack) and keep < len(wanted) and stack[keep] == wanted[keep]:
                keep += 1
            close_to(keep)
            for kind, value in wanted[keep:]:
                stack.append((kind, value))
                out.append("[" if kind == "link" else value)
            previous_state = state
        run.append(char)
    close_to(0)
    return "".join(out)


_LIST_MARKERS = {"unordered-list-item": "- ", "ordered-list-item": "1. "}
_HEADINGS = {"header-three": "### ", "header-four": "#### "}


def html_to_markdown(html, features, page_path=None):
    """Markdown for database ``html`` that ``markdown_to_html`` turns back into it."""
    html = strip_keys(html or "")
    if not html.strip():
        return ""
    state = json.loads(converter(tuple(features)).from_database_format(html))
    entity_map = state.get("entityMap", {})
    parts, previous_type = [], None
    indent_stack = []  # marker widths of open list levels
    numbers = []  # the running number of each ordered list level
    for block in state["blocks"]:
        kind = block["type"]
        if kind == "unstyled" and not block["text"].strip():
            continue
        body = _escape_line_starts(_inline(block, entity_map, page_path))
        if kind in _LIST_MARKERS:
            depth = block.get("depth", 0)
            indent_stack = indent_stack[:depth]
            indent = "".join(" " * width for width in indent_stack)
            marker = _LIST_MARKERS[kind]
            if kind == "ordered-list-item":
                same_level = previous_type == kind and len(numbers) > depth
                numbers = [*numbers[:depth], (numbers[depth] + 1) if same_level else 1]
                marker = f"{numbers[depth]}. "
            indent_stack.append(len(marker))
            continuation = indent + " " * len(marker)
            line = indent + marker + body.replace("\n", "\\\n" + continuation)
            same_list = previous_type == kind or (previous_type in _LIST_MARKERS and depth > 0)
            parts.append(("\n" if same_list else "\n\n") + line)
        else:
            indent_stack, numbers = [], []
            prefix = _HEADINGS.get(kind, "")
            parts.append("\n\n" + prefix + body.replace("\n", "\\\n"))
        previous_type = kind
    return "".join(parts).strip("\n")
