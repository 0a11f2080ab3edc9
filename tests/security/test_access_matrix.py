"""The project-wide role × URL access matrix: every URL name, every role, its answer.

``test_every_url_has_an_entry`` walks the resolver (``tests.security.urls``) and
fails when a URL — named or not, of the project's apps, allauth or Wagtail — has no
entry here, so a new URL cannot ship without someone deciding who may open it.

Entries are of two kinds:

* ``MATRIX``: URL key → cases, each a path built from the world below, a method and
  the expected answer for each of the nine roles. Every URL the project's own apps
  define (learning, certificates, compliance, courses' and learning's admin views,
  the admin viewsets of their models, allauth's account pages, Wagtail's page
  serving) is here. A POST case runs in a savepoint that is rolled back, so one
  role's write never changes what the next role sees.
* ``RULES``: families of Wagtail's own admin URLs (pages, images, workflows …). Their
  rule is "every /admin/ URL refuses anyone without admin access": anonymous
  visitors, learners, pending learners, unit and agency admins are sent to the login
  page. ``test_admin_refuses_everyone_without_admin_access`` visits every admin URL
  (parameters filled with "1"/"x") as an anonymous visitor and as each of those
  roles. What trainers, reviewers and national admins may do inside Wagtail's own
  views is Wagtail's permission system, granted by ``learning.roles``
  (tests/learning/test_roles.py); the project's own admin views and models are rows
  of ``MATRIX``.

The per-app matrices (tests/learning/test_access.py, tests/certificates/,
tests/compliance/) hold the finer cases: another agency's ids in one's own URL,
files reaching only their requester, unit admins' subtrees.
"""

import fnmatch
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse

from compliance.models import Export
from learning import roles
from learning.models import (
    RosterImport,
    StaffStatus,
    UnitAdmin,
)
from tests.compliance.world import build_world
from tests.factories import (
    LearnerFactory,
    add_to_lesson,
    make_agency_admin,
    make_in_group,
    passed_attempt,
    practice_block,
)
from tests.security.urls import all_routes

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "learner",
    "pending",
    "unit_admin",
    "agency_admin",
    "other_agency_admin",
    "trainer",
    "reviewer",
    "national_admin",
)
NON_EDITORS = (
    "anonymous",
    "learner",
    "pending",
    "unit_admin",
    "agency_admin",
    "other_agency_admin",
)
EDITORS = ("trainer", "reviewer", "national_admin")

LOGIN = "login"  # a redirect to the login page (allauth's, also for the admin)


def answers(*codes, **overrides):
    """Expected answers: nine codes in ROLES order, or one code for all, plus overrides."""
    if len(codes) == 1:
        codes = codes * len(ROLES)
    assert len(codes) == len(ROLES)
    expected = dict(zip(ROLES, codes, strict=True))
    expected.update(overrides)
    return expected


def public(code=200):
    return answers(code)


def logged_in(code=200, **overrides):
    """Any account gets ``code``; anonymous visitors go to the login page."""
    return answers(code, **{"anonymous": LOGIN, **overrides})


def dashboard(own, *, unit_admin=None, other=404, outsiders=403, anonymous=LOGIN):
    """An agency-A page: A's admins and national admins ``own``, B's admin ``other``."""
    return answers(
        anonymous,
        outsiders,
        outsiders,
        own if unit_admin is None else unit_admin,
        own,
        other,
        outsiders,
        outsiders,
        own,
    )


@dataclass(frozen=True)
class Case:
    path: object  # world → path
    expected: dict
    method: str = "get"
    data: dict = field(default_factory=dict)
    label: str = ""


def get(path, expected, label=""):
    return [Case(path, expected, "get", label=label)]


def post(path, expected, data=None, label=""):
    return [Case(path, expected, "post", data or {}, label=label)]


def url(name, *args):
    """A path builder: ``url("learning:roster_list", "agency")`` → world → reverse(...)."""

    def build(w):
        return reverse(
            name, args=[getattr(w.ids, arg, arg) if isinstance(arg, str) else arg for arg in args]
        )

    return build


def fixed(path):
    return lambda w: path


A = "agency"  # agency A's id in ``url(...)``
PRACTICE_BLOCK = "tugas-matriks"
# An import of the whole agency's roster is not a unit admin's: theirs are scoped to their unit.
AGENCY_IMPORT = dashboard(200, unit_admin=404)

# --- The matrix -----------------------------------------------------------------------

MATRIX = {
    # Site infrastructure and language
    "healthz": get(fixed("/healthz"), public()),
    "set_language": post(fixed("/bahasa/"), public(302), {"language": "en", "next": "/"}),
    # Wagtail's page serving: the home page is public, the course page too; a lesson
    # opens to enrolled learners and editors, others are sent to enrol (302 to the course).
    "wagtail_serve": [
        Case(fixed("/"), public(200), label="home"),
        Case(lambda w: w.course_url, public(200), label="course"),
        Case(
            lambda w: w.lesson_url,
            answers(LOGIN, 200, 302, 302, 302, 302, 200, 200, 200),
            label="lesson",
        ),
        Case(
            lambda w: w.quiz_url,
            answers(LOGIN, 200, 302, 302, 302, 302, 200, 200, 200),
            label="quiz",
        ),
    ],
    "wagtailcore_authenticate_with_password": get(
        url("wagtailcore_authenticate_with_password", 999999, "lesson"), public(404)
    ),
    "wagtailcore_login": get(fixed("/_util/login/"), public(302)),
    "_util/login/": get(fixed("/_util/login/"), public(302)),
    # Documents: a document no gated page uses is public.
    "wagtaildocs_serve": get(lambda w: w.document_url, public(200)),
    "wagtaildocs_authenticate_with_password": get(
        url("wagtaildocs_authenticate_with_password", 999999), public(404)
    ),
    # --- allauth: public account pages ---
    "account_login": get(fixed("/akun/login/"), public(200)),
    "account_signup": get(fixed("/akun/signup/"), public(200)),
    "account_inactive": get(fixed("/akun/inactive/"), public(200)),
    "account_email_verification_sent": get(fixed("/akun/confirm-email/"), public(200)),
    "account_confirm_email": get(url("account_confirm_email", "bogus-key"), public(200)),
    "account_reset_password": get(fixed("/akun/password/reset/"), public(200)),
    "account_reset_password_done": get(fixed("/akun/password/reset/done/"), public(200)),
    "account_reset_password_from_key": get(fixed("/akun/password/reset/key/1-bogus/"), public(200)),
    "account_reset_password_from_key_done": get(
        fixed("/akun/password/reset/key/done/"), public(200)
    ),
    # A login code or an MFA step only exists in the middle of a login.
    "account_confirm_login_code": get(
        fixed("/akun/login/code/confirm/"), answers(302, anonymous=LOGIN)
    ),
    "mfa_authenticate": get(fixed("/akun/2fa/authenticate/"), answers(302, anonymous=LOGIN)),
    # --- allauth: the account's own pages ---
    "account_logout": get(fixed("/akun/logout/"), logged_in(200, anonymous=302)),
    "account_reauthenticate": get(fixed("/akun/reauthenticate/"), logged_in(200)),
    "account_email": get(fixed("/akun/email/"), logged_in(200)),
    "account_change_password": get(fixed("/akun/password/change/"), logged_in(200)),
    # Every account has a password: "set" sends to "change".
    "account_set_password": get(fixed("/akun/password/set/"), logged_in(302)),
    "mfa_index": get(fixed("/akun/2fa/"), logged_in(200)),
    "mfa_reauthenticate": get(fixed("/akun/2fa/reauthenticate/"), logged_in(302)),
    # Activating TOTP or new recovery codes asks for the password again first.
    "mfa_activate_totp": get(fixed("/akun/2fa/totp/activate/"), logged_in(302)),
    "mfa_generate_recovery_codes": get(fixed("/akun/2fa/recovery-codes/generate/"), logged_in(302)),
    # Without TOTP there is nothing to deactivate or download.
    "mfa_deactivate_totp": get(fixed("/akun/2fa/totp/deactivate/"), logged_in(404)),
    "mfa_view_recovery_codes": get(fixed("/akun/2fa/recovery-codes/"), logged_in(404)),
    "mfa_download_recovery_codes": get(fixed("/akun/2fa/recovery-codes/download/"), logged_in(404)),
    # --- learning: the account's own data (UU 27/2022) ---
    "privacy:data_download": get(url("privacy:data_download"), logged_in(200)),
    # The confirm page; a POST without the password is refused (400), nothing is erased.
    "privacy:delete_account": [
        Case(url("privacy:delete_account"), logged_in(200)),
        Case(url("privacy:delete_account"), logged_in(400), "post", label="no password"),
    ],
    # --- learning: the learner's own ---
    "learning:my_learning": get(url("learning:my_learning"), logged_in(200)),
    "learning:agency_units": get(url("learning:agency_units", A), public(200)),
    "learning:enrol": post(url("learning:enrol", "course"), logged_in(302)),
    "learning:lesson_complete": post(url("learning:lesson_complete", "lesson"), logged_in(302)),
    # Practice answers: whoever may open the lesson may answer; the rest are refused
    # by the service with a message (a redirect back), never a write.
    "learning:practice_submit": post(
        url("learning:practice_submit", "lesson", PRACTICE_BLOCK),
        logged_in(302),
        {"response": "Jawaban saya."},
    ),
    # Starting an attempt: the enrolled learner has already passed (409, "lulus"); everyone
    # else is not enrolled (403).
    "learning:quiz_start": post(url("learning:quiz_start", "quiz"), logged_in(403, learner=409)),
    # An attempt is its owner's only: anyone else gets 404 (ids reveal nothing).
    "learning:quiz_take": get(url("learning:quiz_take", "attempt"), logged_in(404, learner=302)),
    "learning:quiz_result": get(
        url("learning:quiz_result", "attempt"), logged_in(404, learner=200)
    ),
    # Autosave of an attempt: only its owner's, and only while open (this one is graded:
    # the owner is sent to its result).
    "learning:quiz_autosave": post(
        url("learning:quiz_autosave", "attempt"), logged_in(404, learner=302)
    ),
    # The completion page: the learner completed C1; anyone else is sent to the course.
    "learning:course_completed": get(
        url("learning:course_completed", "course"), logged_in(302, learner=200)
    ),
    # Profil saya: every account its own. An empty request to move agency is refused (400)
    # for staff with a NIP; accounts without one (admins, editors) are sent to the profile.
    "learning:profile": get(url("learning:profile"), logged_in(200)),
    "learning:profile_agency": post(
        url("learning:profile_agency"), logged_in(302, learner=400, pending=400, unit_admin=400)
    ),
    # --- learning: the agency dashboard (agency A) ---
    "learning:roster_list": get(url("learning:roster_list", A), dashboard(200)),
    "learning:roster_upload": get(url("learning:roster_upload", A), dashboard(200)),
    "learning:roster_template": get(url("learning:roster_template", A), dashboard(200)),
    "learning:roster_import": get(url("learning:roster_import", A, "roster_import"), AGENCY_IMPORT),
    "learning:roster_import_status": get(
        url("learning:roster_import_status", A, "roster_import"), AGENCY_IMPORT
    ),
    "learning:roster_import_file": get(
        url("learning:roster_import_file", A, "roster_import"), AGENCY_IMPORT
    ),
    "learning:roster_import_errors": get(
        url("learning:roster_import_errors", A, "roster_import"), AGENCY_IMPORT
    ),
    "learning:roster_import_apply": post(
        url("learning:roster_import_apply", A, "roster_import"), dashboard(302, unit_admin=404)
    ),
    "learning:roster_import_cancel": post(
        url("learning:roster_import_cancel", A, "roster_import"), dashboard(302, unit_admin=404)
    ),
    "learning:pending_staff": get(url("learning:pending_staff", A), dashboard(200)),
    "learning:pending_staff_decide": post(
        url("learning:pending_staff_decide", A, "pending_user"),
        dashboard(302),
        {"decision": "confirm"},
    ),
    # Only agency admins (and national admins) appoint unit admins.
    "learning:unit_admins": get(url("learning:unit_admins", A), dashboard(200, unit_admin=403)),
    "learning:unit_admin_revoke": post(
        url("learning:unit_admin_revoke", A, "unit_admin_appointment"),
        dashboard(302, unit_admin=403),
    ),
    # --- certificates ---
    "certificates:lookup": get(url("certificates:lookup"), public(200)),
    "certificates:verify": get(url("certificates:verify", "certificate_code"), public(200)),
    "certificates:badge_issuer": get(url("certificates:badge_issuer"), public(200)),
    "certificates:badge_class": get(url("certificates:badge_class", "course"), public(200)),
    "certificates:badge_assertion": get(
        url("certificates:badge_assertion", "certificate_code"), public(200)
    ),
    # The PDF: its owner, admins of the owner's agency (a unit admin of the owner's
    # unit too), national admins; anyone else 404.
    "certificates:download": get(
        url("certificates:download", "certificate"),
        answers(LOGIN, 200, 404, 200, 200, 404, 404, 404, 200),
    ),
    "certificates:agency_list": get(
        url("certificates:agency_list", A), dashboard(200, unit_admin=200)
    ),
    "certificates:agency_export_csv": get(url("certificates:agency_export_csv", A), dashboard(200)),
    "certificates:agency_export_xlsx": get(
        url("certificates:agency_export_xlsx", A), dashboard(200)
    ),
    # --- compliance ---
    # Agency and unit admins are sent to their agency's page; national admins rank agencies.
    "compliance:dashboard": get(
        url("compliance:dashboard"),
        dashboard(200, unit_admin=302, other=302) | {"agency_admin": 302},
    ),
    "compliance:agency_overview": get(url("compliance:agency_overview", A), dashboard(200)),
    "compliance:unit_overview": get(url("compliance:unit_overview", A, "unit"), dashboard(200)),
    "compliance:staff_list": get(url("compliance:staff_list", A), dashboard(200)),
    "compliance:staff_member": get(
        url("compliance:staff_member", A, "roster_entry"), dashboard(200)
    ),
    "compliance:exempt": post(
        url("compliance:exempt", A, "roster_entry", "assignment"),
        dashboard(302, unit_admin=404),
        {"reason": "leave"},
    ),
    "compliance:lift_exemption": post(
        url("compliance:lift_exemption", A, "exempt_entry", "assignment"),
        dashboard(302, unit_admin=404),
    ),
    "compliance:jp_list": get(url("compliance:jp_list", A), dashboard(200)),
    "compliance:assignments": get(url("compliance:assignments", A), dashboard(200)),
    # An assignment to the whole Sekretariat is not a Humas unit admin's to change.
    "compliance:assignment_edit": get(
        url("compliance:assignment_edit", A, "assignment"), dashboard(200, unit_admin=404)
    ),
    "compliance:assignment_withdraw": post(
        url("compliance:assignment_withdraw", A, "assignment"), dashboard(302, unit_admin=404)
    ),
    "compliance:exports": get(url("compliance:exports", A), dashboard(200)),
    # An export file is its requester's (agency admin A) only.
    "compliance:export_detail": get(
        url("compliance:export_detail", "export"),
        dashboard(404, unit_admin=404) | {"agency_admin": 200},
    ),
    "compliance:export_status": get(
        url("compliance:export_status", "export"), dashboard(404) | {"agency_admin": 200}
    ),
    "compliance:export_download": get(
        url("compliance:export_download", "export"), dashboard(404) | {"agency_admin": 200}
    ),
}

# --- The admin: the few public URLs, the project's own admin views ---------------------

ADMIN_LOGIN = answers(302)  # Wagtail's login and password reset hand over to allauth's
MATRIX |= {
    "admin/login/": get(fixed("/admin/login/"), ADMIN_LOGIN),
    "wagtailadmin_login": get(fixed("/admin/login/"), ADMIN_LOGIN),
    "^admin/password_reset/": get(fixed("/admin/password_reset/"), ADMIN_LOGIN),
    "wagtailadmin_password_reset": get(fixed("/admin/password_reset/"), ADMIN_LOGIN),
    "wagtailadmin_password_reset_done": get(fixed("/admin/password_reset/done/"), ADMIN_LOGIN),
    "wagtailadmin_password_reset_confirm": get(
        fixed("/admin/password_reset/confirm/1/1/"), ADMIN_LOGIN
    ),
    "wagtailadmin_password_reset_complete": get(
        fixed("/admin/password_reset/complete/"), ADMIN_LOGIN
    ),
    # Static assets of the admin (the icon sprite, the JS translation catalogue).
    "wagtailadmin_sprite": get(fixed("/admin/sprite/"), public(200)),
    "wagtailadmin_javascript_catalog": get(fixed("/admin/jsi18n/"), public(200)),
}


def admin_only(trainer, reviewer, national_admin):
    """An admin URL: non-editors go to the login page; editors get their codes."""
    return answers(LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, LOGIN, trainer, reviewer, national_admin)


MATRIX |= {
    "wagtailadmin_home": get(fixed("/admin/"), admin_only(200, 200, 200)),
    "wagtailadmin_logout": post(fixed("/admin/logout/"), admin_only(302, 302, 302)),
    # Quiz quality: those with page permissions on quizzes (trainers and reviewers).
    # Item analysis (aggregates, no learner named): national admins too.
    "courses_quiz_quality": get(fixed("/admin/kursus/kualitas-soal/"), admin_only(200, 200, 302)),
    "learning_item_analysis": get(fixed("/admin/analisis-soal/"), admin_only(200, 200, 200)),
    "learning_item_analysis_quiz": get(
        url("learning_item_analysis_quiz", "quiz"), admin_only(200, 200, 200)
    ),
    # Course packages: import and export for those who may edit the catalogue's pages.
    "courses_package_upload": get(fixed("/admin/kursus/impor-paket/"), admin_only(200, 200, 302)),
    "courses_package_download": get(
        url("courses_package_download", "course"), admin_only(200, 200, 302)
    ),
    # The account list: national admins only (they manage agencies and their admins).
    "wagtailusers_users:index": get(fixed("/admin/users/"), admin_only(302, 302, 200)),
}

# The admin viewsets of the project's own models (learning, certificates, courses):
# (trainer, reviewer, national admin) for the list; the other views of each viewset
# (add, edit, delete, history, choosers …) follow the same model permissions, granted
# in learning/roles.py and the apps' ``role_permissions`` hooks.
PROJECT_SNIPPETS = {
    "learning_agency": (302, 302, 200),
    "learning_unit": (302, 302, 200),
    "learning_agencyadmin": (302, 302, 200),
    "learning_unitadmin": (302, 302, 200),
    "learning_rosterentry": (302, 302, 200),
    "learning_rosterimport": (302, 302, 200),
    "learning_enrolment": (302, 302, 200),
    "learning_quizattempt": (302, 302, 200),
    # Trainers review practice answers.
    "learning_practicesubmission": (200, 302, 200),
    "certificates_certificate": (302, 302, 200),
    "certificates_coursecertificatesettings": (302, 302, 200),
    "certificates_rerenderjob": (302, 302, 200),
    "courses_competencycategory": (302, 302, 302),
}
for _model, _codes in PROJECT_SNIPPETS.items():
    MATRIX[f"wagtailsnippets_{_model}:list"] = get(
        url(f"wagtailsnippets_{_model}:list"), admin_only(*_codes)
    )

# --- Rules: families of Wagtail's own admin URLs -----------------------------------------

RULES = {
    # Every Wagtail admin URL the project does not define: refused to non-editors
    # (test_admin_refuses_everyone_without_admin_access visits each one).
    "admin-area": lambda route: route.is_admin,
    # The rest of each project viewset's URLs: same model permissions as its list.
    "project-viewsets": lambda route: any(
        fnmatch.fnmatch(route.key, f"wagtailsnippet{kind}_{model}:*")
        for model in PROJECT_SNIPPETS
        for kind in ("s", "choosers")
    ),
}


def rule_for(route):
    return [name for name, matches in RULES.items() if matches(route)]


# --- The world ----------------------------------------------------------------------------


def build():
    """Agency A (the Humas world of tests/compliance) with one of everything, plus agency B."""
    from certificates.services import issuing
    from learning.services.content_roles import setup_content_roles

    w = build_world()
    setup_content_roles()
    add_to_lesson(w.c1.lesson, practice_block(PRACTICE_BLOCK, allow_link=False))
    learner_entry = w.people["m1"]  # completed C1, in Media under Humas
    learner = learner_entry.user
    pending = LearnerFactory(agency=w.agency, unit=w.units.h, staff_status=StaffStatus.PENDING)
    unit_admin = LearnerFactory(agency=w.agency, unit=w.units.h)
    appointment = UnitAdmin.objects.create(user=unit_admin, unit=w.units.h)
    agency_admin = make_agency_admin(w.agency)
    attempt = passed_attempt(learner, w.c1.quiz, w.c1.course)
    certificate = issuing.issue_certificate(
        user_id=learner.pk, course_id=w.c1.course.pk
    ).certificate
    roster_import = RosterImport(
        agency=w.agency, original_name="roster.csv", status=RosterImport.Status.VALIDATED
    )
    roster_import.file.save("roster.csv", ContentFile(b"nip,nama,unit_kerja\n"), save=False)
    roster_import.save()
    export = Export.objects.create(
        requested_by=agency_admin,
        agency_id=w.agency.pk,
        scope_label="A",
        kind=Export.Kind.SUMMARY,
        file_format=Export.Format.CSV,
        status=Export.Status.DONE,
    )
    export.file.save("ringkasan.csv", ContentFile(b"unit,staff\n"), save=True)
    document = _document()
    w.users = {
        "anonymous": None,
        "learner": learner,
        "pending": pending,
        "unit_admin": unit_admin,
        "agency_admin": agency_admin,
        "other_agency_admin": make_agency_admin(w.other),
        "trainer": make_in_group(roles.TRAINER),
        "reviewer": make_in_group(roles.REVIEWER),
        "national_admin": make_in_group(roles.NATIONAL_ADMIN),
    }
    w.ids = SimpleNamespace(
        agency=w.agency.pk,
        unit=w.units.m.pk,
        course=w.c1.course.pk,
        lesson=w.c1.lesson.pk,
        quiz=w.c1.quiz.pk,
        attempt=attempt.pk,
        certificate=certificate.pk,
        certificate_code=certificate.code,
        roster_import=roster_import.pk,
        pending_user=pending.pk,
        unit_admin_appointment=appointment.pk,
        roster_entry=w.people["h2"].pk,
        exempt_entry=w.people["m3"].pk,
        assignment=w.assignment.pk,
        export=export.pk,
    )
    w.certificate_number = certificate.number
    w.course_url = w.c1.course.url
    w.lesson_url = w.c1.lesson.url
    w.quiz_url = w.c1.quiz.url
    w.document_url = document.url
    return w


def _document():
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Panduan")
    document.file.save("panduan.txt", ContentFile(b"Panduan humas"), save=True)
    return document


@pytest.fixture
def world(groups, settings):
    cache.clear()
    return build()


# --- The tests ----------------------------------------------------------------------------


def _request(client, case, path):
    with transaction.atomic():
        response = getattr(client, case.method)(path, case.data)
        transaction.set_rollback(True)
    return response


def _matches(response, expected):
    if expected == LOGIN:
        # Wagtail's own login URL only hands over to allauth's (the "admin/login/" row).
        return response.status_code == 302 and response["Location"].startswith(
            (reverse("account_login"), "/admin/login/")
        )
    return response.status_code == expected


def _describe(response):
    location = response.get("Location", "")
    return f"{response.status_code} {location}".strip()


def test_every_url_has_an_entry():
    """A URL without a row or a rule fails here: decide who may open it, add it above."""
    missing = sorted(
        route.key for route in all_routes() if route.key not in MATRIX and not rule_for(route)
    )
    assert not missing, "URLs without an entry in the access matrix: " + ", ".join(missing)


def test_matrix_names_only_existing_urls():
    keys = {route.key for route in all_routes()}
    assert not sorted(set(MATRIX) - keys)


@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_the_matrix_says(client, world, role):
    user = world.users[role]
    wrong = []
    for key, cases in MATRIX.items():
        for case in cases:
            client.logout()
            if user is not None:
                client.force_login(user)
            path = case.path(world)
            response = _request(client, case, path)
            expected = case.expected[role]
            if not _matches(response, expected):
                wrong.append(
                    f"{key} {case.label} {case.method.upper()} {path}: "
                    f"expected {expected}, got {_describe(response)}"
                )
    assert not wrong, f"{role}:\n" + "\n".join(wrong)


def _admin_routes(*, every):
    """Admin routes to sweep: all of them, or the project's own plus one per Wagtail family."""
    seen, chosen = set(), []
    for route in all_routes():
        if not route.is_admin:
            continue
        family = route.key.split(":")[0] if ":" in route.key else route.route.split("/")[1]
        if every or route.key in MATRIX or rule_for(route) != ["admin-area"] or family not in seen:
            chosen.append(route)
        seen.add(family)
    return chosen


@pytest.mark.parametrize(
    ("role", "every"),
    [
        ("anonymous", True),
        ("learner", True),
        ("pending", False),
        ("unit_admin", False),
        ("agency_admin", False),
        ("other_agency_admin", False),
    ],
)
def test_admin_refuses_everyone_without_admin_access(client, world, role, every):
    """Every /admin/ URL but the public ones sends these roles to the login page.

    Anonymous visitors and learners try every admin URL; the other roles without
    admin access (the same check: no ``wagtailadmin.access_admin``) try the project's
    own admin URLs and one URL of each Wagtail family, to keep the run short.
    """
    user = world.users[role]
    if user is not None:
        client.force_login(user)
        assert not user.has_perm("wagtailadmin.access_admin")
    wrong = []
    routes = _admin_routes(every=every)
    for route in routes:
        if route.key in MATRIX and MATRIX[route.key][0].expected[role] != LOGIN:
            continue  # a public admin URL (login, password reset, sprite): its own row
        path = route.sample_path() or "/admin/tidak-ada/"
        response = client.get(path)
        if not _matches(response, LOGIN):
            wrong.append(f"{route.key} {path}: {_describe(response)}")
    assert not wrong, "\n".join(wrong)
    assert len(routes) > (300 if every else 40)


def test_unit_admin_outside_the_learners_subtree_cannot_download_their_certificate(client, world):
    """A Dinas unit admin of agency A sees nothing of a Media learner's records."""
    from tests.compliance.test_access import make_unit_admin

    client.force_login(make_unit_admin(world.units.d))
    response = client.get(reverse("certificates:download", args=[world.ids.certificate]))
    assert response.status_code == 404


def test_unit_admin_sees_only_their_subtrees_certificates(client, world):
    from tests.compliance.test_access import make_unit_admin

    number = world.certificate_number
    client.force_login(world.users["unit_admin"])  # Humas: the Media learner is theirs
    assert number in client.get(reverse("certificates:agency_list", args=[world.ids.agency])).text
    client.force_login(make_unit_admin(world.units.d))
    for name in ("agency_list", "agency_export_csv"):
        response = client.get(reverse(f"certificates:{name}", args=[world.ids.agency]))
        assert response.status_code == 200
        assert number not in response.content.decode()
