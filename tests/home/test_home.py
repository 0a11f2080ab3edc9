"""The home page: editable hero, links to the catalogue and, by role, to dashboards."""

import pytest

from learning import roles
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    build_course,
    make_agency_admin,
    make_in_group,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_with_catalogue():
    return build_course()


def test_anonymous_visitor_sees_hero_signup_and_catalogue(client, site_with_catalogue):
    html = client.get("/").content.decode()
    assert "/akun/signup/" in html
    assert site_with_catalogue.index.url in html


def test_learner_sees_my_learning_and_catalogue_but_no_dashboard(client, site_with_catalogue):
    client.force_login(LearnerFactory())
    html = client.get("/").content.decode()
    assert "/belajar-saya/" in html
    assert site_with_catalogue.index.url in html
    assert "/dasbor/" not in html


def test_agency_admin_sees_dashboard_link(client, site_with_catalogue, groups):
    client.force_login(make_agency_admin(AgencyFactory()))
    assert "/dasbor/" in client.get("/").content.decode()


def test_trainer_sees_content_admin_link(client, site_with_catalogue, groups):
    client.force_login(make_in_group(roles.TRAINER))
    assert 'href="/admin/"' in client.get("/").content.decode()


def test_hero_text_is_editable(client, site_with_catalogue):
    from home.models import HomePage

    home = HomePage.objects.get()
    home.hero_title = "Judul baru dari editor"
    home.save_revision().publish()
    assert "Judul baru dari editor" in client.get("/").content.decode()


def test_deep_page_is_routed_without_walking_every_level(
    client, site_with_catalogue, django_assert_max_num_queries
):
    lesson_url = site_with_catalogue.lesson.url
    client.force_login(LearnerFactory())
    # Wagtail's level-by-level walk alone took ten queries for a lesson; the whole
    # anonymous redirect-to-course response now fits in far fewer.
    client.logout()
    with django_assert_max_num_queries(8):
        response = client.get(lesson_url)
    assert response.status_code == 302  # anonymous: sent to log in


def test_lessons_of_an_unpublished_module_are_not_served(client, site_with_catalogue):
    from learning.models import Enrolment

    learner = LearnerFactory()
    Enrolment.objects.create(user=learner, course=site_with_catalogue.course)
    client.force_login(learner)
    assert client.get(site_with_catalogue.lesson.url).status_code == 200
    site_with_catalogue.module.unpublish()
    site_with_catalogue.lesson.refresh_from_db()
    assert site_with_catalogue.lesson.live  # only its module is unpublished
    assert client.get(site_with_catalogue.lesson.url).status_code == 404


def test_unknown_deep_path_is_a_404(client, site_with_catalogue):
    assert client.get(site_with_catalogue.course.url + "tidak-ada/sama-sekali/").status_code == 404
