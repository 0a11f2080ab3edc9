"""A re-render of existing PDFs after a design change, done by a Celery task with progress."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RerenderJob(models.Model):
    """Draws again every PDF in scope whose design fingerprint is out of date.

    ``total`` is fixed when the job starts; ``done`` grows as the task works through
    the certificates in batches. The facts on the certificates are never touched.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Menunggu")
        RUNNING = "running", _("Berjalan")
        DONE = "done", _("Selesai")
        FAILED = "failed", _("Gagal")

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("kursus"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Kosongkan untuk semua sertifikat."),
    )
    reason = models.CharField(_("alasan"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    total = models.PositiveIntegerField(_("jumlah sertifikat"), default=0)
    done = models.PositiveIntegerField(_("sudah dibuat ulang"), default=0)
    failed = models.PositiveIntegerField(_("gagal"), default=0)
    # The cursor: certificates up to this primary key have been looked at.
    last_pk = models.BigIntegerField(default=0, editable=False)
    error = models.TextField(_("kesalahan"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dimulai oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("dimulai"), default=timezone.now)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)

    class Meta:
        verbose_name = _("pembuatan ulang PDF sertifikat")
        verbose_name_plural = _("pembuatan ulang PDF sertifikat")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        scope = self.course.title if self.course_id else _("semua kursus")
        return f"{scope} — {self.get_status_display()}"

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        if not self.total:
            return 0
        return min(100, round(100 * (self.done + self.failed) / self.total))

    def progress_label(self) -> str:
        return _("%(percent)s%% (%(done)s dari %(total)s, %(failed)s gagal)") % {
            "percent": self.percent,
            "done": self.done,
            "total": self.total,
            "failed": self.failed,
        }

    progress_label.short_description = _("kemajuan")

    @property
    def is_running(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)
