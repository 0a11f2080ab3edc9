"""Liveness and readiness for load balancers and operators.

``/healthz`` answers 503 only when the database is down: without it no page
works, so a load balancer should take this process out of rotation. The cache and
the broker are shared by every web process and the pages survive without them
(the cache is skipped, uploads wait for the queue), so their outage answers 200
with ``"status": "degraded"`` and the failing dependency named: taking every web
process out of rotation for a Redis outage would turn a slower site into no site.
Monitoring alerts on ``status`` != ``ok``.
"""

from celery import current_app
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_cache():
    """Ping Redis itself: the cache backend hides Redis errors (IGNORE_EXCEPTIONS)."""
    client = getattr(cache, "client", None)  # django-redis
    if client is not None and hasattr(client, "get_client"):
        client.get_client(write=True).ping()
        return "ok"
    cache.set("healthz", "1", 10)
    return "ok" if cache.get("healthz") == "1" else "error: no round trip"


def _check_broker():
    """Connect to the broker with one-second timeouts: a load balancer waits for this."""
    if not settings.CELERY_BROKER_URL:
        return "eager"
    quick = {"socket_connect_timeout": 1, "socket_timeout": 1}
    with current_app.connection_for_write(connect_timeout=1, transport_options=quick) as conn:
        conn.ensure_connection(max_retries=0, timeout=2)
    return "ok"


@never_cache
def healthz(request):
    """JSON state of database, cache and broker; 503 when the database is down."""
    checks = {}
    for name, check in (
        ("database", _check_database),
        ("cache", _check_cache),
        ("broker", _check_broker),
    ):
        try:
            checks[name] = check()
        except Exception as exc:
            checks[name] = f"error: {exc.__class__.__name__}"
    if checks["database"] != "ok":
        status = "down"
    elif all(value in ("ok", "eager") for value in checks.values()):
        status = "ok"
    else:
        status = "degraded"
    return JsonResponse({"status": status, **checks}, status=503 if status == "down" else 200)
