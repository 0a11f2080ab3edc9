from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

ALLOWED_SUFFIXES = (".csv", ".xlsx")


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Berkas roster (CSV atau XLSX)"),
        help_text=_("Kolom wajib: nip, nama, unit_kerja. Kolom tambahan: email, jabatan, aktif."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = upload.name.lower()
        if not name.endswith(ALLOWED_SUFFIXES):
            raise forms.ValidationError(
                _(
                    'Berkas harus berformat CSV atau XLSX (Excel). Berkas "%(name)s" tidak '
                    "dikenali sebagai lembar kerja."
                )
                % {"name": upload.name},
                code="not_spreadsheet",
            )
        if upload.size == 0:
            raise forms.ValidationError(_("Berkas kosong."), code="empty")
        if upload.size > settings.ROSTER_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("Berkas terlalu besar (%(size)s). Batasnya %(limit)s.")
                % {
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(settings.ROSTER_MAX_UPLOAD_BYTES),
                },
                code="too_large",
            )
        return upload


class RosterFilterForm(forms.Form):
    q = forms.CharField(label=_("Cari nama atau NIP"), required=False, max_length=100)
    unit = forms.ModelChoiceField(
        label=_("Unit kerja"), queryset=None, required=False, empty_label=_("Semua unit")
    )
    status = forms.ChoiceField(
        label=_("Status akun"),
        required=False,
        choices=[
            ("", _("Semua")),
            ("linked", _("Sudah punya akun")),
            ("unlinked", _("Belum punya akun")),
            ("inactive", _("Tidak aktif")),
        ],
    )

    def __init__(self, *args, units, **kwargs):
        """``units``: the units the viewer may filter by (the gate's ``units_for``)."""
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units.order_by("path")

    def filters(self):
        """Each filter on its own: a refused value (a NUL byte, too long, not a choice) is
        None and shows its error, while the other filters still apply."""
        if not self.is_bound:
            return dict.fromkeys(self.fields)
        self.is_valid()
        return {name: self.cleaned_data.get(name) for name in self.fields}
