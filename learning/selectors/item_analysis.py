"""Item analysis of a quiz from its real attempts, computed by SQL aggregates.

Every submitted attempt keeps a snapshot of the questions it drew (ids, choices,
correct flags) and the answers posted ({question id: [choice id, …]}). The
aggregates run over those JSON columns in the database (``jsonb_array_elements``
on PostgreSQL, ``json_each`` on SQLite), one row per question and one per choice;
Python only divides.

Per question, over the submitted attempts that drew it:

* **facility** (p) = correct / attempts: the share who got it right (all or nothing,
  as the quiz grades it).
* **discrimination** = the correlation between getting this item right (x, 0 or 1)
  and the score on the *rest* of the attempt (y = correct answers − x), i.e. the
  corrected point-biserial / item-rest correlation Moodle reports as its
  discrimination index:
  r = (n·Σxy − Σx·Σy) / √((n·Σx² − (Σx)²)·(n·Σy² − (Σy)²)); None when either
  side has no spread (everyone right, everyone wrong, or equal rest scores).
* per choice: how many attempts showed it and how many picked it.

Bands a trainer is shown (``ItemStats.flags``): facility below 0.3 (very hard) or
above 0.9 (too easy), discrimination below 0.2 (weak) or negative (check the key),
a distractor nobody picked (once there are ``MIN_RELIABLE_ATTEMPTS`` attempts).

Expired attempts (no answers) and attempts in progress are left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import connection
from django.db.models import Avg, Count
from django.utils.translation import gettext as _

from courses.models import QuizPage
from learning.models import QuizAttempt

if TYPE_CHECKING:
    from collections.abc import Iterable

MIN_RELIABLE_ATTEMPTS = 20
FACILITY_HARD = 0.3
FACILITY_EASY = 0.9
DISCRIMINATION_WEAK = 0.2

_POSTGRES_ROWS = """
    SELECT a.id AS attempt_id, a.correct_count AS total,
           q.value ->> 'id' AS question_id,
           q.value ->> 'prompt' AS prompt,
           q.value ->> 'type' AS question_type,
           c.value ->> 'id' AS choice_id,
           c.value ->> 'text' AS choice_text,
           CASE WHEN (c.value ->> 'is_correct')::boolean THEN 1 ELSE 0 END AS is_correct,
           CASE WHEN COALESCE(a.answers -> (q.value ->> 'id'), '[]'::jsonb)
                     @> jsonb_build_array(c.value ->> 'id') THEN 1 ELSE 0 END AS chosen
    FROM {table} a
    CROSS JOIN LATERAL jsonb_array_elements(a.questions) AS q(value)
    CROSS JOIN LATERAL jsonb_array_elements(q.value -> 'choices') AS c(value)
    WHERE a.quiz_id = %s AND a.status = %s
"""

_SQLITE_ROWS = """
    SELECT a.id AS attempt_id, a.correct_count AS total,
           json_extract(q.value, '$.id') AS question_id,
           json_extract(q.value, '$.prompt') AS prompt,
           json_extract(q.value, '$.type') AS question_type,
           json_extract(c.value, '$.id') AS choice_id,
           json_extract(c.value, '$.text') AS choice_text,
           CASE WHEN json_extract(c.value, '$.is_correct') THEN 1 ELSE 0 END AS is_correct,
           CASE WHEN EXISTS (
               SELECT 1 FROM json_each(a.answers, '$."' || json_extract(q.value, '$.id') || '"')
                   AS pick
               WHERE pick.value = json_extract(c.value, '$.id')
           ) THEN 1 ELSE 0 END AS chosen
    FROM {table} a, json_each(a.questions) AS q, json_each(q.value, '$.choices') AS c
    WHERE a.quiz_id = %s AND a.status = %s
"""

_AGGREGATES = """
    WITH choice_rows AS ({rows}),
    items AS (
        SELECT attempt_id, question_id, MAX(total) AS total,
               CASE WHEN SUM(chosen) > 0 AND SUM(chosen) = SUM(is_correct)
                         AND SUM(chosen * is_correct) = SUM(is_correct)
                    THEN 1 ELSE 0 END AS x
        FROM choice_rows GROUP BY attempt_id, question_id
    )
    SELECT question_id, COUNT(*) AS n, SUM(x) AS sx, SUM(total - x) AS sy,
           SUM(x * (total - x)) AS sxy, SUM((total - x) * (total - x)) AS syy
    FROM items GROUP BY question_id
"""

_CHOICES = """
    WITH choice_rows AS ({rows})
    SELECT question_id, MAX(prompt), MAX(question_type), choice_id, MAX(choice_text),
           MAX(is_correct), COUNT(*) AS shown, SUM(chosen) AS picked
    FROM choice_rows GROUP BY question_id, choice_id
"""


@dataclass(frozen=True)
class ChoiceStats:
    choice_id: str
    text: str
    is_correct: bool
    shown: int
    picked: int

    @property
    def share(self):
        return self.picked / self.shown if self.shown else 0.0


@dataclass(frozen=True)
class ItemStats:
    question_id: str
    prompt: str
    question_type: str
    attempts: int
    correct: int
    discrimination: float | None
    choices: list

    @property
    def facility(self):
        return self.correct / self.attempts if self.attempts else None

    @property
    def flags(self):
        """Why a trainer should look at this item (Indonesian), following the usual bands."""
        flags = []
        if self.facility is not None and self.facility < FACILITY_HARD:
            flags.append(_("sangat sulit: periksa kunci jawaban dan kejelasan soal"))
        if self.facility is not None and self.facility > FACILITY_EASY:
            flags.append(_("terlalu mudah: hampir semua menjawab benar"))
        if self.discrimination is not None and self.discrimination < 0:
            flags.append(
                _(
                    "daya beda negatif: peserta yang nilainya tinggi justru lebih "
                    "sering salah; periksa kunci jawaban"
                )
            )
        elif self.discrimination is not None and self.discrimination < DISCRIMINATION_WEAK:
            flags.append(_("daya beda lemah"))
        unused = [choice for choice in self.choices if not choice.is_correct and not choice.picked]
        if unused and self.attempts >= MIN_RELIABLE_ATTEMPTS:
            flags.append(_("ada pengecoh yang tidak pernah dipilih"))
        return flags


@dataclass(frozen=True)
class QuizItemAnalysis:
    quiz_id: int
    attempts: int
    mean_score: float | None
    items: list

    @property
    def reliable(self):
        return self.attempts >= MIN_RELIABLE_ATTEMPTS


def _rows_sql():
    template = _POSTGRES_ROWS if connection.vendor == "postgresql" else _SQLITE_ROWS
    return template.format(table=QuizAttempt._meta.db_table)


def _correlation(n, sx, sy, sxy, syy):
    """Pearson r of a 0/1 x and y from sums (Σx² = Σx for 0/1); None without spread."""
    spread = (n * sx - sx * sx) * (n * syy - sy * sy)
    if n < 2 or spread <= 0:
        return None
    return (n * sxy - sx * sy) / math.sqrt(spread)


def _current_order(quiz_id):
    """Question id → position in the quiz as it is now (removed questions go last)."""
    quiz = QuizPage.objects.filter(pk=quiz_id).first()
    return {block.id: index for index, block in enumerate(quiz.questions)} if quiz else {}


def item_analysis(*, quiz_id: int) -> QuizItemAnalysis:
    """Facility, discrimination and choice counts for every question of the quiz, from SQL."""
    params = [quiz_id, QuizAttempt.Status.SUBMITTED]
    rows = _rows_sql()
    with connection.cursor() as cursor:
        cursor.execute(_AGGREGATES.format(rows=rows), params)
        sums = {row[0]: row[1:] for row in cursor.fetchall()}
        cursor.execute(_CHOICES.format(rows=rows), params)
        choice_rows = cursor.fetchall()
    summary = QuizAttempt.objects.filter(
        quiz_id=quiz_id, status=QuizAttempt.Status.SUBMITTED
    ).aggregate(attempts=Count("pk"), mean=Avg("score"))
    attempts = summary["attempts"]
    mean = float(summary["mean"]) if summary["mean"] is not None else None
    by_question = {}
    for question_id, prompt, kind, choice_id, text, is_correct, shown, picked in choice_rows:
        entry = by_question.setdefault(question_id, {"prompt": prompt, "type": kind, "choices": []})
        entry["choices"].append(
            ChoiceStats(choice_id, text or "", bool(is_correct), int(shown), int(picked or 0))
        )
    items = []
    for question_id, entry in by_question.items():
        n, sx, sy, sxy, syy = (int(value or 0) for value in sums.get(question_id, (0,) * 5))
        items.append(
            ItemStats(
                question_id=question_id,
                prompt=entry["prompt"] or "",
                question_type=entry["type"],
                attempts=n,
                correct=sx,
                discrimination=_correlation(n, sx, sy, sxy, syy),
                choices=sorted(entry["choices"], key=lambda choice: choice.choice_id),
            )
        )
    order = _current_order(quiz_id)
    items.sort(key=lambda item: (order.get(item.question_id, len(order)), item.question_id))
    return QuizItemAnalysis(quiz_id=quiz_id, attempts=attempts, mean_score=mean, items=items)


@dataclass(frozen=True)
class QuizSummary:
    quiz_id: int
    quiz_title: str
    course_title: str
    attempts: int
    mean_score: float | None


def quizzes_with_attempts(*, quiz_ids: Iterable[int] | None = None) -> list[QuizSummary]:
    """Every quiz with submitted attempts: how many and the mean score, one query."""
    rows = QuizAttempt.objects.filter(status=QuizAttempt.Status.SUBMITTED)
    if quiz_ids is not None:
        rows = rows.filter(quiz_id__in=quiz_ids)
    rows = (
        rows.values("quiz_id", "quiz__title", "course__title")
        .annotate(attempts=Count("pk"), mean=Avg("score"))
        .order_by("course__title", "quiz__title")
    )
    return [
        QuizSummary(
            row["quiz_id"],
            row["quiz__title"],
            row["course__title"],
            row["attempts"],
            float(row["mean"]) if row["mean"] is not None else None,
        )
        for row in rows
    ]
