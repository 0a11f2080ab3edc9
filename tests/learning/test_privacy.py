"""A learner's own data (UU 27/2022): the JSON download, and deleting the account.

Deletion removes what the law lets go (name, email, NIP, position, login, sessions,
MFA devices, practice free text) and keeps the agency's record of completed training
and the issued certificates; other learners are untouched.
"""

import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.sessions.models import Session
from django.urls import reverse

from certificates.models import Certificate
from learning.models import (
    Enrolment,
    LessonCompletion,
    PracticeSubmission,
    QuizAttempt,
    RosterEntry,
    User,
)
from learning.services import privacy
from tests.compliance.world import build_world
from tests.factories import PASSWORD, passed_attempt
from tests.factories.totp import enrol_totp

pytestmark = pytest.mark.django_db

PRACTICE_TEXT = "<p>Unggahan saya tentang layanan KTP</p>"


@pytest.fixture
def world(groups):
    from certificates.services import issuing

    w = build_world()
    w.learner = w.people["m1"].user  # completed C1
    w.other = w.people["d1"].user  # completed C1 and C2
    for user in (w.learner, w.other):
        user.position = "Pranata Humas"
        user.save()
        LessonCompletion.objects.create(user=user, lesson=w.c1.lesson, course=w.c1.course)
        passed_attempt(
            user,
            w.c1.quiz,
            w.c1.course,
            questions=[
                {
                    "id": "q1",
                    "prompt": "Siapa humas instansi?",
                    "choices": [{"id": "c-a", "text": "Setiap ASN", "is_correct": True}],
                }
            ],
            answers={"q1": ["c-a"]},
        )
        PracticeSubmission.objects.create(
            user=user,
            lesson=w.c1.lesson,
            block_id="tugas",
            prompt_title="Tulis unggahan",
            response=PRACTICE_TEXT,
            link_url="https://contoh.go.id/unggahan",
        )
        issuing.issue_certificate(user_id=user.pk, course_id=w.c1.course.pk)
    enrol_totp(w.learner)
    return w


def _log_in(client, user):
    assert client.login(email=user.email, password=PASSWORD)


def test_learner_downloads_their_own_data_as_json(client, world):
    learner = world.learner
    _log_in(client, learner)
    response = client.get(reverse("privacy:data_download"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"
    data = json.loads(response.content)
    assert data["profile"]["email"] == learner.email
    assert data["profile"]["nip"] == learner.nip
    assert data["profile"]["position"] == "Pranata Humas"
    assert data["profile"]["agency"] == "Kementerian Contoh"
    assert [row["course"] for row in data["enrolments"]] == [world.c1.course.title]
    assert data["enrolments"][0]["completed_at"]
    assert [row["lesson"] for row in data["lesson_completions"]] == [world.c1.lesson.title]
    (attempt,) = data["quiz_attempts"]
    assert attempt["score"] == 100.0
    assert attempt["answers"] == [{"question": "Siapa humas instansi?", "chosen": ["Setiap ASN"]}]
    (answer,) = data["practice_answers"]
    assert answer["response"] == PRACTICE_TEXT
    # Other apps' parts, contributed through the "personal_data" hook.
    (certificate,) = data["certificates"]
    assert certificate["number"] == Certificate.objects.get(learner=learner).number
    assert [row["course"] for row in data["assignments"]] == [world.c1.course.title]


def test_download_holds_nobody_elses_data(client, world):
    _log_in(client, world.learner)
    text = client.get(reverse("privacy:data_download")).content.decode()
    other = world.other
    assert other.email not in text
    assert other.nip not in text
    assert Certificate.objects.get(learner=other).number not in text
    assert world.c2.course.title not in text  # only the other learner is enrolled in C2


def test_download_needs_a_login(client, world):
    response = client.get(reverse("privacy:data_download"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_deletion_asks_for_the_password_again(client, world):
    learner = world.learner
    _log_in(client, learner)
    url = reverse("privacy:delete_account")
    assert client.get(url).status_code == 200
    response = client.post(url, {"password": "salah", "understood": "on"})
    assert response.status_code == 400
    assert "Kata sandi salah." in response.content.decode()
    response = client.post(url, {"password": PASSWORD})
    assert response.status_code == 400
    learner.refresh_from_db()
    assert learner.is_active
    assert learner.full_name != privacy.ERASED_NAME


def test_deleting_the_account_removes_personal_fields_and_keeps_training_records(client, world):
    learner, other = world.learner, world.other
    email, nip, pk = learner.email, learner.nip, learner.pk
    other_before = User.objects.filter(pk=other.pk).values().get()
    certificate_before = Certificate.objects.filter(learner=learner).values().get()
    _log_in(client, learner)
    assert Session.objects.count() == 1

    response = client.post(
        reverse("privacy:delete_account"), {"password": PASSWORD, "understood": "on"}
    )

    assert response.status_code == 302
    # Gone: personal fields, login, sessions, MFA devices, practice free text.
    learner = User.objects.get(pk=pk)
    assert learner.full_name == privacy.ERASED_NAME
    assert learner.email == privacy.erased_email(pk)
    assert learner.nip is None
    assert learner.position == ""
    assert not learner.is_active
    assert not learner.has_usable_password()
    assert not EmailAddress.objects.filter(user_id=pk).exists()
    assert not Authenticator.objects.filter(user_id=pk).exists()
    assert not Session.objects.exists()
    assert not User.objects.filter(email=email).exists()
    assert not User.objects.filter(nip=nip).exists()
    submission = PracticeSubmission.objects.get(user_id=pk)
    assert submission.response == ""
    assert submission.link_url == ""
    # Kept: the agency's record of completed training, and the issued certificate.
    assert learner.agency_id == world.agency.pk
    assert Enrolment.objects.get(user_id=pk, course=world.c1.course).completed_at
    assert LessonCompletion.objects.filter(user_id=pk).count() == 1
    assert QuizAttempt.objects.get(user_id=pk).passed
    assert Certificate.objects.filter(learner_id=pk).values().get() == certificate_before
    assert RosterEntry.objects.get(pk=world.people["m1"].pk).user_id == pk
    # Logged out, and no way back in.
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("learning:my_learning")).status_code == 302
    assert not client.login(email=email, password=PASSWORD)
    response = client.post(reverse("account_login"), {"login": email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    # Other learners untouched.
    assert User.objects.filter(pk=other.pk).values().get() == other_before
    assert PracticeSubmission.objects.get(user=other).response == PRACTICE_TEXT
    assert EmailAddress.objects.filter(user=other).exists()


def test_deleted_learner_still_counts_as_completed_on_the_agency_dashboard(world):
    from learning import api

    before = api.enrolment_counts_by_unit(
        agency_id=world.agency.pk, course_ids=[world.c1.course.pk]
    )
    privacy.erase_account(user_id=world.learner.pk)
    after = api.enrolment_counts_by_unit(agency_id=world.agency.pk, course_ids=[world.c1.course.pk])
    assert after == before


def test_other_sessions_of_the_deleted_account_end_too(client, world):
    from django.test import Client

    phone = Client()
    _log_in(phone, world.learner)
    _log_in(client, world.learner)
    client.post(reverse("privacy:delete_account"), {"password": PASSWORD, "understood": "on"})
    response = phone.get(reverse("learning:my_learning"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_superuser_cannot_delete_their_own_account_this_way(world):
    learner = world.learner
    User.objects.filter(pk=learner.pk).update(is_superuser=True)
    with pytest.raises(privacy.PrivacyError):
        privacy.erase_account(user_id=learner.pk)
    learner.refresh_from_db()
    assert learner.is_active


def test_account_menu_links_to_the_privacy_actions(client, world):
    _log_in(client, world.learner)
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert f'href="{reverse("privacy:data_download")}"' in html
    assert f'href="{reverse("privacy:delete_account")}"' in html


def test_password_guesses_on_the_delete_page_are_rate_limited(client, world, settings):
    settings.ACCOUNT_RATE_LIMITS = {"reauthenticate": "3/m/user"}
    learner = world.learner
    _log_in(client, learner)
    url = reverse("privacy:delete_account")
    for _ in range(3):
        client.post(url, {"password": "tebakan", "understood": "on"})
    response = client.post(url, {"password": PASSWORD, "understood": "on"})
    assert response.status_code == 400
    assert "Terlalu banyak percobaan" in response.content.decode()
    learner.refresh_from_db()
    assert learner.is_active
