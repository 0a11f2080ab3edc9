"""Wagtail's user forms, shaped for our user model (email login, one full name)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

from learning.models import User

FIELDS = ["email", "full_name", "nip", "agency", "unit", "position", "is_superuser", "groups"]


class AdminUserCreationForm(UserCreationForm):
    first_name = None
    last_name = None
    full_name = forms.CharField(label=_("Nama lengkap"), max_length=200)

    class Meta(UserCreationForm.Meta):
        model = User
        fields = FIELDS
        widgets = {"groups": forms.CheckboxSelectMultiple}


class AdminUserEditForm(UserEditForm):
    first_name = None
    last_name = None
    full_name = forms.CharField(label=_("Nama lengkap"), max_length=200)

    class Meta(UserEditForm.Meta):
        model = User
        fields = FIELDS + ["is_active"]
        widgets = {"groups": forms.CheckboxSelectMultiple}
