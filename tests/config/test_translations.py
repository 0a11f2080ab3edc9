"""The English translation is complete and compiled: every UI string has English."""

import ast
import gettext
from pathlib import Path

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES"


def po_entries(path):
    """(msgid, msgstr, flags) for each entry of a .po file, plural forms joined."""
    entries, current, field, flags = [], {}, None, ""
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if current and "msgctxt" in current:
                entries.append(
                    (
                        current["msgid"],
                        current.get("msgstr", ""),
                        flags + " context:" + current["msgctxt"],
                    )
                )
            elif current and "msgid_plural" not in current:
                entries.append((current.get("msgid", ""), current.get("msgstr", ""), flags))
            elif current:
                entries.append((current["msgid"], current.get("msgstr", ""), flags + " plural"))
            current, field, flags = {}, None, ""
        elif line.startswith("#,"):
            flags = line
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            current[field] += ast.literal_eval(line)
        else:
            key, _space, value = line.partition(" ")
            field = "msgstr" if key.startswith("msgstr") else key
            current[field] = current.get(field, "") + ast.literal_eval(value)
    return entries


def test_every_english_entry_is_translated_and_not_fuzzy():
    entries = [e for e in po_entries(LOCALE / "django.po") if e[0]]
    assert len(entries) > 500
    missing = [msgid for msgid, msgstr, _flags in entries if not msgstr]
    fuzzy = [msgid for msgid, _msgstr, flags in entries if "fuzzy" in flags]
    assert not missing, missing[:10]
    assert not fuzzy, fuzzy[:10]


def test_compiled_catalogue_matches_the_po_file():
    with open(LOCALE / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, msgstr, flags in po_entries(LOCALE / "django.po"):
        if not msgid or "plural" in flags:
            continue
        if "context:" in flags:
            context = flags.split("context:", 1)[1]
            assert compiled.pgettext(context, msgid) == msgstr, (context, msgid)
        else:
            assert compiled.gettext(msgid) == msgstr, msgid
