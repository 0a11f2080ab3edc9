"""A learner's own data: download it as JSON, or ask for the account to be deleted."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from learning.forms.privacy import DeleteAccountForm
from learning.selectors.personal_data import personal_data
from learning.services import privacy


@login_required
@require_GET
def data_download(request):
    data = personal_data(user_id=request.user.pk)
    stamp = timezone.localdate().strftime("%Y%m%d")
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="data-saya-{stamp}.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, request=request)
    if request.method == "POST" and form.is_valid():
        try:
            privacy.erase_account(user_id=request.user.pk)
        except privacy.PrivacyError as exc:
            form.add_error(None, str(exc))
        else:
            logout(request)
            messages.success(request, _("Akun Anda telah dihapus. Terima kasih telah belajar."))
            return redirect("/")
    status = 400 if form.is_bound else 200
    return render(request, "learning/privacy/delete_account.html", {"form": form}, status=status)
