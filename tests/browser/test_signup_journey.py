"""A civil servant signs up on a phone with a rostered NIP, confirms the email and logs in."""

import re

import pytest
from django.core import mail

from learning.models import RosterEntry, StaffStatus, User
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
    page.get_by_label("Nama lengkap").fill("Rina Pratiwi")
    page.get_by_label("Email").fill(email)
    page.get_by_label("NIP / NI PPPK").fill("19850312 201001 1 321")
    page.get_by_label("Instansi").select_option(label="Kementerian Uji Peramban")
    page.get_by_label("Unit kerja").select_option(label="Biro Humas Uji")
    page.get_by_label("Jabatan").fill("Analis Kebijakan")
    page.get_by_label("Kata sandi", exact=True).fill(password)
    page.get_by_label(
        re.compile("Kata sandi \\(lagi\\)|Ulangi kata sandi|Kata sandi \\(sekali lagi\\)", re.I)
    ).fill(password)
    page.get_by_role("button", name="Daftar").click()
    page.wait_for_url(re.compile("/akun/confirm-email/"))

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/akun/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(live_server.url + "/akun/" + link.split("/akun/", 1)[1])
    page.get_by_role("button", name=re.compile("Konfirmasi", re.I)).click()

    page.wait_for_url(re.compile("/akun/login/"))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(live_server.url + "/")
    assert page.get_by_role("heading", level=1).is_visible()
    assert "Rina Pratiwi" in page.content()

    user = User.objects.get(email=email)
    assert user.staff_status == StaffStatus.ROSTERED
    assert RosterEntry.objects.get(pk=entry.pk).user_id == user.pk
