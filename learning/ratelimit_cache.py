"""Where allauth counts log-in, sign-up and reset attempts while Redis is unreachable.

allauth keeps its rate-limit counters in Django's default cache, which is Redis in
production. django-redis hides a Redis outage (``IGNORE_EXCEPTIONS``): every ``add``
then answers ``None``, allauth never gets its counter's lock and answers every log-in
with 429 — nobody could log in until Redis came back.

``FailoverCounters`` stands in for that cache inside allauth's rate limiter. It talks
to Redis through django-redis's client, which does raise, and when Redis fails it
counts in this process's memory for ``RETRY_AFTER`` seconds before asking Redis again.
During an outage each web process counts on its own, so the limits stay in force per
process (a guesser gets at most ``workers ×`` the limit), and log-in keeps working.
With any other cache backend (locmem in development and tests) it simply passes through.
"""

import logging
import time

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache

logger = logging.getLogger(__name__)

RETRY_AFTER = 30.0


class FailoverCounters:
    def __init__(self):
        self._local = LocMemCache("allauth-ratelimit-failover", {})
        self._down_until = 0.0

    def _call(self, name, *args, **kwargs):
        cache = caches["default"]
        client = getattr(cache, "client", None)
        if client is None or not hasattr(client, "get_client"):
            return getattr(cache, name)(*args, **kwargs)
        if time.monotonic() < self._down_until:
            return getattr(self._local, name)(*args, **kwargs)
        try:
            return getattr(client, name)(*args, **kwargs)
        except Exception as error:  # django-redis wraps every Redis error differently
            logger.warning("Rate-limit counters in process memory: the cache failed (%s)", error)
            self._down_until = time.monotonic() + RETRY_AFTER
            return getattr(self._local, name)(*args, **kwargs)

    def get(self, key, default=None):
        return self._call("get", key, default)

    def set(self, key, value, timeout):
        return self._call("set", key, value, timeout)

    def add(self, key, value, timeout):
        return self._call("add", key, value, timeout)

    def delete(self, key):
        return self._call("delete", key)


def install():
    """Give allauth's rate limiter the failover counters (called from ``LearningConfig.ready``)."""
    from allauth.core.internal import ratelimit

    ratelimit.cache = FailoverCounters()
