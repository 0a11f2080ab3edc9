from allauth.core import ratelimit
from django import forms
from django.utils.translation import gettext_lazy as _


class DeleteAccountForm(forms.Form):
    """The password again, and a tick that the learner understood what stays and what goes.

    Each try counts against allauth's "reauthenticate" rate limit, so a borrowed
    session cannot guess the password here.
    """

    password = forms.CharField(
        label=_("Kata sandi"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    understood = forms.BooleanField(
        label=_("Saya mengerti bahwa akun ini tidak dapat dipulihkan."),
        required=True,
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = request.user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not ratelimit.consume(self.request, action="reauthenticate", user=self.user):
            raise forms.ValidationError(
                _("Terlalu banyak percobaan. Tunggu beberapa menit, lalu coba lagi.")
            )
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Kata sandi salah."))
        return password
