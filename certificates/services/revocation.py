"""Revoke and re-issue: national admins' corrections, recorded in the certificate's history.

A re-issue (after a name correction, say) keeps the number, the verification code
and the course facts; it takes the learner's name, NIP and agency as they are now,
makes the certificate valid again, draws a new PDF and tells the learner. The event
log keeps the facts that were replaced.
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.dispatch import enqueue_on_commit
from certificates.models import Certificate, CertificateEvent
from learning import api

from .issuing import learner_facts

Status = Certificate.Status

_SNAPSHOT_FIELDS = [
    "learner_name",
    "learner_nip",
    "agency_id",
    "agency_name",
    "status",
    "revocation_reason",
]


class CertificateError(Exception):
    """A correction the rules refuse; the message is shown to the admin as is."""


def revoke(*, certificate_id: int, by: AbstractBaseUser, reason: str) -> Certificate:
    """Mark the certificate revoked; the verification page and badge say so from now on."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(
            _("Tulis alasan pencabutan; alasan ini tampil di halaman verifikasi.")
        )
    now = timezone.now()
    with transaction.atomic():
        changed = Certificate.objects.filter(pk=certificate_id, status=Status.VALID).update(
            status=Status.REVOKED, revoked_at=now, revoked_by=by, revocation_reason=reason
        )
        if not changed:
            raise CertificateError(_("Sertifikat ini sudah dicabut."))
        api.learner_state_changed(
            user_ids=Certificate.objects.filter(pk=certificate_id).values("learner_id")
        )
        CertificateEvent.objects.create(
            certificate_id=certificate_id,
            at=now,
            by=by,
            kind=CertificateEvent.Kind.REVOKED,
            reason=reason,
        )
    return Certificate.objects.get(pk=certificate_id)


def reissue(*, certificate_id: int, by: AbstractBaseUser, reason: str) -> Certificate:
    """Refresh the learner's facts, keep the number, and make the certificate valid again."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Tulis alasan penerbitan ulang, misalnya perbaikan nama."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate_id)
        profile = api.learner_profile(user_id=certificate.learner_id)
        if profile is None:
            raise CertificateError(_("Akun peserta sertifikat ini sudah tidak ada."))
        previous = {field: getattr(certificate, field) for field in _SNAPSHOT_FIELDS}
        now = timezone.now()
        for field, value in learner_facts(profile).items():
            setattr(certificate, field, value)
        certificate.status = Status.VALID
        certificate.revoked_at = None
        certificate.revoked_by = None
        certificate.revocation_reason = ""
        certificate.reissued_at = now
        certificate.pdf_fingerprint = ""  # the PDF states the old facts: draw it again
        certificate.emailed_at = None  # and tell the learner about the new one
        certificate.save()
        CertificateEvent.objects.create(
            certificate=certificate,
            at=now,
            by=by,
            reason=reason,
            kind=CertificateEvent.Kind.REISSUED,
            previous=previous,
        )
    enqueue_on_commit("render_certificate_task", certificate.pk)
    return certificate
