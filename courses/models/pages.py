from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.blocks import LessonStreamBlock, QuestionStreamBlock
from courses.forms import CoursePageForm
from courses.panels import QuizQualityPanel
from home import page_fragments
from home.page_mixins import KnownViewRestrictionsMixin

from . import catalogue
from .routing import HidesDescendantsWhenUnpublished, route_descendant_by_path


class CourseIndexPage(KnownViewRestrictionsMixin, Page):
    """The catalogue: lists live courses with search and filters."""

    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("katalog kursus")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not page_fragments.cached(request, "catalogue", (self.pk, self.live_revision_id)):
            context.update(catalogue.listing(self, request))
        return context

    def live_courses(self):
        """The live, public courses of this catalogue, mandatory ones first."""
        return (
            CoursePage.objects.live()
            .public()
            .child_of(self)
            .select_related("category", "cover_image")
            .order_by("-mandatory_for_all", "title")
        )

    def route(self, request, path_components):
        """Courses and their material in two queries instead of two a level."""
        if path_components:
            found = route_descendant_by_path(self, request, path_components)
            if found is not None:
                return found
        return super().route(request, path_components)


class CoursePage(KnownViewRestrictionsMixin, HidesDescendantsWhenUnpublished, Page):
    """A course: metadata a civil servant and their agency need, and its modules."""

    class Level(models.TextChoices):
        BASIC = "dasar", _("Dasar")
        INTERMEDIATE = "menengah", _("Menengah")
        ADVANCED = "lanjut", _("Lanjut")

    class CompletionRule(models.TextChoices):
        LESSONS_AND_QUIZZES = (
            "lessons_and_quizzes",
            _("Semua pelajaran selesai dan semua kuis lulus"),
        )
        QUIZZES = "quizzes", _("Semua kuis lulus")

    summary = models.TextField(_("ringkasan"), max_length=600)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar sampul"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    objectives = RichTextField(
        _("tujuan pembelajaran"),
        features=["ul", "ol", "bold", "italic"],
        help_text=_("Setelah kursus, peserta mampu …"),
    )
    jp = models.PositiveSmallIntegerField(
        _("JP"),
        validators=[MinValueValidator(1), MaxValueValidator(200)],
        help_text=_("Jam pelajaran yang diakui (1 JP = 45 menit)."),
    )
    category = models.ForeignKey(
        "courses.CompetencyCategory",
        verbose_name=_("kategori kompetensi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="courses",
    )
    level = models.CharField(
        _("tingkat"), max_length=10, choices=Level.choices, default=Level.BASIC
    )
    duration_minutes = models.PositiveIntegerField(_("perkiraan durasi (menit)"))
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prasyarat"),
        blank=True,
        symmetrical=False,
        related_name="required_by",
    )
    mandatory_for_all = models.BooleanField(_("wajib bagi semua ASN"), default=False)
    completion_rule = models.CharField(
        _("aturan kelulusan"),
        max_length=32,
        choices=CompletionRule.choices,
        default=CompletionRule.LESSONS_AND_QUIZZES,
    )
    sources = RichTextField(
        _("sumber rujukan"),
        blank=True,
        features=["ol", "ul", "bold", "italic", "link"],
        help_text=_("Peraturan, artikel, dan dokumen yang menjadi dasar materi kursus."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("jp"),
                FieldPanel("duration_minutes"),
                FieldPanel("level"),
                FieldPanel("category"),
                FieldPanel("mandatory_for_all"),
            ],
            heading=_("Data kursus"),
        ),
        FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
        FieldPanel("completion_rule"),
        FieldPanel("sources"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.FilterField("jp"),
        index.FilterField("mandatory_for_all"),
        index.FilterField("category"),
        index.FilterField("level"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    # Checks the submitted prerequisites, which the model's clean() cannot see.
    base_form_class = CoursePageForm

    class Meta:
        verbose_name = _("kursus")
        verbose_name_plural = _("kursus")

    def clean(self):
        super().clean()
        # For code paths; the admin form checks the submitted values (CoursePageForm).
        if self.pk and any(course.pk == self.pk for course in self.prerequisites.all()):
            raise ValidationError(
                {"prerequisites": _("Kursus tidak bisa menjadi prasyarat bagi dirinya sendiri.")}
            )


class ObjectivesMixin(models.Model):
    """Measurable learning objectives, one a line (verb, condition, criterion)."""

    objectives = models.TextField(
        _("tujuan pembelajaran"),
        blank=True,
        help_text=_(
            "Satu tujuan per baris: kata kerja yang teramati, kondisi, dan kriteria, "
            'mis. "Menulis ulang pengumuman layanan memuat 5W1H dalam 150 kata."'
        ),
    )

    class Meta:
        abstract = True

    def objective_list(self):
        """The objectives as a list, blank lines dropped."""
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]


class ModulePage(
    KnownViewRestrictionsMixin, ObjectivesMixin, HidesDescendantsWhenUnpublished, Page
):
    summary = models.TextField(_("ringkasan"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("objectives")]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]

    class Meta:
        verbose_name = _("modul")
        verbose_name_plural = _("modul")


class LessonPage(KnownViewRestrictionsMixin, ObjectivesMixin, Page):
    estimated_minutes = models.PositiveSmallIntegerField(
        _("perkiraan waktu baca (menit)"), default=10
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("isi pelajaran"))

    content_panels = Page.content_panels + [
        FieldPanel("estimated_minutes"),
        FieldPanel("objectives"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("pelajaran")
        verbose_name_plural = _("pelajaran")

    def practice_assignment_options(self):
        """block id → {"allow_link", "title"} of every practice assignment, read from the
        stored JSON: the body's images and documents are not loaded."""
        return {
            block["id"]: {
                "allow_link": bool(block["value"].get("allow_link", True)),
                "title": block["value"].get("title", ""),
            }
            for block in self.body.raw_data
            if block["type"] == "practice_assignment"
        }

    def practice_assignments(self):
        """(block id, value) of every practice assignment in the body."""
        return [
            (block.id, block.value)
            for block in self.body
            if block.block_type == "practice_assignment"
        ]


class ReviewTiming(models.TextChoices):
    """When a quiz's result page may reveal one part of the review (see QuizPage)."""

    NEVER = "never", _("Tidak pernah")
    IMMEDIATELY = "immediately", _("Langsung setelah percobaan dikumpulkan")
    AFTER_PASS = "after_pass", _("Setelah peserta lulus kuis")
    AFTER_LAST_ATTEMPT = (
        "after_last_attempt",
        _("Setelah percobaan terakhir (peserta lulus atau batas percobaan habis)"),
    )


class QuizPage(KnownViewRestrictionsMixin, Page):
    """A graded quiz: rules, a question bank and a review policy.

    The review policy says what a learner's result page reveals beyond the score,
    and when: which questions were right (``review_correctness``), the learner's own
    choices with their feedback (``review_choices``), and the correct answers with the
    explanations (``review_answers``). The default keeps the correct answers back
    until the learner has passed, so a failed attempt cannot be copied into a pass.
    ``learning.selectors.quiz_review`` enforces it.
    """

    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link", "ul"])
    pass_mark = models.PositiveSmallIntegerField(
        _("nilai lulus (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    attempt_limit = models.PositiveSmallIntegerField(
        _("batas percobaan"), default=0, help_text=_("0 = tanpa batas.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("batas waktu (menit)"),
        null=True,
        blank=True,
        help_text=_("Kosongkan bila tanpa batas waktu."),
    )
    draw_count = models.PositiveSmallIntegerField(
        _("jumlah soal per percobaan"),
        null=True,
        blank=True,
        help_text=_("Ambil sejumlah soal secara acak dari bank soal. Kosongkan untuk semua soal."),
    )
    shuffle_choices = models.BooleanField(_("acak urutan pilihan"), default=True)
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("bank soal"))
    review_correctness = models.CharField(
        _("soal yang dijawab benar atau salah"),
        max_length=24,
        choices=ReviewTiming.choices,
        default=ReviewTiming.IMMEDIATELY,
    )
    review_choices = models.CharField(
        _("pilihan peserta beserta umpan baliknya"),
        max_length=24,
        choices=ReviewTiming.choices,
        default=ReviewTiming.IMMEDIATELY,
    )
    review_answers = models.CharField(
        _("jawaban benar dan pembahasan"),
        max_length=24,
        choices=ReviewTiming.choices,
        default=ReviewTiming.AFTER_PASS,
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("attempt_limit"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("draw_count"),
                FieldPanel("shuffle_choices"),
            ],
            heading=_("Aturan kuis"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_correctness"),
                FieldPanel("review_choices"),
                FieldPanel("review_answers"),
            ],
            heading=_("Hasil yang ditampilkan kepada peserta"),
            help_text=_(
                "Nilai selalu ditampilkan. Tentukan kapan bagian lain dari pembahasan "
                "boleh dilihat peserta. Menampilkan pilihan peserta atau jawaban benar "
                "juga menampilkan soal mana yang benar."
            ),
        ),
        QuizQualityPanel(heading=_("Kualitas soal")),
        FieldPanel("questions"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("kuis")
        verbose_name_plural = _("kuis")

    @property
    def question_count(self):
        """Questions in one attempt: the draw, never more than the pool holds."""
        pool = len(self.questions)
        return min(self.draw_count, pool) if self.draw_count else pool

    def clean(self):
        super().clean()
        pool = len(self.questions)
        if pool == 0:
            raise ValidationError({"questions": _("Kuis membutuhkan minimal satu soal.")})
        if self.draw_count is not None and self.draw_count == 0:
            raise ValidationError({"draw_count": _("Jumlah soal minimal 1, atau kosongkan.")})
        if self.draw_count and self.draw_count > pool:
            raise ValidationError(
                {
                    "draw_count": _(
                        "Jumlah soal per percobaan (%(draw)s) melebihi jumlah soal di bank soal "
                        "(%(pool)s)."
                    )
                    % {"draw": self.draw_count, "pool": pool}
                }
            )
