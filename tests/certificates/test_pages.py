"""The certificate where a learner looks for it: the course page and "Belajar Saya"."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certificates.services import revocation
from tests.certificates.conftest import complete_course, completed_without_hook
from tests.factories import build_course

pytestmark = pytest.mark.django_db


def test_course_page_of_a_completed_course_offers_the_certificate(client, learner, tree, issued):
    client.force_login(learner)
    html = client.get(tree.course.url).content.decode()
    assert "Sertifikat Anda" in html
    assert reverse("certificates:download", args=[issued.pk]) in html
    assert "http://testserver" + reverse("certificates:verify", args=[issued.code]) in html
    assert issued.number in html


def test_share_links_are_plain_links_to_the_verification_page(client, learner, tree, issued):
    client.force_login(learner)
    html = client.get(tree.course.url).content.decode()
    verify = "http%3A%2F%2Ftestserver%2Fverifikasi%2F" + issued.code
    for target in (
        "https://www.linkedin.com/sharing/share-offsite/?url=" + verify,
        "https://www.facebook.com/sharer/sharer.php?u=" + verify,
        "https://wa.me/?text=",
    ):
        assert target in html
    assert 'rel="noopener noreferrer"' in html
    assert "<script" not in html.split('id="main"')[1].split("</main>")[0]


def test_course_page_says_the_certificate_is_being_issued(client, learner, tree):
    completed_without_hook(learner, tree)  # completed; the issue task has not run yet
    client.force_login(learner)
    html = client.get(tree.course.url).content.decode()
    assert "Sertifikat sedang diterbitkan" in html
    assert "Unduh sertifikat" not in html


def test_course_page_of_a_course_in_progress_shows_no_certificate(client, learner, tree):
    client.force_login(learner)
    client.post(reverse("learning:enrol", args=[tree.course.pk]))
    html = client.get(tree.course.url).content.decode()
    assert "Sertifikat" not in html.split("course-cta")[1].split("</header>")[0]


def test_course_page_of_a_revoked_certificate_says_so(client, learner, tree, issued):
    revocation.revoke(certificate_id=issued.pk, by=None, reason="Data keliru")
    client.force_login(learner)
    html = client.get(tree.course.url).content.decode()
    assert "Sertifikat ini dicabut" in html and "Data keliru" in html
    assert reverse("certificates:download", args=[issued.pk]) not in html


def test_anonymous_course_page_is_unchanged(client, tree):
    html = client.get(tree.course.url).content.decode()
    assert "Sertifikat Anda" not in html and "sedang diterbitkan" not in html


def test_completing_through_the_site_shows_the_certificate_at_once(
    client, learner, tree, django_capture_on_commit_callbacks
):
    complete_course(learner, tree, django_capture_on_commit_callbacks)
    client.force_login(learner)
    html = client.get(tree.course.url).content.decode()
    assert "Unduh sertifikat (PDF)" in html


def test_my_learning_lists_my_certificates_and_the_ones_being_issued(client, learner, issued):
    waiting = build_course()
    completed_without_hook(learner, waiting)
    client.force_login(learner)
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert "Sertifikat saya" in html
    assert issued.number in html and issued.course_title in html
    assert reverse("certificates:download", args=[issued.pk]) in html
    assert reverse("certificates:verify", args=[issued.code]) in html
    assert waiting.course.title in html and "Sertifikat sedang diterbitkan" in html


def test_my_learning_without_certificates_explains_where_they_appear(client, learner):
    client.force_login(learner)
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert "Sertifikat muncul di sini setelah Anda menyelesaikan kursus." in html


def _count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_certificate_panels_add_a_constant_number_of_queries(client, learner, issued):
    client.force_login(learner)
    one = _count(client, reverse("learning:my_learning"))
    for _ in range(3):
        completed_without_hook(learner, build_course())
    assert _count(client, reverse("learning:my_learning")) == one
