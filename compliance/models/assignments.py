from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Assignment(models.Model):
    """An agency orders its staff (all of them, or chosen units with their sub-units) to
    complete a course by a deadline.

    The deadline is a date, or a number of days after a person joins the roster
    (counted from the start of the cycle for staff who were already there). A
    recurring assignment repeats every year: cycle *k* opens on ``starts_on`` plus
    *k* years and is due on ``due_date`` plus *k* years; once cycle *k* ≥ 1 opens, a
    completion from before it no longer counts (see ``compliance.deadlines``).
    One active assignment per agency and course.
    """

    class DeadlineKind(models.TextChoices):
        DATE = "date", _("Tanggal tertentu")
        DAYS_AFTER_JOINING = "days", _("Sejumlah hari setelah bergabung di roster")

    agency = models.ForeignKey(
        "learning.Agency", verbose_name=_("instansi"), on_delete=models.CASCADE, related_name="+"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("kursus"), on_delete=models.PROTECT, related_name="+"
    )
    units = models.ManyToManyField(
        "learning.Unit",
        verbose_name=_("unit kerja"),
        blank=True,
        related_name="+",
        help_text=_("Kosong: seluruh instansi. Setiap unit termasuk sub-unitnya."),
    )
    deadline_kind = models.CharField(
        _("jenis tenggat"), max_length=8, choices=DeadlineKind.choices, default=DeadlineKind.DATE
    )
    due_date = models.DateField(_("tenggat"), null=True, blank=True)
    due_days = models.PositiveSmallIntegerField(_("hari setelah bergabung"), null=True, blank=True)
    recurring = models.BooleanField(_("berulang setiap tahun"), default=False)
    starts_on = models.DateField(_("siklus dimulai"))
    opened_cycle = models.PositiveSmallIntegerField(
        _("siklus yang sudah dibuka"),
        default=0,
        help_text=_("Siklus terakhir yang penyelesaian lamanya sudah ditutup."),
    )
    active = models.BooleanField(_("aktif"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dibuat oleh"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    withdrawn_at = models.DateTimeField(_("ditarik"), null=True, blank=True)

    class Meta:
        verbose_name = _("penugasan kursus wajib")
        verbose_name_plural = _("penugasan kursus wajib")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "course"],
                condition=Q(active=True),
                name="assignment_one_active_per_agency_course",
            ),
            models.CheckConstraint(
                condition=(
                    Q(deadline_kind="date", due_date__isnull=False)
                    | Q(deadline_kind="days", due_days__isnull=False)
                ),
                name="assignment_deadline_matches_kind",
            ),
        ]
        indexes = [models.Index(fields=["agency", "active"])]

    def __str__(self):
        return f"{self.course} — {self.agency}"

    @property
    def is_relative(self) -> bool:
        return self.deadline_kind == self.DeadlineKind.DAYS_AFTER_JOINING

    def unit_ids(self) -> list[int]:
        """The units it is limited to (empty: the whole agency), from the link table only."""
        return list(
            Assignment.units.through.objects.filter(assignment_id=self.pk)
            .order_by("unit_id")
            .values_list("unit_id", flat=True)
        )


class Exemption(models.Model):
    """A person the agency excused from one assignment (leave, secondment …).

    Exempt staff leave the denominator of the assignment's completion rate and get
    no reminders. Per roster entry: a transfer to another agency does not carry it.
    """

    class Reason(models.TextChoices):
        LEAVE = "cuti", _("Cuti")
        SECONDMENT = "diperbantukan", _("Diperbantukan / dipekerjakan di instansi lain")
        STUDY = "tugas_belajar", _("Tugas belajar")
        OTHER = "lainnya", _("Alasan lain")

    assignment = models.ForeignKey(
        Assignment, verbose_name=_("penugasan"), on_delete=models.CASCADE, related_name="exemptions"
    )
    roster_entry = models.ForeignKey(
        "learning.RosterEntry",
        verbose_name=_("pegawai"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.CharField(_("alasan"), max_length=16, choices=Reason.choices)
    note = models.CharField(_("keterangan"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dicatat oleh"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("dicatat"), auto_now_add=True)

    class Meta:
        verbose_name = _("pengecualian")
        verbose_name_plural = _("pengecualian")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "roster_entry"], name="exemption_unique_per_assignment_entry"
            ),
        ]

    def __str__(self):
        return f"{self.roster_entry_id} — {self.get_reason_display()}"
