"""What national admins set: the signatory and marks on every certificate, per course overrides.

The platform's name and logo come from ``home.PlatformSettings``; the certificate
settings may give a logo of their own. Saving either starts a re-render of the PDFs
whose design changed (``handlers``), never a change of their facts.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

_IMAGE_HELP = _(
    "PNG atau JPG dengan latar putih atau transparan. Gambar SVG tidak dapat dipakai di PDF."
)


@register_setting(icon="doc-full")
class CertificateSettings(BaseSiteSetting):
    """The default signatory and the issuer named on certificates and Open Badges."""

    provider_name = models.CharField(
        _("institusi penyelenggara"),
        max_length=200,
        default="Akademi Humas ASN",
        help_text=_("Tercantum di sertifikat dan di ekspor SIASN."),
    )
    signatory_name = models.CharField(
        _("nama penanda tangan"), max_length=200, default="Penanggung Jawab Akademi Humas ASN"
    )
    signatory_title = models.CharField(
        _("jabatan penanda tangan"), max_length=200, default="Kepala Penyelenggara Pelatihan"
    )
    signature_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar tanda tangan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_IMAGE_HELP,
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo sertifikat"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Kosongkan untuk memakai logo platform. ") + _IMAGE_HELP,
    )
    issuer_url = models.URLField(
        _("situs penerbit"),
        blank=True,
        help_text=_("Untuk profil penerbit Open Badges. Kosongkan untuk memakai alamat situs ini."),
    )
    issuer_email = models.EmailField(
        _("email penerbit"),
        blank=True,
        help_text=_(
            "Untuk profil penerbit Open Badges. Kosongkan untuk memakai email bantuan platform."
        ),
    )
    issuer_description = models.TextField(_("deskripsi penerbit"), blank=True)

    panels = [
        FieldPanel("provider_name"),
        MultiFieldPanel(
            [
                FieldPanel("signatory_name"),
                FieldPanel("signatory_title"),
                FieldPanel("signature_image"),
            ],
            heading=_("Penanda tangan"),
        ),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("issuer_url"),
                FieldPanel("issuer_email"),
                FieldPanel("issuer_description"),
            ],
            heading=_("Open Badges"),
        ),
    ]

    class Meta:
        verbose_name = _("pengaturan sertifikat")


class CourseCertificateSettings(models.Model):
    """A course's own signatory (over the site default) and validity period."""

    course = models.OneToOneField(
        "courses.CoursePage",
        verbose_name=_("kursus"),
        on_delete=models.CASCADE,
        related_name="certificate_settings",
    )
    signatory_name = models.CharField(
        _("nama penanda tangan"),
        max_length=200,
        blank=True,
        help_text=_("Kosongkan untuk memakai penanda tangan bawaan dari Pengaturan sertifikat."),
    )
    signatory_title = models.CharField(_("jabatan penanda tangan"), max_length=200, blank=True)
    signature_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar tanda tangan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_IMAGE_HELP,
    )
    validity_months = models.PositiveSmallIntegerField(
        _("masa berlaku (bulan)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_(
            "Kosongkan bila sertifikat berlaku selamanya. Peserta diingatkan 30 hari "
            "sebelum masa berlaku habis."
        ),
    )

    panels = [
        FieldPanel("course"),
        MultiFieldPanel(
            [
                FieldPanel("signatory_name"),
                FieldPanel("signatory_title"),
                FieldPanel("signature_image"),
            ],
            heading=_("Penanda tangan kursus"),
        ),
        FieldPanel("validity_months"),
    ]

    class Meta:
        verbose_name = _("pengaturan sertifikat kursus")
        verbose_name_plural = _("pengaturan sertifikat kursus")

    def __str__(self):
        return str(self.course)

    @property
    def has_own_signatory(self) -> bool:
        return bool(self.signatory_name.strip())
