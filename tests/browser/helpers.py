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


# Generous: CI machines are shared, and the Wagtail admin's first load is heavy.
STEP_TIMEOUT_MS = 30_000
