"""Open Badges 2.0: hosted Assertion, BadgeClass and Issuer profile with every required field."""

import datetime
import hashlib
import json

import pytest
from django.core.cache import cache
from django.urls import reverse

from certificates.models import Certificate
from certificates.services import revocation

pytestmark = pytest.mark.django_db

CONTEXT = "https://w3id.org/openbadges/v2"


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()


def get_ld(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/ld+json")
    return json.loads(response.content)


def is_absolute(url):
    return url.startswith("http://testserver/")


def test_assertion_holds_every_required_field(client, issued, learner):
    url = reverse("certificates:badge_assertion", args=[issued.code])
    assertion = get_ld(client, url)
    assert assertion["@context"] == CONTEXT
    assert assertion["type"] == "Assertion"
    assert assertion["id"] == "http://testserver" + url
    assert assertion["verification"] == {"type": "hosted"}
    assert is_absolute(assertion["badge"])
    issued_on = datetime.datetime.fromisoformat(assertion["issuedOn"])
    assert issued_on.tzinfo is not None
    recipient = assertion["recipient"]
    assert recipient["type"] == "email" and recipient["hashed"] is True
    digest = hashlib.sha256((learner.email.lower() + recipient["salt"]).encode()).hexdigest()
    assert recipient["identity"] == "sha256$" + digest
    assert "expires" not in assertion and "revoked" not in assertion


def test_assertion_never_shows_the_nip_or_the_email(client, issued, learner):
    body = client.get(reverse("certificates:badge_assertion", args=[issued.code])).content
    assert learner.nip.encode() not in body
    assert learner.email.encode() not in body


def test_badge_class_and_issuer_hold_every_required_field(client, issued, tree):
    assertion = get_ld(client, reverse("certificates:badge_assertion", args=[issued.code]))
    badge = get_ld(client, assertion["badge"].removeprefix("http://testserver"))
    assert badge["@context"] == CONTEXT and badge["type"] == "BadgeClass"
    assert badge["id"] == assertion["badge"]
    assert badge["name"] == tree.course.title
    assert badge["description"]
    assert is_absolute(badge["image"]) and badge["image"].endswith(".svg")
    assert badge["criteria"]["narrative"] and is_absolute(badge["criteria"]["id"])
    assert is_absolute(badge["issuer"])

    issuer = get_ld(client, badge["issuer"].removeprefix("http://testserver"))
    assert issuer["@context"] == CONTEXT and issuer["type"] == "Issuer"
    assert issuer["id"] == badge["issuer"]
    assert issuer["name"]
    assert issuer["url"].startswith("http")
    assert "@" in issuer["email"]


def test_badge_image_is_served(client):
    from django.contrib.staticfiles import finders

    assert finders.find("certificates/badge.svg")


def test_expiring_certificate_states_when_it_expires(client, issued):
    Certificate.objects.filter(pk=issued.pk).update(expires_on=datetime.date(2027, 3, 11))
    assertion = get_ld(client, reverse("certificates:badge_assertion", args=[issued.code]))
    assert assertion["expires"].startswith("2027-03-11T23:59:59")


def test_revoked_assertion_says_so_with_its_reason(client, issued):
    revocation.revoke(certificate_id=issued.pk, by=None, reason="Data tidak benar")
    assertion = get_ld(
        client, reverse("certificates:badge_assertion", args=[issued.code]), status=410
    )
    assert assertion["revoked"] is True
    assert assertion["revocationReason"] == "Data tidak benar"
    assert assertion["type"] == "Assertion"


def test_unknown_assertion_and_badge_class_are_404(client):
    assert client.get(reverse("certificates:badge_assertion", args=["nope"])).status_code == 404
    assert client.get(reverse("certificates:badge_class", args=[999999])).status_code == 404
