"""Accounts the roster did not vouch for: a NIP not on it, or another email address."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from learning import access
from learning.services import accounts


@login_required
def pending_list(request, agency_id):
    agency = access.get_agency_or_404(request.user, agency_id)
    pending = access.pending_staff_list(request.user, agency)
    page = Paginator(pending, 50).get_page(request.GET.get("halaman"))
    return render(
        request, "learning/dashboard/pending_staff.html", {"agency": agency, "page_obj": page}
    )


@login_required
@require_POST
def pending_decide(request, agency_id, user_id):
    agency = access.get_agency_or_404(request.user, agency_id)
    person = get_object_or_404(access.pending_staff_for(request.user, agency), pk=user_id)
    decision = request.POST.get("decision")
    if decision == "confirm":
        accounts.confirm_staff(person)
        messages.success(
            request,
            _("%(name)s dikonfirmasi dan ditambahkan ke roster.") % {"name": person.full_name},
        )
    elif decision == "reject":
        accounts.reject_staff(person)
        messages.info(
            request, _("%(name)s ditandai bukan pegawai instansi ini.") % {"name": person.full_name}
        )
    else:
        return HttpResponseBadRequest(_("Keputusan tidak dikenal."))
    return redirect("learning:pending_staff", agency_id=agency.pk)
