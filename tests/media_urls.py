"""The site's URLs plus MEDIA_URL served from MEDIA_ROOT, as a web server in front would."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from config.urls import urlpatterns as site_urlpatterns


def serve_media_root(request, path):
    # MEDIA_ROOT is read per request: tests point it at a temporary folder.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve_media_root),
    *site_urlpatterns,
]
