"""A certificate, its history and the counter its number comes from.

A certificate states facts as they were when it was issued — the learner's name,
NIP and agency, the course's title and JP, the dates — copied onto the row, so a
later change of account or course never changes a certificate. Only a national
admin's re-issue (after a name correction, say) refreshes them, keeping the
number, and the event log keeps what was there before.
"""

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def private_storage():
    return storages["private"]


def pdf_upload_path(instance, filename):
    return f"certificates/{instance.issued_on:%Y}/{instance.code}.pdf"


class Certificate(models.Model):
    """One per learner per course (a database constraint), issued by ``services.issuing``."""

    class Status(models.TextChoices):
        VALID = "valid", _("Sah")
        REVOKED = "revoked", _("Dicabut")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("peserta"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("kursus"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    number = models.CharField(_("nomor sertifikat"), max_length=32, unique=True)
    code = models.CharField(_("kode verifikasi"), max_length=64, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.VALID, db_index=True
    )
    issued_at = models.DateTimeField(_("diterbitkan pada"), default=timezone.now)
    issued_on = models.DateField(_("tanggal terbit"))
    started_on = models.DateField(_("tanggal mulai"))
    completed_on = models.DateField(_("tanggal selesai"))
    expires_on = models.DateField(_("berlaku sampai"), null=True, blank=True)
    # Facts at issue time (a snapshot: never recomputed).
    jp = models.PositiveSmallIntegerField(_("JP"))
    course_title = models.CharField(_("judul kursus"), max_length=255)
    provider_name = models.CharField(_("institusi penyelenggara"), max_length=200)
    learner_name = models.CharField(_("nama peserta"), max_length=200)
    learner_nip = models.CharField(_("NIP"), max_length=18, blank=True)
    agency = models.ForeignKey(
        "learning.Agency",
        verbose_name=_("instansi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    agency_name = models.CharField(_("nama instansi"), max_length=200, blank=True)
    # Open Badges recipient: a salted hash of the email at issue time, never the NIP.
    recipient_salt = models.CharField(max_length=32, editable=False)
    recipient_identity = models.CharField(max_length=80, editable=False)
    # Revocation and re-issue.
    revoked_at = models.DateTimeField(_("dicabut pada"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dicabut oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revocation_reason = models.TextField(_("alasan pencabutan"), blank=True)
    reissued_at = models.DateTimeField(_("diterbitkan ulang pada"), null=True, blank=True)
    # The PDF (private storage) and the design it was drawn with.
    pdf = models.FileField(
        _("berkas PDF"),
        upload_to=pdf_upload_path,
        storage=private_storage,
        blank=True,
        editable=False,
    )
    pdf_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    rendered_at = models.DateTimeField(_("PDF dibuat"), null=True, blank=True, editable=False)
    emailed_at = models.DateTimeField(_("email terkirim"), null=True, blank=True, editable=False)
    reminded_at = models.DateTimeField(
        _("pengingat masa berlaku"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("sertifikat")
        verbose_name_plural = _("sertifikat")
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course"], name="certificate_unique_learner_course"
            ),
            models.CheckConstraint(
                condition=Q(status="valid") | Q(revoked_at__isnull=False),
                name="certificate_revoked_has_date",
            ),
        ]
        indexes = [
            models.Index(fields=["agency", "completed_on"]),
            models.Index(fields=["status", "expires_on"]),
        ]

    def __str__(self):
        return f"{self.number} — {self.learner_name}"

    @property
    def is_revoked(self) -> bool:
        return self.status == self.Status.REVOKED

    def is_expired(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.expires_on is not None and today > self.expires_on


class CertificateEvent(models.Model):
    """The history of a certificate: issued, revoked, re-issued, re-rendered."""

    class Kind(models.TextChoices):
        ISSUED = "issued", _("Diterbitkan")
        REVOKED = "revoked", _("Dicabut")
        REISSUED = "reissued", _("Diterbitkan ulang")

    certificate = models.ForeignKey(
        Certificate, verbose_name=_("sertifikat"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("peristiwa"), max_length=16, choices=Kind.choices)
    at = models.DateTimeField(_("waktu"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("alasan"), blank=True)
    # The facts as they were before this event (re-issue), for the record.
    previous = models.JSONField(_("data sebelumnya"), default=dict, blank=True)

    class Meta:
        verbose_name = _("riwayat sertifikat")
        verbose_name_plural = _("riwayat sertifikat")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.certificate.number}: {self.get_kind_display()}"


class NumberCounter(models.Model):
    """The last number given out in a year. Incremented in the issuing transaction."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_value = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("penghitung nomor sertifikat")
        verbose_name_plural = _("penghitung nomor sertifikat")

    def __str__(self):
        return f"{self.year}: {self.last_value}"
