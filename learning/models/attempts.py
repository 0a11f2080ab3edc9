from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class QuizAttempt(models.Model):
    """One try at a quiz, graded on the server.

    ``questions`` is a snapshot taken when the attempt starts: the drawn
    questions, in order, with their choices in the order shown, the correct
    flags and feedback. Grading and the result page read only the snapshot, so
    editing the quiz later never changes a past result. Each question and choice
    in it also carries a random ``token``, drawn for this attempt: the browser only
    ever sees tokens, never the ids (which may say ``…-q1-a``).
    ``draft_answers`` holds what the learner has ticked so far (saved as they
    answer), so leaving the page and coming back loses nothing; ``answers`` is
    what was graded. ``number`` is unique per
    (user, quiz): two tabs starting at once cannot both take the last try.
    """

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("Sedang dikerjakan")
        SUBMITTED = "submitted", _("Dikumpulkan")
        EXPIRED = "expired", _("Waktu habis")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey("courses.QuizPage", on_delete=models.PROTECT, related_name="attempts")
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="quiz_attempts"
    )
    number = models.PositiveSmallIntegerField(_("percobaan ke-"))
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.IN_PROGRESS, db_index=True
    )
    started_at = models.DateTimeField(_("mulai"), auto_now_add=True)
    deadline = models.DateTimeField(_("batas waktu"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("dikumpulkan"), null=True, blank=True)
    pass_mark = models.PositiveSmallIntegerField(_("nilai lulus (%)"))
    questions = models.JSONField(_("soal (salinan)"), default=list)
    answers = models.JSONField(_("jawaban"), default=dict, blank=True)
    draft_answers = models.JSONField(_("jawaban sementara"), default=dict, blank=True)
    correct_count = models.PositiveSmallIntegerField(default=0)
    score = models.DecimalField(
        _("nilai (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("lulus"), null=True, blank=True)
    # An attempt of a cycle a renewal closed: kept as a record, no longer counted
    # toward passing the quiz or its attempt limit.
    archived = models.BooleanField(_("siklus lalu"), default=False)

    class Meta:
        verbose_name = _("percobaan kuis")
        verbose_name_plural = _("percobaan kuis")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="attempt_unique_number_per_user_quiz"
            ),
        ]
        indexes = [models.Index(fields=["user", "course", "passed"])]

    def __str__(self):
        return f"{self.user} — {self.quiz} #{self.number}"

    @property
    def question_count(self):
        return len(self.questions)
