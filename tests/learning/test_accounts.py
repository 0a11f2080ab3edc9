"""Sign-up with NIP and agency, email verification, roster linking, staff decisions."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from learning.adapters import pending_staff_notice
from learning.forms.accounts import UNUSABLE_DATA_MESSAGE
from learning.models import RosterEntry, StaffStatus, User
from learning.services import accounts
from tests.factories import (
    PASSWORD,
    AgencyFactory,
    LearnerFactory,
    RosterEntryFactory,
    UnitFactory,
    make_agency_admin,
    pns_nip,
    pppk_nip,
)

pytestmark = pytest.mark.django_db


def signup_data(agency, nip, **extra):
    data = {
        "full_name": "Siti Rahmawati, S.Sos.",
        "email": "siti@kominfo.go.id",
        "nip": nip,
        "agency": agency.pk,
        "unit": "",
        "position": "Pranata Humas Ahli Pertama",
        "password1": "Humas-untuk-semua-2026",
        "password2": "Humas-untuk-semua-2026",
    }
    data.update(extra)
    return data


def test_signup_with_rostered_nip_links_roster_entry(client):
    agency = AgencyFactory()
    unit = UnitFactory(agency=agency)
    entry = RosterEntryFactory(agency=agency, nip=pns_nip(101), unit=unit)
    response = client.post(reverse("account_signup"), signup_data(agency, entry.nip))
    assert response.status_code == 302
    user = User.objects.get(email="siti@kominfo.go.id")
    entry.refresh_from_db()
    assert entry.user == user
    assert user.staff_status == StaffStatus.ROSTERED
    assert user.unit == unit  # taken from the roster when the learner chose none
    assert user.full_name == "Siti Rahmawati, S.Sos."


def test_signup_with_unrostered_pppk_nip_is_pending(client):
    agency = AgencyFactory()
    response = client.post(reverse("account_signup"), signup_data(agency, pppk_nip(7)))
    assert response.status_code == 302
    user = User.objects.get(email="siti@kominfo.go.id")
    assert user.staff_status == StaffStatus.PENDING
    assert not RosterEntry.objects.filter(user=user).exists()


def test_signup_requires_email_verification_before_login(client):
    agency = AgencyFactory()
    client.post(reverse("account_signup"), signup_data(agency, pns_nip(102)))
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/akun/confirm-email/\S+/", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[1]
    response = client.get(path)
    assert response.status_code == 200
    client.post(path)
    assert EmailAddress.objects.get(email="siti@kominfo.go.id").verified
    assert client.login(email="siti@kominfo.go.id", password="Humas-untuk-semua-2026")


def test_unverified_email_cannot_log_in(client):
    agency = AgencyFactory()
    client.post(reverse("account_signup"), signup_data(agency, pns_nip(103)))
    response = client.post(
        reverse("account_login"),
        {"login": "siti@kominfo.go.id", "password": "Humas-untuk-semua-2026"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_signup_rejects_bad_nip_with_the_wrong_part_named(client):
    agency = AgencyFactory()
    response = client.post(reverse("account_signup"), signup_data(agency, "198513122010011003"))
    assert response.status_code == 200
    assert "digit 1–8" in response.context["form"].errors["nip"][0]
    assert not User.objects.filter(email="siti@kominfo.go.id").exists()


def test_one_account_per_nip(client):
    agency = AgencyFactory()
    existing = LearnerFactory(agency=agency)
    response = client.post(reverse("account_signup"), signup_data(agency, existing.nip))
    assert response.status_code == 200
    assert response.context["form"].errors["nip"] == [str(UNUSABLE_DATA_MESSAGE)]
    assert User.objects.filter(nip=existing.nip).count() == 1


def test_signup_with_rostered_nip_and_another_email_stays_pending_and_unlinked(client):
    agency = AgencyFactory()
    entry = RosterEntryFactory(agency=agency, nip=pns_nip(111), email="pemilik@kominfo.go.id")
    response = client.post(reverse("account_signup"), signup_data(agency, entry.nip))
    assert response.status_code == 302
    user = User.objects.get(email="siti@kominfo.go.id")
    assert user.staff_status == StaffStatus.PENDING
    entry.refresh_from_db()
    assert entry.user is None


def test_signup_with_the_email_the_roster_holds_links_the_entry(client):
    agency = AgencyFactory()
    entry = RosterEntryFactory(agency=agency, nip=pns_nip(112), email="Siti@Kominfo.go.id")
    client.post(reverse("account_signup"), signup_data(agency, entry.nip))
    user = User.objects.get(email="siti@kominfo.go.id")
    assert user.staff_status == StaffStatus.ROSTERED
    entry.refresh_from_db()
    assert entry.user == user


@pytest.mark.parametrize("roster_email", ["pemilik@kominfo.go.id", None])
def test_pending_signup_is_told_it_waits_for_the_agency_admin(client, roster_email):
    """The same words whether the NIP is on no roster or the roster holds another email."""
    agency = AgencyFactory()
    nip = pns_nip(113)
    if roster_email:
        RosterEntryFactory(agency=agency, nip=nip, email=roster_email)
    response = client.post(reverse("account_signup"), signup_data(agency, nip), follow=True)
    assert response.redirect_chain[-1][0] == reverse("account_email_verification_sent")
    assert pending_staff_notice() in [str(m) for m in response.context["messages"]]
    assert "menunggu konfirmasi admin instansi" in response.content.decode()


def test_rostered_signup_is_not_told_to_wait(client):
    agency = AgencyFactory()
    entry = RosterEntryFactory(agency=agency, nip=pns_nip(114), email="siti@kominfo.go.id")
    response = client.post(reverse("account_signup"), signup_data(agency, entry.nip), follow=True)
    assert "menunggu konfirmasi admin instansi" not in response.content.decode()


def test_email_confirmation_of_a_pending_account_says_it_waits(client):
    agency = AgencyFactory()
    RosterEntryFactory(agency=agency, nip=pns_nip(115), email="pemilik@kominfo.go.id")
    client.post(reverse("account_signup"), signup_data(agency, pns_nip(115)), follow=True)
    link = re.search(r"https?://\S+/akun/confirm-email/\S+/", mail.outbox[0].body).group(0)
    response = client.post(link.split("testserver", 1)[1], follow=True)
    assert EmailAddress.objects.get(email="siti@kominfo.go.id").verified
    assert pending_staff_notice() in [str(m) for m in response.context["messages"]]


def test_agency_admin_sees_the_roster_email_and_confirms_the_account(client, groups):
    agency = AgencyFactory()
    entry = RosterEntryFactory(agency=agency, nip=pns_nip(116), email="pemilik@kominfo.go.id")
    client.post(reverse("account_signup"), signup_data(agency, entry.nip))
    person = User.objects.get(email="siti@kominfo.go.id")
    client.force_login(make_agency_admin(agency))
    response = client.get(reverse("learning:pending_staff", args=[agency.pk]))
    assert "Email di roster: pemilik@kominfo.go.id" in response.content.decode()
    client.post(
        reverse("learning:pending_staff_decide", args=[agency.pk, person.pk]),
        {"decision": "confirm"},
    )
    person.refresh_from_db()
    entry.refresh_from_db()
    assert person.staff_status == StaffStatus.ROSTERED
    assert entry.user == person


def test_nip_in_use_refusal_does_not_say_the_nip_exists(client):
    agency = AgencyFactory()
    existing = LearnerFactory(agency=agency)
    response = client.post(
        reverse("account_signup"), signup_data(agency, existing.nip, email="orang.lain@contoh.id")
    )
    error = response.context["form"].errors["nip"][0]
    for leak in ("dipakai", "akun lain", "sudah terdaftar", "Lupa kata sandi"):
        assert leak not in error
    assert "admin instansi" in error
    assert not User.objects.filter(email="orang.lain@contoh.id").exists()


def test_unit_from_another_agency_is_refused(client):
    agency = AgencyFactory()
    foreign_unit = UnitFactory()
    response = client.post(
        reverse("account_signup"), signup_data(agency, pns_nip(104), unit=foreign_unit.pk)
    )
    assert response.status_code == 200
    assert "unit" in response.context["form"].errors


def test_agency_units_api_lists_units_of_one_agency(client):
    unit = UnitFactory()
    UnitFactory()  # another agency's
    response = client.get(reverse("learning:agency_units", args=[unit.agency_id]))
    assert response.json() == {"units": [{"id": unit.pk, "name": unit.name, "depth": 0}]}


def test_agency_admin_confirms_pending_staff_into_roster(client, groups):
    agency = AgencyFactory()
    person = LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING)
    client.force_login(make_agency_admin(agency))
    response = client.post(
        reverse("learning:pending_staff_decide", args=[agency.pk, person.pk]),
        {"decision": "confirm"},
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.staff_status == StaffStatus.ROSTERED
    assert RosterEntry.objects.get(agency=agency, nip=person.nip).user == person


def test_agency_admin_rejects_pending_staff(client, groups):
    agency = AgencyFactory()
    person = LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING)
    client.force_login(make_agency_admin(agency))
    client.post(
        reverse("learning:pending_staff_decide", args=[agency.pk, person.pk]),
        {"decision": "reject"},
    )
    person.refresh_from_db()
    assert person.staff_status == StaffStatus.REJECTED
    assert not RosterEntry.objects.filter(nip=person.nip).exists()


def test_unknown_decision_is_a_400_and_changes_nothing(client, groups):
    agency = AgencyFactory()
    person = LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING)
    client.force_login(make_agency_admin(agency))
    response = client.post(
        reverse("learning:pending_staff_decide", args=[agency.pk, person.pk]), {"decision": "maybe"}
    )
    assert response.status_code == 400
    person.refresh_from_db()
    assert person.staff_status == StaffStatus.PENDING


def test_roster_upload_links_pending_account(db):
    agency = AgencyFactory()
    person = LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING)
    RosterEntryFactory(agency=agency, nip=person.nip)
    assert accounts.link_rostered_accounts(agency.pk) == 1
    person.refresh_from_db()
    assert person.staff_status == StaffStatus.ROSTERED


def test_roster_upload_does_not_link_an_account_with_another_email(db):
    agency = AgencyFactory()
    person = LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING)
    entry = RosterEntryFactory(agency=agency, nip=person.nip, email="pemilik@kominfo.go.id")
    assert accounts.link_rostered_accounts(agency.pk) == 0
    person.refresh_from_db()
    entry.refresh_from_db()
    assert person.staff_status == StaffStatus.PENDING
    assert entry.user is None


def test_roster_upload_links_an_account_with_the_roster_email(db):
    agency = AgencyFactory()
    person = LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING)
    RosterEntryFactory(agency=agency, nip=person.nip, email=person.email.upper())
    assert accounts.link_rostered_accounts(agency.pk) == 1
    person.refresh_from_db()
    assert person.staff_status == StaffStatus.ROSTERED


def test_login_with_email_and_password(client):
    user = LearnerFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_password_reset_sends_mail(client):
    user = LearnerFactory()
    client.post(reverse("account_reset_password"), {"email": user.email})
    assert len(mail.outbox) == 1
    assert user.email in mail.outbox[0].to


def test_rate_limits_are_on_outside_tests():
    from config.settings import base

    assert base.ACCOUNT_RATE_LIMITS["login_failed"]
    assert base.ACCOUNT_RATE_LIMITS["signup"]


def test_repeated_failed_logins_are_rate_limited(client, settings):
    from allauth.account.adapter import get_adapter

    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "2/m/ip"}
    user = LearnerFactory()
    for _ in range(3):
        response = client.post(
            reverse("account_login"), {"login": user.email, "password": "wrong-password"}
        )
    limited = str(get_adapter().error_messages["too_many_login_attempts"])
    assert limited in response.context["form"].non_field_errors()
    # Even the right password is refused while the limit holds.
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_roster_email_with_an_underscore_is_no_wildcard(db):
    agency = AgencyFactory()
    person = LearnerFactory(
        agency=agency, email="rina.p@kominfo.go.id", staff_status=StaffStatus.PENDING
    )
    RosterEntryFactory(agency=agency, nip=person.nip, email="rina_p@kominfo.go.id")
    assert accounts.link_rostered_accounts(agency.pk) == 0
    person.refresh_from_db()
    assert person.staff_status == StaffStatus.PENDING
