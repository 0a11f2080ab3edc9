"""A learner answers a practice assignment; a trainer returns it with a comment in the
Wagtail admin; the learner reads the verdict and sends a revision."""

import re

import pytest
from wagtail.users.models import UserProfile

from learning import roles
from learning.models import Enrolment, PracticeSubmission
from tests.browser.helpers import STEP_TIMEOUT_MS, log_in
from tests.factories import LearnerFactory, build_course, make_in_group

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_trainer_returns_an_assignment_and_the_learner_sees_the_verdict(browser, live_server):
    tree = build_course()
    lesson = tree.lesson
    lesson.body = [
        {"type": "paragraph", "value": "<p>Isi pelajaran.</p>"},
        {
            "type": "practice_assignment",
            "id": "tugas-1",
            "value": {
                "title": "Tulis pengumuman layanan",
                "allow_link": True,
                "prompt": "<p>Tulis pengumuman jam layanan KTP-el di unit Anda.</p>",
            },
        },
    ]
    lesson.save_revision().publish()
    learner = LearnerFactory(full_name="Rudi Hartono")
    Enrolment.objects.create(user=learner, course=tree.course)
    trainer = make_in_group(roles.TRAINER, full_name="Pelatih Uji")
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "id"
    profile.save()

    phone = browser.new_context(viewport={"width": 360, "height": 800})
    page = phone.new_page()
    page.set_default_timeout(STEP_TIMEOUT_MS)
    log_in(page, live_server.url, learner.email)
    page.goto(live_server.url + lesson.url)
    page.get_by_label("Jawaban Anda").fill(
        "Layanan KTP-el buka Senin–Jumat pukul 08.00–15.00. <script>alert(1)</script>"
    )
    page.get_by_label(re.compile("Tautan unggahan")).fill("https://instagram.com/p/contoh")
    page.get_by_role("button", name="Kirim jawaban").click()
    assert page.get_by_text("Menunggu tinjauan").first.is_visible()
    submission = PracticeSubmission.objects.get(user=learner)
    assert "<script>" not in submission.response

    desk = browser.new_context(viewport={"width": 1280, "height": 900})
    admin = desk.new_page()
    admin.set_default_timeout(STEP_TIMEOUT_MS)
    log_in(admin, live_server.url, trainer.email)
    admin.goto(live_server.url + "/admin/snippets/learning/practicesubmission/")
    admin.get_by_role("link", name="Tulis pengumuman layanan").first.click()
    admin.get_by_label(re.compile("Kembalikan untuk diperbaiki")).check()
    admin.get_by_role("textbox", name="Komentar pelatih").fill("Tambahkan nomor kontak layanan.")
    admin.get_by_role("button", name=re.compile("Simpan|Save")).first.click()
    admin.wait_for_url(re.compile("/admin/snippets/learning/practicesubmission/"))
    submission.refresh_from_db()
    assert submission.status == PracticeSubmission.Status.RETURNED

    page.reload()
    assert page.get_by_text("Tambahkan nomor kontak layanan.").is_visible()
    page.get_by_label("Jawaban Anda").fill(
        "Layanan KTP-el buka Senin–Jumat pukul 08.00–15.00. Info: 0800-000-000."
    )
    page.get_by_role("button", name="Kirim perbaikan").click()
    assert page.get_by_text("Menunggu tinjauan").first.is_visible()
    submission.refresh_from_db()
    assert submission.status == PracticeSubmission.Status.SUBMITTED
    phone.close()
    desk.close()
