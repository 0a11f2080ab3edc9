"""Public pages: the verification page, the number look-up, and the Open Badges documents."""

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET

from certificates import badges, ratelimit, selectors
from certificates.forms import NumberLookupForm
from courses.models import CoursePage
from learning import api


def _too_many(request):
    response = render(request, "certificates/rate_limited.html", status=429)
    response["Retry-After"] = "60"
    return response


def _not_found(request, form=None):
    form = form or NumberLookupForm()
    return render(request, "certificates/not_found.html", {"form": form}, status=404)


@require_GET
def verify(request, code):
    if not ratelimit.allow(request):
        return _too_many(request)
    certificate = selectors.by_code(code)
    if certificate is None:
        return _not_found(request)
    return render(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "masked_nip": api.mask_nip(certificate.learner_nip),
            "state": selectors.state_of(certificate),
        },
    )


@require_GET
def lookup(request):
    """The form to type a certificate number; a known number goes to its page."""
    if "nomor" not in request.GET:
        return render(request, "certificates/lookup.html", {"form": NumberLookupForm()})
    if not ratelimit.allow(request):
        return _too_many(request)
    form = NumberLookupForm(request.GET)
    if not form.is_valid():
        return render(request, "certificates/lookup.html", {"form": form}, status=400)
    certificate = selectors.by_number(form.cleaned_data["nomor"])
    if certificate is None:
        return _not_found(request, form)
    return redirect("certificates:verify", code=certificate.code)


def _ld_json(document, status=200):
    response = JsonResponse(
        document,
        status=status,
        content_type=badges.CONTENT_TYPE,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def badge_assertion(request, code):
    if not ratelimit.allow(request, scope="badge"):
        return _too_many(request)
    certificate = selectors.by_code(code)
    if certificate is None:
        raise Http404
    # A revoked hosted assertion answers 410 Gone, still with its revoked document.
    return _ld_json(badges.assertion(certificate), status=410 if certificate.is_revoked else 200)


@require_GET
def badge_class(request, course_id):
    course = get_object_or_404(CoursePage, pk=course_id)
    return _ld_json(badges.badge_class(course))


@require_GET
def badge_issuer(request):
    return _ld_json(badges.issuer())
