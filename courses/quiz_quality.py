"""Quiz-quality check: the cues that let a learner pass without knowing the answer.

Reads content only. ``quiz_warnings(quiz)`` lists, per question and for the quiz
as a whole, the known item-writing flaws:

* the correct option is clearly the longest (a test-wise learner picks it);
* across a quiz, the correct option is the longest (or the shortest) in most items;
* true/false answers mostly one way; multiple-answer items mostly "all but one";
* "semua benar" / "tidak ada yang benar" / "A dan B" style options, or every option correct;
* two options with the same text;
* a choice without feedback, a question without an explanation;
* a bank smaller than twice the draw, so a retake is nearly the same test.

Warnings never block saving: the editor shows them in a panel and as a message
after saving, ``import_course`` prints them, and the admin report lists every quiz
that has any.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

LONGEST_RATIO = 1.25  # correct option ≥ 125 % of the longest distractor …
LONGEST_MIN_GAP = 12  # … and at least this many characters longer
SHARE_LIMIT = 0.5  # quiz-level cue when more than half the items show it
TRUE_FALSE_LIMIT = 0.7
MIN_ITEMS_FOR_SHARE = 4

_ALL_OF_THE_ABOVE = re.compile(
    r"\bsemua(nya)?\s+(jawaban\s+|pilihan\s+)?(di\s+atas|benar|salah|tersebut)\b"
    r"|\btidak\s+ada\s+(jawaban\s+|pilihan\s+)?yang\s+benar\b"
    r"|\b(all|none)\s+of\s+the\s+above\b"
    r"|^\s*\(?[a-e]\)?\s*(dan|&|,)\s*\(?[a-e]\)?(\s+(benar|salah))?\s*\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QualityWarning:
    code: str
    number: int | None  # 1-based question number; None for the quiz as a whole
    question_id: str | None
    message: str

    def __str__(self):
        if self.number is None:
            return self.message
        return _("Soal %(number)s: %(message)s") % {"number": self.number, "message": self.message}


def _normal(text):
    return re.sub(r"\s+", " ", (text or "").strip().casefold()).rstrip(".")


def _choices(value):
    """(text, is_correct, feedback) per choice, from a block value or from raw data."""
    out = []
    for choice in value["choices"]:
        if isinstance(choice, dict) and choice.get("type") == "item":
            choice = choice["value"]
        out.append((choice["text"] or "", bool(choice["is_correct"]), choice["feedback"] or ""))
    return out


def _correct_is_clearly_longest(choices):
    correct = [len(text.strip()) for text, is_correct, _feedback in choices if is_correct]
    wrong = [len(text.strip()) for text, is_correct, _feedback in choices if not is_correct]
    if not correct or not wrong:
        return False
    shortest_correct, longest_wrong = min(correct), max(wrong)
    return (
        shortest_correct >= longest_wrong * LONGEST_RATIO
        and shortest_correct - longest_wrong >= LONGEST_MIN_GAP
    )


def _correct_is_shortest(choices):
    shortest = min(len(text.strip()) for text, _c, _f in choices)
    return any(is_correct and len(text.strip()) == shortest for text, is_correct, _f in choices)


def _correct_is_longest(choices):
    longest = max(len(text.strip()) for text, _c, _f in choices)
    return any(is_correct and len(text.strip()) == longest for text, is_correct, _f in choices)


def question_warnings(block_type, value, number, question_id=None):
    """Warnings for one question block value (``block.value``)."""
    warnings = []

    def add(code, message):
        warnings.append(QualityWarning(code, number, question_id, message))

    if not (value.get("explanation") or "").strip():
        add("missing_explanation", _("tidak ada pembahasan."))
    if block_type == "true_false":
        if (
            not (value["feedback_true"] or "").strip()
            or not (value["feedback_false"] or "").strip()
        ):
            add("missing_feedback", _('umpan balik untuk "Benar" atau "Salah" kosong.'))
        return warnings
    choices = _choices(value)
    if any(not feedback.strip() for _t, _c, feedback in choices):
        add("missing_feedback", _("ada pilihan tanpa umpan balik."))
    texts = [_normal(text) for text, _c, _f in choices]
    if len(set(texts)) != len(texts):
        add("duplicate_choices", _("dua pilihan bertuliskan sama."))
    if any(_ALL_OF_THE_ABOVE.search(text) for text, _c, _f in choices):
        add(
            "all_of_the_above",
            _(
                'ada pilihan seperti "semua benar", "tidak ada yang '
                'benar", atau "A dan B"; tulis pilihan yang berdiri '
                "sendiri."
            ),
        )
    if block_type == "multiple_choice" and all(is_correct for _t, is_correct, _f in choices):
        add("all_correct", _("semua pilihan benar, jadi soal ini tidak membedakan apa pun."))
    if _correct_is_clearly_longest(choices):
        add(
            "correct_longest",
            _(
                "jawaban benar jauh lebih panjang daripada pengecoh; peserta "
                "bisa menebak dari panjangnya."
            ),
        )
    return warnings


def questions_warnings(blocks, draw_count=None):
    """Warnings for a sequence of (block_type, value, id) and the bank as a whole."""
    warnings, longest, shortest, choice_items, single_items = [], 0, 0, 0, 0
    true_answers = false_answers = all_but_one = multi = 0
    for number, (block_type, value, question_id) in enumerate(blocks, 1):
        warnings += question_warnings(block_type, value, number, question_id)
        if block_type == "true_false":
            true_answers += value["answer"] == "true"
            false_answers += value["answer"] == "false"
            continue
        choices = _choices(value)
        if len(choices) >= 3:
            choice_items += 1
            longest += _correct_is_longest(choices)
            if block_type == "single_choice":
                single_items += 1
                shortest += _correct_is_shortest(choices)
        if block_type == "multiple_choice" and len(choices) >= 4:
            multi += 1
            all_but_one += sum(is_correct for _t, is_correct, _f in choices) == len(choices) - 1
    quiz_level = []
    if choice_items >= MIN_ITEMS_FOR_SHARE and longest / choice_items > SHARE_LIMIT:
        quiz_level.append(
            QualityWarning(
                "correct_longest_share",
                None,
                None,
                _(
                    "Di %(count)s dari %(total)s soal pilihan, jawaban benar adalah pilihan "
                    "terpanjang."
                )
                % {"count": longest, "total": choice_items},
            )
        )
    if single_items >= MIN_ITEMS_FOR_SHARE and shortest / single_items > SHARE_LIMIT:
        quiz_level.append(
            QualityWarning(
                "correct_shortest_share",
                None,
                None,
                _(
                    "Di %(count)s dari %(total)s soal pilihan tunggal, jawaban benar adalah "
                    "pilihan terpendek."
                )
                % {"count": shortest, "total": single_items},
            )
        )
    tf_total = true_answers + false_answers
    if (
        tf_total >= MIN_ITEMS_FOR_SHARE
        and max(true_answers, false_answers) / tf_total > TRUE_FALSE_LIMIT
    ):
        quiz_level.append(
            QualityWarning(
                "true_false_balance",
                None,
                None,
                _(
                    'Soal benar/salah tidak seimbang: %(true)s berjawaban "Benar" dan %(false)s '
                    '"Salah".'
                )
                % {"true": true_answers, "false": false_answers},
            )
        )
    if multi >= 2 and all_but_one / multi > SHARE_LIMIT:
        quiz_level.append(
            QualityWarning(
                "all_but_one_share",
                None,
                None,
                _(
                    "Di %(count)s dari %(total)s soal jawaban ganda, semua pilihan benar kecuali "
                    "satu; "
                    "peserta cukup mencari satu yang janggal."
                )
                % {"count": all_but_one, "total": multi},
            )
        )
    pool = len(blocks)
    if pool and (draw_count is None or pool < 2 * draw_count):
        quiz_level.append(
            QualityWarning(
                "bank_size",
                None,
                None,
                _(
                    "Bank soal (%(pool)s) kurang dari dua kali jumlah soal per percobaan "
                    "(%(draw)s), "
                    "sehingga percobaan ulang hampir sama."
                )
                % {"pool": pool, "draw": draw_count or pool},
            )
        )
    return quiz_level + warnings


def quiz_warnings(quiz):
    """Warnings for a QuizPage (its questions as they are on the instance)."""
    blocks = [(block.block_type, block.value, block.id) for block in quiz.questions]
    return questions_warnings(blocks, quiz.draw_count)
