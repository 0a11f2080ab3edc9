from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CompletionRecord(models.Model):
    """A course completion as the agency saw it: where the person was when they finished.

    Made from learning's ``course_completed`` signal (and a sweep for any missed).
    The agency and unit are a snapshot: when a person later moves to another unit
    or agency, their history goes with them (learning's enrolments), while each
    agency's past figures — completions per week — stay as they were.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey(
        "learning.Agency", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    unit = models.ForeignKey(
        "learning.Unit", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(db_index=True)
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("catatan penyelesaian")
        verbose_name_plural = _("catatan penyelesaian")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course", "completed_at"],
                name="completion_record_unique_user_course_time",
            ),
        ]
        indexes = [models.Index(fields=["agency", "completed_at"])]

    def __str__(self):
        return f"{self.user_id} — {self.course_id} ({self.completed_at:%Y-%m-%d})"


class AgencyFigures(models.Model):
    """One agency's completion of its mandatory courses, kept for the national ranking.

    Mandatory courses: those flagged for every ASN and the agency's own active
    assignments; ``required`` and ``completed`` are summed over them (people ×
    courses, exempt staff left out). Computed by the same selector as the agency's
    live dashboard; writers mark the row ``stale`` and a periodic task recomputes
    stale rows, with a nightly pass over all (cycles and deadlines move with time).
    """

    agency = models.OneToOneField("learning.Agency", on_delete=models.CASCADE, related_name="+")
    staff = models.PositiveIntegerField(default=0)
    with_account = models.PositiveIntegerField(default=0)
    mandatory_courses = models.PositiveSmallIntegerField(default=0)
    required = models.PositiveBigIntegerField(default=0)
    completed = models.PositiveBigIntegerField(default=0)
    overdue = models.PositiveBigIntegerField(default=0)
    rate = models.FloatField(null=True, blank=True)
    stale = models.BooleanField(default=True, db_index=True)
    refreshed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("angka instansi")
        verbose_name_plural = _("angka instansi")

    def __str__(self):
        return f"{self.agency_id}: {self.completed}/{self.required}"
