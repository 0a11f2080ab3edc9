"""An agency admin with TOTP signs in with password then code; Wagtail's old admin
login form, posted directly, lets no one in."""

import re

import pytest

from tests.factories import PASSWORD, AgencyFactory, build_course, make_agency_admin
from tests.factories.totp import enrol_totp, totp_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

POST_TO_WAGTAIL_ADMIN_LOGIN = """([email, password]) => {
    const csrf = document.cookie.split("; ").find((c) => c.startsWith("csrftoken="));
    const form = document.createElement("form");
    form.method = "post";
    form.action = "/admin/login/";
    const fields = {username: email, password: password,
                    csrfmiddlewaretoken: csrf.split("=")[1], next: "/admin/"};
    for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        form.appendChild(input);
    }
    document.body.appendChild(form);
    form.submit();
}"""


@pytest.fixture
def admin_with_totp(transactional_db, settings):
    settings.MFA_REQUIRED_FOR_ADMINS = True
    build_course()  # a home page and catalogue, as on a real site
    agency = AgencyFactory(name="Pemerintah Kota Dua Faktor")
    admin = make_agency_admin(agency, full_name="Admin Dua Faktor")
    return {"agency": agency, "admin": admin, "secret": enrol_totp(admin)}


def test_admin_with_totp_signs_in_with_password_then_code(page, live_server, admin_with_totp):
    agency, admin = admin_with_totp["agency"], admin_with_totp["admin"]
    dashboard = live_server.url + f"/dasbor/instansi/{agency.pk}/"

    page.goto(dashboard)
    page.wait_for_url(re.compile(r"/akun/login/\?next="))
    page.get_by_label("Email").fill(admin.email)
    page.get_by_label("Kata sandi").fill(PASSWORD)
    page.get_by_role("button", name="Masuk").click()

    page.wait_for_url(re.compile("/akun/2fa/authenticate/"))
    page.get_by_label("Kode").fill(totp_code(admin_with_totp["secret"]))
    page.get_by_role("button", name="Masuk").click()

    page.wait_for_url(dashboard)
    assert page.get_by_role("heading", level=1, name="Pemerintah Kota Dua Faktor").is_visible()


def test_direct_post_to_wagtail_admin_login_does_not_log_in(page, live_server, admin_with_totp):
    agency, admin = admin_with_totp["agency"], admin_with_totp["admin"]

    page.goto(live_server.url + "/akun/login/")  # any page: it sets the CSRF cookie
    page.evaluate(POST_TO_WAGTAIL_ADMIN_LOGIN, [admin.email, PASSWORD])
    page.wait_for_url(re.compile(r"/akun/login/\?next=%2Fadmin%2F$"))
    assert page.get_by_text("Halaman masuk ini tidak dipakai lagi").is_visible()

    page.goto(live_server.url + f"/dasbor/instansi/{agency.pk}/")
    page.wait_for_url(re.compile("/akun/login/"))
    page.goto(live_server.url + "/admin/")
    page.wait_for_url(re.compile("/akun/login/"))
    assert page.get_by_label("Email").is_visible()
