"""Minutes and JP computed from the content, so a course's JP follows from what it asks.

The rules (documented in docs/CONTENT.md):

* reading: every word a learner reads in a lesson (text, headings, boxes, quotes,
  example posts, lists, captions, assignment instructions) at ``WORDS_PER_MINUTE``;
* each practice assignment: ``PRACTICE_MINUTES`` to write the answer;
* a lesson's minutes = ceil(words / WORDS_PER_MINUTE) + PRACTICE_MINUTES × assignments;
  the declared ``minutes`` may differ from that by ``tolerance`` at most;
* a quiz: ``MINUTES_PER_QUESTION`` per question drawn in one attempt, rounded up;
* the course's ``duration_minutes`` = the activities its completion rule requires:
  every lesson's declared minutes and every quiz ("lessons_and_quizzes"), or the
  reading time of every lesson and every quiz ("quizzes": assignments are optional);
* JP = ceil(duration_minutes / 45): one JP is 45 minutes, and a started JP counts.
"""

import math
import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

WORDS_PER_MINUTE = 150
PRACTICE_MINUTES = 20
MINUTES_PER_QUESTION = 1.5
JP_MINUTES = 45
_WORD = re.compile(r"[0-9A-Za-zÀ-ÿ]+(?:[-'’][0-9A-Za-zÀ-ÿ]+)*")


def count_words(text):
    return len(_WORD.findall(strip_tags(text or "").replace("&nbsp;", " ")))


def _texts(value):
    """Every string a learner reads in a block value (rich text included)."""
    if hasattr(value, "source"):
        yield value.source
    elif isinstance(value, str):
        yield value
    elif isinstance(value, dict) or hasattr(value, "items"):
        for key, item in value.items():
            if key not in (
                "alt_text",
                "image_alt",
                "handle",
                "kind",
                "level",
                "verdict",
                "platform",
                "allow_link",
                "credit",
            ):
                yield from _texts(item)
    elif isinstance(value, list | tuple) or (
        hasattr(value, "__iter__") and not isinstance(value, bytes)
    ):
        for item in value:
            yield from _texts(item)


@dataclass(frozen=True)
class LessonEstimate:
    file: str
    declared: int
    words: int
    practices: int

    @property
    def reading(self):
        return math.ceil(self.words / WORDS_PER_MINUTE)

    @property
    def computed(self):
        return self.reading + PRACTICE_MINUTES * self.practices

    @property
    def tolerance(self):
        return max(2, round(self.computed * 0.15))

    @property
    def matches(self):
        return abs(self.declared - self.computed) <= self.tolerance


def lesson_estimate(spec):
    body = spec.fields["body"]
    words, practices = 0, 0
    for block in body:
        if block.block_type == "practice_assignment":
            practices += 1
        words += sum(count_words(text) for text in _texts(block.value))
    return LessonEstimate(spec.file, spec.fields["estimated_minutes"] or 0, words, practices)


def quiz_minutes(spec):
    questions = len(spec.fields["questions"])
    drawn = min(spec.fields["draw_count"] or questions, questions)
    return math.ceil(drawn * MINUTES_PER_QUESTION)


@dataclass(frozen=True)
class CourseEstimate:
    lessons: list
    quizzes: list  # (file, minutes)
    duration_minutes: int
    jp: int


def estimate(course_spec):
    lessons, quizzes = [], []
    for spec in course_spec.walk():
        if spec.kind == "lesson":
            lessons.append(lesson_estimate(spec))
        elif spec.kind == "quiz":
            quizzes.append((spec.file, quiz_minutes(spec)))
    if course_spec.fields["completion_rule"] == "quizzes":
        lesson_minutes = sum(
            max(1, lesson.declared - PRACTICE_MINUTES * lesson.practices) for lesson in lessons
        )
    else:
        lesson_minutes = sum(lesson.declared for lesson in lessons)
    duration = lesson_minutes + sum(minutes for _file, minutes in quizzes)
    return CourseEstimate(lessons, quizzes, duration, math.ceil(duration / JP_MINUTES))


def check(course_spec):
    """Warnings (Indonesian) where declared minutes or JP do not follow from the content."""
    result = estimate(course_spec)
    warnings = [
        _(
            "%(file)s: minutes %(declared)s, padahal isinya sekitar %(computed)s menit (%(words)s "
            "kata, %(practices)s tugas praktik)."
        )
        % {
            "file": lesson.file,
            "declared": lesson.declared,
            "computed": lesson.computed,
            "words": lesson.words,
            "practices": lesson.practices,
        }
        for lesson in result.lessons
        if not lesson.matches
    ]
    if course_spec.fields["duration_minutes"] != result.duration_minutes:
        warnings.append(
            _(
                "course.yaml: duration_minutes %(declared)s, padahal jumlah menit "
                "pelajaran dan kuis %(computed)s."
            )
            % {
                "declared": course_spec.fields["duration_minutes"],
                "computed": result.duration_minutes,
            }
        )
    if course_spec.fields["jp"] != result.jp:
        warnings.append(
            _(
                "course.yaml: jp %(declared)s, padahal %(minutes)s menit = %(jp)s JP "
                "(1 JP = 45 menit, dibulatkan ke atas)."
            )
            % {
                "declared": course_spec.fields["jp"],
                "minutes": result.duration_minutes,
                "jp": result.jp,
            }
        )
    return warnings
