from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail.snippets.models import register_snippet


@register_snippet
class CompetencyCategory(index.Indexed, models.Model):
    """A competency area a course develops (e.g. Komunikasi Publik, Literasi Digital)."""

    name = models.CharField(_("nama"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("keterangan"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("kategori kompetensi")
        verbose_name_plural = _("kategori kompetensi")
        ordering = ["name"]

    def __str__(self):
        return self.name
