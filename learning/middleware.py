from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from . import access

PROTECTED_PREFIXES = ("/dasbor/", "/admin/")


class AdminMfaRequiredMiddleware:
    """With MFA_REQUIRED_FOR_ADMINS on, agency and national admins must activate
    TOTP before they reach any dashboard or the Wagtail admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.MFA_REQUIRED_FOR_ADMINS
            and request.path.startswith(PROTECTED_PREFIXES)
            and request.user.is_authenticated
            and access.is_admin(request.user)
            and not _has_totp(request.user)
        ):
            messages.warning(
                request,
                _("Akun admin wajib memakai autentikasi dua faktor. "
                  "Aktifkan aplikasi autentikator terlebih dahulu."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)


def _has_totp(user):
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
