"""A learner on a phone completes the sample course, downloads the certificate, and
anyone who opens its verification link sees that it is valid."""

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from certificates.models import Certificate
from courses.models import CoursePage, LessonPage, QuizPage
from courses.packages.files import read_folder
from courses.packages.importer import import_course_package
from tests.browser.helpers import log_in, quiz_questions
from tests.factories import AgencyFactory, LearnerFactory, course_index

SAMPLE_COURSE = Path(__file__).resolve().parents[2] / "courses/content/pengantar-humas-digital"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def correct_answers(quiz):
    """prompt → the labels to tick, read from the quiz's question pool."""
    answers = {}
    for block in quiz.questions:
        value = block.value
        if block.block_type == "true_false":
            answers[value["prompt"]] = ["Benar" if value["answer"] == "true" else "Salah"]
        else:
            answers[value["prompt"]] = [
                choice["text"] for choice in value["choices"] if choice["is_correct"]
            ]
    return answers


def pass_quiz(page, base_url, quiz):
    page.goto(base_url + quiz.url)
    page.get_by_role("button", name="Mulai kuis").click()
    page.wait_for_url(re.compile("/kuis/percobaan/"))
    answers = correct_answers(quiz)
    for question in quiz_questions(page):  # one at a time on a phone
        legend = question.locator("legend").inner_text()
        prompt = next(prompt for prompt in answers if prompt.strip() in legend)
        for label in answers[prompt]:
            question.get_by_label(label, exact=True).check()
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    page.wait_for_url(re.compile("/hasil/"))
    assert "Selamat, Anda lulus!" in page.content()


def test_learner_completes_the_sample_course_downloads_and_verifies_the_certificate(
    page, live_server, browser
):
    result = import_course_package(
        files=read_folder(SAMPLE_COURSE), publish=True, catalogue=course_index()
    )
    course = CoursePage.objects.get(pk=result.course.pk)
    agency = AgencyFactory(name="Kementerian Komunikasi dan Digital")
    learner = LearnerFactory(full_name="Dewi Lestari", agency=agency)

    log_in(page, live_server.url, learner.email)
    page.goto(live_server.url + course.url)
    page.get_by_role("button", name="Daftar kursus ini").click()

    for item in course.get_descendants().live().specific().order_by("path"):
        if isinstance(item, LessonPage):
            page.goto(live_server.url + item.url)
            page.get_by_role(
                "button", name=re.compile("^(Tandai selesai|Selesai & lanjut)")
            ).click()
            page.wait_for_load_state()
        elif isinstance(item, QuizPage):
            pass_quiz(page, live_server.url, item)

    page.goto(live_server.url + course.url)
    certificate = Certificate.objects.get(learner=learner)
    box = page.locator("[data-certificate]")
    assert box.get_by_text(certificate.number).is_visible()

    with page.expect_download() as download_info:
        box.get_by_role("link", name="Unduh sertifikat (PDF)").click()
    download = download_info.value
    assert download.suggested_filename == f"sertifikat-{certificate.number.replace('/', '-')}.pdf"
    text = PdfReader(download.path()).pages[0].extract_text()
    assert "Dewi Lestari" in text and certificate.number in text and "2 jam pelajaran" in text

    verification = box.get_by_role("link", name="Halaman verifikasi").get_attribute("href")
    assert verification.endswith(f"/verifikasi/{certificate.code}/")

    # Anyone: a fresh browser with no session opens the link from the certificate.
    stranger = browser.new_context(viewport={"width": 360, "height": 800}, locale="id-ID")
    try:
        visitor = stranger.new_page()
        path = verification.split("/verifikasi/", 1)[1]
        visitor.goto(f"{live_server.url}/verifikasi/{path}")
        status = visitor.locator("[data-certificate-status]")
        assert status.get_attribute("data-certificate-status") == "valid"
        assert "Sertifikat ini SAH." in status.inner_text()
        body = visitor.content()
        assert "Dewi Lestari" in body and certificate.number in body
        assert learner.nip not in body  # masked
    finally:
        stranger.close()

    page.goto(live_server.url + "/belajar-saya/")
    assert page.get_by_role("heading", name="Sertifikat saya").is_visible()
    assert page.get_by_text(certificate.number).is_visible()
