"""Log-in by NIP: the same form, limits, verification and MFA as log-in by email."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from config.settings import base
from learning import roles
from tests.factories import PASSWORD, AgencyFactory, LearnerFactory, make_in_group
from tests.factories.totp import enrol_totp

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def login(client, value, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": value, "password": password})


def logged_in(client):
    return "_auth_user_id" in client.session


def spaced(nip):
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def test_learner_logs_in_with_their_nip(client):
    learner = LearnerFactory()
    response = login(client, learner.nip)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(learner.pk)


def test_nip_typed_with_spaces_logs_in(client):
    learner = LearnerFactory()
    login(client, spaced(learner.nip))
    assert logged_in(client)


def test_email_log_in_still_works(client):
    learner = LearnerFactory()
    login(client, learner.email)
    assert logged_in(client)


def test_wrong_password_with_a_nip_is_refused_like_an_unknown_nip(client):
    learner = LearnerFactory()
    known = login(client, learner.nip, "salah-sandi-123")
    unknown = login(client, "198001012005011999", "salah-sandi-123")
    assert not logged_in(client)
    assert known.status_code == unknown.status_code == 200
    assert known.context["form"].errors == unknown.context["form"].errors


def test_short_number_gets_a_clear_message(client):
    response = login(client, "19850312")
    assert not logged_in(client)
    assert "18 digit" in response.content.decode()


def test_unverified_email_is_refused_by_nip_as_by_email(client):
    learner = LearnerFactory(verified=False)
    for value in (learner.nip, learner.email):
        response = login(client, value)
        assert not logged_in(client)
        assert response.status_code == 302
        assert response["Location"] == reverse("account_email_verification_sent")


def test_nip_and_email_share_one_failed_login_limit(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**base.ACCOUNT_RATE_LIMITS, "login_failed": "100/m/ip,3/5m/key"}
    learner = LearnerFactory()
    for value in (learner.nip, learner.email, spaced(learner.nip)):
        login(client, value, "salah-sandi-123")
    # The right password, by either way of typing the login, is now refused.
    for value in (learner.nip, learner.email):
        response = login(client, value)
        assert not logged_in(client)
        assert "Terlalu banyak percobaan masuk yang gagal" in response.content.decode()


def test_admin_with_totp_logging_in_by_nip_is_asked_for_the_code(client, groups):
    admin = make_in_group(roles.NATIONAL_ADMIN, agency=AgencyFactory(), nip="198503122010011001")
    enrol_totp(admin)
    response = login(client, admin.nip)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert not logged_in(client)


@pytest.mark.parametrize("path", ["/admin/login/", "/_util/login/"])
def test_wagtail_login_paths_never_log_in_with_a_nip(client, path):
    learner = LearnerFactory()
    response = client.post(path, {"username": learner.nip, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not logged_in(client)


def test_login_page_says_email_or_nip(client):
    html = client.get(reverse("account_login")).content.decode()
    assert "Email atau NIP" in html
