from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from learning.models import Unit


@require_GET
@cache_control(max_age=300, public=True)
def agency_units(request, agency_id):
    """Units of one agency for the sign-up form's unit select (public data)."""
    units = (
        Unit.objects.filter(agency_id=agency_id).order_by("path").values_list("pk", "name", "path")
    )
    return JsonResponse(
        {
            "units": [
                {"id": pk, "name": name, "depth": max(path.count("/") - 2, 0)}
                for pk, name, path in units
            ]
        }
    )
