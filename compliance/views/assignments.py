"""Assigning a course as mandatory, changing it, withdrawing it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from compliance import access
from compliance.forms import AssignmentForm
from compliance.selectors import assignments as listing
from compliance.services import assignments


def _form(request, scope, initial=None):
    return AssignmentForm(
        request.POST or None,
        initial=initial,
        courses=listing.assignable_courses(),
        units=scope.units,
        unit_required=scope.is_unit_admin,
    )


def _save(request, scope, form, assignment=None):
    """Create or update from a valid form; the service's refusal becomes a form error."""
    data = form.to_input()
    if (
        not access.may_edit_assignment(scope, data.unit_ids)
        or not set(data.unit_ids) <= scope.unit_ids
    ):
        form.add_error("units", _("Pilih unit kerja di dalam unit yang Anda kelola."))
        return None
    try:
        if assignment is None:
            return assignments.create_assignment(
                agency_id=scope.agency_id, data=data, created_by=request.user
            )
        return assignments.update_assignment(assignment, data=data)
    except assignments.AssignmentError as exc:
        form.add_error(None, str(exc))
        return None


@login_required
def assignment_list(request, agency_id):
    scope = access.scope_or_404(request.user, agency_id)
    form = _form(request, scope)
    if request.method == "POST" and form.is_valid():
        saved = _save(request, scope, form)
        if saved is not None:
            messages.success(
                request,
                _("“%(course)s” kini wajib. Pegawai yang sudah punya akun langsung didaftarkan.")
                % {"course": saved.course.title},
            )
            return redirect("compliance:assignments", agency_id=scope.agency_id)
    return render(
        request,
        "compliance/assignments.html",
        {
            "scope": scope,
            "agency": scope.agency,
            "form": form,
            "rows": listing.assignment_rows(scope),
        },
    )


@login_required
def assignment_edit(request, agency_id, assignment_id):
    scope = access.scope_or_404(request.user, agency_id)
    assignment = access.assignment_or_404(scope, assignment_id, editable=True)
    form = _form(request, scope, initial=listing.initial_of(assignment))
    if (
        request.method == "POST"
        and form.is_valid()
        and _save(request, scope, form, assignment) is not None
    ):
        messages.success(request, _("Penugasan diperbarui."))
        return redirect("compliance:assignments", agency_id=scope.agency_id)
    return render(
        request,
        "compliance/assignment_edit.html",
        {"scope": scope, "agency": scope.agency, "form": form, "assignment": assignment},
    )


@login_required
@require_POST
def assignment_withdraw(request, agency_id, assignment_id):
    scope = access.scope_or_404(request.user, agency_id)
    assignment = access.assignment_or_404(scope, assignment_id, editable=True)
    assignments.withdraw_assignment(assignment)
    messages.info(
        request,
        _("Penugasan “%(course)s” ditarik. Kemajuan pegawai tetap tersimpan.")
        % {"course": assignment.course.title},
    )
    return redirect("compliance:assignments", agency_id=scope.agency_id)
