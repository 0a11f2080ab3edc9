"""Steps the browser journeys share."""

import re

from tests.factories import PASSWORD


def log_in(page, base_url, email, password=PASSWORD):
    """Sign in through the login form and wait until the site has let us in."""
    page.goto(base_url + "/akun/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(re.compile(r"^(?!.*/akun/login/).*$"))


def sign_up(page, *, full_name, email, nip, agency, password, unit=None, position="Analis"):
    """Fill the sign-up form (already open) and send it; wait for "check your email"."""
    page.get_by_label("Nama lengkap").fill(full_name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("NIP / NI PPPK").fill(nip)
    page.get_by_label("Instansi").select_option(label=agency)
    if unit:
        page.get_by_label("Unit kerja").select_option(label=unit)
    page.get_by_label("Jabatan").fill(position)
    page.get_by_label("Kata sandi", exact=True).fill(password)
    page.get_by_label(
        re.compile("Kata sandi \\(lagi\\)|Ulangi kata sandi|Kata sandi \\(sekali lagi\\)", re.I)
    ).fill(password)
    page.get_by_role("button", name="Daftar").click()
    page.wait_for_url(re.compile("/akun/confirm-email/"))


def confirm_email(page, base_url, message):
    """Open the confirmation link of ``message`` (an email) and confirm; lands on login."""
    link = re.search(r"https?://\S+/akun/confirm-email/\S+/", message.body).group(0)
    page.goto(base_url + "/akun/" + link.split("/akun/", 1)[1])
    page.get_by_role("button", name=re.compile("Konfirmasi", re.I)).click()
    page.wait_for_url(re.compile("/akun/login/"))


# Generous: CI machines are shared, and the Wagtail admin's first load is heavy.
STEP_TIMEOUT_MS = 30_000


def show_question(page, number):
    """The quiz form's question ``number`` (from 1), brought up first where the form
    shows one question at a time (a phone): through the question navigator. Waits
    for quiz-take.js to have set the form up (needs JavaScript)."""
    page.wait_for_selector("[data-quiz-form][data-quiz-ready]", state="attached")
    goto = page.locator(f"[data-quiz-goto='{number - 1}']")
    if goto.is_visible():
        goto.click()
    return page.locator(f"#soal-{number}")


def quiz_questions(page):
    """Each question of the quiz form in turn, shown (see ``show_question``)."""
    for number in range(1, page.locator("[data-quiz-question]").count() + 1):
        yield show_question(page, number)
