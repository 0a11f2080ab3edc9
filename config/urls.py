from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views.serve import serve as serve_document

from learning.views import wagtail_auth
from learning.views.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Wagtail's own login and admin password reset skip allauth's email verification,
    # MFA and rate limits: their URLs answer here, before Wagtail's, and never log in.
    path("admin/login/", wagtail_auth.login),
    re_path(r"^admin/password_reset/", wagtail_auth.password_reset),
    path("_util/login/", wagtail_auth.login),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view (its before_serve_document hook gates lesson documents),
    # marked private: a shared cache must never hand a gated document to someone else.
    re_path(
        r"^dokumen/(\d+)/(.*)$",
        cache_control(private=True)(serve_document),
        name="wagtaildocs_serve",
    ),
    path("dokumen/", include(wagtaildocs_urls)),
    path("akun/", include("learning.privacy_urls")),
    path("akun/", include("allauth.urls")),
    path("bahasa/", set_language, name="set_language"),
    path("", include("learning.urls")),
    path("", include("certificates.urls")),
    path("", include("compliance.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
