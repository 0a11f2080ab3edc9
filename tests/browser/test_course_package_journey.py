"""A trainer uploads a course package in the admin, downloads it back, and reads the
quiz-quality report and the item analysis of a quiz."""

import io
import zipfile
from decimal import Decimal

import pytest

from courses.blocks import question_snapshot
from courses.models import CoursePage
from courses.packages.files import zip_bytes
from learning import roles
from learning.models import QuizAttempt
from learning.services.content_roles import setup_content_roles
from tests.browser.helpers import STEP_TIMEOUT_MS, log_in
from tests.courses.package_helpers import make_package
from tests.factories import LearnerFactory, build_course, make_in_group, single_choice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def setup(transactional_db):
    roles.ensure_groups()
    tree = build_course(
        questions=[single_choice("q1", letters="abc"), single_choice("q2", letters="abc")],
        draw_count=2,
    )
    setup_content_roles()
    snapshot = [question_snapshot(block) for block in tree.quiz.questions]
    for choice in ("q1-a", "q1-b", "q1-a"):
        correct = int(choice == "q1-a")
        QuizAttempt.objects.create(
            user=LearnerFactory(),
            quiz=tree.quiz,
            course=tree.course,
            number=1,
            pass_mark=70,
            questions=snapshot,
            answers={"q1": [choice], "q2": ["q2-a"]},
            correct_count=correct + 1,
            score=Decimal(50 * (correct + 1)),
            passed=bool(correct),
            status=QuizAttempt.Status.SUBMITTED,
        )
    trainer = make_in_group(roles.TRAINER, email="pelatih@uji.go.id", full_name="Budi Pelatih")
    return tree, trainer


def test_trainer_uploads_downloads_and_reads_the_reports(browser, live_server, setup, tmp_path):
    tree, trainer = setup
    context = browser.new_context(viewport=DESKTOP, locale="id-ID", accept_downloads=True)
    admin = context.new_page()
    admin.set_default_timeout(STEP_TIMEOUT_MS)
    log_in(admin, live_server.url, trainer.email)

    # Upload: a new course becomes drafts sent to review.
    package = tmp_path / "paket.zip"
    package.write_bytes(zip_bytes(make_package(), "kursus-paket-uji"))
    admin.goto(f"{live_server.url}/admin/kursus/impor-paket/")
    admin.locator("input[type=file]").set_input_files(str(package))
    admin.get_by_role("button", name="Impor paket").click()
    admin.get_by_text('Kursus baru "Kursus Paket Uji" dibuat').wait_for()
    course = CoursePage.objects.get(slug="kursus-paket-uji")
    assert not course.live

    # Download: the "Unduh paket kursus" action in the course page's header menu.
    admin.goto(f"{live_server.url}/admin/pages/{tree.course.pk}/")
    admin.locator("header [data-w-dropdown-target='toggle']").first.click()
    link = admin.get_by_role("link", name="Unduh paket kursus")
    href = link.get_attribute("href")
    assert href == f"/admin/kursus/{tree.course.pk}/paket.zip"
    response = admin.request.get(live_server.url + href)  # with the admin's session
    assert response.ok and response.headers["content-type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.body())) as archive:
        assert f"{tree.course.slug}/course.yaml" in archive.namelist()

    # The quiz-quality report lists the quiz (its bank of 2 is smaller than twice the draw).
    admin.goto(f"{live_server.url}/admin/kursus/kualitas-soal/")
    admin.get_by_role("link", name=tree.quiz.title).first.wait_for()

    # Item analysis: the list, then the quiz with its facility and choice counts.
    admin.goto(f"{live_server.url}/admin/analisis-soal/")
    admin.get_by_role("link", name=tree.quiz.title).click()
    admin.get_by_text("Indeks kesukaran: 0,67").wait_for()
    admin.get_by_text("2 dari 3").first.wait_for()
    context.close()
