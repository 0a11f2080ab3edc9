import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _default_language_afterwards():
    """A request in English leaves English active in this thread: put Indonesian back."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


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


def test_indonesian_content_is_marked_lang_id_when_the_interface_is_english(client):
    from tests.factories import build_course

    tree = build_course()
    url = tree.course.url
    html = client.get(url).content.decode()
    assert f"<h1>{tree.course.title}</h1>" in html  # Indonesian page: no lang needed
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    html = client.get(url).content.decode()
    assert '<html lang="en"' in html
    assert f'<h1 lang="id">{tree.course.title}</h1>' in html


def test_english_quiz_result_says_false_for_the_answer_and_incorrect_for_the_verdict(client):
    from learning.models import Enrolment
    from learning.services import quizzes
    from tests.factories import LearnerFactory, build_course

    tree = build_course()
    learner = LearnerFactory()
    Enrolment.objects.create(user=learner, course=tree.course)
    client.force_login(learner)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    attempt = quizzes.start_attempt(learner, tree.quiz)
    attempt = quizzes.submit_attempt(learner, attempt.pk, {"q1": ["q1-b"], "q3": ["false"]})
    html = client.get(reverse("learning:quiz_result", args=[attempt.pk])).content.decode()
    assert "Incorrect</span>" in html  # the verdict badge
    assert ">False</span>" in html  # the chosen true/false answer
    assert '<span class="stat__label">answers correct</span>' in html
