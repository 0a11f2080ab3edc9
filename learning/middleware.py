from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from . import access

PROTECTED_PREFIXES = ("/dasbor/", "/admin/")


class AdminMfaRequiredMiddleware:
    """With MFA_REQUIRED_FOR_ADMINS on, agency and national admins must activate
    TOTP before they reach any dashboard or the Wagtail admin, and the session
    itself must have passed it: a TOTP device on the account is not enough when
    this session was opened without the code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.MFA_REQUIRED_FOR_ADMINS
            and request.path.startswith(PROTECTED_PREFIXES)
            and request.user.is_authenticated
            and access.is_admin(request.user)
        ):
            if not _has_totp(request.user):
                messages.warning(
                    request,
                    _(
                        "Akun admin wajib memakai autentikasi dua faktor. "
                        "Aktifkan aplikasi autentikator terlebih dahulu."
                    ),
                )
                return redirect("mfa_activate_totp")
            if not _session_passed_mfa(request):
                messages.warning(
                    request,
                    _("Masukkan kode dari aplikasi autentikator Anda untuk membuka halaman admin."),
                )
                query = urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})
                return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
        return self.get_response(request)


def _has_totp(user):
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def _session_passed_mfa(request):
    """allauth records each authentication step of this session; "mfa" is a code
    entered at login or at reauthentication."""
    from allauth.account.authentication import get_authentication_records

    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)
