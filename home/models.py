from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from .page_mixins import KnownViewRestrictionsMixin


class HomePage(KnownViewRestrictionsMixin, Page):
    """The site root. Editors change the hero; the links below it follow the visitor's role."""

    hero_title = models.CharField(
        _("judul utama"),
        max_length=200,
        default="Setiap ASN adalah humas instansinya",
    )
    hero_text = RichTextField(
        _("teks pembuka"),
        blank=True,
        features=["bold", "italic", "link"],
    )
    hero_cta_label = models.CharField(
        _("label tombol ajakan"), max_length=60, default="Daftar dan mulai belajar"
    )
    intro = RichTextField(
        _("penjelasan"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_cta_label")],
            heading=_("Bagian utama"),
        ),
        FieldPanel("intro"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("halaman beranda")


@register_setting(icon="cog")
class PlatformSettings(BaseSiteSetting):
    """Site-wide words and marks editors may change without a deploy."""

    platform_name = models.CharField(
        _("nama platform"), max_length=100, default="Akademi Humas ASN"
    )
    tagline = models.CharField(
        _("slogan"),
        max_length=200,
        default="Humas untuk non-humas: pelatihan media sosial bagi ASN",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    footer_text = models.CharField(
        _("teks kaki halaman"),
        max_length=255,
        blank=True,
        default="Platform pengembangan kompetensi ASN di bidang komunikasi publik.",
    )
    contact_email = models.EmailField(_("email bantuan"), blank=True)
    yearly_jp_target = models.PositiveSmallIntegerField(
        _("target JP per tahun"),
        default=20,
        help_text=_("PP 11/2017 jo. PP 17/2020: minimal 20 JP pengembangan kompetensi setahun."),
    )

    panels = [
        FieldPanel("platform_name"),
        FieldPanel("tagline"),
        FieldPanel("logo"),
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
        FieldPanel("yearly_jp_target"),
    ]

    class Meta:
        verbose_name = _("pengaturan platform")
