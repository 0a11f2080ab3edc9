"""Issuing: exactly one certificate per learner and course, never lost, facts frozen."""

import datetime
import re
import threading
from unittest import mock

import pytest
from django.core import mail
from django.db import IntegrityError, connection, connections, transaction
from django.urls import reverse
from django.utils import timezone

from certificates import tasks
from certificates.models import Certificate, CertificateEvent, CourseCertificateSettings
from certificates.services import issuing, numbers
from courses.models import CoursePage
from learning.models import Enrolment, LessonCompletion
from tests.certificates.conftest import complete_course, completed_without_hook, passed_quiz
from tests.factories import LearnerFactory, build_course

pytestmark = pytest.mark.django_db


def test_completing_a_course_issues_a_certificate_with_pdf_and_email(
    learner, tree, django_capture_on_commit_callbacks
):
    complete_course(learner, tree, django_capture_on_commit_callbacks)

    certificate = Certificate.objects.get()
    assert (certificate.learner, certificate.course_id) == (learner, tree.course.pk)
    assert certificate.status == Certificate.Status.VALID
    assert certificate.pdf.name and certificate.pdf.storage.exists(certificate.pdf.name)
    assert certificate.rendered_at is not None and certificate.emailed_at is not None
    assert [message.to for message in mail.outbox] == [[learner.email]]
    assert list(certificate.events.values_list("kind", flat=True)) == ["issued"]


def test_certificate_number_is_prefix_year_and_six_digits_in_order(learner, tree):
    year = timezone.localdate().year
    first = LearnerFactory()
    for person in (first, learner):
        completed_without_hook(person, tree)
    a = issuing.issue_certificate(user_id=first.pk, course_id=tree.course.pk).certificate
    b = issuing.issue_certificate(user_id=learner.pk, course_id=tree.course.pk).certificate
    assert re.fullmatch(rf"AHA/{year}/\d{{6}}", a.number)
    assert int(b.number[-6:]) == int(a.number[-6:]) + 1


def test_numbers_restart_each_year_and_continue_from_the_counter():
    assert numbers.next_number(year=2031) == "AHA/2031/000001"
    assert numbers.next_number(year=2031) == "AHA/2031/000002"
    assert numbers.next_number(year=2032) == "AHA/2032/000001"


def test_verification_code_is_url_safe_and_has_at_least_128_bits(issued):
    code = issued.code
    assert re.fullmatch(r"[A-Za-z0-9_-]+", code)
    assert len(code) * 6 >= 128  # each URL-safe base64 character carries 6 bits
    assert issuing.CODE_BYTES * 8 >= 128
    assert issuing.new_code() != issuing.new_code()


def test_certificate_keeps_the_facts_of_issue_time(learner, tree, issued):
    learner.full_name = "Nama Baru"
    learner.save()
    CoursePage.objects.filter(pk=tree.course.pk).update(title="Judul Baru", jp=9)
    issued.refresh_from_db()
    assert issued.learner_name == "Siti Rahmawati"
    assert issued.learner_nip == learner.nip
    assert issued.agency_name == "Kementerian Komunikasi dan Digital"
    assert issued.course_title == tree.course.title
    assert issued.jp == 2
    assert issued.completed_on == timezone.localdate()
    assert issued.provider_name


def test_issuing_twice_returns_the_same_certificate(learner, tree, issued):
    again = issuing.issue_certificate(user_id=learner.pk, course_id=tree.course.pk)
    assert again.certificate.pk == issued.pk and again.created is False
    assert Certificate.objects.count() == 1


def test_the_database_refuses_a_second_certificate_for_the_same_course(learner, tree, issued):
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            learner=learner,
            course=tree.course,
            number="AHA/2099/000001",
            code="x" * 32,
            issued_on=issued.issued_on,
            started_on=issued.started_on,
            completed_on=issued.completed_on,
            jp=1,
            course_title="x",
            provider_name="x",
            learner_name="x",
            recipient_salt="s",
            recipient_identity="i",
        )


def test_nothing_is_issued_without_a_completion(learner, tree):
    Enrolment.objects.create(user=learner, course=tree.course)
    assert issuing.issue_certificate(user_id=learner.pk, course_id=tree.course.pk) is None
    assert tasks.issue_certificate_task.delay(learner.pk, tree.course.pk).get() is None
    assert not Certificate.objects.exists()


def test_course_validity_period_sets_the_expiry_date(learner, tree):
    CourseCertificateSettings.objects.create(course=tree.course, validity_months=12)
    completed_without_hook(learner, tree)
    with mock.patch("django.utils.timezone.localdate", return_value=datetime.date(2026, 3, 12)):
        certificate = issuing.issue_certificate(
            user_id=learner.pk, course_id=tree.course.pk
        ).certificate
    assert certificate.expires_on == datetime.date(2027, 3, 11)
    assert issuing.expiry_date(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 27)


def test_certificate_without_validity_never_expires(issued):
    assert issued.expires_on is None
    assert not issued.is_expired(datetime.date(2099, 1, 1))


# --- Never lost: broker down, task never run, render failing ----------------------------


def test_broker_down_at_completion_leaves_the_request_whole_and_the_sweep_issues(
    client, learner, tree, django_capture_on_commit_callbacks
):
    progress_url = reverse("learning:lesson_complete", args=[tree.lesson.pk])
    passed_quiz(learner, tree)
    Enrolment.objects.create(user=learner, course=tree.course)
    client.force_login(learner)
    refused = mock.patch.object(
        tasks.issue_certificate_task, "delay", side_effect=ConnectionError("broker down")
    )
    with refused, django_capture_on_commit_callbacks(execute=True):
        response = client.post(progress_url)
    assert response.status_code == 302
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert not Certificate.objects.exists()

    later = timezone.now() + tasks.SWEEP_GRACE + datetime.timedelta(seconds=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert tasks.sweep_certificates.delay().get() == 1
    certificate = Certificate.objects.get()
    assert certificate.learner == learner and certificate.pdf.name


def test_sweep_issues_a_certificate_whose_task_never_ran(learner, tree):
    completed_without_hook(
        learner, tree, when=timezone.now() - tasks.SWEEP_GRACE - datetime.timedelta(1)
    )
    fresh = LearnerFactory()
    completed_without_hook(fresh, tree)  # within the grace period: the hook's task is due

    assert tasks.sweep_certificates.delay().get() == 1
    assert list(Certificate.objects.values_list("learner_id", flat=True)) == [learner.pk]
    assert Certificate.objects.get().pdf.name
    assert tasks.sweep_certificates.delay().get() == 0  # nothing twice


def test_sweep_draws_a_pdf_that_was_never_drawn(learner, tree):
    completed_without_hook(learner, tree)
    certificate = issuing.issue_certificate(
        user_id=learner.pk, course_id=tree.course.pk
    ).certificate
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    assert not certificate.pdf.name
    tasks.sweep_certificates.delay()
    certificate.refresh_from_db()
    assert certificate.pdf.name and certificate.pdf.storage.exists(certificate.pdf.name)


def test_failing_pdf_render_retries_and_then_succeeds(learner, tree):
    completed_without_hook(learner, tree)
    from certificates import pdf

    real_render = pdf.render
    calls = []

    def flaky(facts, design):
        calls.append(facts.number)
        if len(calls) == 1:
            raise OSError("disk full")
        return real_render(facts, design)

    # apply(throw=False) is how an eager task runs Celery's retry (as a worker would).
    with mock.patch("certificates.pdf.render", side_effect=flaky):
        result = tasks.issue_certificate_task.apply(args=(learner.pk, tree.course.pk), throw=False)
    number = result.get()
    certificate = Certificate.objects.get()
    assert number == certificate.number
    assert len(calls) == 2  # failed once, retried, drawn
    assert certificate.pdf.storage.exists(certificate.pdf.name)
    assert Certificate.objects.count() == 1 and len(mail.outbox) == 1


def test_issue_task_is_idempotent(learner, tree):
    completed_without_hook(learner, tree)
    first = tasks.issue_certificate_task.delay(learner.pk, tree.course.pk).get()
    second = tasks.issue_certificate_task.delay(learner.pk, tree.course.pk).get()
    assert first == second
    assert Certificate.objects.count() == 1
    assert CertificateEvent.objects.count() == 1
    assert len(mail.outbox) == 1


def test_tasks_acknowledge_late_and_retry():
    for task in (
        tasks.issue_certificate_task,
        tasks.render_certificate_task,
        tasks.send_certificate_email_task,
        tasks.rerender_certificates_task,
    ):
        assert task.acks_late is True
        assert task.max_retries >= 3 and task.autoretry_for


def test_beat_runs_the_sweep_and_the_reminders(settings):
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "certificates.tasks.sweep_certificates" in scheduled
    assert "certificates.tasks.send_expiry_reminders_task" in scheduled


# --- Concurrency (PostgreSQL: row locks) ----------------------------------------------------


def _run_together(count, work):
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run(index):
        try:
            barrier.wait()
            results.append(work(index))
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return results


@pytest.mark.django_db(transaction=True)
def test_concurrent_completion_issues_exactly_one_certificate():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks")
    tree = build_course()
    learner = LearnerFactory()
    Enrolment.objects.create(user=learner, course=tree.course)
    LessonCompletion.objects.create(user=learner, lesson=tree.lesson, course=tree.course)
    passed_quiz(learner, tree)
    Enrolment.objects.filter(user=learner).update(completed_at=timezone.now())

    results = _run_together(
        4, lambda index: issuing.issue_certificate(user_id=learner.pk, course_id=tree.course.pk)
    )

    certificate = Certificate.objects.get()
    assert {result.certificate.pk for result in results} == {certificate.pk}
    assert sum(result.created for result in results) == 1
    assert CertificateEvent.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_issues_for_different_learners_get_distinct_numbers():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL row locks")
    tree = build_course()
    learners = [LearnerFactory() for _ in range(6)]
    for learner in learners:
        Enrolment.objects.create(user=learner, course=tree.course, completed_at=timezone.now())

    _run_together(
        6,
        lambda index: issuing.issue_certificate(
            user_id=learners[index].pk, course_id=tree.course.pk
        ),
    )

    issued = sorted(Certificate.objects.values_list("number", flat=True))
    year = timezone.localdate().year
    assert issued == [f"AHA/{year}/{n:06d}" for n in range(1, 7)]
