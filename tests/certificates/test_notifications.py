"""The learner's emails: certificate issued, and expiring within 30 days."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from certificates import tasks
from certificates.models import Certificate
from certificates.services import notifications

pytestmark = pytest.mark.django_db


def test_issued_email_is_indonesian_html_and_text_with_the_links(issued, learner):
    assert notifications.send_issued_email(certificate_id=issued.pk) is True
    [message] = mail.outbox
    assert message.to == [learner.email]
    assert message.subject == f"Sertifikat Anda sudah terbit: {issued.course_title}"
    verify = f"http://testserver/verifikasi/{issued.code}/"
    download = f"http://testserver/sertifikat/{issued.pk}/unduh/"
    for body in (message.body, message.alternatives[0].content):
        assert verify in body and download in body
        assert "Selamat! Anda telah menyelesaikan kursus" in body
        assert issued.number in body
        assert "example.com" not in body
    assert message.alternatives[0].mimetype == "text/html"


def test_issued_email_is_sent_once(issued):
    assert notifications.send_issued_email(certificate_id=issued.pk)
    assert not notifications.send_issued_email(certificate_id=issued.pk)
    tasks.send_certificate_email_task.delay(issued.pk)
    assert len(mail.outbox) == 1


def test_a_failed_send_is_given_back_for_the_retry(issued, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionError("SMTP down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    with pytest.raises(ConnectionError):
        notifications.send_issued_email(certificate_id=issued.pk)
    issued.refresh_from_db()
    assert issued.emailed_at is None
    monkeypatch.undo()
    assert notifications.send_issued_email(certificate_id=issued.pk)


def test_learner_is_reminded_30_days_before_expiry_once(issued, learner):
    today = timezone.localdate()
    Certificate.objects.filter(pk=issued.pk).update(expires_on=today + datetime.timedelta(31))
    assert tasks.send_expiry_reminders_task.delay().get() == 0

    Certificate.objects.filter(pk=issued.pk).update(expires_on=today + datetime.timedelta(30))
    assert tasks.send_expiry_reminders_task.delay().get() == 1
    [message] = mail.outbox
    assert message.to == [learner.email]
    expires = today + datetime.timedelta(30)
    assert "berakhir pada" in message.subject and str(expires.year) in message.subject
    assert f"http://testserver/verifikasi/{issued.code}/" in message.body
    assert message.alternatives[0].mimetype == "text/html"

    assert tasks.send_expiry_reminders_task.delay().get() == 0  # once only
    assert len(mail.outbox) == 1


def test_revoked_or_expired_certificates_get_no_reminder(issued):
    today = timezone.localdate()
    Certificate.objects.filter(pk=issued.pk).update(expires_on=today - datetime.timedelta(1))
    assert tasks.send_expiry_reminders_task.delay().get() == 0
    Certificate.objects.filter(pk=issued.pk).update(
        expires_on=today + datetime.timedelta(10),
        status=Certificate.Status.REVOKED,
        revoked_at=timezone.now(),
    )
    assert tasks.send_expiry_reminders_task.delay().get() == 0
    assert mail.outbox == []
