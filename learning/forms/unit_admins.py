from django import forms
from django.utils.translation import gettext_lazy as _


class UnitChoiceField(forms.ModelChoiceField):
    """Units indented by their depth in the tree, so a long list reads as the tree."""

    def label_from_instance(self, obj):
        return "— " * obj.depth + obj.name


class UnitAdminForm(forms.Form):
    email = forms.EmailField(
        label=_("Email pegawai"),
        max_length=254,
        help_text=_("Akun pegawai instansi ini yang sudah terdaftar."),
    )
    unit = UnitChoiceField(
        label=_("Unit kerja yang dikelola"), queryset=None, empty_label=_("Pilih unit kerja")
    )

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units.order_by("path")
