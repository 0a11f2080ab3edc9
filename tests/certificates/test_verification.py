"""The public verification page, the number look-up and their rate limit."""

import datetime
from unittest import mock

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import revocation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def verify_url(certificate):
    return reverse("certificates:verify", args=[certificate.code])


def test_verification_page_shows_a_valid_certificate_with_the_nip_masked(client, issued):
    response = client.get(verify_url(issued))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-certificate-status="valid"' in html and "SAH" in html
    for fact in (
        issued.number,
        "Siti Rahmawati",
        "Kementerian Komunikasi dan Digital",
        issued.course_title,
        "2 JP",
    ):
        assert fact in html
    nip = issued.learner_nip
    assert nip not in html
    assert nip[:4] + "*" * 11 + nip[-3:] in html
    assert timezone.localdate().strftime("%Y") in html


def test_verification_page_carries_a_title_and_description_for_link_previews(client, issued):
    html = client.get(verify_url(issued)).content.decode()
    assert '<meta property="og:title" content="Sertifikat kursus' in html
    assert '<meta property="og:description" content="Siti Rahmawati telah menyelesaikan' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert f'<meta property="og:url" content="http://testserver{verify_url(issued)}">' in html


def test_verification_page_of_a_revoked_certificate_says_so(client, issued, groups):
    revocation.revoke(certificate_id=issued.pk, by=None, reason="Nama salah ketik")
    html = client.get(verify_url(issued)).content.decode()
    assert 'data-certificate-status="revoked"' in html
    assert "DICABUT" in html and "Nama salah ketik" in html
    assert 'data-certificate-status="valid"' not in html


def test_verification_page_says_expired_after_the_validity_period(client, issued):
    Certificate.objects.filter(pk=issued.pk).update(
        expires_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    html = client.get(verify_url(issued)).content.decode()
    assert 'data-certificate-status="expired"' in html and "KEDALUWARSA" in html

    Certificate.objects.filter(pk=issued.pk).update(expires_on=timezone.localdate())
    html = client.get(verify_url(issued)).content.decode()
    assert 'data-certificate-status="valid"' in html  # valid through its last day


def test_unknown_code_gets_a_404_page(client, issued):
    response = client.get(reverse("certificates:verify", args=["tidak-ada-kode-seperti-ini"]))
    assert response.status_code == 404
    html = response.content.decode()
    assert "Sertifikat tidak ditemukan" in html and 'name="nomor"' in html


def test_typing_a_number_opens_its_verification_page(client, issued):
    lookup = reverse("certificates:lookup")
    assert client.get(lookup).status_code == 200
    typed = issued.number.lower().replace("/", " / ")
    number = int(issued.number.rsplit("/", 1)[1])
    response = client.get(lookup, {"nomor": typed})
    assert response.status_code == 302 and response["Location"] == verify_url(issued)
    short = f"aha/{issued.issued_on.year}/{number}"  # leading zeros left out
    assert client.get(lookup, {"nomor": short})["Location"] == verify_url(issued)


def test_unknown_and_malformed_numbers_get_clear_messages(client, issued):
    lookup = reverse("certificates:lookup")
    response = client.get(lookup, {"nomor": "AHA/2026/999999"})
    assert response.status_code == 404
    assert "Sertifikat tidak ditemukan" in response.content.decode()
    response = client.get(lookup, {"nomor": "sertifikat saya"})
    assert response.status_code == 400
    assert "Format nomor tidak dikenali" in response.content.decode()
    response = client.get(lookup, {"nomor": ""})
    assert response.status_code == 400
    assert "Tulis nomor sertifikat" in response.content.decode()


def test_verification_is_rate_limited_per_address(client, issued, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 3
    unknown = reverse("certificates:verify", args=["tebakan-acak"])
    statuses = [client.get(unknown).status_code for _ in range(3)]
    assert statuses == [404, 404, 404]
    response = client.get(verify_url(issued))
    assert response.status_code == 429
    assert "Terlalu banyak pemeriksaan" in response.content.decode()
    assert client.get(reverse("certificates:lookup"), {"nomor": issued.number}).status_code == 429
    # Another address is not affected.
    assert client.get(verify_url(issued), REMOTE_ADDR="10.0.0.9").status_code == 200


def test_rate_limit_counts_in_the_shared_cache(client, issued, settings):
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 1
    client.get(verify_url(issued))
    keys = [key for key in cache._cache if "certificates:verify:127.0.0.1" in key]
    assert keys, "the count lives in Django's cache, shared by every web process"


def test_a_cache_outage_lets_verification_through(client, issued):
    with mock.patch("certificates.ratelimit.cache.incr", side_effect=ConnectionError("down")):
        assert client.get(verify_url(issued)).status_code == 200
