"""Where the learner stands and what to do next, on a phone (360 px) and a desktop:
pending status after sign-up, the next module after a quiz, the completion page,
the lesson outline, and an anonymous visitor sent from a lesson to sign up."""

import re

import pytest
from django.core import mail

from courses.models import LessonPage, ModulePage
from learning.models import StaffStatus, User
from learning.services import progress
from tests.browser.helpers import STEP_TIMEOUT_MS, confirm_email, log_in, sign_up
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    UnitFactory,
    build_course,
    home_page,
    make_agency_admin,
    paragraph,
    publish,
    single_choice,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 800}
# The elements reaching past a 360 px screen, named, for the failure message.
WIDER_THAN_A_PHONE = """
[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > 361)
  .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
"""


@pytest.fixture
def desktop(browser, live_server):
    context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(STEP_TIMEOUT_MS)
    yield page
    context.close()


def two_module_course():
    tree = build_course(
        title="Humas untuk Non-Humas",
        questions=[single_choice("q1", prompt="Siapa humas instansi?")],
        pass_mark=100,
        jp=3,
        lesson_title="Setiap ASN adalah humas",
    )
    tree.module2 = publish(
        tree.course, ModulePage(title="Modul 2: Tanggapan yang Santun", slug="modul-dua")
    )
    tree.lesson2 = publish(
        tree.module2,
        LessonPage(
            title="Menanggapi kritik",
            slug="menanggapi-kritik",
            body=[paragraph("<p>Jawab dengan data.</p>")],
        ),
    )
    return tree


def open_lesson_enrolled(page, base_url, lesson_attr):
    """A two-module course, an enrolled learner logged in, one of its lessons open."""
    tree = two_module_course()
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    log_in(page, base_url, learner.email)
    page.goto(base_url + getattr(tree, lesson_attr).url)
    return tree


def take_quiz(page, base_url, tree, choice):
    page.goto(base_url + tree.quiz.url)
    page.get_by_role("button", name=re.compile("Mulai kuis|Lanjutkan percobaan")).click()
    page.get_by_label(choice).check()
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    page.wait_for_url(re.compile("/hasil/"))


def test_pending_status_is_shown_after_sign_up(page, live_server):
    home_page()
    agency = AgencyFactory(name="Kementerian Uji Status")
    UnitFactory(agency=agency, name="Biro Umum Uji")
    make_agency_admin(agency, full_name="Sari Admin", email="sari.admin@uji.go.id")
    email, password = "tono@uji.go.id", "Humas-untuk-semua-2026"

    page.goto(live_server.url + "/akun/signup/")
    sign_up(
        page,
        full_name="Tono Wijaya",
        email=email,
        nip="19850312 201001 1 777",  # on no roster
        agency="Kementerian Uji Status",
        position="Pranata Humas",
        password=password,
    )
    confirm_email(page, live_server.url, mail.outbox[0])

    # Log in by NIP: the login field takes an email address or a NIP.
    page.get_by_label("Email atau NIP").fill("198503122010011777")
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(live_server.url + "/")
    assert User.objects.get(email=email).staff_status == StaffStatus.PENDING

    notice = page.locator(".pending-status")
    assert notice.get_by_role(
        "heading", name="Menunggu konfirmasi admin instansi Kementerian Uji Status"
    ).is_visible()
    assert notice.get_by_text("Anda tetap dapat mengikuti kursus").is_visible()
    assert notice.get_by_role("link", name="sari.admin@uji.go.id").is_visible()
    # On every page it lands on, and the profile tells the status too.
    notice.get_by_role("link", name=re.compile("Profil saya")).click()
    page.wait_for_url(re.compile("/akun/profil/"))
    assert page.locator(".pending-status").is_visible()
    assert page.get_by_text("Menunggu konfirmasi instansi", exact=True).is_visible()
    assert page.get_by_text("198503122010011777").is_visible()
    wide = page.evaluate(WIDER_THAN_A_PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, wide


@pytest.mark.parametrize("choice", ["Pilihan A", "Pilihan B"], ids=["passed", "failed"])
def test_quiz_result_leads_to_the_next_module(page, live_server, choice):
    tree = two_module_course()
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    log_in(page, live_server.url, learner.email)

    take_quiz(page, live_server.url, tree, choice)
    link = page.get_by_role("link", name=re.compile("Lanjut ke Modul 2: Tanggapan yang Santun"))
    assert link.is_visible()
    if choice == "Pilihan B":
        assert page.get_by_text("Belum lulus").is_visible()
        assert page.get_by_role("button", name="Coba lagi").is_visible()
    link.click()
    page.wait_for_url(re.compile(re.escape(tree.lesson2.url) + "$"))
    assert page.get_by_role("heading", level=1, name="Menanggapi kritik").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_completing_the_course_shows_the_completion_page_with_jp(desktop, live_server):
    page = desktop
    tree = two_module_course()
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    progress.complete_lesson(learner, LessonPage.objects.get(pk=tree.lesson.pk))
    log_in(page, live_server.url, learner.email)
    take_quiz(page, live_server.url, tree, "Pilihan A")
    assert page.get_by_text("Selamat, Anda lulus!").is_visible()
    page.get_by_role("link", name=re.compile("Lanjut ke Modul 2")).click()
    page.wait_for_url(re.compile(re.escape(tree.lesson2.url) + "$"))

    page.get_by_role("button", name="Tandai selesai").click()
    page.wait_for_url(re.compile(r"/kursus/\d+/selesai/$"))
    assert page.get_by_role(
        "heading", level=1, name=re.compile("Selamat! Anda telah menyelesaikan")
    ).is_visible()
    body = page.locator("main").inner_text()
    assert "3 JP" in body and "Diakui dari kursus ini" in body
    assert "3 dari 20 JP" in body
    assert page.locator("[data-certificate], [data-certificate-pending]").first.is_visible()


def test_lesson_outline_is_collapsible_on_a_phone(page, live_server):
    open_lesson_enrolled(page, live_server.url, "lesson2")

    outline = page.locator("details.lesson-outline")
    current = outline.locator('a[aria-current="page"]')
    assert outline.get_attribute("open") is None
    assert not current.is_visible()
    assert page.get_by_text("Pelajaran 2 dari 2").is_visible()
    outline.locator("summary").click()
    assert current.is_visible() and current.inner_text() == "Menanggapi kritik"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # Previous item named by its title; one main action.
    assert page.locator(".lesson-nav__prev").inner_text().endswith("Kuis 1")
    assert page.locator("button.lesson-complete__next").count() == 1


def test_lesson_outline_is_a_side_column_on_a_desktop(desktop, live_server):
    page = desktop
    open_lesson_enrolled(page, live_server.url, "lesson")

    outline = page.locator("details.lesson-outline")
    current = outline.locator('a[aria-current="page"]')
    assert current.is_visible()  # no click needed
    assert current.inner_text() == "Setiap ASN adalah humas"
    assert outline.get_by_role("link", name="Menanggapi kritik").is_visible()
    side = outline.bounding_box()
    article = page.locator("article.lesson").bounding_box()
    assert side["x"] + side["width"] <= article["x"]  # beside the lesson, not above it
    button = page.locator("button.lesson-complete__next")
    assert button.count() == 1 and button.inner_text() == "Selesai & lanjut: Kuis 1"
    assert page.locator(".lesson-nav__next").inner_text().endswith("Kuis 1")


def test_anonymous_visitor_of_a_lesson_is_told_why_and_signs_up(page, live_server):
    tree = two_module_course()
    AgencyFactory(name="Kementerian Uji Daftar")
    page.goto(live_server.url + tree.lesson.url)
    page.wait_for_url(re.compile("/akun/login/"))
    reason = page.get_by_text("“Setiap ASN adalah humas” adalah materi kursus.")
    assert reason.is_visible()
    page.get_by_role("main").get_by_role("link", name=re.compile("Daftar|daftar")).first.click()
    page.wait_for_url(re.compile("/akun/signup/"))
    assert page.get_by_role("heading", level=1, name="Daftar akun ASN").is_visible()

    # The course page offers both ways in.
    page.goto(live_server.url + tree.course.url)
    main = page.get_by_role("main")
    assert main.get_by_role("link", name="Daftar akun").is_visible()
    assert main.get_by_role("link", name="Masuk untuk mendaftar").is_visible()
