"""The Wagtail admin loads nothing from other hosts: no avatar service receives
hashes of staff emails, no script or stylesheet comes from elsewhere."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from tests.factories import UserFactory, build_course

pytestmark = pytest.mark.django_db

SITE_HOST = "testserver"
RESOURCE_ATTRS = {"img": ("src", "srcset"), "script": ("src",), "link": ("href",)}


class ResourceUrls(HTMLParser):
    """The URLs an img, script or link tag makes the browser fetch."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value and name in RESOURCE_ATTRS.get(tag, ()):
                self.urls += [part.split()[0] for part in value.split(",") if part.strip()]


def foreign_urls(html):
    parser = ResourceUrls()
    parser.feed(html)
    return [
        url for url in parser.urls if urlsplit(url).netloc and urlsplit(url).hostname != SITE_HOST
    ]


def admin_pages():
    tree = build_course()
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page explorer": reverse("wagtailadmin_explore", args=[tree.index.pk]),
        "users": reverse("wagtailusers_users:index"),
        "account": reverse("wagtailadmin_account"),
    }


def test_admin_pages_hold_no_third_party_host(client):
    admin = UserFactory(is_superuser=True, is_staff=True, email="redaksi@instansi.go.id")
    UserFactory(email="pelatih.lain@instansi.go.id")
    client.force_login(admin)
    found = {}
    for name, url in admin_pages().items():
        response = client.get(url)
        assert response.status_code == 200, name
        html = response.content.decode()
        problems = foreign_urls(html) + (["gravatar"] if "gravatar" in html.lower() else [])
        if problems:
            found[name] = problems
    assert not found


def test_a_third_party_resource_would_be_found():
    """Guards the test above against passing vacuously."""
    html = (
        '<img src="//www.gravatar.com/avatar/abc"><script src="/static/a.js"></script>'
        '<link rel="stylesheet" href="https://cdn.example.com/x.css">'
        '<img src="http://testserver/media/a.png">'
    )
    assert foreign_urls(html) == ["//www.gravatar.com/avatar/abc", "https://cdn.example.com/x.css"]
