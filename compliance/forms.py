from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from compliance.models import Assignment, Exemption, Export
from compliance.selectors.staff import STATUS_LABELS
from compliance.services.assignments import AssignmentInput
from learning import api


def unit_choices(units, *, empty_label=None):
    """Units indented by depth, so a long list reads as the tree."""
    base = min((unit.depth for unit in units), default=0)
    choices = [(unit.id, "— " * (unit.depth - base) + unit.name) for unit in units]
    return ([("", empty_label)] if empty_label else []) + choices


class CourseChoiceForm(forms.Form):
    """The course a dashboard's unit table and chart show."""

    kursus = forms.TypedChoiceField(label=_("Kursus"), coerce=int, required=False)

    def __init__(self, *args, courses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kursus"].choices = [(row.course.pk, row.course.title) for row in courses]


class StaffFilterForm(forms.Form):
    kursus = forms.TypedChoiceField(label=_("Kursus"), coerce=int, required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    unit = forms.TypedChoiceField(
        label=_("Unit kerja"), coerce=int, required=False, empty_value=None
    )
    q = forms.CharField(label=_("Cari nama atau NIP"), required=False, max_length=100)

    def __init__(self, *args, courses, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kursus"].choices = courses
        self.fields["status"].choices = [("", _("Semua status")), *STATUS_LABELS.items()]
        self.fields["unit"].choices = unit_choices(units, empty_label=_("Semua unit"))


class JpFilterForm(forms.Form):
    below = forms.BooleanField(label=_("Hanya yang di bawah target"), required=False)
    unit = forms.TypedChoiceField(
        label=_("Unit kerja"), coerce=int, required=False, empty_value=None
    )
    q = forms.CharField(label=_("Cari nama atau NIP"), required=False, max_length=100)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = unit_choices(units, empty_label=_("Semua unit"))


class ExemptionForm(forms.Form):
    reason = forms.ChoiceField(label=_("Alasan"), choices=Exemption.Reason.choices)
    note = forms.CharField(
        label=_("Keterangan"),
        required=False,
        max_length=200,
        help_text=_("Mis. cuti melahirkan sampai Maret 2027."),
    )


class AssignmentForm(forms.Form):
    course = forms.TypedChoiceField(label=_("Kursus"), coerce=int)
    units = forms.TypedMultipleChoiceField(
        label=_("Unit kerja"),
        coerce=int,
        required=False,
        help_text=_(
            "Kosongkan untuk seluruh instansi. Setiap unit termasuk sub-unitnya. "
            "Tahan Ctrl (atau Cmd) untuk memilih beberapa unit."
        ),
    )
    deadline_kind = forms.ChoiceField(
        label=_("Tenggat"),
        widget=forms.RadioSelect,
        choices=Assignment.DeadlineKind.choices,
        initial=Assignment.DeadlineKind.DATE,
    )
    due_date = forms.DateField(
        label=_("Tanggal tenggat"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    due_days = forms.IntegerField(
        label=_("Jumlah hari setelah bergabung"), required=False, min_value=1, max_value=365
    )
    recurring = forms.BooleanField(
        label=_("Berulang setiap tahun"),
        required=False,
        help_text=_(
            "Setiap tahun siklus baru dimulai; penyelesaian tahun lalu tidak "
            "dihitung lagi dan pegawai mengikuti kursus ini kembali."
        ),
    )
    starts_on = forms.DateField(
        label=_("Siklus dimulai"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Kosongkan untuk hari ini."),
    )

    def __init__(self, *args, courses, units, unit_required=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = [("", _("Pilih kursus")), *courses]
        self.fields["units"].choices = unit_choices(units)
        self.fields["units"].widget.attrs["size"] = min(12, max(4, len(units)))
        self.unit_required = unit_required
        if unit_required:
            self.fields["units"].required = True
            self.fields["units"].help_text = _(
                "Pilih unit Anda atau sub-unitnya. Setiap unit termasuk sub-unitnya."
            )

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("deadline_kind")
        if kind == Assignment.DeadlineKind.DATE and not cleaned.get("due_date"):
            self.add_error("due_date", _("Isi tanggal tenggat."))
        if kind == Assignment.DeadlineKind.DAYS_AFTER_JOINING and not cleaned.get("due_days"):
            self.add_error("due_days", _("Isi jumlah hari (1–365)."))
        if not cleaned.get("starts_on"):
            cleaned["starts_on"] = timezone.localdate()
        return cleaned

    def to_input(self) -> AssignmentInput:
        cleaned = self.cleaned_data
        return AssignmentInput(
            course_id=cleaned["course"],
            unit_ids=tuple(cleaned.get("units") or ()),
            deadline_kind=cleaned["deadline_kind"],
            due_date=cleaned.get("due_date"),
            due_days=cleaned.get("due_days"),
            recurring=bool(cleaned.get("recurring")),
            starts_on=cleaned["starts_on"],
        )


class ExportForm(forms.Form):
    kind = forms.ChoiceField(choices=Export.Kind.choices)
    file_format = forms.ChoiceField(choices=Export.Format.choices)
    kursus = forms.IntegerField(required=False)
    status = forms.ChoiceField(required=False, choices=[("", ""), *STATUS_LABELS.items()])
    unit = forms.IntegerField(required=False)
    q = forms.CharField(required=False, max_length=100)


class NationalFilterForm(forms.Form):
    jenis = forms.ChoiceField(label=_("Jenis instansi"), required=False)
    provinsi = forms.ChoiceField(label=_("Provinsi"), required=False)

    def __init__(self, *args, provinces, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jenis"].choices = [("", _("Semua jenis")), *api.agency_kinds()]
        self.fields["provinsi"].choices = [("", _("Semua provinsi")), *provinces]
