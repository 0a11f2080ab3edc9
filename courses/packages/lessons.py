"""The lesson file: YAML front matter, then Markdown text, headings and fenced sections.

::

    ---
    title: Tiga Peran Humas Pemerintah
    slug: m1-tiga-peran-humas
    minutes: 14
    objectives:
      - Menyebutkan tiga peran humas pemerintah dan satu contoh tugas harian untuk masing-masing.
    ---

    Text in Markdown …

    ## A section heading (a heading block; ### for a smaller one)

    ```tip
    title: Mulai dari yang Anda kuasai
    text: Markdown text of the tip …
    ```

A line with only ``---`` ends a text block and starts the next one (two text
blocks in a row). ```` ```text ```` holds Markdown that must stay one block, e.g.
text with its own ``###`` subheading.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from . import yamlio
from .errors import PackageInvalid, Problem

_FENCE_OPEN = re.compile(r"^```([A-Za-z][\w-]*)\s*$")
_FENCE_CLOSE = re.compile(r"^```\s*$")
_HEADING = re.compile(r"^(##|###) (.+?)\s*$")
_SEPARATOR = re.compile(r"^---\s*$")


@dataclass(frozen=True)
class Section:
    """A piece of a lesson body: ``kind`` is "markdown", "h2", "h3" or a fence name."""

    kind: str
    line: int
    text: str


@dataclass(frozen=True)
class LessonFile:
    front: dict
    front_line: int
    sections: list


def parse(text, file):
    """Front matter and sections of a lesson file; PackageInvalid naming the line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not _SEPARATOR.match(lines[0]):
        raise PackageInvalid(
            [
                Problem(
                    file,
                    1,
                    _(
                        'Berkas pelajaran harus diawali front matter: baris "---", data YAML '
                        '(title, slug, minutes, objectives), lalu "---".'
                    ),
                )
            ]
        )
    try:
        end = next(index for index in range(1, len(lines)) if _SEPARATOR.match(lines[index]))
    except StopIteration:
        raise PackageInvalid([Problem(file, 1, _('Front matter tidak ditutup dengan "---".'))])
    front = yamlio.load("\n".join(lines[1:end]), file, first_line=2)
    if not isinstance(front, dict):
        raise PackageInvalid(
            [Problem(file, 2, _("Front matter harus berupa pasangan kunci: nilai."))]
        )
    return LessonFile(front=front, front_line=2, sections=_sections(lines, end + 1, file))


def _sections(lines, start, file):
    sections, chunk, chunk_line = [], [], None
    fence, fence_line, fence_body = None, None, []

    def flush():
        nonlocal chunk, chunk_line
        if "".join(chunk).strip():
            # Leading blank lines do not count: the section starts at its first text line.
            offset = next(i for i, line in enumerate(chunk) if line.strip())
            sections.append(Section("markdown", chunk_line + offset, "\n".join(chunk).strip("\n")))
        chunk, chunk_line = [], None

    for index in range(start, len(lines)):
        line, number = lines[index], index + 1
        if fence is not None:
            if _FENCE_CLOSE.match(line):
                sections.append(Section(fence, fence_line, "\n".join(fence_body)))
                fence, fence_body = None, []
            else:
                fence_body.append(line)
            continue
        opened = _FENCE_OPEN.match(line)
        if opened:
            flush()
            fence, fence_line = opened.group(1), number
            continue
        if _FENCE_CLOSE.match(line):
            raise PackageInvalid(
                [Problem(file, number, _("Blok ``` tanpa jenis. Tulis jenisnya, mis. ```tip."))]
            )
        heading = _HEADING.match(line)
        if heading:
            flush()
            sections.append(
                Section("h2" if heading.group(1) == "##" else "h3", number, heading.group(2))
            )
            continue
        if _SEPARATOR.match(line):
            flush()
            continue
        if chunk_line is None:
            chunk_line = number
        chunk.append(line)
    if fence is not None:
        raise PackageInvalid(
            [
                Problem(
                    file,
                    fence_line,
                    _("Blok ```%(kind)s tidak ditutup dengan ```.") % {"kind": fence},
                )
            ]
        )
    flush()
    return sections


def render(front, sections):
    """A lesson file from front matter and (kind, text) pairs, as ``parse`` reads it."""
    out = ["---", yamlio.dump(front).rstrip("\n"), "---", ""]
    previous = None
    for kind, text in sections:
        if kind == "markdown" and previous == "markdown":
            out += ["---", ""]
        if kind == "h2":
            out += [f"## {text}", ""]
        elif kind == "h3":
            out += [f"### {text}", ""]
        elif kind == "markdown":
            out += [text, ""]
        else:
            out += [f"```{kind}", text.rstrip("\n"), "```", ""]
        previous = kind
    return "\n".join(out).rstrip("\n") + "\n"
