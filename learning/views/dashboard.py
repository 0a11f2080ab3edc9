"""Dashboard area for agency and national admins."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import redirect, render

from learning import access
from learning.models import StaffStatus


@login_required
def index(request):
    """National admins get the agency list; an agency admin goes straight to theirs."""
    user = request.user
    if not access.is_admin(user):
        raise PermissionDenied
    if not access.is_national_admin(user):
        return redirect("learning:agency_overview", agency_id=access.administered_agency_id(user))
    agencies = access.agencies_for(user).annotate(
        roster_count=Count("roster", filter=Q(roster__active=True), distinct=True),
        linked_count=Count(
            "roster", filter=Q(roster__active=True, roster__user__isnull=False), distinct=True
        ),
    ).order_by("name")
    return render(request, "learning/dashboard/index.html", {"agencies": agencies})


@login_required
def agency_overview(request, agency_id):
    agency = access.get_agency_or_404(request.user, agency_id)
    roster = access.roster_for(request.user, agency)
    totals = roster.aggregate(
        active_count=Count("pk", filter=Q(active=True)),
        inactive_count=Count("pk", filter=Q(active=False)),
        linked_count=Count("pk", filter=Q(active=True, user__isnull=False)),
    )
    pending = access.pending_staff_for(request.user, agency).count()
    units = (
        agency.units.order_by("path")
        .annotate(
            staff=Count("roster", filter=Q(roster__active=True)),
            linked=Count("roster", filter=Q(roster__active=True, roster__user__isnull=False)),
        )
    )
    context = {
        "agency": agency,
        "totals": totals,
        "not_signed_up": totals["active_count"] - totals["linked_count"],
        "pending_count": pending,
        "units": units,
        "recent_imports": access.imports_for(request.user, agency).select_related(
            "uploaded_by")[:5],
        "StaffStatus": StaffStatus,
    }
    return render(request, "learning/dashboard/agency.html", context)
