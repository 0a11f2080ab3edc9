"""Every page renders with production static files: a missing static file fails CI.

``collectstatic`` runs once, with the storage of ``config.settings.production``
(WhiteNoise's CompressedManifestStaticFilesStorage), into a temporary STATIC_ROOT.
Then every page in ``PAGES`` is fetched with DEBUG off and WhiteNoise serving that
folder only. A template naming a file that collectstatic did not collect raises
"Missing staticfiles manifest entry" (a 500 in production); here it fails the test
with the page's name. Every static file a page links to is fetched too.

To cover a new page, add a ``PageCase`` to ``PAGES``: a name, who visits it (a key
of ``world.users`` or ``None`` for an anonymous visitor), a function from the world
(built in ``build_world``) to the URL, and the status expected.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.template import Context, Template
from django.test import override_settings
from django.urls import reverse

from learning import roles
from learning.models import Enrolment, RosterImport, StaffStatus
from learning.services import quizzes
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    RosterEntryFactory,
    UserFactory,
    build_course,
    make_agency_admin,
    make_in_group,
)

pytestmark = pytest.mark.django_db

MANIFEST_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"
STATIC_URL_IN_HTML = re.compile(r"""(?:src|href)=["'](/static/[^"'?#]+)""")


@dataclass(frozen=True)
class PageCase:
    name: str
    visitor: str | None
    url: Callable[[SimpleNamespace], str]
    status: int = 200


def _agency_url(name, *extra):
    return lambda w: reverse(f"learning:{name}", args=[w.agency.pk, *extra])


PAGES = [
    # Public pages.
    PageCase("home", None, lambda w: "/"),
    PageCase("catalogue", None, lambda w: w.tree.index.url),
    PageCase("course", None, lambda w: w.tree.course.url),
    PageCase("module", None, lambda w: w.tree.module.url),
    PageCase("login", None, lambda w: reverse("account_login")),
    PageCase("signup", None, lambda w: reverse("account_signup")),
    PageCase("password reset", None, lambda w: reverse("account_reset_password")),
    PageCase("password reset sent", None, lambda w: reverse("account_reset_password_done")),
    PageCase("verification sent", None, lambda w: reverse("account_email_verification_sent")),
    PageCase("404", None, lambda w: "/halaman-yang-tidak-ada/", status=404),
    # Learner pages.
    PageCase("course (enrolled)", "learner", lambda w: w.tree.course.url),
    PageCase("lesson", "learner", lambda w: w.tree.lesson.url),
    PageCase("quiz page", "learner", lambda w: w.tree.quiz.url),
    PageCase(
        "quiz attempt", "learner", lambda w: reverse("learning:quiz_take", args=[w.open_attempt.pk])
    ),
    PageCase(
        "quiz result",
        "learner",
        lambda w: reverse("learning:quiz_result", args=[w.graded_attempt.pk]),
    ),
    PageCase("belajar saya", "learner", lambda w: reverse("learning:my_learning")),
    PageCase("account emails", "learner", lambda w: reverse("account_email")),
    PageCase("two-factor", "learner", lambda w: reverse("mfa_index")),
    PageCase("delete account", "learner", lambda w: reverse("privacy:delete_account")),
    PageCase("403", "learner", lambda w: reverse("compliance:dashboard"), status=403),
    # Agency dashboard pages.
    PageCase(
        "agency overview",
        "agency_admin",
        lambda w: reverse("compliance:agency_overview", args=[w.agency.pk]),
    ),
    PageCase("roster", "agency_admin", _agency_url("roster_list")),
    PageCase("roster upload", "agency_admin", _agency_url("roster_upload")),
    PageCase(
        "roster import",
        "agency_admin",
        lambda w: reverse("learning:roster_import", args=[w.agency.pk, w.roster_import.pk]),
    ),
    PageCase("pending staff", "agency_admin", _agency_url("pending_staff")),
    PageCase("dashboard (national)", "national_admin", lambda w: reverse("compliance:dashboard")),
    # Wagtail admin (its own static files go through the same storage).
    PageCase("admin home", "superuser", lambda w: reverse("wagtailadmin_home")),
    PageCase(
        "admin page explorer",
        "superuser",
        lambda w: reverse("wagtailadmin_explore", args=[w.tree.index.pk]),
    ),
    PageCase("admin users", "superuser", lambda w: reverse("wagtailusers_users:index")),
]


def build_world():
    """One course (timed quiz: the timer script loads), and one user per visitor."""
    tree = build_course(time_limit_minutes=30)
    agency = AgencyFactory()
    RosterEntryFactory(agency=agency)
    LearnerFactory(agency=agency, staff_status=StaffStatus.PENDING)
    learner = LearnerFactory(agency=agency)
    Enrolment.objects.create(user=learner, course=tree.course)
    graded = quizzes.submit_attempt(learner, quizzes.start_attempt(learner, tree.quiz).pk, {})
    open_attempt = quizzes.start_attempt(learner, tree.quiz)
    # A running import: its page loads the progress poller script.
    roster_import = RosterImport(
        agency=agency, original_name="roster.csv", status=RosterImport.Status.VALIDATING
    )
    roster_import.file.save("roster.csv", ContentFile(b"nip,nama,unit_kerja\n"), save=False)
    roster_import.save()
    users = {
        "learner": learner,
        "agency_admin": make_agency_admin(agency),
        "national_admin": make_in_group(roles.NATIONAL_ADMIN),
        "superuser": UserFactory(is_superuser=True, is_staff=True),
    }
    return SimpleNamespace(
        tree=tree,
        agency=agency,
        users=users,
        roster_import=roster_import,
        graded_attempt=graded,
        open_attempt=open_attempt,
    )


def _manifest_settings(static_root):
    return {
        "STATIC_ROOT": str(static_root),
        "DEBUG": False,
        "WHITENOISE_USE_FINDERS": False,
        "WHITENOISE_AUTOREFRESH": False,
    }


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    static_root = tmp_path_factory.mktemp("staticfiles")
    storages = {**django_settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}}
    with override_settings(STORAGES=storages, **_manifest_settings(static_root)):
        call_command("collectstatic", interactive=False, verbosity=0)
    return static_root


@pytest.fixture
def production_static(settings, collected_static):
    """Production's static storage over the collected folder, DEBUG off."""
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}}
    for name, value in _manifest_settings(collected_static).items():
        setattr(settings, name, value)
    return collected_static


def fetch(client, world, case):
    """The page's HTML, or the reason it failed."""
    client.logout()
    if case.visitor:
        client.force_login(world.users[case.visitor])
    url = case.url(world)
    try:
        response = client.get(url)
    except Exception as error:  # the test reports every broken page at once
        return None, f"{url}: {type(error).__name__}: {error}"
    if response.status_code != case.status:
        return None, f"{url}: status {response.status_code}, expected {case.status}"
    return response.content.decode(), None


def test_every_page_renders_with_the_production_static_storage(client, groups, production_static):
    world = build_world()
    failures, assets = {}, set()
    for case in PAGES:
        html, problem = fetch(client, world, case)
        if problem:
            failures[case.name] = problem
        else:
            assets.update(STATIC_URL_IN_HTML.findall(html))
    client.logout()
    for asset in sorted(assets):
        response = client.get(asset)
        if response.status_code != 200:
            failures[asset] = f"status {response.status_code}"

    assert not failures
    # Hashed names prove the manifest storage rendered the pages.
    assert any(re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", a) for a in assets)
    for script in ("signup", "quiz-timer", "import-progress"):
        assert any(f"/learning/js/{script}." in asset for asset in assets), script


def test_a_missing_static_file_fails_under_the_production_storage(production_static):
    """Guards the test above against passing vacuously."""
    with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
        Template("{% load static %}{% static 'js/not-collected.js' %}").render(Context())
