"""Pending status on every page, "Profil saya", NIP masking and the agency change request."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from learning import signals
from learning.context_processors import account_status
from learning.models import RosterEntry, StaffStatus, User
from learning.selectors.accounts import pending_notice, profile_for
from learning.services import accounts
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    RosterEntryFactory,
    UnitFactory,
    home_page,
    make_agency_admin,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def agency(groups):
    agency = AgencyFactory(name="Dinas Kominfo Uji")
    make_agency_admin(agency, full_name="Sari Admin", email="sari.admin@kominfo.go.id")
    return agency


def fresh(user):
    return User.objects.get(pk=user.pk)


# --- Pending notice -------------------------------------------------------------


def test_pending_notice_names_the_agency_and_its_admins_in_one_query(
    agency, django_assert_num_queries
):
    learner = fresh(LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING))
    with django_assert_num_queries(1):
        notice = pending_notice(learner)
    assert notice.agency_name == "Dinas Kominfo Uji"
    assert [(c.full_name, c.email) for c in notice.contacts] == [
        ("Sari Admin", "sari.admin@kominfo.go.id")
    ]


def test_pending_notice_leaves_out_inactive_admins_and_still_names_the_agency(agency):
    User.objects.filter(email="sari.admin@kominfo.go.id").update(is_active=False)
    learner = fresh(LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING))
    notice = pending_notice(learner)
    assert notice.agency_name == "Dinas Kominfo Uji"
    assert notice.contacts == []


def test_rostered_learner_gets_no_notice_and_costs_no_query(agency, django_assert_num_queries):
    learner = fresh(LearnerFactory(agency=agency))
    with django_assert_num_queries(0):
        assert pending_notice(learner) is None


def test_context_processor_reads_once_per_request(agency, django_assert_num_queries):
    learner = fresh(LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING))
    request = RequestFactory().get("/")
    request.user = learner
    template = Template("{% if pending_notice %}{{ pending_notice.agency_name }}{% endif %}")
    with django_assert_num_queries(1):
        for _ in range(3):  # a response may render several templates
            assert template.render(Context(account_status(request))) == "Dinas Kominfo Uji"


def test_pending_learner_is_told_on_every_page(client, agency):
    home_page()
    learner = LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING)
    client.force_login(learner)
    for url in ("/", reverse("learning:my_learning"), reverse("learning:profile")):
        html = client.get(url).content.decode()
        assert "Menunggu konfirmasi admin instansi Dinas Kominfo Uji" in html, url
        assert "sari.admin@kominfo.go.id" in html
        assert "dihitung untuk instansi setelah admin instansi mengonfirmasi" in html


def test_rostered_learner_sees_no_pending_notice(client, agency):
    home_page()
    client.force_login(LearnerFactory(agency=agency))
    assert "Menunggu konfirmasi admin instansi" not in client.get("/").content.decode()


# --- Profile ----------------------------------------------------------------------


def test_profile_shows_the_owner_their_full_nip(client, agency):
    unit = UnitFactory(agency=agency, name="Bidang Humas")
    learner = LearnerFactory(agency=agency, unit=unit, position="Pranata Humas")
    client.force_login(learner)
    response = client.get(reverse("learning:profile"))
    html = response.content.decode()
    assert response.status_code == 200
    assert learner.nip in html
    for text in ("Dinas Kominfo Uji", "Bidang Humas", "Pranata Humas", "Terdaftar di roster"):
        assert text in html
    assert reverse("account_email") in html
    assert reverse("account_change_password") in html


def test_profile_offers_the_data_download_and_account_deletion(client, agency):
    client.force_login(LearnerFactory(agency=agency))
    html = client.get(reverse("learning:profile")).content.decode()
    section = html[html.index('id="profile-privacy-title"') :]
    assert reverse("privacy:data_download") in section
    assert reverse("privacy:delete_account") in section


def test_profile_masks_the_nip_for_anyone_else(agency):
    learner = LearnerFactory(agency=agency)
    admin = User.objects.get(email="sari.admin@kominfo.go.id")
    seen = profile_for(learner, viewer=admin)
    assert seen.nip_masked
    assert seen.nip != learner.nip
    assert seen.nip == learner.nip[:4] + "*" * 11 + learner.nip[-3:]
    assert profile_for(learner, viewer=learner).nip == learner.nip


def test_header_account_menu_links_to_the_profile(client, agency):
    home_page()
    client.force_login(LearnerFactory(agency=agency))
    html = client.get("/").content.decode()
    assert f'href="{reverse("learning:profile")}"' in html
    assert "Profil saya" in html


def test_learner_corrects_name_and_position(client, agency):
    learner = LearnerFactory(agency=agency)
    client.force_login(learner)
    response = client.post(
        reverse("learning:profile"),
        {"full_name": "  Rina   Pratiwi, S.Sos. ", "position": "Analis Kebijakan"},
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert (learner.full_name, learner.position) == ("Rina Pratiwi, S.Sos.", "Analis Kebijakan")
    assert learner.staff_status == StaffStatus.ROSTERED


def test_blank_name_is_refused_with_a_message_and_nothing_changes(client, agency):
    learner = LearnerFactory(agency=agency, full_name="Nama Lama")
    client.force_login(learner)
    response = client.post(reverse("learning:profile"), {"full_name": "   ", "position": "X"})
    assert response.status_code == 400
    assert "Nama lengkap wajib diisi" in response.content.decode()
    learner.refresh_from_db()
    assert learner.full_name == "Nama Lama"


def test_agency_change_returns_the_account_to_pending_and_unlinks_the_roster(
    client, agency, django_capture_on_commit_callbacks
):
    other = AgencyFactory(name="Badan Lain")
    new_unit = UnitFactory(agency=other, name="Subbag Humas")
    learner = LearnerFactory(agency=agency)
    entry = RosterEntryFactory(agency=agency, nip=learner.nip, user=learner)
    sent = []

    def receiver(sender, agency_ids, **kwargs):
        sent.append(agency_ids)

    signals.roster_changed.connect(receiver, dispatch_uid="test-profile-move")
    try:
        client.force_login(learner)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("learning:profile_agency"), {"agency": other.pk, "unit": new_unit.pk}
            )
    finally:
        signals.roster_changed.disconnect(dispatch_uid="test-profile-move")
    assert response.status_code == 302
    learner.refresh_from_db()
    assert (learner.agency, learner.unit) == (other, new_unit)
    assert learner.staff_status == StaffStatus.PENDING
    assert RosterEntry.objects.get(pk=entry.pk).user_id is None
    assert sent == [[agency.pk]]
    html = client.get(reverse("learning:profile")).content.decode()
    assert "Menunggu konfirmasi admin instansi Badan Lain" in html


def test_agency_change_with_a_unit_of_another_agency_is_refused(client, agency):
    other = AgencyFactory(name="Badan Lain")
    foreign_unit = UnitFactory(agency=agency)
    learner = LearnerFactory(agency=agency)
    client.force_login(learner)
    response = client.post(
        reverse("learning:profile_agency"), {"agency": other.pk, "unit": foreign_unit.pk}
    )
    assert response.status_code == 400
    learner.refresh_from_db()
    assert learner.agency == agency
    assert learner.staff_status == StaffStatus.ROSTERED


def test_same_agency_and_unit_changes_nothing(agency):
    learner = LearnerFactory(agency=agency)
    assert accounts.request_agency_change(learner, agency=agency, unit=None) is False
    assert fresh(learner).staff_status == StaffStatus.ROSTERED


def test_account_without_nip_cannot_request_an_agency(client, agency):
    user = User.objects.get(email="sari.admin@kominfo.go.id")
    with pytest.raises(accounts.AccountError):
        accounts.request_agency_change(user, agency=agency)
    client.force_login(user)
    response = client.post(reverse("learning:profile_agency"), {"agency": agency.pk})
    assert response.status_code == 302
    assert fresh(user).agency_id is None


def test_pending_notice_and_profile_read_in_english(client, agency):
    home_page()
    client.force_login(LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING))
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get(reverse("learning:profile")).content.decode()
    assert "Awaiting confirmation by the admin of Dinas Kominfo Uji" in html
    assert "My profile" in html and "Correct your name and position" in html
