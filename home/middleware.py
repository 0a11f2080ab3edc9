from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class ChosenLanguageMiddleware(LocaleMiddleware):
    """Bahasa Indonesia unless the visitor chose another language on the site.

    Django's LocaleMiddleware follows the browser's Accept-Language, and many
    civil servants' phones are set to English; the platform speaks Indonesian to
    them until they pick English in the footer (the language cookie).
    """

    def process_request(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the looser ``CONTENT_SECURITY_POLICY_ADMIN`` under
    the Wagtail admin (see settings) and the strict site policy everywhere else."""

    admin_prefix = "/admin/"

    def __init__(self, get_response):
        super().__init__(get_response)
        self._built = {}

    def _plain(self, request, response):
        """True when the policy depends on nothing but the settings and the path's area:
        no per-view decorator, no nonce."""
        policies = (
            getattr(settings, "CONTENT_SECURITY_POLICY", None) or {},
            getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None) or {},
        )
        if settings.DEBUG or any(policy.get("EXCLUDE_URL_PREFIXES") for policy in policies):
            return False
        return getattr(request, "_csp_nonce", None) is None and not any(
            getattr(response, name, None)
            for name in (
                "_csp_config",
                "_csp_update",
                "_csp_replace",
                "_csp_config_ro",
                "_csp_update_ro",
                "_csp_replace_ro",
                "_csp_exempt",
                "_csp_exempt_ro",
            )
        )

    def process_response(self, request, response):
        """django-csp's, with the two headers built once per area (site, admin) for as
        long as the settings stay the same object: building them took as long as a
        page's database queries."""
        if not self._plain(request, response):
            return super().process_response(request, response)
        admin = request.path_info.startswith(self.admin_prefix)
        key = (
            admin,
            id(settings.CONTENT_SECURITY_POLICY),
            id(getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)),
            id(getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)),
        )
        headers = self._built.get(key)
        if headers is None:
            built = super().process_response(request, HttpResponse())
            headers = {name: built[name] for name in (HEADER, HEADER_REPORT_ONLY) if name in built}
            self._built = {key: headers}
        for name, value in headers.items():
            if name not in response:
                response[name] = value
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(self.admin_prefix)
        ):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts
