import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _


def private_storage():
    return storages["private"]


def export_path(instance, filename):
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"exports/{instance.agency_id}/{uuid.uuid4().hex}.{suffix}"


class Export(models.Model):
    """An export of personal data, and the record that it happened.

    Every request is kept — who, when, which agency and unit, which list and
    filters, how many rows — for accountability under UU 27/2022; the file lives
    in private storage and only its requester may download it (each download is
    counted). Old files are deleted by a periodic task; the record stays.
    """

    class Kind(models.TextChoices):
        STAFF = "staff", _("Daftar pegawai per status")
        SUMMARY = "summary", _("Ringkasan per unit kerja")

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX (Excel)"

    class Status(models.TextChoices):
        QUEUED = "queued", _("Menunggu diproses")
        RUNNING = "running", _("Sedang dibuat")
        DONE = "done", _("Siap diunduh")
        FAILED = "failed", _("Gagal")
        EXPIRED = "expired", _("Berkas sudah dihapus")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diminta oleh"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    agency = models.ForeignKey(
        "learning.Agency", verbose_name=_("instansi"), on_delete=models.CASCADE, related_name="+"
    )
    unit = models.ForeignKey(
        "learning.Unit",
        verbose_name=_("unit kerja"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    scope_label = models.CharField(_("cakupan"), max_length=255)
    kind = models.CharField(_("jenis"), max_length=8, choices=Kind.choices)
    file_format = models.CharField(_("format"), max_length=4, choices=Format.choices)
    filters = models.JSONField(_("filter"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    progress = models.PositiveSmallIntegerField(_("kemajuan (%)"), default=0)
    row_count = models.PositiveIntegerField(_("jumlah baris"), default=0)
    file = models.FileField(_("berkas"), upload_to=export_path, storage=private_storage, blank=True)
    file_name = models.CharField(_("nama berkas"), max_length=255, blank=True)
    error = models.TextField(_("kesalahan"), blank=True)
    created_at = models.DateTimeField(_("diminta"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)
    download_count = models.PositiveIntegerField(_("jumlah unduhan"), default=0)
    last_downloaded_at = models.DateTimeField(_("terakhir diunduh"), null=True, blank=True)

    class Meta:
        verbose_name = _("ekspor data")
        verbose_name_plural = _("ekspor data")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["requested_by", "agency", "-created_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.file_format} — {self.scope_label}"

    @property
    def is_running(self) -> bool:
        return self.status in {self.Status.QUEUED, self.Status.RUNNING}
