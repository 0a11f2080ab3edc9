"""A small published course tree for content tests: catalogue, course, module, lesson, quiz."""

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


def paragraph(html):
    return {"type": "paragraph", "value": html}


def single_choice(prompt, correct="Benar", wrong=("Salah",)):
    choices = [{"text": correct, "is_correct": True, "feedback": "Tepat."}]
    choices += [{"text": text, "is_correct": False, "feedback": "Kurang tepat."}
                for text in wrong]
    return {"type": "single_choice",
            "value": {"prompt": prompt, "choices": choices, "explanation": ""}}


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def home_page():
    """The site's HomePage, created and made the default site root if missing."""
    home = HomePage.objects.first()
    if home is None:
        home = publish(Page.get_first_root_node(), HomePage(title="Beranda", slug="beranda"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


def build_course_tree(course_title="Dasar Media Sosial Instansi"):
    home = home_page()
    catalogue = CourseIndexPage.objects.first() or publish(
        home, CourseIndexPage(title="Katalog Kursus", slug="kursus"))
    category, _created = CompetencyCategory.objects.get_or_create(
        slug="komunikasi-publik", defaults={"name": "Komunikasi Publik"})
    course = publish(catalogue, CoursePage(
        title=course_title,
        summary="Belajar mengelola akun resmi instansi dan menjawab warganet dengan santun.",
        objectives="<ul><li>Menyusun unggahan layanan publik</li></ul>",
        jp=4, duration_minutes=180, category=category,
    ))
    module = publish(course, ModulePage(title="Modul 1: Dasar", summary="Pengantar."))
    lesson = publish(module, LessonPage(
        title="Setiap ASN adalah humas", estimated_minutes=8,
        body=[paragraph("<p>Warga mengenal pemerintah lewat linimasa.</p>")],
    ))
    quiz = publish(module, QuizPage(
        title="Kuis modul 1", pass_mark=70,
        questions=[single_choice("Siapa humas instansi?"),
                   single_choice("Kapan membalas komentar?")],
    ))
    return SimpleNamespace(home=home, catalogue=catalogue, category=category, course=course,
                           module=module, lesson=lesson, quiz=quiz)
