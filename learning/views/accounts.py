""" "Profil saya": the learner's own account data, and the corrections they may make.

Email and password stay on allauth's pages (verification, rate limits); this page
links to them.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from learning.forms.accounts import AgencyChangeForm, ProfileForm
from learning.models import User
from learning.selectors import accounts as account_selectors
from learning.services import accounts


def _render(request, *, profile_form=None, agency_form=None, status=200):
    user = User.objects.select_related("agency", "unit").get(pk=request.user.pk)
    profile_form = profile_form or ProfileForm(
        initial={"full_name": user.full_name, "position": user.position}
    )
    if agency_form is None and user.nip:
        agency_form = AgencyChangeForm(initial={"agency": user.agency_id, "unit": user.unit_id})
    return render(
        request,
        "learning/account/profile.html",
        {
            "profile": account_selectors.profile_for(user, viewer=request.user),
            "profile_form": profile_form,
            "agency_form": agency_form,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    if request.method != "POST":
        return _render(request)
    form = ProfileForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Profil belum disimpan. Periksa kembali isian Anda."))
        return _render(request, profile_form=form, status=400)
    accounts.update_profile(
        request.user,
        full_name=form.cleaned_data["full_name"],
        position=form.cleaned_data["position"],
    )
    messages.success(request, _("Profil Anda tersimpan."))
    return redirect("learning:profile")


@login_required
@require_POST
def profile_agency(request):
    if not request.user.nip:
        messages.error(request, _("Hanya akun pegawai (dengan NIP) yang terhubung ke instansi."))
        return redirect("learning:profile")
    form = AgencyChangeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Permintaan belum terkirim. Periksa kembali isian Anda."))
        return _render(request, agency_form=form, status=400)
    try:
        changed = accounts.request_agency_change(
            request.user, agency=form.cleaned_data["agency"], unit=form.cleaned_data["unit"]
        )
    except accounts.AccountError as error:
        messages.error(request, str(error))
        return _render(request, agency_form=form, status=400)
    if changed:
        messages.success(
            request,
            _(
                "Permintaan terkirim. Akun Anda menunggu konfirmasi admin instansi "
                "%(agency)s; sementara itu Anda tetap dapat belajar."
            )
            % {"agency": form.cleaned_data["agency"].name},
        )
    else:
        messages.info(request, _("Instansi dan unit kerja Anda tidak berubah."))
    return redirect("learning:profile")
