"""A fixed-window rate limit per client address, kept in the shared cache.

The public verification page and the Open Badges assertion look a certificate up
by a code or number that a visitor types or guesses; the limit makes guessing slow.
The window is counted in Django's cache (Redis in production, shared by every web
process). A cache that is down lets requests through: a cache outage degrades the
protection, never the page. The client address is allauth's, so the trusted-proxy
settings of the login rate limits apply here too.
"""

import logging
import time

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied

logger = logging.getLogger(__name__)


def client_address(request) -> str:
    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return "unknown"


def allow(request, *, scope: str = "verify") -> bool:
    """Count this request; False once the address is over the limit for this window."""
    limit = settings.CERTIFICATE_VERIFY_RATE_LIMIT
    period = settings.CERTIFICATE_VERIFY_RATE_PERIOD
    window = int(time.time() // period)
    key = f"certificates:{scope}:{client_address(request)}:{window}"
    try:
        cache.add(key, 0, timeout=period + 5)
        count = cache.incr(key)
    except Exception:
        logger.warning("Rate-limit cache unavailable; request allowed", exc_info=True)
        return True
    return count <= limit
