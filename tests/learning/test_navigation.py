"""The learner's next step: across modules after quizzes and lessons, the lesson outline,
the completion page, and the way back to the course."""

import re
from datetime import UTC, datetime

import pytest
from django.urls import reverse

from courses.models import LessonPage, ModulePage, QuizPage
from learning.models import Enrolment
from learning.selectors import outlines
from learning.selectors.course_tree import load_trees
from learning.services import progress, quizzes
from tests.factories import (
    LearnerFactory,
    build_course,
    paragraph,
    publish,
    single_choice,
)

pytestmark = pytest.mark.django_db

RIGHT = {"q1": ["q1-a"]}


@pytest.fixture
def two_modules():
    """Modul 1: lesson, quiz. Modul 2: lesson "Menanggapi kritik"."""
    tree = build_course(questions=[single_choice("q1")], pass_mark=100, jp=3)
    tree.module2 = publish(
        tree.course, ModulePage(title="Modul 2: Tanggapan yang Santun", slug="modul-dua")
    )
    tree.lesson2 = publish(
        tree.module2,
        LessonPage(
            title="Menanggapi kritik", slug="menanggapi-kritik", body=[paragraph("<p>Isi 2</p>")]
        ),
    )
    return tree


@pytest.fixture
def learner():
    return LearnerFactory()


def submit(user, quiz, answers):
    attempt = quizzes.start_attempt(user, QuizPage.objects.get(pk=quiz.pk))
    return quizzes.submit_attempt(user, attempt.pk, answers)


# --- The selector --------------------------------------------------------------------


def test_next_step_crosses_into_the_next_module(two_modules, learner):
    tree = load_trees([two_modules.course], learner)[two_modules.course.pk]
    step = outlines.next_step_in(tree, two_modules.quiz.pk, None)
    assert step.item.id == two_modules.lesson2.pk
    assert step.module.title == "Modul 2: Tanggapan yang Santun"
    assert step.url == two_modules.lesson2.url


def test_next_step_inside_a_module_names_no_module(two_modules, learner):
    tree = load_trees([two_modules.course], learner)[two_modules.course.pk]
    step = outlines.next_step_in(tree, two_modules.lesson.pk, None)
    assert step.item.id == two_modules.quiz.pk and step.module is None


def test_after_the_last_item_the_way_leads_back_to_the_course(two_modules, learner):
    tree = load_trees([two_modules.course], learner)[two_modules.course.pk]
    step = outlines.next_step_in(tree, two_modules.lesson2.pk, None)
    assert step.item is None and step.url == two_modules.course.url


def test_after_the_last_item_of_a_completed_course_the_way_leads_to_the_completion_page(
    two_modules, learner
):
    enrolment = progress.enrol(learner, two_modules.course)
    progress.complete_lesson(learner, two_modules.lesson)
    submit(learner, two_modules.quiz, RIGHT)
    progress.complete_lesson(learner, two_modules.lesson2)
    enrolment.refresh_from_db()
    assert enrolment.is_complete
    step = outlines.next_step(learner, two_modules.lesson2)
    assert step.url == reverse("learning:course_completed", args=[two_modules.course.pk])


# --- Quiz result ---------------------------------------------------------------------


@pytest.mark.parametrize("answers", [RIGHT, {}], ids=["passed", "failed"])
def test_quiz_result_offers_the_next_module(client, two_modules, learner, answers):
    progress.enrol(learner, two_modules.course)
    attempt = submit(learner, two_modules.quiz, answers)
    client.force_login(learner)
    html = client.get(reverse("learning:quiz_result", args=[attempt.pk])).content.decode()
    assert "Lanjut ke Modul 2: Tanggapan yang Santun" in html
    assert f'href="{two_modules.lesson2.url}"' in html


def test_quiz_result_of_the_last_quiz_leads_back_to_the_course(client, learner):
    tree = build_course(questions=[single_choice("q1")], pass_mark=100)
    progress.enrol(learner, tree.course)
    attempt = submit(learner, tree.quiz, {})
    client.force_login(learner)
    html = client.get(reverse("learning:quiz_result", args=[attempt.pk])).content.decode()
    assert "Kembali ke halaman kursus" in html
    assert f'href="{tree.course.url}"' in html


# --- Lesson page ------------------------------------------------------------------------


def test_lesson_page_shows_the_outline_position_and_named_neighbours(client, two_modules, learner):
    progress.enrol(learner, two_modules.course)
    client.force_login(learner)
    html = client.get(two_modules.lesson2.url).content.decode()
    assert '<details class="lesson-outline"' in html
    assert f'<a href="{two_modules.lesson2.url}" aria-current="page">Menanggapi kritik</a>' in html
    outline = re.search(r'<details class="lesson-outline".*?</details>', html, re.S).group(0)
    assert outline.count('aria-current="page"') == 1
    assert "Pelajaran 2 dari 2" in html
    assert "Modul 2: Tanggapan yang Santun" in html
    # The previous item is named; there is no next item, so one main action only.
    assert 'class="lesson-nav__title">Kuis 1</span>' in html
    assert "Tandai selesai" in html and "Selesai & lanjut" not in html


def test_lesson_at_the_end_of_a_module_offers_the_next_module(client, learner):
    tree = build_course(questions=[single_choice("q1")])
    QuizPage.objects.get(pk=tree.quiz.pk).delete()
    module2 = publish(tree.course, ModulePage(title="Modul 2: Lanjutan", slug="modul-lanjutan"))
    publish(module2, LessonPage(title="Pelajaran lanjutan", slug="pl", body=[]))
    progress.enrol(learner, tree.course)
    client.force_login(learner)
    html = client.get(tree.lesson.url).content.decode()
    assert "Selesai & lanjut ke Modul 2: Lanjutan" in html
    assert html.count('class="button lesson-complete__next"') == 1


def test_completed_lesson_offers_the_next_step_as_the_main_action(client, two_modules, learner):
    progress.enrol(learner, two_modules.course)
    progress.complete_lesson(learner, two_modules.lesson)
    client.force_login(learner)
    html = client.get(two_modules.lesson.url).content.decode()
    assert "Anda sudah menyelesaikan pelajaran ini." in html
    assert "Lanjut: Kuis 1" in html


def test_finishing_the_last_lesson_announces_the_completed_course(client, two_modules, learner):
    progress.enrol(learner, two_modules.course)
    progress.complete_lesson(learner, two_modules.lesson)
    submit(learner, two_modules.quiz, RIGHT)
    client.force_login(learner)
    response = client.post(
        reverse("learning:lesson_complete", args=[two_modules.lesson2.pk]), {"next": "1"}
    )
    url = reverse("learning:course_completed", args=[two_modules.course.pk])
    assert response.status_code == 302 and response["Location"] == url


# --- Completion page ------------------------------------------------------------------


def test_completion_page_shows_jp_credited_and_the_year_against_the_target(
    client, two_modules, learner, django_assert_max_num_queries
):
    other = build_course(jp=5)
    for tree in (two_modules, other):
        progress.enrol(learner, tree.course)
    Enrolment.objects.filter(user=learner, course=other.course).update(
        completed_at=datetime(2020, 1, 1, tzinfo=UTC)
    )
    progress.complete_lesson(learner, two_modules.lesson)
    submit(learner, two_modules.quiz, RIGHT)
    progress.complete_lesson(learner, two_modules.lesson2)
    client.force_login(learner)
    url = reverse("learning:course_completed", args=[two_modules.course.pk])
    client.get(url)
    with django_assert_max_num_queries(20):
        response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Selamat! Anda telah menyelesaikan" in html and two_modules.course.title in html
    assert "3 JP" in html  # credited, and the year's total (the 2020 course does not count)
    assert "3 dari 20 JP" in html
    assert "Kurang 17 JP lagi" in html
    assert "Sertifikat" in html  # the certificates app's panel (issued or being issued)


def test_completion_page_of_an_unfinished_course_sends_back_to_the_course(
    client, two_modules, learner
):
    progress.enrol(learner, two_modules.course)
    client.force_login(learner)
    response = client.get(reverse("learning:course_completed", args=[two_modules.course.pk]))
    assert response.status_code == 302 and response["Location"] == two_modules.course.url


# --- Anonymous visitors -----------------------------------------------------------------


def test_anonymous_lesson_visit_explains_on_the_login_page_why_an_account(client):
    tree = build_course(title="Humas untuk Non-Humas", lesson_title="Setiap ASN adalah humas")
    response = client.get(tree.lesson.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    html = client.get(response["Location"]).content.decode()
    assert "“Setiap ASN adalah humas” adalah materi kursus." in html
    assert "daftar gratis dengan NIP Anda" in html
    assert reverse("account_signup") in html


def test_course_page_offers_sign_up_as_well_as_log_in(client):
    tree = build_course()
    html = client.get(tree.course.url).content.decode()
    assert f'href="{reverse("account_signup")}?next={tree.course.url}"' in html
    assert f'href="{reverse("account_login")}?next={tree.course.url}"' in html
    assert "Daftar akun" in html and "Masuk untuk mendaftar" in html
