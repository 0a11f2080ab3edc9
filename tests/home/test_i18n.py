import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_pages_are_in_indonesian_by_default(client):
    response = client.get(reverse("account_login"))
    assert response.status_code == 200
    assert '<html lang="id"' in response.content.decode()
    assert "Masuk" in response.content.decode()


def test_english_is_selectable(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/akun/login/"})
    assert response.status_code == 302
    response = client.get(reverse("account_signup"))
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "Full name" in html


def test_browser_language_does_not_override_indonesian_default(client):
    response = client.get(reverse("account_login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="id"' in response.content.decode()


def test_chosen_language_sticks_across_pages(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = client.get(reverse("account_login"), HTTP_ACCEPT_LANGUAGE="id")
    assert '<html lang="en"' in response.content.decode()
