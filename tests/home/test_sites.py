"""The Sites framework's site (allauth's email text and request-less links) carries the
platform's name and public host, never Django's "example.com"."""

import re

import pytest
from django.contrib.sites.models import Site
from django.core import mail
from django.urls import reverse

from home.sites import sync_current_site
from tests.factories import AgencyFactory, pns_nip
from tests.learning.test_accounts import signup_data

pytestmark = pytest.mark.django_db


def test_verification_email_names_the_platform_and_links_to_its_host(client):
    client.post(reverse("account_signup"), signup_data(AgencyFactory(), pns_nip(211)))

    (message,) = mail.outbox
    assert "example.com" not in message.subject + message.body
    assert "Akademi Humas ASN" in message.body
    links = re.findall(r"https?://[^\s/]+/\S*", message.body)
    assert links and all(link.startswith("http://testserver/akun/") for link in links)


def test_site_takes_the_host_of_the_public_url_and_the_platform_name(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://akademi.example.go.id/"
    settings.WAGTAIL_SITE_NAME = "Akademi Uji"

    sync_current_site()

    site = Site.objects.get_current()
    assert (site.pk, site.domain, site.name) == (
        settings.SITE_ID,
        "akademi.example.go.id",
        "Akademi Uji",
    )
    assert Site.objects.count() == 1


def test_site_keeps_a_non_default_port(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8080"

    sync_current_site()

    assert Site.objects.get_current().domain == "127.0.0.1:8080"
