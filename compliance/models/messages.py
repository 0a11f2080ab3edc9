from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReminderLog(models.Model):
    """One reminder step for one person, one assignment and one cycle: never sent twice.

    The row is written (PENDING) before anything is sent; the unique constraint
    makes a second beat run, a redelivered task or two workers find it taken.
    A sender claims PENDING rows with a conditional UPDATE (SENDING), sends, and
    marks them SENT or FAILED: at most one email per step.
    """

    class Step(models.IntegerChoices):
        DAYS_14 = 14, _("14 hari sebelum tenggat")
        DAYS_7 = 7, _("7 hari sebelum tenggat")
        DAYS_1 = 1, _("1 hari sebelum tenggat")
        OVERDUE = -1, _("Setelah tenggat lewat")

    class Status(models.TextChoices):
        PENDING = "pending", _("Menunggu dikirim")
        SENDING = "sending", _("Sedang dikirim")
        SENT = "sent", _("Terkirim")
        FAILED = "failed", _("Gagal")

    assignment = models.ForeignKey(
        "compliance.Assignment", on_delete=models.CASCADE, related_name="reminders"
    )
    roster_entry = models.ForeignKey(
        "learning.RosterEntry", on_delete=models.CASCADE, related_name="+"
    )
    step = models.SmallIntegerField(choices=Step.choices)
    cycle = models.PositiveSmallIntegerField(default=0)
    due_on = models.DateField()
    email = models.EmailField()
    status = models.CharField(
        max_length=8, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    claim = models.CharField(max_length=32, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = _("pengingat tenggat")
        verbose_name_plural = _("pengingat tenggat")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "roster_entry", "step", "cycle"],
                name="reminder_once_per_step_and_cycle",
            ),
        ]

    def __str__(self):
        return f"{self.assignment_id}/{self.roster_entry_id} step {self.step} ({self.status})"


class DigestLog(models.Model):
    """The weekly digest to one agency admin for one week: sent at most once."""

    class Status(models.TextChoices):
        SENDING = "sending", _("Sedang dikirim")
        SENT = "sent", _("Terkirim")
        FAILED = "failed", _("Gagal")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    agency = models.ForeignKey("learning.Agency", on_delete=models.CASCADE, related_name="+")
    week = models.DateField(help_text=_("Senin minggu ringkasan."))
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.SENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("ringkasan mingguan")
        verbose_name_plural = _("ringkasan mingguan")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "agency", "week"], name="digest_once_per_admin_agency_week"
            ),
        ]

    def __str__(self):
        return f"{self.user_id} — {self.agency_id} ({self.week})"
