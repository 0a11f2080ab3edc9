from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from certificates import selectors


def _example():
    return f"{settings.CERTIFICATE_NUMBER_PREFIX}/2026/000123"


class NumberLookupForm(forms.Form):
    """The verification page's look-up by number; accepts ``aha/2026/123`` too."""

    nomor = forms.CharField(
        label=gettext_lazy("Nomor sertifikat"),
        max_length=40,
        error_messages={"required": gettext_lazy("Tulis nomor sertifikat yang ingin diperiksa.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nomor"].help_text = _(
            "Tertulis di kanan atas sertifikat, misalnya %(example)s."
        ) % {"example": _example()}

    def clean_nomor(self):
        number = selectors.normalise_number(self.cleaned_data["nomor"])
        if number is None:
            raise forms.ValidationError(
                _("Format nomor tidak dikenali. Contoh nomor yang benar: %(example)s.")
                % {"example": _example()}
            )
        return number
