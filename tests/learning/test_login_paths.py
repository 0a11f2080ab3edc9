"""Every login goes through allauth: email verification, MFA and rate limits on each path.

Wagtail ships two login views of its own (the admin's ``/admin/login/`` and the
private-page ``/_util/login/``) and a password reset that sends mail without a
limit; they must not be a way around allauth.
"""

import pytest
from allauth.account.authentication import get_authentication_records
from django.core import mail
from django.core.cache import cache, caches
from django.core.files.base import ContentFile
from django.urls import reverse

from config.settings import base
from learning import roles
from learning.models import RosterImport
from tests.factories import (
    PASSWORD,
    AgencyFactory,
    LearnerFactory,
    UserFactory,
    make_agency_admin,
    make_in_group,
)
from tests.factories.totp import enrol_totp, totp_code

pytestmark = pytest.mark.django_db

WAGTAIL_LOGIN_PATHS = ["/admin/login/", "/_util/login/"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and used TOTP codes live in the cache: start and end clean."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def mfa_required(settings):
    settings.MFA_REQUIRED_FOR_ADMINS = True


@pytest.fixture
def rate_limits_on(settings):
    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS


def wagtail_login(client, path, email, password=PASSWORD):
    # Both Wagtail views use Django's AuthenticationForm: "username" holds the email.
    return client.post(path, {"username": email, "password": password})


def allauth_login(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def logged_in(client):
    return "_auth_user_id" in client.session


def session_records(client, user):
    class _Request:
        session = client.session

    return get_authentication_records(_Request(), user)


# --- Wagtail's own login views -----------------------------------------------


@pytest.mark.parametrize("path", WAGTAIL_LOGIN_PATHS)
def test_wagtail_login_post_does_not_log_in_an_admin_with_totp(client, groups, path):
    admin = make_in_group(roles.NATIONAL_ADMIN)
    enrol_totp(admin)
    response = wagtail_login(client, path, admin.email)
    assert not logged_in(client)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("path", WAGTAIL_LOGIN_PATHS)
def test_wagtail_login_post_does_not_log_in_a_learner(client, path):
    learner = LearnerFactory()
    wagtail_login(client, path, learner.email)
    assert not logged_in(client)


@pytest.mark.parametrize("path", WAGTAIL_LOGIN_PATHS)
def test_wagtail_login_get_sends_to_allauth_login_keeping_next(client, path):
    response = client.get(path, {"next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_login") + "?next=%2Fadmin%2Fpages%2F"


@pytest.mark.parametrize("path", WAGTAIL_LOGIN_PATHS)
def test_wagtail_login_drops_a_next_to_another_site(client, path):
    response = client.get(path, {"next": "https://evil.example/"})
    assert response["Location"] == reverse("account_login")


def test_wagtail_admin_sends_anonymous_visitors_to_allauth_login(client):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")


def test_private_page_sends_anonymous_visitors_to_allauth_login(client):
    from wagtail.models import PageViewRestriction, Site

    page = Site.objects.get(is_default_site=True).root_page
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")


def test_signed_in_user_without_admin_access_is_not_sent_round_in_circles(client):
    client.force_login(LearnerFactory())
    response = client.get("/admin/", follow=True)
    assert response.status_code == 200
    assert len(response.redirect_chain) <= 2


# --- Email verification --------------------------------------------------------


@pytest.mark.parametrize("path", ["allauth", *WAGTAIL_LOGIN_PATHS])
def test_unverified_account_cannot_log_in_by_any_path(client, path):
    learner = LearnerFactory(verified=False)
    if path == "allauth":
        response = allauth_login(client, learner.email)
        assert response["Location"] == reverse("account_email_verification_sent")
    else:
        wagtail_login(client, path, learner.email)
    assert not logged_in(client)


# --- MFA -----------------------------------------------------------------------


def test_admin_with_totp_logs_in_with_password_then_code(client, groups, mfa_required):
    agency = AgencyFactory()
    admin = make_agency_admin(agency)
    secret = enrol_totp(admin)
    response = allauth_login(client, admin.email)
    assert response["Location"] == reverse("mfa_authenticate")
    assert not logged_in(client)
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert logged_in(client)
    assert "mfa" in {record["method"] for record in session_records(client, admin)}
    response = client.get(reverse("compliance:agency_overview", args=[agency.pk]))
    assert response.status_code == 200


def test_wrong_totp_code_does_not_log_in(client, groups, mfa_required):
    admin = make_agency_admin(AgencyFactory())
    secret = enrol_totp(admin)
    allauth_login(client, admin.email)
    wrong = f"{(int(totp_code(secret)) + 1) % 1_000_000:06d}"
    client.post(reverse("mfa_authenticate"), {"code": wrong})
    assert not logged_in(client)


@pytest.fixture
def admin_session_without_mfa(client, groups, mfa_required):
    """An agency admin with TOTP whose session never passed it (the old bypass)."""
    agency = AgencyFactory()
    admin = make_agency_admin(agency)
    secret = enrol_totp(admin)
    roster_import = RosterImport(
        agency=agency, original_name="roster.csv", status=RosterImport.Status.VALIDATED
    )
    roster_import.file.save("roster.csv", ContentFile(b"nip,nama,unit_kerja\n"), save=False)
    roster_import.save()
    client.force_login(admin)
    return {
        "admin": admin,
        "secret": secret,
        "overview": reverse("compliance:agency_overview", args=[agency.pk]),
        "file": reverse("learning:roster_import_file", args=[agency.pk, roster_import.pk]),
    }


@pytest.mark.parametrize("page", ["overview", "file"])
def test_session_without_mfa_cannot_open_dashboard_or_roster_file(
    client, admin_session_without_mfa, page
):
    url = admin_session_without_mfa[page]
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_reauthenticate") + "?next=" + url.replace(
        "/", "%2F"
    )


def test_national_admin_session_without_mfa_cannot_use_wagtail_admin(client, groups, mfa_required):
    admin = make_in_group(roles.NATIONAL_ADMIN)
    enrol_totp(admin)
    client.force_login(admin)
    response = client.get("/admin/")
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))


def test_password_only_session_is_not_enough(client, admin_session_without_mfa):
    """A password record alone (e.g. a reauthentication by password) is not MFA."""
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.get(admin_session_without_mfa["overview"])
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))


def test_entering_the_code_lets_the_session_through(client, admin_session_without_mfa):
    url = admin_session_without_mfa["overview"]
    response = client.post(
        reverse("mfa_reauthenticate") + "?next=" + url,
        {"code": totp_code(admin_session_without_mfa["secret"])},
    )
    assert response["Location"] == url
    assert client.get(url).status_code == 200
    assert client.get(admin_session_without_mfa["file"]).status_code == 200


# --- Rate limits ----------------------------------------------------------------


def test_many_wrong_passwords_lock_out_the_allauth_login(client, groups, rate_limits_on):
    admin = make_in_group(roles.NATIONAL_ADMIN)
    for _ in range(40):
        allauth_login(client, admin.email, "salah-sandi-123")
    response = allauth_login(client, admin.email)
    assert response.status_code in (200, 429)
    assert not logged_in(client)


@pytest.mark.parametrize("path", WAGTAIL_LOGIN_PATHS)
def test_posts_to_wagtail_login_paths_are_rate_limited_and_never_log_in(
    client, groups, rate_limits_on, path
):
    admin = make_in_group(roles.NATIONAL_ADMIN)
    statuses = [
        wagtail_login(client, path, admin.email, "salah-sandi-123").status_code for _ in range(40)
    ]
    assert statuses[-1] == 429
    # The right password is refused too: these paths never check one.
    wagtail_login(client, path, admin.email)
    assert not logged_in(client)


def test_rate_limits_are_counted_in_the_shared_default_cache(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "2/m/ip"}
    user = LearnerFactory()
    for _ in range(3):
        allauth_login(client, user.email, "salah-sandi-123")
    allauth_login(client, user.email)
    assert not logged_in(client)
    # The counters live in the "default" cache (Redis in production, shared by
    # every worker): emptying it lifts the limit.
    caches["default"].clear()
    allauth_login(client, user.email)
    assert logged_in(client)


def test_per_ip_limit_uses_the_client_address_behind_one_proxy(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "2/m/ip"}
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    user = LearnerFactory()
    for _ in range(3):
        client.post(
            reverse("account_login"),
            {"login": user.email, "password": "salah-123x"},
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    client.post(
        reverse("account_login"),
        {"login": user.email, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.7",
    )
    assert not logged_in(client)
    # Another client behind the same load balancer is not locked out by the first.
    client.post(
        reverse("account_login"),
        {"login": user.email, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.20",
    )
    assert logged_in(client)


# --- Password reset ---------------------------------------------------------------


def test_wagtail_admin_password_reset_goes_to_allauth(client):
    response = client.get("/admin/password_reset/")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password")


def test_wagtail_admin_password_reset_sends_at_most_the_allauth_limit(client, rate_limits_on):
    user = UserFactory()
    for _ in range(15):
        client.post("/admin/password_reset/", {"email": user.email})
    per_key = int(base.ACCOUNT_RATE_LIMITS["reset_password"].split(",")[1].split("/")[0])
    assert len(mail.outbox) <= per_key


def test_allauth_password_reset_is_rate_limited(client, rate_limits_on):
    user = UserFactory()
    for _ in range(15):
        client.post(reverse("account_reset_password"), {"email": user.email})
    assert 1 <= len(mail.outbox) <= 5


def test_wagtail_admin_offers_no_password_form_of_its_own(client, groups):
    """Changing a password in the admin would skip allauth's rate limit on the old one."""
    from learning import roles
    from tests.factories import make_in_group

    client.force_login(make_in_group(roles.TRAINER))
    response = client.get("/admin/account/")
    assert response.status_code == 200
    assert 'name="old_password"' not in response.content.decode()
    assert client.get("/admin/account/change_password/").status_code == 404
