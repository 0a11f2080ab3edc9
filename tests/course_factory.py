"""A small published course tree for tests: index → course → module → lesson + quiz.

Usage::

    from tests.course_factory import build_course, single_choice, true_false

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

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from home.models import HomePage

_slugs = itertools.count(1)


def choice_item(choice_id, text, is_correct=False, feedback=None):
    """One ListBlock item in Wagtail's block format (stable id, so tests can post it)."""
    return {
        "type": "item",
        "id": choice_id,
        "value": {"text": text, "is_correct": is_correct,
                  "feedback": feedback if feedback is not None else f"Umpan {choice_id}"},
    }


def single_choice(question_id, correct="a", letters="abc", prompt=None, explanation=""):
    return {
        "type": "single_choice",
        "id": question_id,
        "value": {
            "prompt": prompt or f"Pertanyaan {question_id}",
            "choices": [choice_item(f"{question_id}-{letter}", f"Pilihan {letter.upper()}",
                                    letter == correct)
                        for letter in letters],
            "explanation": explanation,
        },
    }


def multiple_choice(question_id, correct="ab", letters="abcd", prompt=None, explanation=""):
    return {
        "type": "multiple_choice",
        "id": question_id,
        "value": {
            "prompt": prompt or f"Pertanyaan {question_id}",
            "choices": [choice_item(f"{question_id}-{letter}", f"Pilihan {letter.upper()}",
                                    letter in correct)
                        for letter in letters],
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


def _course_index():
    """The one catalogue page, created (with a home page) the first time it is needed."""
    index = CourseIndexPage.objects.first()
    if index:
        return index
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Beranda", slug="beranda-uji"))
        # Serve the tree from the default site, so page.url works in tests.
        site = Site.objects.filter(is_default_site=True).first()
        if site:
            site.root_page = home
            site.save()
    index = home.add_child(instance=CourseIndexPage(title="Katalog", slug="katalog-uji"))
    index.save_revision().publish()
    return index


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_course(questions=None, pass_mark=70, attempt_limit=0, time_limit_minutes=None,
                 draw_count=None, shuffle=False):
    """A published course with one module holding one lesson and one quiz.

    ``questions`` is StreamField raw data (see the helpers above); the default is
    one question of each type. Returns ``SimpleNamespace(index, course, module,
    lesson, quiz)``; call it again for a second course under the same catalogue.
    """
    n = next(_slugs)
    index = _course_index()
    course = _publish(index, CoursePage(
        title=f"Kursus Uji {n}", slug=f"kursus-uji-{n}", jp=2, duration_minutes=90,
        summary="Ringkasan kursus uji.", objectives="<ul><li>Memahami humas</li></ul>",
    ))
    module = _publish(course, ModulePage(title="Modul 1", slug=f"modul-uji-{n}"))
    lesson = _publish(module, LessonPage(
        title="Pelajaran 1", slug=f"pelajaran-uji-{n}",
        body=[{"type": "paragraph", "value": "<p>Isi</p>"}],
    ))
    quiz = _publish(module, QuizPage(
        title="Kuis 1", slug=f"kuis-uji-{n}", pass_mark=pass_mark,
        attempt_limit=attempt_limit, time_limit_minutes=time_limit_minutes,
        draw_count=draw_count, shuffle_choices=shuffle,
        questions=questions if questions is not None else default_questions(),
    ))
    return SimpleNamespace(index=index, course=course, module=module, lesson=lesson,
                           quiz=QuizPage.objects.get(pk=quiz.pk))
