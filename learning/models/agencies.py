from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.db.models.functions import Concat, Substr
from django.utils.translation import gettext_lazy as _


class Agency(models.Model):
    """An instansi: a ministry, a national agency or a regional government."""

    class Kind(models.TextChoices):
        MINISTRY = "kementerian", _("Kementerian")
        AGENCY = "lembaga", _("Lembaga")
        PROVINCE = "provinsi", _("Pemerintah Provinsi")
        REGENCY = "kabupaten", _("Pemerintah Kabupaten")
        CITY = "kota", _("Pemerintah Kota")

    name = models.CharField(_("nama instansi"), max_length=200, unique=True)
    short_name = models.CharField(_("singkatan"), max_length=50, blank=True)
    kind = models.CharField(_("jenis instansi"), max_length=16, choices=Kind.choices)
    region_code = models.CharField(
        _("kode wilayah"),
        max_length=13,
        blank=True,
        help_text=_("Kode wilayah Kemendagri, mis. 32 atau 32.73."),
    )
    siasn_id = models.CharField(_("ID SIASN"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("instansi")
        verbose_name_plural = _("instansi")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["siasn_id"], condition=~Q(siasn_id=""), name="agency_unique_siasn_id"
            ),
        ]

    def __str__(self):
        return self.name


class Unit(models.Model):
    """A unit kerja. Units form a tree inside one agency.

    ``path`` is a materialised path of primary keys ("/3/17/42/") so a subtree is
    one indexed prefix query, on SQLite and PostgreSQL alike.
    """

    agency = models.ForeignKey(
        Agency, verbose_name=_("instansi"), on_delete=models.CASCADE, related_name="units"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("unit induk"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    name = models.CharField(_("nama unit kerja"), max_length=200)
    code = models.CharField(
        _("kode unit"),
        max_length=50,
        blank=True,
        help_text=_("Kode yang dipakai di berkas roster (kolom unit_kerja)."),
    )
    path = models.CharField(max_length=255, editable=False, db_index=True, default="")

    class Meta:
        verbose_name = _("unit kerja")
        verbose_name_plural = _("unit kerja")
        ordering = ["agency__name", "path"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "code"], condition=~Q(code=""), name="unit_unique_code_per_agency"
            ),
            models.UniqueConstraint(
                fields=["agency", "parent", "name"], name="unit_unique_name_per_parent"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def depth(self):
        return max(self.path.count("/") - 2, 0)

    def clean(self):
        if self.parent_id is None:
            return
        if self.parent.agency_id != self.agency_id:
            raise ValidationError({"parent": _("Unit induk harus berada di instansi yang sama.")})
        if self.pk and (self.parent_id == self.pk or f"/{self.pk}/" in self.parent.path):
            raise ValidationError(
                {"parent": _("Unit tidak boleh menjadi induk bagi dirinya sendiri.")}
            )

    def save(self, *args, **kwargs):
        with transaction.atomic():
            old_path = self.path
            if self.pk is None:
                super().save(*args, **kwargs)
                kwargs.pop("force_insert", None)
            self.path = (self.parent.path if self.parent_id else "/") + f"{self.pk}/"
            super().save(*args, **{k: v for k, v in kwargs.items() if k != "force_insert"})
            if old_path and old_path != self.path:
                # Moved: rewrite the descendants' paths in one UPDATE.
                Unit.objects.filter(path__startswith=old_path).exclude(pk=self.pk).update(
                    path=Concat(models.Value(self.path), Substr("path", len(old_path) + 1))
                )

    def subtree(self):
        return Unit.objects.filter(path__startswith=self.path)


class AgencyAdmin(models.Model):
    """Makes a user the admin of one agency: its roster, staff and dashboards."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengguna"),
        on_delete=models.CASCADE,
        related_name="agency_admin",
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("instansi"), on_delete=models.CASCADE, related_name="admins"
    )

    class Meta:
        verbose_name = _("admin instansi")
        verbose_name_plural = _("admin instansi")

    def __str__(self):
        return f"{self.user} — {self.agency}"


class UnitAdmin(models.Model):
    """Delegates one unit kerja, with all its sub-units, to a user: a unit admin.

    An agency admin (or a national admin) appoints them. Everything a unit admin
    sees — roster, imports, pending staff, dashboards, staff lists, exports,
    assignments — is limited to the unit's subtree; ``learning.access`` decides.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengguna"),
        on_delete=models.CASCADE,
        related_name="unit_admin",
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit kerja"), on_delete=models.CASCADE, related_name="admins"
    )
    appointed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ditunjuk oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("ditunjuk"), auto_now_add=True)

    class Meta:
        verbose_name = _("admin unit")
        verbose_name_plural = _("admin unit")

    def __str__(self):
        return f"{self.user} — {self.unit}"
