"""One Indonesian word, two meanings, two English words: each meaning has its own context.

"Salah" is the answer "False" of a true/false question and the verdict "Incorrect" on
a marked question; one msgid for both printed "Question 1 False". The words below are
known to carry several meanings in this project. Each meaning is a separate catalogue
entry (a msgctxt, or the context-less default where listed), with the English that fits
it; a word that has no default must never be used without a context.
"""

import re
from pathlib import Path

import pytest

from tests.config.test_translations import po_entries

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"

# msgid -> {context (None: no context) -> English}. A word without a None key has no
# default meaning: every use must say which one it is.
MEANINGS = {
    "Benar": {"true/false answer": "True", "quiz verdict": "Correct"},
    "Salah": {"true/false answer": "False", "quiz verdict": "Incorrect"},
    "Kursus": {None: "Course", "app name": "Courses"},
    "Keterangan": {None: "Note", "image caption": "Caption", "document description": "Description"},
    "Tingkat": {None: "Level", "completion rate": "Rate"},
    "Pilihan": {None: "Choice", "course is optional": "Optional"},
}


def catalogue():
    """{(context or None, msgid): (msgstr, flags)} of the English catalogue."""
    entries = {}
    for msgid, msgstr, flags in po_entries(CATALOGUE):
        context = flags.split("context:", 1)[1] if "context:" in flags else None
        entries[(context, msgid)] = (msgstr, flags)
    return entries


@pytest.mark.parametrize("word", MEANINGS)
def test_each_meaning_has_its_own_entry_and_english(word):
    entries = catalogue()
    found = {context: msgstr for (context, msgid), (msgstr, _f) in entries.items() if msgid == word}
    assert found == MEANINGS[word]


def test_meanings_translate_differently():
    for word, meanings in MEANINGS.items():
        english = list(meanings.values())
        assert len(set(english)) == len(english), word


def source_files():
    for pattern in ("*/templates/**/*.html", "templates/**/*.html", "*/**/*.py"):
        for path in ROOT.glob(pattern):
            if ".venv" in path.parts or "tests" in path.parts or "migrations" in path.parts:
                continue
            yield path


def plain_use(word):
    """{% translate "Salah" %} or _("Salah") / gettext("Salah"): no context given."""
    return re.compile(
        rf'{{%\s*(?:translate|trans)\s+"{word}"\s*%}}'
        rf'|\b(?:_|gettext(?:_lazy)?)\(\s*"{word}"\s*\)'
    )


def test_plain_use_pattern():
    assert plain_use("Salah").search('<b>{% translate "Salah" %}</b>')
    assert plain_use("Salah").search('("false", _("Salah"))')
    assert not plain_use("Salah").search('{% translate "Salah" context "quiz verdict" %}')
    assert not plain_use("Salah").search('pgettext_lazy("true/false answer", "Salah")')


def test_words_without_a_default_are_never_used_without_context():
    no_default = [word for word, meanings in MEANINGS.items() if None not in meanings]
    offenders = []
    for path in source_files():
        text = path.read_text(encoding="utf-8")
        for word in no_default:
            plain = plain_use(word)
            offenders += [
                f"{path.relative_to(ROOT)}: {m.group(0)}" for m in re.finditer(plain, text)
            ]
    assert offenders == []


def test_no_short_word_is_shared_by_quiz_answers_and_verdicts_without_context():
    """The result page's badges and the question blocks never share a plain msgid."""
    result = (ROOT / "learning/templates/learning/quiz/result.html").read_text(encoding="utf-8")
    badges = re.findall(r'class="badge[^"]*">\{%\s*translate\s+"([^"]+)"([^%]*)%\}', result)
    assert badges, "the result page marks questions with badges"
    for word, rest in badges:
        if word in MEANINGS and None not in MEANINGS[word]:
            assert "context" in rest, word
