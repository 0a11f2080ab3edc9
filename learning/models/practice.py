from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PracticeSubmission(models.Model):
    """A learner's answer to a practice assignment block in a lesson.

    ``response`` holds HTML already cleaned by bleach against an explicit
    allow-list. A returned submission is revised in place: one row per
    (user, lesson, block).
    """

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Menunggu tinjauan")
        ACCEPTED = "accepted", _("Diterima")
        RETURNED = "returned", _("Dikembalikan untuk diperbaiki")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("peserta"),
        on_delete=models.CASCADE,
        related_name="practice_submissions",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("pelajaran"),
        on_delete=models.CASCADE,
        related_name="submissions",
    )
    block_id = models.CharField(max_length=64)
    prompt_title = models.CharField(_("tugas"), max_length=150)
    response = models.TextField(_("jawaban"))
    link_url = models.URLField(_("tautan unggahan"), blank=True, max_length=500)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.SUBMITTED, db_index=True
    )
    reviewer_comment = models.TextField(_("komentar pelatih"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ditinjau oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("ditinjau"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("dikirim"), auto_now_add=True)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    class Meta:
        verbose_name = _("jawaban tugas praktik")
        verbose_name_plural = _("jawaban tugas praktik")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "block_id"], name="submission_unique_per_block"
            ),
        ]

    def __str__(self):
        return f"{self.user} — {self.prompt_title}"
