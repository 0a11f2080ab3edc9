"""Liveness and readiness for load balancers and operators."""

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
    cache.set("healthz", "1", 10)
    return "ok" if cache.get("healthz") == "1" else "error"


def _check_broker():
    if not settings.CELERY_BROKER_URL:
        return "eager"
    with current_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
    return "ok"


@never_cache
def healthz(request):
    """JSON state of database, cache and broker; 503 when the database is down."""
    checks = {}
    for name, check in (("database", _check_database), ("cache", _check_cache),
                        ("broker", _check_broker)):
        try:
            checks[name] = check()
        except Exception as exc:  # noqa: BLE001 - any failure is a state to report
            checks[name] = f"error: {exc.__class__.__name__}"
    healthy = checks["database"] == "ok"
    payload = {"status": "ok" if healthy and all(
        v in ("ok", "eager") for v in checks.values()) else ("degraded" if healthy else "down"),
        **checks}
    return JsonResponse(payload, status=200 if healthy else 503)
