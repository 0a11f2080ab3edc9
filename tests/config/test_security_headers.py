"""Content-Security-Policy and Permissions-Policy on the main pages; templates that
need no inline script, style or event handler to work."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.urls import reverse

from learning import roles
from learning.services import progress
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    UnitFactory,
    build_course,
    make_agency_admin,
    make_in_group,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
OWN = {"'self'", "'none'", "data:"}


def policy(response):
    header = response["Content-Security-Policy"]
    return {
        name: set(values)
        for name, *values in (
            directive.split() for directive in header.split(";") if directive.strip()
        )
    }


@pytest.fixture
def tree():
    return build_course()


@pytest.fixture
def main_pages(client, tree, groups):
    """(client logged in as needed, path) for home, catalogue, lesson, login, dashboard."""
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    agency = AgencyFactory()
    UnitFactory(agency=agency)
    admin = make_agency_admin(agency)
    return [
        (None, "/"),
        (None, tree.index.url),
        (None, reverse("account_login")),
        (learner, tree.lesson.url),
        (learner, tree.course.url),
        (learner, reverse("learning:my_learning")),
        (admin, reverse("compliance:agency_overview", args=[agency.pk])),
    ]


def test_main_pages_send_the_strict_policy(client, main_pages):
    for user, path in main_pages:
        client.logout()
        if user is not None:
            client.force_login(user)
        response = client.get(path)
        assert response.status_code == 200, path
        directives = policy(response)
        assert directives["default-src"] == {"'self'"}, path
        assert directives["script-src"] == {"'self'"}, path
        assert directives["style-src"] == {"'self'"}, path
        assert directives["object-src"] == directives["frame-ancestors"] == {"'none'"}, path
        assert directives["base-uri"] == directives["form-action"] == {"'self'"}, path
        for name in ("img-src", "font-src", "connect-src", "media-src"):
            assert directives[name] <= OWN, (path, name)
        assert directives["frame-src"] == set(settings.VIDEO_EMBED_ORIGINS), path
        assert "unsafe" not in response["Content-Security-Policy"], path


def test_main_pages_send_a_permissions_policy(client, tree):
    header = client.get("/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
        assert feature in header


def test_wagtail_admin_gets_its_own_documented_policy_with_no_other_origin(client, tree, groups):
    client.force_login(make_in_group(roles.NATIONAL_ADMIN, is_superuser=True))
    for path in ("/admin/", f"/admin/pages/{tree.lesson.pk}/edit/"):
        directives = policy(client.get(path))
        assert directives["script-src"] == {"'self'", "'unsafe-inline'"}, path
        assert directives["style-src"] == {"'self'", "'unsafe-inline'"}, path
        assert directives["object-src"] == {"'none'"}
        assert directives["connect-src"] == {"'self'"}
        assert directives["img-src"] == {"'self'", "data:", "blob:"}
    client.logout()
    assert policy(client.get("/admin/login/"))["script-src"] == {"'self'", "'unsafe-inline'"}


def test_admin_loads_nothing_from_other_origins():
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False


# --- Templates ---------------------------------------------------------------------

TEMPLATE_DIRS = [
    ROOT / "templates",
    *(ROOT / app / "templates" for app in ("home", "courses", "learning")),
]
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", re.IGNORECASE
)
EVENT_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|<[^>]*\sstyle\s*=", re.IGNORECASE)


def project_templates():
    return [path for folder in TEMPLATE_DIRS for path in folder.rglob("*.html")]


def test_project_templates_have_no_inline_script_handler_or_style():
    found = [
        f"{path.relative_to(ROOT)}: {kind}"
        for path in project_templates()
        for kind, pattern in (
            ("inline script", INLINE_SCRIPT),
            ("event handler", EVENT_HANDLER),
            ("inline style", INLINE_STYLE),
        )
        if pattern.search(path.read_text())
    ]
    assert found == []


def test_every_static_file_a_template_names_exists():
    """With the manifest storage of production a missing file is a 500, not a 404."""
    named = {
        name
        for path in project_templates()
        for name in re.findall(r"{%\s*static\s+['\"]([^'\"]+)['\"]", path.read_text())
    }
    assert named and not [name for name in sorted(named) if not finders.find(name)]


def test_error_page_brings_its_own_stylesheet():
    html = render_to_string("500.html")
    assert "<style" not in html and "/static/css/errors.css" in html
