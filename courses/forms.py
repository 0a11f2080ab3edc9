"""Admin form for CoursePage, and the catalogue's filter form.

Prerequisites are a ParentalManyToManyField: the admin form copies them onto
the page only when it saves, after the model's ``clean()`` has run, so a rule
about the submitted prerequisites has to be checked here, on ``cleaned_data``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class CoursePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("prerequisites")
        if field is not None and self.instance.pk:
            field.queryset = field.queryset.exclude(pk=self.instance.pk)

    def clean(self):
        cleaned_data = super().clean()
        chosen = cleaned_data.get("prerequisites")
        if not chosen or not self.instance.pk:
            return cleaned_data
        if any(course.pk == self.instance.pk for course in chosen):
            self.add_error(
                "prerequisites", _("Kursus tidak bisa menjadi prasyarat bagi dirinya sendiri.")
            )
        elif cycle := [
            course for course in chosen if requires(type(self.instance), course, self.instance.pk)
        ]:
            self.add_error(
                "prerequisites",
                _("Prasyarat melingkar: %(titles)s sudah mensyaratkan kursus ini.")
                % {"titles": ", ".join(course.title for course in cycle)},
            )
        return cleaned_data


def requires(course_model, course, target_pk):
    """True if ``course`` needs the course ``target_pk`` first, directly or through others.

    ``course_model`` is the page model whose ``prerequisites`` to follow; the form
    passes its own instance's class, so this module needs no import of the models.
    """
    seen, frontier = set(), {course.pk}
    while frontier:
        seen |= frontier
        frontier = (
            set(
                course_model.prerequisites.through.objects.filter(
                    from_coursepage_id__in=frontier
                ).values_list("to_coursepage_id", flat=True)
            )
            - seen
        )
        if target_pk in frontier:
            return True
    return False
