"""One voice in the Indonesian copy of templates, catalogues and the shipped courses:
"Anda" capitalised, "email" (never "surel"), no double full stop (a name ending in a
degree, "S.Sos.", followed by another "."), and one "Cara kerja" section on the home
page."""

import re
from pathlib import Path

import pytest

from tests.config.test_translations import po_entries

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIRS = [ROOT / "templates", *ROOT.glob("*/templates")]
CATALOGUES = [ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"]
OVERRIDES = ROOT / "locale" / "id" / "LC_MESSAGES" / "django.po"

RULES = {
    "lowercase 'anda'": re.compile(r"\banda\b"),
    "'surel' instead of 'email'": re.compile(r"\bsurel\b", re.I),
    # "S.Sos.." but not an ellipsis ("..."), a path ("../") or "(..)".
    "double full stop": re.compile(r"(?<=[^\s(.…])\.\.(?![.…/)])"),
    "'disini' instead of 'di sini'": re.compile(r"\bdisini\b", re.I),
}


def template_texts():
    for folder in TEMPLATE_DIRS:
        for path in folder.rglob("*"):
            if path.suffix in {".html", ".txt"} and "wagtailadmin" not in path.parts:
                yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")


def course_texts():
    """The shipped courses: lessons, quizzes and the words inside their illustrations."""
    for path in sorted((ROOT / "courses" / "content").rglob("*")):
        if path.suffix in {".md", ".yaml", ".svg"}:
            yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")


def catalogue_texts():
    # The project's strings are its Indonesian msgids; the overrides' Indonesian is msgstr.
    for catalogue in CATALOGUES:
        for msgid, _msgstr, _flags in po_entries(catalogue):
            yield f"{catalogue.parent.parent.name}: msgid", msgid
    for _msgid, msgstr, _flags in po_entries(OVERRIDES):
        yield "id: msgstr", msgstr


@pytest.mark.parametrize("rule", RULES)
def test_indonesian_copy_is_consistent(rule):
    pattern = RULES[rule]
    offenders = [
        (where, match.group(0), text[max(0, match.start() - 30) : match.end() + 30])
        for where, text in [*template_texts(), *catalogue_texts(), *course_texts()]
        for match in pattern.finditer(text)
    ]
    assert offenders == [], offenders[:10]


def test_rules_catch_what_they_are_meant_to_catch():
    assert RULES["lowercase 'anda'"].search("Atur preferensi anda")
    assert not RULES["lowercase 'anda'"].search("Atur preferensi Anda, tandanya")
    assert RULES["double full stop"].search("Siti Rahmawati, S.Sos..")
    assert not RULES["double full stop"].search("Memuat... lalu selesai.")
    assert not RULES["double full stop"].search("keluar dari folder paket (..).")
    assert RULES["'surel' instead of 'email'"].search("Alamat surel")


@pytest.mark.django_db
def test_home_page_has_one_how_it_works_section(client):
    from learning.management.commands.load_demo import ensure_home_page, ensure_site

    ensure_site(ensure_home_page())
    html = client.get("/").content.decode()
    assert len(re.findall(r"<h[23][^>]*>\s*Cara kerja", html)) == 1
