"""Roster pages of one agency: list, upload, import review, files."""

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home import csv as safe_csv
from learning import access
from learning.forms.rosters import RosterFilterForm, RosterUploadForm
from learning.selectors import roster_imports
from learning.services import rosters


@login_required
def roster_list(request, agency_id):
    agency = access.get_agency_or_404(request.user, agency_id)
    form = RosterFilterForm(request.GET or None, units=access.units_for(request.user, agency))
    entries = access.roster_for(request.user, agency).select_related("unit", "user")
    filters = form.filters()
    query, unit, status = filters["q"], filters["unit"], filters["status"]
    if query:
        entries = entries.filter(Q(full_name__icontains=query) | Q(nip__startswith=query))
    if unit:
        entries = entries.filter(unit__path__startswith=unit.path)
    if status == "linked":
        entries = entries.filter(user__isnull=False)
    elif status == "unlinked":
        entries = entries.filter(user__isnull=True, active=True)
    elif status == "inactive":
        entries = entries.filter(active=False)
    page = Paginator(entries.order_by("full_name", "pk"), 50).get_page(request.GET.get("halaman"))
    return render(
        request, "learning/roster/list.html", {"agency": agency, "form": form, "page_obj": page}
    )


@login_required
def roster_upload(request, agency_id):
    agency = access.get_agency_or_404(request.user, agency_id)
    form = RosterUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        roster_import = rosters.start_import(
            agency=agency,
            uploaded_by=request.user,
            uploaded_file=form.cleaned_data["file"],
            scope_unit=access.import_scope_unit(request.user, agency),
        )
        if roster_import.is_waiting_to_retry:
            messages.warning(
                request,
                _(
                    "Berkas diterima, tetapi antrean pemrosesan sedang tidak tersedia. Berkas "
                    "akan diperiksa otomatis nanti; pantau statusnya di halaman ini."
                ),
            )
        return redirect("learning:roster_import", agency_id=agency.pk, import_id=roster_import.pk)
    return render(
        request,
        "learning/roster/upload.html",
        {
            "agency": agency,
            "form": form,
            "imports": access.imports_for(request.user, agency).select_related("uploaded_by")[:10],
            "units": access.units_for(request.user, agency).order_by("path")[:500],
        },
    )


@login_required
def roster_template(request, agency_id):
    agency = access.get_agency_or_404(request.user, agency_id)
    template = rosters.template_csv(
        agency=agency, scope_unit=access.import_scope_unit(request.user, agency)
    )
    # The byte-order mark makes Excel read the file as UTF-8.
    response = HttpResponse("\ufeff" + template, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="templat-roster.csv"'
    return response


def _get_import(request, agency_id, import_id):
    agency = access.get_agency_or_404(request.user, agency_id)
    return agency, get_object_or_404(access.imports_for(request.user, agency), pk=import_id)


@login_required
def import_detail(request, agency_id, import_id):
    agency, roster_import = _get_import(request, agency_id, import_id)
    return render(
        request,
        "learning/roster/import.html",
        {
            "agency": agency,
            "roster_import": roster_import,
            "progress": roster_imports.progress_of(roster_import),
            "shown_errors": roster_import.errors[:200],
        },
    )


@login_required
def import_status(request, agency_id, import_id):
    _agency, roster_import = _get_import(request, agency_id, import_id)
    return JsonResponse(roster_imports.progress_of(roster_import))


@login_required
@require_POST
def import_apply(request, agency_id, import_id):
    agency, roster_import = _get_import(request, agency_id, import_id)
    if roster_import.preview.get("deactivated") and not request.POST.get("confirm_deactivate"):
        messages.error(
            request,
            _(
                "Centang konfirmasi penonaktifan dulu: entri roster yang tidak ada di berkas "
                "akan dinonaktifkan."
            ),
        )
        return redirect("learning:roster_import", agency_id=agency.pk, import_id=roster_import.pk)
    try:
        roster_import = rosters.request_apply(roster_import)
    except rosters.RosterImportError as exc:
        messages.error(request, str(exc))
    else:
        if roster_import.status == roster_import.Status.APPLIED:
            messages.success(
                request,
                _(
                    "Roster diperbarui: %(created)s entri baru, %(updated)s diperbarui, "
                    "%(deactivated)s dinonaktifkan, %(linked)s akun tertaut."
                )
                % {
                    "created": roster_import.created_count,
                    "updated": roster_import.updated_count,
                    "deactivated": roster_import.deactivated_count,
                    "linked": roster_import.linked_count,
                },
            )
        elif roster_import.status == roster_import.Status.FAILED:
            messages.error(request, roster_import.file_error)
        elif roster_import.is_waiting_to_retry:
            messages.warning(
                request,
                _(
                    "Antrean pemrosesan sedang tidak tersedia. Roster akan diterapkan otomatis "
                    "nanti; pantau statusnya di halaman ini."
                ),
            )
    return redirect("learning:roster_import", agency_id=agency.pk, import_id=roster_import.pk)


@login_required
@require_POST
def import_cancel(request, agency_id, import_id):
    agency, roster_import = _get_import(request, agency_id, import_id)
    try:
        rosters.cancel_import(roster_import)
    except rosters.RosterImportError as exc:
        messages.error(request, str(exc))
    else:
        messages.info(request, _("Impor dibatalkan. Roster tidak berubah."))
    return redirect("learning:roster_upload", agency_id=agency.pk)


@login_required
def import_file(request, agency_id, import_id):
    """The uploaded file itself, to its own agency's admins (and national admins) only."""
    _agency, roster_import = _get_import(request, agency_id, import_id)
    try:
        handle = roster_import.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404(_("Berkas tidak ditemukan.")) from None
    return FileResponse(handle, as_attachment=True, filename=roster_import.original_name)


@login_required
def import_errors_csv(request, agency_id, import_id):
    _agency, roster_import = _get_import(request, agency_id, import_id)
    buffer = io.StringIO()
    writer = safe_csv.writer(buffer)
    writer.writerow([_("baris"), "nip", _("nama"), _("alasan")])
    for error in roster_import.errors:
        writer.writerow(
            [error.get("row"), error.get("nip", ""), error.get("name", ""), error.get("reason")]
        )
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="kesalahan-impor-{roster_import.pk}.csv"'
    )
    return response
