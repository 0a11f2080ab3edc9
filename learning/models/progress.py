from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A learner's place in one course. Unique per (user, course).

    ``completed_at`` is set once, in the transaction that records the step which
    met the course's completion rule; ``last_page`` drives "Lanjutkan".
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("peserta"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("kursus"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    enrolled_at = models.DateTimeField(_("terdaftar"), auto_now_add=True)
    completed_at = models.DateTimeField(_("selesai"), null=True, blank=True, db_index=True)
    last_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terakhir dibuka"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set when a new cycle of a yearly mandatory course reopened a completed enrolment;
    # the completion it replaced is kept as a PastCompletion.
    renewed_at = models.DateTimeField(_("dibuka ulang"), null=True, blank=True)

    class Meta:
        verbose_name = _("pendaftaran kursus")
        verbose_name_plural = _("pendaftaran kursus")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="enrolment_unique_user_course"),
        ]

    def __str__(self):
        return f"{self.user} — {self.course}"

    @property
    def is_complete(self):
        return self.completed_at is not None


class LessonCompletion(models.Model):
    """A lesson the server saw a learner finish. Unique per (user, lesson)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="completions"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="lesson_completions"
    )
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pelajaran selesai")
        verbose_name_plural = _("pelajaran selesai")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson"], name="completion_unique_user_lesson"
            ),
        ]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self):
        return f"{self.user} — {self.lesson}"


class PastCompletion(models.Model):
    """A completion that a renewal (a new yearly cycle of a mandatory course) closed.

    The enrolment is reopened for the new cycle; this row keeps what the learner
    achieved: it still counts toward the JP of the year it was earned in and stays
    on the learner's list of finished courses.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("peserta"),
        on_delete=models.CASCADE,
        related_name="past_completions",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("kursus"),
        on_delete=models.PROTECT,
        related_name="past_completions",
    )
    enrolled_at = models.DateTimeField(_("terdaftar"))
    completed_at = models.DateTimeField(_("selesai"), db_index=True)
    renewed_at = models.DateTimeField(_("dibuka ulang"), auto_now_add=True)

    class Meta:
        verbose_name = _("penyelesaian terdahulu")
        verbose_name_plural = _("penyelesaian terdahulu")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course", "completed_at"],
                name="past_completion_unique_user_course_time",
            ),
        ]

    def __str__(self):
        return f"{self.user} — {self.course} ({self.completed_at:%Y-%m-%d})"
