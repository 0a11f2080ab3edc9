from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from learning.models import Agency, Unit, User
from learning.nip import normalize_nip, parse_nip

# One wording for every refusal that would otherwise tell a stranger whether a NIP
# is known here (e.g. already taken by an account): it names no reason.
UNUSABLE_DATA_MESSAGE = _(
    "Data ini tidak dapat digunakan untuk mendaftar. Periksa kembali NIP Anda; bila "
    "sudah benar, hubungi admin instansi Anda."
)


def _agency_field():
    return forms.ModelChoiceField(
        label=_("Instansi"),
        queryset=Agency.objects.order_by("name"),
        empty_label=_("— Pilih instansi —"),
    )


def _unit_field(help_text=""):
    """Its choices are set per form to the chosen agency's units (``_limit_units_to_agency``)."""
    return forms.ModelChoiceField(
        label=_("Unit kerja"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("— Pilih unit kerja —"),
        help_text=help_text,
    )


class SignupForm(AllauthSignupForm):
    """Sign-up for a civil servant: who they are, their NIP and where they work.

    allauth supplies email and password; this form adds the civil-service fields.
    The adapter hands them to ``learning.services.accounts.register_learner``.
    """

    full_name = forms.CharField(
        label=_("Nama lengkap"),
        max_length=200,
        help_text=_("Tulis sesuai data kepegawaian, beserta gelar bila ada."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    nip = forms.CharField(
        label=_("NIP / NI PPPK"),
        max_length=24,
        help_text=_("18 digit angka. Spasi di antara kelompok angka boleh."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    agency = _agency_field()
    unit = _unit_field(help_text=_("Boleh dikosongkan bila NIP Anda sudah ada di roster instansi."))
    position = forms.CharField(
        label=_("Jabatan"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )

    field_order = [
        "full_name",
        "email",
        "nip",
        "agency",
        "unit",
        "position",
        "password1",
        "password2",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_units_to_agency(self)

    def clean_nip(self):
        info = parse_nip(self.cleaned_data["nip"])
        if User.objects.filter(nip=info.nip).exists():
            raise ValidationError(UNUSABLE_DATA_MESSAGE, code="nip_unusable")
        return info.nip

    def clean(self):
        cleaned = super().clean()
        _check_unit_in_agency(self, cleaned)
        return cleaned


def _limit_units_to_agency(form):
    """The unit choices are the chosen (posted, else initial) agency's units."""
    agency_id = form.data.get(form.add_prefix("agency")) or form.initial.get("agency")
    if hasattr(agency_id, "pk"):
        agency_id = agency_id.pk
    units = Unit.objects.none()
    if str(agency_id or "").isdigit():
        units = Unit.objects.filter(agency_id=agency_id).order_by("path")
    form.fields["unit"].queryset = units


def _check_unit_in_agency(form, cleaned):
    agency, unit = cleaned.get("agency"), cleaned.get("unit")
    if unit and agency and unit.agency_id != agency.pk:
        form.add_error("unit", _("Unit kerja ini bukan bagian dari instansi yang dipilih."))


class ProfileForm(forms.Form):
    """What a learner corrects on their own: name and position."""

    full_name = forms.CharField(
        label=_("Nama lengkap"),
        max_length=200,
        help_text=_("Tulis sesuai data kepegawaian, beserta gelar bila ada."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Nama lengkap wajib diisi.")},
    )
    position = forms.CharField(
        label=_("Jabatan"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise ValidationError(_("Nama lengkap wajib diisi."), code="required")
        return name

    def clean_position(self):
        return " ".join(self.cleaned_data["position"].split())


class AgencyChangeForm(forms.Form):
    """A learner who moved asks to be counted for another agency or unit."""

    agency = _agency_field()
    unit = _unit_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_units_to_agency(self)

    def clean(self):
        cleaned = super().clean()
        _check_unit_in_agency(self, cleaned)
        return cleaned


def nip_login_email(value: str) -> str | None:
    """The email of the account whose NIP is ``value`` (18 digits, separators allowed)."""
    nip = normalize_nip(value)
    if len(nip) != 18 or not nip.isdigit():
        return None
    return User.objects.filter(nip=nip).values_list("email", flat=True).first()


class LoginForm(AllauthLoginForm):
    """allauth's login, where the login field takes an email address or an 18-digit NIP.

    A NIP is turned into its account's email address before allauth authenticates,
    so everything after is the email log-in: the same password check, the same
    rate limits (keyed on that address, shared by both ways of typing it), email
    verification and MFA. A NIP no account holds is tried as typed and fails with
    the usual message, which tells nobody whether the NIP is known.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"] = forms.CharField(
            label=_("Email atau NIP"),
            max_length=254,
            help_text=_("Alamat email akun Anda, atau NIP/NI PPPK 18 digit."),
            widget=forms.TextInput(attrs={"autocomplete": "username"}),
        )
        self.order_fields(["login", "password", "remember"])

    def clean_login(self):
        login = self.cleaned_data["login"].strip()
        if "@" not in login:
            email = nip_login_email(login)
            if email:
                return email
            digits = normalize_nip(login)
            if digits.isdigit():
                if len(digits) != 18:
                    raise ValidationError(_("NIP terdiri atas 18 digit angka."), code="invalid_nip")
                return digits
            raise ValidationError(
                _("Masukkan alamat email atau NIP 18 digit."), code="invalid_login"
            )
        try:
            validate_email(login)
        except ValidationError:
            raise ValidationError(_("Alamat email ini tidak valid."), code="invalid") from None
        return login
