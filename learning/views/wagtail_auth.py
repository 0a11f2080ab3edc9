"""Wagtail's own login and password-reset URLs, retired: every login goes through allauth.

Wagtail's admin login (``/admin/login/``), its private-page login (``/_util/login/``)
and its admin password reset authenticate or mail without allauth's email
verification, MFA and rate limits. Pointing the settings at allauth is not enough
(a direct POST would still work), so ``config/urls.py`` routes those URLs here.
"""

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache


def _safe_next(request):
    url = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME)
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return ""


@never_cache
def login(request):
    """Send to allauth's login, keeping ``next``; a posted password is never checked.

    Posts count against allauth's per-IP "login" limit like a post to allauth's own form.
    """
    if request.method == "POST":
        limited = ratelimit.consume_or_429(request, action="login")
        if limited:
            return limited
        messages.warning(request, _("Halaman masuk ini tidak dipakai lagi. Silakan masuk di sini."))
    url = reverse("account_login")
    next_url = _safe_next(request)
    if next_url:
        url += "?" + urlencode({REDIRECT_FIELD_NAME: next_url})
    return redirect(url)


@never_cache
def password_reset(request, *args, **kwargs):
    """Wagtail's admin reset mails without a limit; allauth's reset is rate-limited."""
    return redirect("account_reset_password")
