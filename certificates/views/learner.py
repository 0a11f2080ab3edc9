"""The PDF download: owner, the owner's agency admins and national admins only."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from certificates import access
from certificates.services import rendering


@login_required
@require_GET
def download(request, certificate_id):
    certificate = access.downloadable_or_404(request.user, certificate_id)
    if certificate.is_revoked:
        return render(
            request, "certificates/revoked.html", {"certificate": certificate}, status=410
        )
    certificate = rendering.ensure_pdf(certificate=certificate)
    filename = "sertifikat-" + certificate.number.replace("/", "-") + ".pdf"
    response = FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=filename,
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response
