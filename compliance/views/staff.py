"""Staff lists per state, one person's assignments with exemptions, and JP this year."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from compliance import access
from compliance.forms import ExemptionForm, JpFilterForm, StaffFilterForm
from compliance.selectors import people
from compliance.services import exemptions
from home.db_routing import replica_reads
from learning import api


def _page(request, queryset):
    return Paginator(queryset, settings.COMPLIANCE_STAFF_PAGE_SIZE).get_page(
        request.GET.get("halaman")
    )


@login_required
@replica_reads()
def staff_list(request, agency_id):
    scope = access.scope_or_404(request.user, agency_id)
    courses = people.course_options(scope)
    form = StaffFilterForm(request.GET or None, courses=courses, units=scope.units)
    listing = people.staff_listing(scope, form.cleaned_data if form.is_valid() else {}, courses)
    page = _page(request, listing["entries"])
    return render(
        request,
        "compliance/staff_list.html",
        {
            **listing,
            "scope": scope,
            "agency": scope.agency,
            "form": form,
            "page_obj": page,
            "rows": people.decorate(page.object_list, listing["context"]),
        },
    )


@login_required
def staff_member(request, agency_id, entry_id):
    scope = access.scope_or_404(request.user, agency_id)
    entry = access.staff_member_or_404(scope, entry_id)
    return render(
        request,
        "compliance/staff_member.html",
        {
            "scope": scope,
            "agency": scope.agency,
            "entry": entry,
            "courses": people.member_courses(scope, entry),
            "form": ExemptionForm(),
            "jp": people.member_jp(scope, entry),
            "jp_target": api.yearly_jp_target(request),
        },
    )


@login_required
@require_POST
def exempt(request, agency_id, entry_id, assignment_id):
    scope = access.scope_or_404(request.user, agency_id)
    entry = access.staff_member_or_404(scope, entry_id)
    assignment = access.assignment_or_404(scope, assignment_id, editable=True)
    form = ExemptionForm(request.POST)
    if not form.is_valid():
        messages.error(
            request,
            _(
                "Pengecualian tidak disimpan: pilih alasan dan periksa "
                "keterangannya (paling banyak 200 karakter)."
            ),
        )
    else:
        try:
            exemptions.exempt(
                assignment=assignment,
                roster_entry_id=entry.pk,
                created_by=request.user,
                **form.cleaned_data,
            )
        except exemptions.ExemptionError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("%(name)s dikecualikan dari “%(course)s”.")
                % {"name": entry.full_name, "course": assignment.course.title},
            )
    return redirect("compliance:staff_member", agency_id=scope.agency_id, entry_id=entry.pk)


@login_required
@require_POST
def lift_exemption(request, agency_id, entry_id, assignment_id):
    scope = access.scope_or_404(request.user, agency_id)
    entry = access.staff_member_or_404(scope, entry_id)
    assignment = access.assignment_or_404(scope, assignment_id, editable=True)
    if exemptions.lift(assignment=assignment, roster_entry_id=entry.pk):
        messages.info(
            request,
            _("%(name)s kembali wajib menyelesaikan “%(course)s”.")
            % {"name": entry.full_name, "course": assignment.course.title},
        )
    return redirect("compliance:staff_member", agency_id=scope.agency_id, entry_id=entry.pk)


@login_required
@replica_reads()
def jp_list(request, agency_id):
    scope = access.scope_or_404(request.user, agency_id)
    target = api.yearly_jp_target(request)
    form = JpFilterForm(request.GET or None, units=scope.units)
    listing = people.jp_listing(scope, form.cleaned_data if form.is_valid() else {}, target)
    return render(
        request,
        "compliance/jp_list.html",
        {
            **listing,
            "scope": scope,
            "agency": scope.agency,
            "form": form,
            "page_obj": _page(request, listing["entries"]),
            "jp_target": target,
        },
    )
