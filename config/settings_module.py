"""Production entry points (gunicorn, an ASGI server, celery) never guess their settings.

Falling back to ``config.settings.dev`` on a server would run it with DEBUG on, an
insecure key and SQLite, without a word. Only ``manage.py`` defaults to dev, for
developers.
"""

import os

from django.core.exceptions import ImproperlyConfigured

MISSING_MESSAGE = (
    "DJANGO_SETTINGS_MODULE is not set. Set it to config.settings.production on a server "
    "(config.settings.dev on a developer's machine), e.g. "
    "`export DJANGO_SETTINGS_MODULE=config.settings.production`."
)


def require_settings_module():
    if not os.environ.get("DJANGO_SETTINGS_MODULE"):
        raise ImproperlyConfigured(MISSING_MESSAGE)
