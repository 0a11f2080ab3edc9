"""The platform's public address and name, taken from settings.

allauth writes "Hello from <site name>" and builds links without a request from
the Sites framework's current site; Django creates it as "example.com". After
every ``migrate`` (and in ``load_demo``) it takes the host of
``WAGTAILADMIN_BASE_URL`` and the name ``WAGTAIL_SITE_NAME`` instead.
"""

from urllib.parse import urlsplit

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.sites.management import create_default_site
from django.contrib.sites.models import Site
from django.db import DEFAULT_DB_ALIAS

DEFAULT_PORTS = {"http": 80, "https": 443}


def public_url():
    """The site's base URL without a trailing slash, e.g. ``https://akademi.go.id``."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def public_host_and_port():
    """(hostname, port) of the public URL; the port defaults to the scheme's."""
    parts = urlsplit(public_url())
    return parts.hostname or "localhost", parts.port or DEFAULT_PORTS.get(parts.scheme, 80)


def public_domain():
    """The host as it appears in links: ``akademi.go.id`` or ``127.0.0.1:8000``."""
    return urlsplit(public_url()).netloc or "localhost"


def sync_current_site(using=DEFAULT_DB_ALIAS):
    """Give the Sites framework's current site the platform's domain and name. Idempotent."""
    # Creates site SITE_ID (and resets the id sequence) on a fresh database only.
    create_default_site(global_apps.get_app_config("sites"), verbosity=0, using=using)
    wanted = {"domain": public_domain(), "name": settings.WAGTAIL_SITE_NAME}
    site, created = Site.objects.using(using).get_or_create(pk=settings.SITE_ID, defaults=wanted)
    if not created and any(getattr(site, key) != value for key, value in wanted.items()):
        for key, value in wanted.items():
            setattr(site, key, value)
        site.save(using=using)
    Site.objects.clear_cache()
    return site


def sync_current_site_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    sync_current_site(using)
