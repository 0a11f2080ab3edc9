from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from learning.models import Agency, Unit, User
from learning.nip import parse_nip

# One wording for every refusal that would otherwise tell a stranger whether a NIP
# is known here (e.g. already taken by an account): it names no reason.
UNUSABLE_DATA_MESSAGE = _(
    "Data ini tidak dapat digunakan untuk mendaftar. Periksa kembali NIP Anda; bila "
    "sudah benar, hubungi admin instansi Anda."
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
    agency = forms.ModelChoiceField(
        label=_("Instansi"),
        queryset=Agency.objects.order_by("name"),
        empty_label=_("— Pilih instansi —"),
    )
    unit = forms.ModelChoiceField(
        label=_("Unit kerja"),
        queryset=Unit.objects.none(),
        required=False,
        empty_label=_("— Pilih unit kerja —"),
        help_text=_("Boleh dikosongkan bila NIP Anda sudah ada di roster instansi."),
    )
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
        agency_id = self.data.get(self.add_prefix("agency")) or self.initial.get("agency")
        units = Unit.objects.none()
        if str(agency_id or "").isdigit():
            units = Unit.objects.filter(agency_id=agency_id).order_by("path")
        self.fields["unit"].queryset = units

    def clean_nip(self):
        info = parse_nip(self.cleaned_data["nip"])
        if User.objects.filter(nip=info.nip).exists():
            raise ValidationError(UNUSABLE_DATA_MESSAGE, code="nip_unusable")
        return info.nip

    def clean(self):
        cleaned = super().clean()
        agency, unit = cleaned.get("agency"), cleaned.get("unit")
        if unit and agency and unit.agency_id != agency.pk:
            self.add_error("unit", _("Unit kerja ini bukan bagian dari instansi yang dipilih."))
        return cleaned
