"""``manage.py load_demo``: a home page, the catalogue with the shipped courses, five agencies,
a roster and one login per role.

Meant for ``make run`` on a fresh checkout, so it is idempotent and quick:
a second run finds everything in place and changes nothing. Agencies and
units go through the same CSV loaders a national admin uses, so the demo
exercises them. The roster is drawn from ``random.Random(2026)`` and is the
same on every machine.

It lives in learning, not home, because it needs learning's models and home
must not import learning.
"""

import contextlib
import datetime
import logging
import random
from dataclasses import dataclass
from pathlib import Path

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, Site

from courses.models import CourseIndexPage, CoursePage
from courses.packages.files import read_folder
from courses.packages.importer import import_course_package
from courses.packages.shipped import shipped_package_folders
from home.models import HomePage, PlatformSettings
from home.sites import public_host_and_port, public_url, sync_current_site
from learning import roles
from learning.management.demo_progress import ensure_demo_progress
from learning.models import Agency, AgencyAdmin, RosterEntry, StaffStatus, Unit, UnitAdmin, User
from learning.nip import build_nip
from learning.services import learner_state
from learning.services.accounts import link_rostered_accounts, register_learner
from learning.services.agencies import import_agencies_csv, import_units_csv
from learning.services.content_roles import setup_content_roles

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
PASSWORD = "demo-akademi-2026"
SEED = 2026


@dataclass(frozen=True)
class DemoAgency:
    name: str
    units_file: str
    email_domain: str
    roster_size: int


DEMO_AGENCIES = [
    DemoAgency("Kementerian Komunikasi dan Digital", "komdigi.csv", "komdigi.go.id", 320),
    DemoAgency(
        "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "kemenpan-rb.csv",
        "menpan.go.id",
        70,
    ),
    DemoAgency("Pemerintah Provinsi Jawa Barat", "jabar.csv", "jabarprov.go.id", 80),
    DemoAgency("Pemerintah Kota Bandung", "kota-bandung.csv", "bandung.go.id", 60),
    DemoAgency("Pemerintah Kabupaten Bogor", "kab-bogor.csv", "bogorkab.go.id", 50),
]
DEMO_HOME_AGENCY = DEMO_AGENCIES[0].name

# The rostered demo learner and the pending newcomer, both at Komdigi.
LEARNER_NIP = build_nip(
    birth_date=datetime.date(1993, 4, 17),
    appointment_year=2019,
    appointment_month=3,
    gender="P",
    serial=17,
)
LEARNER_UNIT = "SETJEN.HUMAS.MEDIA"
UNIT_ADMIN_UNIT = "SETJEN.HUMAS"
PENDING_NIP = build_nip(
    birth_date=datetime.date(1997, 8, 9),
    appointment_year=2024,
    contract_count=1,
    gender="L",
    serial=41,
)

# --- Home page --------------------------------------------------------------

HERO_TEXT = (
    "<p>Kursus singkat dan praktis tentang media sosial dan komunikasi publik untuk "
    "seluruh aparatur sipil negara, bukan hanya pegawai bagian humas. Belajar dari "
    "ponsel, kerjakan kuisnya, dan dapatkan sertifikat yang dihitung sebagai jam "
    "pelajaran (JP) pengembangan kompetensi.</p>"
)
INTRO = """<h2>Humas untuk non-humas</h2>
<p>Warga kini mengenal pemerintah lewat linimasa. Setiap unggahan seorang ASN, tentang
layanan di kantornya, program instansinya, atau caranya menjawab pertanyaan warga, ikut
membentuk kepercayaan publik. Karena itu kehumasan bukan lagi tugas biro atau bagian
humas saja: setiap pegawai adalah penghubung antara kebijakan dan masyarakat.</p>
<h3>Yang Anda pelajari</h3>
<ul>
<li>Menyampaikan informasi kebijakan dengan benar, jelas, dan mudah dibagikan.</li>
<li>Berkomunikasi dua arah: mendengarkan warga, mahasiswa, jurnalis, dan media, lalu
menanggapi dengan santun.</li>
<li>Mengelola akun resmi dan akun pribadi secara bijak dan memperluas jangkauan
informasi melalui jejaring yang tepat.</li>
<li>Memantau dan mengevaluasi (monev) percakapan di media sosial agar pimpinan dapat
memutuskan lebih cepat.</li>
<li>Memahami hak warga atas informasi publik menurut UU Nomor 14 Tahun 2008 tentang
Keterbukaan Informasi Publik.</li>
</ul>
"""


def _welcome_pages():
    """Wagtail's default "Welcome to your new Wagtail site!" page: a plain Page at depth 2."""
    return Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page))


def ensure_home_page():
    """Put a published HomePage at the tree root in place of Wagtail's welcome page.

    The home page is created before the welcome page is deleted: a Site's root
    page cascades on delete, so the site is repointed first and survives.
    An existing HomePage is left as editors made it.
    """
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="Beranda",
                slug="beranda",
                hero_title="Setiap ASN adalah humas instansinya",
                hero_text=HERO_TEXT,
                intro=INTRO,
            )
        )
        home.save_revision().publish()
    welcome = list(_welcome_pages())
    Site.objects.filter(root_page__in=welcome).update(root_page=home)
    for page in welcome:
        for child in page.get_children():
            child.move(home, pos="last-child")
        page.delete()
    return home


def ensure_site(home):
    """Wagtail's default site serves the home page at the public address (WAGTAILADMIN_BASE_URL),
    so page links such as ``full_url`` point where ``make run`` serves; the Sites framework's
    site (email text and links) takes the same address."""
    sync_current_site()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    hostname, port = public_host_and_port()
    wanted = {
        "hostname": hostname,
        "port": port,
        "root_page_id": home.pk,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    if site.pk is None or any(getattr(site, key) != value for key, value in wanted.items()):
        for key, value in wanted.items():
            setattr(site, key, value)
        site.save()
    PlatformSettings.objects.get_or_create(site=site)
    return site


# --- Agencies and units -----------------------------------------------------


def load_agencies():
    with open(FIXTURES / "demo_agencies.csv", "rb") as fileobj:
        _check(import_agencies_csv(fileobj), "demo_agencies.csv")
    agencies = {}
    for demo in DEMO_AGENCIES:
        agency = Agency.objects.get(name=demo.name)
        path = FIXTURES / "demo_units" / demo.units_file
        with open(path, "rb") as fileobj:
            _check(import_units_csv(agency, fileobj), path.name)
        agencies[demo.name] = agency
    return agencies


def _check(result, filename):
    if not result.ok:
        details = "; ".join(str(error) for error in result.errors)
        raise CommandError(f"{filename}: {details}")


# --- Roster -----------------------------------------------------------------

MALE_NAMES = [
    "Agus",
    "Andi",
    "Arief",
    "Asep",
    "Bambang",
    "Bayu",
    "Budi",
    "Dadang",
    "Dedi",
    "Dimas",
    "Eko",
    "Fajar",
    "Gilang",
    "Hadi",
    "Hendra",
    "Ilham",
    "Irfan",
    "Joko",
    "Rahmat",
    "Reza",
    "Rizky",
    "Rudi",
    "Surya",
    "Taufik",
    "Teguh",
    "Wahyu",
    "Yoga",
    "Yusuf",
    "Aditya",
    "Ujang",
]
FEMALE_NAMES = [
    "Anisa",
    "Ayu",
    "Desi",
    "Dewi",
    "Dian",
    "Eka",
    "Euis",
    "Fitri",
    "Indah",
    "Intan",
    "Kartika",
    "Lina",
    "Maya",
    "Mega",
    "Nadia",
    "Nining",
    "Novi",
    "Putri",
    "Ratih",
    "Ratna",
    "Rina",
    "Rini",
    "Sari",
    "Siti",
    "Sri",
    "Tuti",
    "Wulan",
    "Yuni",
    "Nurul",
    "Lestari",
]
FAMILY_NAMES = [
    "Fauzi",
    "Firmansyah",
    "Gunawan",
    "Hakim",
    "Harahap",
    "Hermawan",
    "Hidayat",
    "Iskandar",
    "Kurniawan",
    "Kusuma",
    "Lubis",
    "Maulana",
    "Nasution",
    "Nugroho",
    "Permana",
    "Prasetyo",
    "Rahman",
    "Ramadhan",
    "Santoso",
    "Setiawan",
    "Simanjuntak",
    "Siregar",
    "Sitompul",
    "Sulistyo",
    "Supriyadi",
    "Suryadi",
    "Susanto",
    "Sutrisno",
    "Tanjung",
    "Wibowo",
    "Wijaya",
]
MALE_FAMILY_NAMES = ["Pratama", "Saputra", "Syahputra", "Nugraha"]
FEMALE_FAMILY_NAMES = ["Handayani", "Purnamasari", "Rahayu", "Wulandari", "Susanti"]
DEGREES = ["S.Sos.", "S.I.Kom.", "S.Kom.", "S.E.", "S.H.", "S.A.P.", "M.Si.", "M.A.P."]
PNS_POSITIONS = [
    "Pranata Hubungan Masyarakat Ahli Pertama",
    "Pranata Hubungan Masyarakat Ahli Muda",
    "Pranata Hubungan Masyarakat Ahli Madya",
    "Analis Kebijakan Ahli Muda",
    "Pranata Komputer Ahli Pertama",
    "Arsiparis Ahli Pertama",
    "Perencana Ahli Muda",
    "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
    "Auditor Ahli Muda",
    "Pengelola Pengadaan Barang/Jasa Ahli Pertama",
    "Kepala Subbagian Tata Usaha",
    "Kepala Bagian",
    "Kepala Bidang",
    "Analis Keuangan Pusat dan Daerah Ahli Pertama",
]
PPPK_POSITIONS = [
    "Penata Layanan Operasional",
    "Pengelola Layanan Operasional",
    "Pranata Komputer Ahli Pertama",
    "Pranata Hubungan Masyarakat Ahli Pertama",
    "Operator Layanan Operasional",
    "Pengadministrasi Perkantoran",
]
PPPK_SHARE = 0.25
INACTIVE_SHARE = 0.03
EMAIL_SHARE = 0.65


class RosterMaker:
    """Draws realistic staff from one seeded generator, so every run draws the same."""

    def __init__(self, seed=SEED, taken_nips=()):
        self.rng = random.Random(seed)
        self.nips = set(taken_nips)
        self.emails = set()

    def name(self, gender):
        rng = self.rng
        if gender == "L":
            first, family = rng.choice(MALE_NAMES), FAMILY_NAMES + MALE_FAMILY_NAMES
            middle = "Muhammad" if rng.random() < 0.15 else None
        else:
            first, family = rng.choice(FEMALE_NAMES), FAMILY_NAMES + FEMALE_FAMILY_NAMES
            middle = "Nur" if rng.random() < 0.1 else None
        last = rng.choice(family)
        bare = " ".join(part for part in (middle, first, last) if part)
        degree = f", {rng.choice(DEGREES)}" if rng.random() < 0.35 else ""
        return bare, bare + degree

    def birth_date(self, first_year, last_year):
        rng = self.rng
        return datetime.date(
            rng.randint(first_year, last_year), rng.randint(1, 12), rng.randint(1, 28)
        )

    def nip(self, gender, pppk):
        """A NIP not drawn before: PPPK since the 2021 intake, PNS at 22 to 35."""
        rng = self.rng
        while True:
            if pppk:
                nip = build_nip(
                    birth_date=self.birth_date(1975, 2000),
                    appointment_year=rng.randint(2021, 2025),
                    contract_count=rng.choice([1, 1, 1, 2]),
                    gender=gender,
                    serial=rng.randint(1, 999),
                )
            else:
                born = self.birth_date(1966, 1999)
                nip = build_nip(
                    birth_date=born,
                    appointment_year=rng.randint(born.year + 22, min(born.year + 35, 2024)),
                    appointment_month=rng.randint(1, 12),
                    gender=gender,
                    serial=rng.randint(1, 999),
                )
            if nip not in self.nips:
                self.nips.add(nip)
                return nip

    def email(self, bare_name, domain):
        if self.rng.random() >= EMAIL_SHARE:
            return ""
        parts = bare_name.lower().split()
        local = ".".join(parts[-2:])
        email, number = f"{local}@{domain}", 1
        while email in self.emails:
            number += 1
            email = f"{local}{number}@{domain}"
        self.emails.add(email)
        return email

    def entry(self, agency, units, domain):
        rng = self.rng
        gender = rng.choice("LP")
        pppk = rng.random() < PPPK_SHARE
        bare, full = self.name(gender)
        return RosterEntry(
            agency=agency,
            nip=self.nip(gender, pppk),
            full_name=full,
            email=self.email(bare, domain),
            unit=rng.choice(units),
            position=rng.choice(PPPK_POSITIONS if pppk else PNS_POSITIONS),
            active=rng.random() >= INACTIVE_SHARE,
        )


def demo_learner_entry(agency):
    return RosterEntry(
        agency=agency,
        nip=LEARNER_NIP,
        full_name="Rina Wulandari, S.I.Kom.",
        email="peserta@demo.go.id",
        unit=Unit.objects.get(agency=agency, code=LEARNER_UNIT),
        position="Pranata Hubungan Masyarakat Ahli Pertama",
        active=True,
    )


def load_roster(agencies):
    """Upsert the roster by (agency, NIP); account links already made are kept."""
    maker = RosterMaker(taken_nips={LEARNER_NIP, PENDING_NIP})
    entries = [demo_learner_entry(agencies[DEMO_HOME_AGENCY])]
    for demo in DEMO_AGENCIES:
        agency = agencies[demo.name]
        units = list(Unit.objects.filter(agency=agency).order_by("code"))
        size = demo.roster_size - (1 if demo.name == DEMO_HOME_AGENCY else 0)
        entries += [maker.entry(agency, units, demo.email_domain) for _ in range(size)]
    RosterEntry.objects.bulk_create(
        entries,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["agency", "nip"],
        update_fields=["full_name", "email", "unit", "position", "active"],
    )


# --- Accounts ---------------------------------------------------------------


@dataclass(frozen=True)
class DemoAccount:
    role: object  # a lazy translation
    email: str
    full_name: str
    group: str | None = None
    superuser: bool = False


DEMO_ACCOUNTS = [
    DemoAccount(
        gettext_lazy("Peserta (terdaftar di roster Komdigi)"),
        "peserta@demo.go.id",
        "Rina Wulandari, S.I.Kom.",
    ),
    DemoAccount(
        gettext_lazy("Pegawai baru (menunggu konfirmasi)"),
        "pegawai.baru@demo.go.id",
        "Fajar Nugroho",
    ),
    DemoAccount(
        gettext_lazy("Pelatih"),
        "pelatih@demo.go.id",
        "Budi Santoso, M.Si.",
        roles.TRAINER,
    ),
    DemoAccount(
        gettext_lazy("Peninjau"),
        "peninjau@demo.go.id",
        "Sri Rahayu, S.Sos.",
        roles.REVIEWER,
    ),
    DemoAccount(
        gettext_lazy("Admin Instansi (Komdigi)"),
        "admin.instansi@demo.go.id",
        "Andi Pratama, S.Kom.",
        roles.AGENCY_ADMIN,
    ),
    DemoAccount(
        gettext_lazy("Admin Unit (Biro Humas Komdigi)"),
        "admin.unit@demo.go.id",
        "Yoga Permana, S.I.Kom.",
    ),
    DemoAccount(
        gettext_lazy("Admin Nasional"),
        "admin.nasional@demo.go.id",
        "Dewi Lestari, M.A.P.",
        roles.NATIONAL_ADMIN,
    ),
    DemoAccount(
        gettext_lazy("Superadmin (admin Wagtail)"),
        "superadmin@demo.go.id",
        "Superadmin Akademi",
        superuser=True,
    ),
]


class DemoPassword:
    """The shared demo password, hashed once and verified once per distinct hash.

    PBKDF2 costs about 0.3 s a go; done per account it would be most of the
    command's run time. The accounts share one public password, so sharing one
    hash (and its salt) gives nothing away.
    """

    def __init__(self):
        self.encoded = None
        self.known_good = set()

    def hash(self):
        if self.encoded is None:
            self.encoded = make_password(PASSWORD)
            self.known_good.add(self.encoded)
        return self.encoded

    def matches(self, encoded):
        """True if ``encoded`` is the demo password under the current hasher settings."""
        if encoded not in self.known_good:
            stale = []
            if check_password(PASSWORD, encoded, setter=lambda _raw: stale.append(True)):
                if not stale:
                    self.known_good.add(encoded)
        return encoded in self.known_good


def ensure_account(demo, password):
    """The account with the demo password and a verified primary email; True if new.

    Existing accounts are written only where they differ, so a second run
    changes nothing (a fresh hash of the same password would be a change).
    """
    user = User.objects.filter(email=demo.email).first()
    created = user is None
    if created:
        user = User(email=demo.email, full_name=demo.full_name)
    dirty = created
    if demo.superuser and not (user.is_superuser and user.is_staff):
        user.is_superuser = user.is_staff = True
        dirty = True
    if created or not password.matches(user.password):
        user.password = password.hash()
        dirty = True
    if dirty:
        user.save()
    _ensure_verified_email(user)
    if demo.group:
        user.groups.add(Group.objects.get(name=demo.group))
    return user, created


def _ensure_verified_email(user):
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    if address and address.verified and address.primary:
        return
    EmailAddress.objects.filter(user=user, primary=True).update(primary=False)
    if address is None:
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    else:
        address.verified = address.primary = True
        address.save(update_fields=["verified", "primary"])


def ensure_accounts(agencies):
    home_agency = agencies[DEMO_HOME_AGENCY]
    users, password = {}, DemoPassword()
    for demo in DEMO_ACCOUNTS:
        user, created = ensure_account(demo, password)
        if created and demo.email == "peserta@demo.go.id":
            register_learner(user, nip=LEARNER_NIP, agency=home_agency)
        elif created and demo.email == "pegawai.baru@demo.go.id":
            unit = Unit.objects.get(agency=home_agency, code="DJKPM.IKPM")
            register_learner(
                user,
                nip=PENDING_NIP,
                agency=home_agency,
                unit=unit,
                position="Pengelola Layanan Operasional",
            )
        users[demo.email] = user
    # Re-links the demo learner should its roster entry have been deleted and
    # re-created by the upsert above; a no-op otherwise.
    link_rostered_accounts(home_agency.pk)
    AgencyAdmin.objects.get_or_create(
        user=users["admin.instansi@demo.go.id"], defaults={"agency": home_agency}
    )
    UnitAdmin.objects.get_or_create(
        user=users["admin.unit@demo.go.id"],
        defaults={"unit": Unit.objects.get(agency=home_agency, code=UNIT_ADMIN_UNIT)},
    )
    return users, password


# --- Catalogue and courses ----------------------------------------------------


def ensure_catalogue(home):
    """The catalogue and the shipped courses, imported from their packages.

    A course missing from the site is created and published; for a course the site
    has, only pages whose content differs from the package get a revision, sent to
    review. An unchanged package writes nothing, so a second run changes nothing.
    """
    catalogue = CourseIndexPage.objects.first()
    if catalogue is None:
        catalogue = CourseIndexPage(
            title="Katalog Kursus",
            slug="katalog",
            intro="<p>Kursus singkat tentang media sosial dan komunikasi publik untuk ASN.</p>",
        )
        home.add_child(instance=catalogue)
        catalogue.save_revision().publish()
    for folder in shipped_package_folders():
        import_course_package(files=read_folder(folder), publish=True, catalogue=catalogue)


# --- Output -----------------------------------------------------------------


def summary_lines():
    """The state of the demo data, not what this run did, so every run prints the same."""
    roster = RosterEntry.objects.filter(agency__name__in=[d.name for d in DEMO_AGENCIES])
    return [
        _("Instansi: %(count)s") % {"count": Agency.objects.count()},
        _("Unit kerja: %(count)s") % {"count": Unit.objects.count()},
        _("Roster pegawai demo: %(count)s (%(inactive)s tidak aktif)")
        % {"count": roster.count(), "inactive": roster.filter(active=False).count()},
        _("Akun menunggu konfirmasi instansi: %(count)s")
        % {"count": User.objects.filter(staff_status=StaffStatus.PENDING).count()},
        _("Kursus terbit: %(count)s") % {"count": CoursePage.objects.live().count()},
    ]


def login_table():
    rows = [(_("Peran"), _("Email"), _("Kata sandi"))]
    rows += [(str(demo.role), demo.email, PASSWORD) for demo in DEMO_ACCOUNTS]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    line = "+-" + "-+-".join("-" * width for width in widths) + "-+"
    out = [line]
    for index, row in enumerate(rows):
        out.append("| " + " | ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " |")
        if index == 0:
            out.append(line)
    out.append(line)
    return out


@contextlib.contextmanager
def _quiet_loggers(*names):
    """Hide the per-save task log lines (one per unit and account) from the demo output."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


class Command(BaseCommand):
    help = (
        "Muat data demo: beranda, katalog dengan satu kursus contoh, instansi, unit "
        "kerja, roster, dan satu akun per peran."
    )

    def handle(self, *args, verbosity=1, **options):
        roles.ensure_groups()
        quiet = (
            _quiet_loggers("django_tasks", "wagtail", "celery.app.trace")
            if verbosity < 2
            else contextlib.nullcontext()
        )
        with quiet, transaction.atomic():
            home = ensure_home_page()
            ensure_site(home)
            ensure_catalogue(home)
            agencies = load_agencies()
            load_roster(agencies)
            _users, password = ensure_accounts(agencies)
            setup_content_roles()  # Content roles: trainer/reviewer page perms + review workflow.
            ensure_demo_progress(
                agencies=agencies,
                password_hash=password.hash(),
                seed=SEED,
                domains={agencies[d.name].pk: d.email_domain for d in DEMO_AGENCIES},
            )
            # Roster entries, enrolments and completions were written in bulk.
            learner_state.touch(User.objects.values("pk"))
        if apps.is_installed("compliance"):
            # Assignments, exemptions and figures for the dashboards; learning names
            # the command, never the app's code.
            with _quiet_loggers("celery.app.trace") if verbosity < 2 else contextlib.nullcontext():
                call_command("load_compliance_demo", verbosity=verbosity, stdout=self.stdout)
        # Search and reference indexes are kept current by Wagtail's save signals,
        # so there is nothing to rebuild for the handful of demo pages.
        self.print_summary()

    def print_summary(self):
        write = self.stdout.write
        for line in summary_lines():
            write(line)
        write("")
        write(_("Akun demo:"))
        for line in login_table():
            write(line)
        write("")
        write(_("Buka situs: %(url)s   Admin Wagtail: %(url)s/admin/") % {"url": public_url()})
