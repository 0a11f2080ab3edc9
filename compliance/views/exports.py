"""Exports: request one, watch its progress, download it (the requester only)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from compliance import access
from compliance.forms import ExportForm
from compliance.selectors.exports import export_request, my_exports
from compliance.services import exports


@login_required
def export_list(request, agency_id):
    """GET: the requester's own exports of this agency. POST: request a new one."""
    scope = access.scope_or_404(request.user, agency_id)
    if request.method == "POST":
        form = ExportForm(request.POST)
        if form.is_valid():
            try:
                export = exports.request_export(
                    user=request.user, **export_request(scope, form.cleaned_data)
                )
            except exports.ExportError as exc:
                messages.error(request, str(exc))
            else:
                return redirect("compliance:export_detail", export_id=export.pk)
        else:
            messages.error(
                request, _("Permintaan ekspor tidak lengkap. Pilih jenis dan format berkas.")
            )
    return render(
        request,
        "compliance/exports.html",
        {
            "scope": scope,
            "agency": scope.agency,
            "exports": my_exports(request.user, scope.agency_id),
        },
    )


@login_required
def export_detail(request, export_id):
    export = access.own_export_or_404(request.user, export_id)
    return render(
        request,
        "compliance/export_detail.html",
        {"export": export, "progress": exports.progress_of(export)},
    )


@login_required
def export_status(request, export_id):
    export = access.own_export_or_404(request.user, export_id)
    return JsonResponse(exports.progress_of(export))


@login_required
def export_download(request, export_id):
    export = access.own_export_or_404(request.user, export_id)
    if export.status != export.Status.DONE or not export.file:
        raise Http404
    try:
        handle = export.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    exports.record_download(export)
    return FileResponse(handle, as_attachment=True, filename=export.file_name)
