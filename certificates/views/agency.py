"""An agency's certificates and their SIASN export, in the dashboard area."""

import logging

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from certificates import access, exports, selectors

logger = logging.getLogger(__name__)

PAGE_SIZE = 50


def _year(request):
    value = request.GET.get("tahun", "")
    return int(value) if value.isdigit() and 2000 <= int(value) <= 2100 else None


@login_required
@require_GET
def certificate_list(request, agency_id):
    agency = access.agency_or_denied(request.user, agency_id)
    year = _year(request)
    page = Paginator(
        selectors.agency_certificates(
            agency_id=agency_id,
            year=year,
            unit_paths=access.unit_paths_for(request.user, agency_id),
        ),
        PAGE_SIZE,
    ).get_page(request.GET.get("halaman"))
    return render(
        request,
        "certificates/agency_list.html",
        {
            "agency": agency,
            "page_obj": page,
            "year": year,
            "years": selectors.agency_years(agency_id=agency_id),
        },
    )


def _export(request, agency_id, kind):
    agency = access.agency_or_denied(request.user, agency_id)
    year = _year(request)
    rows = selectors.siasn_rows(
        agency_id=agency_id, year=year, unit_paths=access.unit_paths_for(request.user, agency_id)
    )
    logger.info(
        "SIASN export (%s) of agency %s, year %s, by user %s",
        kind,
        agency_id,
        year or "all",
        request.user.pk,
    )
    stamp = timezone.localdate().strftime("%Y%m%d")
    name = f"siasn-sertifikat-{agency.agency_id}-{year or 'semua'}-{stamp}.{kind}"
    with translation.override("id"):  # SIASN's column names, whatever the admin's language
        data = exports.siasn_csv(rows) if kind == "csv" else exports.siasn_xlsx(rows)
    if kind == "csv":
        response = HttpResponse(data, content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(
            data,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def export_csv(request, agency_id):
    return _export(request, agency_id, "csv")


@login_required
@require_GET
def export_xlsx(request, agency_id):
    return _export(request, agency_id, "xlsx")
