from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from learning.nip import validate_nip


class UserManager(BaseUserManager):
    """Users log in with their email address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        email = self.normalize_email(email)
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class StaffStatus(models.TextChoices):
    """Whether the platform knows this account belongs to a civil servant of its agency."""

    NOT_APPLICABLE = "", _("Bukan akun pegawai")
    ROSTERED = "rostered", _("Terdaftar di roster")
    PENDING = "pending", _("Menunggu konfirmasi instansi")
    REJECTED = "rejected", _("Ditolak instansi")


class User(AbstractUser):
    """An account. Civil servants carry their NIP and agency on the account itself.

    The NIP is the natural key of a civil servant, so it is unique across the
    platform (one account per NIP); staff accounts without a NIP (trainers,
    national admins) leave it empty.
    """

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("email"), unique=True)
    full_name = models.CharField(_("nama lengkap"), max_length=200)
    nip = models.CharField(
        _("NIP"),
        max_length=18,
        null=True,
        blank=True,
        unique=True,
        validators=[validate_nip],
    )
    agency = models.ForeignKey(
        "learning.Agency",
        verbose_name=_("instansi"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
    )
    unit = models.ForeignKey(
        "learning.Unit",
        verbose_name=_("unit kerja"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    position = models.CharField(_("jabatan"), max_length=200, blank=True)
    staff_status = models.CharField(
        _("status kepegawaian"),
        max_length=16,
        choices=StaffStatus.choices,
        blank=True,
        default=StaffStatus.NOT_APPLICABLE,
        db_index=True,
    )
    # Replaced (a new random value) in the same transaction as every change to what
    # this learner's own pages show; cached learner fragments are keyed by it
    # (learning.services.learner_state). A database default too, for rows written in SQL.
    state_token = models.CharField(
        max_length=16, blank=True, default="", db_default="", editable=False
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("pengguna")
        verbose_name_plural = _("pengguna")
        constraints = [
            models.CheckConstraint(
                condition=Q(nip__isnull=True) | Q(agency__isnull=False),
                name="user_nip_requires_agency",
            ),
        ]

    def __str__(self):
        return self.full_name or self.email

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def masked_nip(self):
        from learning.nip import mask_nip

        return mask_nip(self.nip)
