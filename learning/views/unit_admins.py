"""Agency admins delegate a unit (and its sub-units) to a unit admin."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from learning import access
from learning.forms.unit_admins import UnitAdminForm
from learning.services import unit_admins


@login_required
def unit_admin_list(request, agency_id):
    agency = access.get_agency_for_appointing_or_404(request.user, agency_id)
    form = UnitAdminForm(request.POST or None, units=access.units_for(request.user, agency))
    if request.method == "POST" and form.is_valid():
        try:
            appointment = unit_admins.appoint_unit_admin(
                agency=agency,
                email=form.cleaned_data["email"],
                unit=form.cleaned_data["unit"],
                appointed_by=request.user,
            )
        except unit_admins.UnitAdminError as exc:
            form.add_error("email", str(exc))
        else:
            messages.success(
                request,
                _("%(name)s sekarang admin unit %(unit)s.")
                % {"name": appointment.user.full_name, "unit": appointment.unit.name},
            )
            return redirect("learning:unit_admins", agency_id=agency.pk)
    appointments = (
        access.unit_admins_for(request.user, agency)
        .select_related("user", "unit")
        .order_by("unit__path", "user__full_name")
    )
    return render(
        request,
        "learning/unit_admins/list.html",
        {"agency": agency, "form": form, "appointments": appointments},
    )


@login_required
@require_POST
def unit_admin_revoke(request, agency_id, appointment_id):
    agency = access.get_agency_for_appointing_or_404(request.user, agency_id)
    appointment = get_object_or_404(access.unit_admins_for(request.user, agency), pk=appointment_id)
    unit_admins.revoke_unit_admin(appointment)
    messages.info(
        request, _("%(name)s tidak lagi menjadi admin unit.") % {"name": appointment.user.full_name}
    )
    return redirect("learning:unit_admins", agency_id=agency.pk)
