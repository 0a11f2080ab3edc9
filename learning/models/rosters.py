import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from .agencies import Agency, Unit


def private_storage():
    return storages["private"]


def roster_upload_path(instance, filename):
    # The original name is kept on the model; the stored name is unguessable.
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"rosters/{instance.agency_id}/{uuid.uuid4().hex}.{suffix}"


class RosterEntry(models.Model):
    """One civil servant on an agency's official staff list.

    The roster is the denominator of every completion rate: a person here who
    never signed up counts as "not started". ``user`` links the entry to the
    account that signed up with the same NIP.
    """

    agency = models.ForeignKey(
        Agency, verbose_name=_("instansi"), on_delete=models.CASCADE, related_name="roster"
    )
    nip = models.CharField(_("NIP"), max_length=18, db_index=True)
    full_name = models.CharField(_("nama"), max_length=200)
    email = models.EmailField(_("email"), blank=True)
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit kerja"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="roster",
    )
    position = models.CharField(_("jabatan"), max_length=200, blank=True)
    active = models.BooleanField(_("aktif"), default=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("akun"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="roster_entries",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("entri roster")
        verbose_name_plural = _("roster pegawai")
        ordering = ["full_name"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "nip"], name="roster_unique_nip_per_agency"),
        ]
        indexes = [models.Index(fields=["agency", "unit"])]

    def __str__(self):
        return f"{self.full_name} ({self.nip})"


class RosterImport(models.Model):
    """An uploaded roster file and what became of it.

    A file is validated first (every bad row listed with its reason), then the
    agency admin applies the valid rows or discards the file. Applying happens in
    one transaction, so a file is never half-applied.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Menunggu diperiksa")
        VALIDATING = "validating", _("Sedang diperiksa")
        VALIDATED = "validated", _("Selesai diperiksa")
        APPLYING = "applying", _("Sedang diterapkan")
        APPLIED = "applied", _("Sudah diterapkan")
        REJECTED = "rejected", _("Berkas ditolak")
        CANCELLED = "cancelled", _("Dibatalkan")
        FAILED = "failed", _("Gagal diproses")

    class RetryCause(models.TextChoices):
        """Why a running import waits for another attempt (``retry_at``)."""

        DATABASE = "database", _("Basis data sedang tidak dapat dihubungi")
        QUEUE = "queue", _("Antrean pemrosesan sedang tidak tersedia")

    agency = models.ForeignKey(
        Agency, verbose_name=_("instansi"), on_delete=models.CASCADE, related_name="roster_imports"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diunggah oleh"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file = models.FileField(_("berkas"), upload_to=roster_upload_path, storage=private_storage)
    scope_unit = models.ForeignKey(
        Unit,
        verbose_name=_("dibatasi ke unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Diunggah oleh admin unit: hanya baris di unit ini dan sub-unitnya."),
    )
    original_name = models.CharField(_("nama berkas"), max_length=255)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    progress = models.PositiveSmallIntegerField(_("kemajuan (%)"), default=0)
    # Checks started; one that never finishes (a killed worker) is retried only so often.
    validation_attempts = models.PositiveSmallIntegerField(_("percobaan pemeriksaan"), default=0)
    total_rows = models.PositiveIntegerField(_("jumlah baris"), default=0)
    valid_rows = models.PositiveIntegerField(_("baris valid"), default=0)
    error_rows = models.PositiveIntegerField(_("baris bermasalah"), default=0)
    file_error = models.TextField(_("kesalahan berkas"), blank=True)
    errors = models.JSONField(_("kesalahan per baris"), default=list, blank=True)
    created_count = models.PositiveIntegerField(_("entri baru"), default=0)
    updated_count = models.PositiveIntegerField(_("entri diperbarui"), default=0)
    linked_count = models.PositiveIntegerField(_("akun tertaut"), default=0)
    transferred_count = models.PositiveIntegerField(_("pindah dari instansi lain"), default=0)
    deactivated_count = models.PositiveIntegerField(_("entri dinonaktifkan"), default=0)
    # What applying would change, worked out when the file is checked, for the admin to
    # read before confirming: {"created", "updated", "deactivated", "deactivated_sample"}.
    preview = models.JSONField(_("pratinjau perubahan"), default=dict, blank=True)
    created_at = models.DateTimeField(_("diunggah"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)
    # Set while a running import waits to be tried again: after a database error
    # (the task retries with a growing delay) or when the queue could not be reached
    # (the stalled-import sweep sends it). Cleared when an attempt starts.
    attempts = models.PositiveSmallIntegerField(_("percobaan gagal"), default=0)
    retry_at = models.DateTimeField(_("dicoba lagi pada"), null=True, blank=True)
    retry_cause = models.CharField(
        _("menunggu karena"), max_length=16, blank=True, choices=RetryCause.choices
    )

    class Meta:
        verbose_name = _("impor roster")
        verbose_name_plural = _("impor roster")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.original_name} ({self.get_status_display()})"

    @property
    def is_running(self):
        return self.status in {self.Status.QUEUED, self.Status.VALIDATING, self.Status.APPLYING}

    @property
    def is_waiting_to_retry(self):
        return self.is_running and self.retry_at is not None

    @property
    def can_apply(self):
        return self.status == self.Status.VALIDATED and self.valid_rows > 0

    @property
    def can_cancel(self):
        return self.status == self.Status.VALIDATED
