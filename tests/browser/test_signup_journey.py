"""A civil servant signs up on a phone with a rostered NIP, confirms the email and logs in."""

import re

import pytest
from django.core import mail

from learning.models import RosterEntry, StaffStatus, User
from tests.browser.helpers import confirm_email, sign_up
from tests.factories import AgencyFactory, RosterEntryFactory, UnitFactory, pns_nip

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def home_page(transactional_db):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)


def test_rostered_civil_servant_signs_up_confirms_email_and_logs_in(page, live_server, home_page):
    agency = AgencyFactory(name="Kementerian Uji Peramban")
    unit = UnitFactory(agency=agency, name="Biro Humas Uji", code="BHU")
    entry = RosterEntryFactory(agency=agency, nip=pns_nip(321), unit=unit, full_name="Rina Pratiwi")
    email, password = "rina.pratiwi@uji.go.id", "Humas-untuk-semua-2026"

    page.goto(live_server.url + "/")
    page.get_by_role("link", name=re.compile("Daftar", re.I)).first.click()
    sign_up(
        page,
        full_name="Rina Pratiwi",
        email=email,
        nip="19850312 201001 1 321",
        agency="Kementerian Uji Peramban",
        unit="Biro Humas Uji",
        position="Analis Kebijakan",
        password=password,
    )

    assert len(mail.outbox) == 1
    confirm_email(page, live_server.url, mail.outbox[0])

    page.get_by_label("Email").fill(email)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(live_server.url + "/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert "Rina Pratiwi" in page.content()

    user = User.objects.get(email=email)
    assert user.staff_status == StaffStatus.ROSTERED
    assert RosterEntry.objects.get(pk=entry.pk).user_id == user.pk
