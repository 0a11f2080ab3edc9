"""Quizzes in the browser, on a phone and on a desktop: answers survive leaving an
attempt, the review policy holds the correct answers back until a pass, and the quiz
pages fit a 360 px screen."""

import re

import pytest

from learning.models import Enrolment, QuizAttempt
from learning.services import quizzes
from tests.browser import test_accessibility as a11y
from tests.browser.helpers import STEP_TIMEOUT_MS, log_in, show_question
from tests.factories import LearnerFactory, build_course, single_choice, true_false

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 900}}


@pytest.fixture(params=list(VIEWPORTS))
def screen(request, browser, live_server):
    context = browser.new_context(viewport=VIEWPORTS[request.param], locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(STEP_TIMEOUT_MS)
    page.kind = request.param
    yield page
    context.close()


def quiz_course(**options):
    return build_course(
        questions=[
            single_choice("q1", prompt="Siapa humas instansi?", explanation="Penjelasan satu"),
            true_false("q2", answer="false", prompt="Kritik warga sebaiknya dihapus."),
            single_choice("q3", correct="c", prompt="Kapan membalas komentar warga?"),
        ],
        pass_mark=100,
        **options,
    )


def signed_in_learner(page, live_server, tree):
    learner = LearnerFactory()
    Enrolment.objects.create(user=learner, course=tree.course)
    log_in(page, live_server.url, learner.email)
    return learner


def question(page, number):
    return page.locator(f"#soal-{number}")


def visible_questions(page):
    return page.locator("[data-quiz-question]:visible").count()


def go_to_question(page, number):
    """On a phone, pick the question in the navigator; on a desktop all are there."""
    assert show_question(page, number).is_visible()
    assert page.locator(f"[data-quiz-goto='{number - 1}']").is_visible() == (page.kind == "phone")


def answer_and_submit(page, labels):
    """Tick one choice per question (by its label, in order) and submit."""
    for number, label in enumerate(labels, 1):
        go_to_question(page, number)
        question(page, number).get_by_label(label, exact=True).check()
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    page.wait_for_url(re.compile("/hasil/"))


def wait_until_saved(page):
    page.wait_for_selector("[data-quiz-form][data-quiz-saved]")
    assert page.get_by_text("Jawaban tersimpan.").is_visible()


def test_answers_are_kept_after_leaving_an_attempt(screen, live_server):
    page = screen
    tree = quiz_course()
    learner = signed_in_learner(page, live_server, tree)

    page.goto(live_server.url + tree.quiz.url)
    page.get_by_role("button", name="Mulai kuis").click()
    page.wait_for_url(re.compile(r"/kuis/percobaan/\d+/$"))
    if page.kind == "phone":  # one question at a time, with the navigator
        assert visible_questions(page) == 1
        assert page.get_by_role("navigation", name="Navigasi soal").is_visible()
        assert page.locator("[data-quiz-goto]").count() == 3
    else:
        assert visible_questions(page) == 3
        assert not page.get_by_role("navigation", name="Navigasi soal").is_visible()

    question(page, 1).get_by_label("Pilihan B").check()
    wait_until_saved(page)
    if page.kind == "phone":
        page.get_by_role("button", name="Soal berikutnya").click()
    go_to_question(page, 2)
    question(page, 2).get_by_label("Salah", exact=True).check()
    wait_until_saved(page)
    attempt = QuizAttempt.objects.get(user=learner)
    assert attempt.draft_answers == {"q1": ["q1-b"], "q2": ["false"]}

    # Leave for the course page, come back through the quiz page.
    page.goto(live_server.url + tree.course.url)
    page.goto(live_server.url + tree.quiz.url)
    page.get_by_role("link", name="Lanjutkan percobaan").click()
    page.wait_for_url(re.compile(r"/kuis/percobaan/\d+/$"))
    assert question(page, 1).get_by_label("Pilihan B").is_checked()
    assert not question(page, 1).get_by_label("Pilihan A").is_checked()
    assert question(page, 2).get_by_label("Salah", exact=True).is_checked()
    if page.kind == "phone":  # back where the learner stopped: the first unanswered one
        assert question(page, 3).is_visible() and visible_questions(page) == 1
        assert page.get_by_text("2 dari 3 soal dijawab").is_visible()

    # Submitting with a question unanswered shows that question and says why.
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    assert question(page, 3).is_visible()
    assert QuizAttempt.objects.get(pk=attempt.pk).status == QuizAttempt.Status.IN_PROGRESS
    question(page, 3).get_by_label("Pilihan C").check()
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    page.wait_for_url(re.compile("/hasil/"))
    attempt.refresh_from_db()
    assert attempt.answers == {"q1": ["q1-b"], "q2": ["false"], "q3": ["q3-c"]}
    assert attempt.correct_count == 2


def test_review_policy_hides_correct_answers_until_a_pass(screen, live_server):
    page = screen
    tree = quiz_course()  # the default policy
    signed_in_learner(page, live_server, tree)
    page.goto(live_server.url + tree.quiz.url)

    # A failed attempt: right/wrong and the learner's own choices' feedback only.
    page.get_by_role("button", name="Mulai kuis").click()
    answer_and_submit(page, ["Pilihan B", "Salah", "Pilihan C"])
    html = page.content()
    assert "Belum lulus" in html
    assert "Umpan q1-b" in html  # the chosen wrong choice
    assert "Umpan q1-a" not in html and "Penjelasan satu" not in html
    assert page.locator(".quiz-review .badge--ok", has_text="Jawaban benar").count() == 0
    assert page.get_by_text(
        "Ditampilkan setelah Anda lulus kuis ini: jawaban benar dan pembahasan."
    ).is_visible()
    failed_url = page.url

    # Retry and pass: now the answers are shown, on this attempt and the failed one.
    page.get_by_role("button", name="Coba lagi").click()
    answer_and_submit(page, ["Pilihan A", "Salah", "Pilihan C"])
    assert "Selamat, Anda lulus!" in page.content()
    assert page.locator(".quiz-review .badge--ok", has_text="Jawaban benar").count() == 3
    assert "Penjelasan satu" in page.content()
    page.goto(failed_url)
    assert "Umpan q1-a" in page.content() and "Penjelasan satu" in page.content()


def scroll_width(page):
    return page.evaluate("document.documentElement.scrollWidth")


def test_quiz_pages_fit_a_360px_screen(page, live_server):
    """The conftest page is 360 px wide: quiz page with attempt history, take, result."""
    tree = quiz_course(review={"answers": "immediately"})
    learner = signed_in_learner(page, live_server, tree)
    for _ in range(3):
        attempt = quizzes.start_attempt(learner, tree.quiz)
        quizzes.submit_attempt(learner, attempt.pk, {"q1": ["q1-b"]})
    open_attempt = quizzes.start_attempt(learner, tree.quiz)

    page.goto(live_server.url + tree.quiz.url)
    assert page.get_by_role("heading", name="Percobaan Anda").is_visible()
    assert page.get_by_text("Lihat hasil").count() == 3
    assert scroll_width(page) <= 360, "quiz page with attempt history"
    assert not a11y.problems(page)

    page.goto(f"{live_server.url}/kuis/percobaan/{open_attempt.pk}/")
    assert scroll_width(page) <= 360, "take page"
    assert not a11y.problems(page)
    # Stem and options look different: the options are not bold.
    weights = page.evaluate(
        """() => [
          getComputedStyle(document.querySelector('.quiz-question__prompt')).fontWeight,
          getComputedStyle(document.querySelector('.quiz-choice label')).fontWeight,
        ]"""
    )
    assert int(weights[0]) >= 700 and int(weights[1]) <= 400, weights

    page.goto(f"{live_server.url}/kuis/percobaan/{attempt.pk}/hasil/")
    assert scroll_width(page) <= 360, "result page"
    assert not a11y.problems(page)


def test_without_javascript_every_question_shows_and_the_save_button_keeps_answers(
    browser, live_server
):
    context = browser.new_context(
        viewport=VIEWPORTS["phone"], locale="id-ID", java_script_enabled=False
    )
    page = context.new_page()
    page.set_default_timeout(STEP_TIMEOUT_MS)
    try:
        tree = quiz_course()
        learner = signed_in_learner(page, live_server, tree)
        page.goto(live_server.url + tree.quiz.url)
        page.get_by_role("button", name="Mulai kuis").click()
        assert visible_questions(page) == 3
        question(page, 1).get_by_label("Pilihan A").check()
        page.get_by_role("button", name="Simpan jawaban").click()
        assert page.get_by_text("Jawaban Anda tersimpan").is_visible()
        assert question(page, 1).get_by_label("Pilihan A").is_checked()
        assert QuizAttempt.objects.get(user=learner).draft_answers == {"q1": ["q1-a"]}
        question(page, 2).get_by_label("Salah", exact=True).check()
        question(page, 3).get_by_label("Pilihan C").check()
        page.get_by_role("button", name="Kumpulkan jawaban").click()
        page.wait_for_url(re.compile("/hasil/"))
        assert "Selamat, Anda lulus!" in page.content()
    finally:
        context.close()
