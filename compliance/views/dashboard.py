"""The dashboard front pages: the national ranking, an agency, one unit kerja."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from compliance import access
from compliance.forms import CourseChoiceForm, NationalFilterForm
from compliance.selectors import national
from compliance.selectors.overview import overview
from home.db_routing import replica_reads
from learning import api


@login_required
@replica_reads()
def index(request):
    """National admins get the ranking; an agency or unit admin goes to their agency."""
    access.require_admin(request.user)
    agency_id = api.home_agency_id(request.user)
    if agency_id is not None:
        return redirect("compliance:agency_overview", agency_id=agency_id)
    access.require_national_admin(request.user)
    form = NationalFilterForm(request.GET or None, provinces=national.provinces_of(api.agencies()))
    filters = form.cleaned_data if form.is_valid() else {}
    ranking = national.ranking(kind=filters.get("jenis", ""), province=filters.get("provinsi", ""))
    return render(request, "compliance/national.html", {"form": form, "ranking": ranking})


def _overview(request, scope, unit):
    course_id = request.GET.get("kursus")
    context = overview(
        viewer=request.user,
        scope=scope,
        unit=unit,
        course_id=int(course_id) if course_id and course_id.isdigit() else None,
        jp_target=api.yearly_jp_target(request),
    )
    selected = context["selected"]
    context.update(
        scope=scope,
        agency=scope.agency,
        course_form=CourseChoiceForm(
            initial={"kursus": selected.course.pk if selected else None},
            courses=context["figures"].courses,
        ),
    )
    return render(request, "compliance/overview.html", context)


@login_required
@replica_reads()
def agency_overview(request, agency_id):
    return _overview(request, access.scope_or_404(request.user, agency_id), None)


@login_required
@replica_reads()
def unit_overview(request, agency_id, unit_id):
    scope = access.scope_or_404(request.user, agency_id)
    return _overview(request, scope, access.unit_or_404(scope, unit_id))
