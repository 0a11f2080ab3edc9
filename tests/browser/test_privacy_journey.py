"""UU 27/2022 on a phone: a learner downloads their data from the account menu, then
deletes the account with their password, and cannot log in again."""

import json

import pytest

from learning.models import Enrolment, User
from learning.services import privacy
from tests.browser.helpers import log_in
from tests.factories import PASSWORD, LearnerFactory, build_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_learner_downloads_their_data_and_deletes_the_account(page, live_server):
    tree = build_course()
    learner = LearnerFactory(full_name="Rina Wulandari", email="rina@instansi.go.id")
    Enrolment.objects.create(user=learner, course=tree.course)
    log_in(page, live_server.url, learner.email)

    page.goto(live_server.url + "/belajar-saya/")
    page.locator("summary", has_text="Rina Wulandari").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Unduh data saya (JSON)").click()
    download = download_info.value
    assert download.suggested_filename.startswith("data-saya-")
    data = json.loads(open(download.path(), encoding="utf-8").read())
    assert data["profile"]["email"] == "rina@instansi.go.id"
    assert [row["course"] for row in data["enrolments"]] == [tree.course.title]

    page.get_by_role("link", name="Hapus akun").click()  # the menu is still open
    page.get_by_role("heading", name="Hapus akun").wait_for()
    page.get_by_label("Kata sandi").fill("bukan-sandinya")
    page.get_by_label("Saya mengerti bahwa akun ini tidak dapat dipulihkan.").check()
    page.get_by_role("button", name="Hapus akun saya").click()
    page.get_by_text("Kata sandi salah.").first.wait_for()
    assert User.objects.get(pk=learner.pk).is_active

    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_label("Saya mengerti bahwa akun ini tidak dapat dipulihkan.").check()
    page.get_by_role("button", name="Hapus akun saya").click()
    page.get_by_text("Akun Anda telah dihapus.").wait_for()
    assert page.get_by_role("link", name="Masuk").first.is_visible()
    erased = User.objects.get(pk=learner.pk)
    assert erased.email == privacy.erased_email(learner.pk)
    assert Enrolment.objects.filter(user=erased).exists()

    page.goto(live_server.url + "/akun/login/")
    page.get_by_label("Email").fill("rina@instansi.go.id")
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_load_state()
    assert "/akun/login/" in page.url
    page.goto(live_server.url + "/belajar-saya/")
    assert "/akun/login/" in page.url
