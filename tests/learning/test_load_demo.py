import io

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site as DjangoSite
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from home.models import HomePage, PlatformSettings
from learning import access, roles
from learning.management.commands.load_demo import DEMO_ACCOUNTS, PASSWORD
from learning.models import Agency, AgencyAdmin, RosterEntry, StaffStatus, Unit, User
from learning.nip import parse_nip

pytestmark = pytest.mark.django_db

COUNTED = [
    Page,
    Revision,
    Site,
    PlatformSettings,
    Agency,
    Unit,
    RosterEntry,
    User,
    EmailAddress,
    AgencyAdmin,
    Group,
]


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "counts": {model.__name__: model.objects.count() for model in COUNTED},
        "roster": list(
            RosterEntry.objects.order_by("agency__name", "nip").values_list(
                "agency__name",
                "nip",
                "full_name",
                "email",
                "unit__code",
                "position",
                "active",
                "user__email",
                "updated_at",
            )
        ),
        "users": list(
            User.objects.order_by("email").values_list(
                "email",
                "password",
                "nip",
                "agency__name",
                "staff_status",
                "is_superuser",
            )
        ),
        "units": list(
            Unit.objects.order_by("agency__name", "code").values_list(
                "agency__name",
                "code",
                "name",
                "path",
            )
        ),
    }


@pytest.fixture
def demo():
    return load_demo()


def test_second_run_changes_nothing_and_prints_the_same(demo):
    before = snapshot()

    second = load_demo()

    assert snapshot() == before
    assert second == demo


def test_home_page_replaces_wagtail_welcome_page_as_default_site_root(demo):
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.get()

    # The public address of the test settings, WAGTAILADMIN_BASE_URL = http://testserver.
    assert (site.hostname, site.port, site.root_page_id) == ("testserver", 80, home.pk)
    assert home.depth == 2 and home.slug == "beranda" and home.live
    assert home.hero_title == "Setiap ASN adalah humas instansinya"
    assert "humas" in home.intro.lower()
    assert home.live_revision is not None
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()
    assert PlatformSettings.objects.filter(site=site).exists()


def test_demo_agencies_and_unit_trees_are_loaded(demo):
    kinds = dict(Agency.objects.values_list("short_name", "kind"))
    assert kinds == {
        "Komdigi": "kementerian",
        "KemenPAN-RB": "kementerian",
        "Pemprov Jabar": "provinsi",
        "Pemkot Bandung": "kota",
        "Pemkab Bogor": "kabupaten",
    }
    assert Agency.objects.get(short_name="Pemkab Bogor").region_code == "32.01"
    humas = Unit.objects.get(agency__short_name="Komdigi", code="SETJEN.HUMAS")
    assert humas.parent.name == "Sekretariat Jenderal"
    assert Unit.objects.filter(parent=humas).exists()
    for agency in Agency.objects.all():
        assert agency.units.exists()


def test_every_role_account_exists_with_a_verified_email_and_can_log_in(demo, client):
    for account in DEMO_ACCOUNTS:
        address = EmailAddress.objects.get(email=account.email)
        assert address.verified and address.primary
        assert client.login(email=account.email, password=PASSWORD), account.email
        client.logout()


def test_accounts_have_their_roles(demo):
    def user(email):
        return User.objects.get(email=email)

    assert access.user_roles(user("peserta@demo.go.id")) == ["learner"]
    assert "trainer" in access.user_roles(user("pelatih@demo.go.id"))
    assert "reviewer" in access.user_roles(user("peninjau@demo.go.id"))
    admin = user("admin.instansi@demo.go.id")
    assert access.agencies_for(admin).get().short_name == "Komdigi"
    assert admin.groups.filter(name=roles.AGENCY_ADMIN).exists()
    assert access.is_national_admin(user("admin.nasional@demo.go.id"))
    superuser = user("superadmin@demo.go.id")
    assert superuser.is_superuser and superuser.is_staff


def test_demo_learner_is_rostered_at_komdigi_and_newcomer_is_pending(demo):
    learner = User.objects.get(email="peserta@demo.go.id")
    newcomer = User.objects.get(email="pegawai.baru@demo.go.id")
    komdigi = Agency.objects.get(short_name="Komdigi")

    assert learner.agency == komdigi and learner.staff_status == StaffStatus.ROSTERED
    assert RosterEntry.objects.get(agency=komdigi, nip=learner.nip).user == learner
    assert learner.unit is not None
    assert newcomer.agency == komdigi and newcomer.staff_status == StaffStatus.PENDING
    assert not RosterEntry.objects.filter(nip=newcomer.nip).exists()
    admin = User.objects.get(email="admin.instansi@demo.go.id")
    assert list(access.pending_staff_for(admin, komdigi)) == [newcomer]


def test_roster_has_hundreds_of_valid_nips_of_both_shapes(demo):
    entries = RosterEntry.objects.all()
    kinds = {parse_nip(nip).kind for nip in entries.values_list("nip", flat=True)}

    assert entries.count() >= 300
    assert kinds == {"pns", "pppk"}
    assert entries.filter(active=False).exists()
    assert entries.exclude(email="").exists() and entries.filter(email="").exists()
    assert not entries.filter(unit__isnull=True).exists()
    assert all(entry.unit.agency_id == entry.agency_id for entry in entries.select_related("unit"))
    assert len(set(entries.values_list("agency", flat=True))) == 5


def test_output_lists_every_login_and_the_site_url(demo):
    assert f"{settings.WAGTAILADMIN_BASE_URL}/admin/" in demo
    for account in DEMO_ACCOUNTS:
        assert account.email in demo
    assert PASSWORD in demo


def test_changed_demo_password_is_reset_by_the_next_run(demo, client):
    user = User.objects.get(email="pelatih@demo.go.id")
    user.set_password("sandi-lain-sekali")
    user.save()

    load_demo()

    assert client.login(email="pelatih@demo.go.id", password=PASSWORD)


def test_site_addresses_follow_the_public_url(settings):
    """``make run PORT=8080`` serves at 127.0.0.1:8080: pages, emails and the printout say so."""
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8080"
    DjangoSite.objects.update(domain="example.com", name="example.com")

    output = load_demo()

    site = DjangoSite.objects.get_current()
    assert (site.domain, site.name) == ("127.0.0.1:8080", "Akademi Humas ASN")
    wagtail_site = Site.objects.get(is_default_site=True)
    assert (wagtail_site.hostname, wagtail_site.port) == ("127.0.0.1", 8080)
    assert wagtail_site.root_page.full_url == "http://127.0.0.1:8080/"
    assert "http://127.0.0.1:8080/admin/" in output
