"""MFA: available to everyone; mandatory for admins when the setting is on."""

import pytest
from django.urls import reverse

from learning import roles
from tests.factories import (
    PASSWORD,
    AgencyFactory,
    LearnerFactory,
    make_agency_admin,
    make_in_group,
)
from tests.factories.totp import enrol_totp, totp_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def mfa_required(settings):
    settings.MFA_REQUIRED_FOR_ADMINS = True


def test_agency_admin_without_totp_is_sent_to_activate_it(client, groups, mfa_required):
    agency = AgencyFactory()
    client.force_login(make_agency_admin(agency))
    response = client.get(reverse("compliance:agency_overview", args=[agency.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_national_admin_without_totp_cannot_reach_wagtail_admin(client, groups, mfa_required):
    client.force_login(make_in_group(roles.NATIONAL_ADMIN))
    response = client.get("/admin/")
    assert response["Location"] == reverse("mfa_activate_totp")


def test_admin_with_totp_reaches_dashboard(client, groups, mfa_required):
    # The session must have passed the code, not only the account hold a device:
    # log in as the admin would, password then TOTP code.
    agency = AgencyFactory()
    admin = make_agency_admin(agency)
    secret = enrol_totp(admin)
    client.post(reverse("account_login"), {"login": admin.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    response = client.get(reverse("compliance:agency_overview", args=[agency.pk]))
    assert response.status_code == 200


def test_learner_is_not_forced_but_may_activate_totp(client, mfa_required):
    learner = LearnerFactory()
    client.force_login(learner)
    response = client.get(reverse("mfa_activate_totp"))
    # allauth asks for the password again before showing the TOTP secret.
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    assert "<svg" in response.context["totp_svg"]


def test_mfa_not_forced_when_setting_off(client, groups, settings):
    settings.MFA_REQUIRED_FOR_ADMINS = False
    agency = AgencyFactory()
    client.force_login(make_agency_admin(agency))
    response = client.get(reverse("compliance:agency_overview", args=[agency.pk]))
    assert response.status_code == 200
