"""`make prod-local`: the production settings on one machine (deploy/prod_local.py).

Everything production has — PostgreSQL, Redis cache and broker, a real Celery
worker and beat, WhiteNoise with the manifest storage, DEBUG off — except what
needs a TLS terminator and a mail server in front of it: plain HTTP on loopback,
email printed to the console.
"""

from .base import env
from .production import *

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# No load balancer in front: the client's address is the socket's.
ALLAUTH_TRUSTED_PROXY_COUNT = 0
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The demo admins have no authenticator app; production's default is True.
MFA_REQUIRED_FOR_ADMINS = env.bool("MFA_REQUIRED_FOR_ADMINS", default=False)
