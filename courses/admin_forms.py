"""The admin form for uploading a course package."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.models import CourseIndexPage
from courses.packages.files import MAX_TOTAL_BYTES


class PackageUploadForm(forms.Form):
    package = forms.FileField(
        label=_("Paket kursus (.zip)"),
        help_text=_(
            "Zip berisi course.yaml, folder modul, pelajaran Markdown, dan quiz.yaml. "
            "Kursus baru disimpan sebagai draf; perubahan kursus yang sudah ada "
            "diajukan ke alur tinjauan."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
    )
    catalogue = forms.ModelChoiceField(
        label=_("Katalog"), queryset=CourseIndexPage.objects.none(), empty_label=None
    )

    def __init__(self, *args, catalogues=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.only_catalogue = catalogues[0] if len(catalogues) == 1 else None
        if self.only_catalogue is not None:
            del self.fields["catalogue"]  # one catalogue: nothing to choose
        else:
            self.fields["catalogue"].queryset = CourseIndexPage.objects.filter(
                pk__in=[catalogue.pk for catalogue in catalogues]
            )

    def clean(self):
        cleaned = super().clean()
        if self.only_catalogue is not None:
            cleaned["catalogue"] = self.only_catalogue
        return cleaned

    def clean_package(self):
        package = self.cleaned_data["package"]
        if not package.name.lower().endswith(".zip"):
            raise forms.ValidationError(_("Unggah berkas .zip."))
        if package.size > MAX_TOTAL_BYTES:
            raise forms.ValidationError(
                _("Berkas terlalu besar (batas %(limit)s MB).")
                % {"limit": MAX_TOTAL_BYTES // (1024 * 1024)}
            )
        return package
