"""The one course builder for tests: home → catalogue → course → module → lesson + quiz.

Usage::

    from tests.factories import build_course, single_choice, true_false

    tree = build_course(questions=[single_choice("q1"), true_false("q2", answer="false")])
    tree.course, tree.module, tree.lesson, tree.quiz

Question helpers return StreamField raw data with fixed ids, so a test can post
answers by id: a choice id is ``"<question id>-<letter>"`` (``q1-a``, ``q1-b`` …)
and true/false choices are ``"true"`` and ``"false"``. Feedback strings are
``"Umpan <choice id>"`` so a test can look for them in a response.
"""

import itertools
from types import SimpleNamespace

from wagtail.models import Page, Site

from courses.models import (
    CompetencyCategory,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
    QuizPage,
)
from home.models import HomePage

_slugs = itertools.count(1)


def choice_item(choice_id, text, is_correct=False, feedback=None):
    """One ListBlock item in Wagtail's block format (stable id, so tests can post it)."""
    return {
        "type": "item",
        "id": choice_id,
        "value": {
            "text": text,
            "is_correct": is_correct,
            "feedback": feedback if feedback is not None else f"Umpan {choice_id}",
        },
    }


def single_choice(question_id, correct="a", letters="abc", prompt=None, explanation=""):
    return {
        "type": "single_choice",
        "id": question_id,
        "value": {
            "prompt": prompt or f"Pertanyaan {question_id}",
            "choices": [
                choice_item(
                    f"{question_id}-{letter}", f"Pilihan {letter.upper()}", letter == correct
                )
                for letter in letters
            ],
            "explanation": explanation,
        },
    }


def multiple_choice(question_id, correct="ab", letters="abcd", prompt=None, explanation=""):
    return {
        "type": "multiple_choice",
        "id": question_id,
        "value": {
            "prompt": prompt or f"Pertanyaan {question_id}",
            "choices": [
                choice_item(
                    f"{question_id}-{letter}", f"Pilihan {letter.upper()}", letter in correct
                )
                for letter in letters
            ],
            "explanation": explanation,
        },
    }


def true_false(question_id, answer="true", prompt=None, explanation=""):
    return {
        "type": "true_false",
        "id": question_id,
        "value": {
            "prompt": prompt or f"Pernyataan {question_id}",
            "answer": answer,
            "feedback_true": f"Umpan {question_id}-true",
            "feedback_false": f"Umpan {question_id}-false",
            "explanation": explanation,
        },
    }


def default_questions():
    """One question of each type: q1 (single, a), q2 (multiple, a+b), q3 (true/false, true)."""
    return [single_choice("q1"), multiple_choice("q2"), true_false("q3")]


def paragraph(html):
    """A lesson body's paragraph block in StreamField raw data."""
    return {"type": "paragraph", "value": html}


def practice_block(block_id, title="Tugas", allow_link=True):
    """A practice assignment block in StreamField raw data, with a fixed block id."""
    return {
        "type": "practice_assignment",
        "id": block_id,
        "value": {
            "title": title,
            "prompt": "<p>Tulis ulang pengumuman layanan.</p>",
            "allow_link": allow_link,
        },
    }


def add_to_lesson(lesson, *blocks):
    """Append blocks to a published lesson's body and publish it again."""
    lesson.body = [*lesson.body.raw_data, *blocks]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def publish(parent, page):
    """Add ``page`` under ``parent``, publish it and hand it back fresh from the database."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def home_page():
    """The site's HomePage, created and made the default site's root if missing."""
    home = HomePage.objects.first()
    if home is None:
        home = publish(Page.get_first_root_node(), HomePage(title="Beranda", slug="beranda-uji"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


def course_index():
    """The one catalogue page, created (with a home page) the first time it is needed."""
    index = CourseIndexPage.objects.first()
    if index:
        return index
    return publish(home_page(), CourseIndexPage(title="Katalog", slug="katalog-uji"))


def competency_category():
    category, _created = CompetencyCategory.objects.get_or_create(
        slug="komunikasi-publik", defaults={"name": "Komunikasi Publik"}
    )
    return category


def build_course(
    questions=None,
    pass_mark=70,
    attempt_limit=0,
    time_limit_minutes=None,
    draw_count=None,
    shuffle=False,
    *,
    title=None,
    summary="Ringkasan kursus uji.",
    jp=2,
    duration_minutes=90,
    category=None,
    lesson_title="Pelajaran 1",
    lesson_minutes=10,
    lesson_body=None,
    objectives="<ul><li>Memahami humas</li></ul>",
    review=None,
):
    """A published course with one module holding one lesson and one quiz.

    ``questions`` is StreamField raw data (see the helpers above); the default is
    one question of each type. Returns ``SimpleNamespace(home, index, catalogue,
    category, course, module, lesson, quiz)`` (``catalogue`` is ``index``); call it
    again for a second course under the same catalogue. ``review`` sets the quiz's
    review policy, e.g. ``{"answers": "immediately"}`` (keys: correctness, choices,
    answers; values: ``courses.models.ReviewTiming``); the default is the model's.
    """
    n = next(_slugs)
    index = course_index()
    course = publish(
        index,
        CoursePage(
            title=title or f"Kursus Uji {n}",
            slug=f"kursus-uji-{n}",
            jp=jp,
            duration_minutes=duration_minutes,
            summary=summary,
            category=category,
            objectives=objectives,
        ),
    )
    module = publish(course, ModulePage(title="Modul 1", slug=f"modul-uji-{n}"))
    lesson = publish(
        module,
        LessonPage(
            title=lesson_title,
            slug=f"pelajaran-uji-{n}",
            estimated_minutes=lesson_minutes,
            body=lesson_body if lesson_body is not None else [paragraph("<p>Isi</p>")],
        ),
    )
    quiz = publish(
        module,
        QuizPage(
            title="Kuis 1",
            slug=f"kuis-uji-{n}",
            pass_mark=pass_mark,
            attempt_limit=attempt_limit,
            time_limit_minutes=time_limit_minutes,
            draw_count=draw_count,
            shuffle_choices=shuffle,
            questions=questions if questions is not None else default_questions(),
            **{f"review_{part}": timing for part, timing in (review or {}).items()},
        ),
    )
    return SimpleNamespace(
        home=home_page(),
        index=index,
        catalogue=index,
        category=category,
        course=course,
        module=module,
        lesson=lesson,
        quiz=QuizPage.objects.get(pk=quiz.pk),
    )


def build_course_tree():
    """The course the content tests read: a category, real-sounding titles and text."""
    return build_course(
        title="Dasar Media Sosial Instansi",
        summary="Belajar mengelola akun resmi instansi dan menjawab warganet dengan santun.",
        objectives="<ul><li>Menyusun unggahan layanan publik</li></ul>",
        jp=4,
        duration_minutes=180,
        category=competency_category(),
        lesson_title="Setiap ASN adalah humas",
        lesson_minutes=8,
        lesson_body=[paragraph("<p>Warga mengenal pemerintah lewat linimasa.</p>")],
        questions=[
            single_choice("q1", letters="ab", prompt="Siapa humas instansi?"),
            single_choice("q2", letters="ab", prompt="Kapan membalas komentar?"),
        ],
    )
