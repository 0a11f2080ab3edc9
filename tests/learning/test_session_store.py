"""Sessions are read through the cache (Redis) and kept in the database (cached_db):
a Redis outage, or a Redis that lost its data, logs no one out.

Uses the real Redis where CACHE_URL or CELERY_BROKER_URL points at one (CI), on its
own database number; elsewhere the Redis-backed test is skipped with the reason.
"""

import importlib
import os

import pytest
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.urls import reverse

from tests.factories import PASSWORD, LearnerFactory

pytestmark = pytest.mark.django_db

CLOSED_CACHE = "redis://127.0.0.1:6390/0"
# A Redis database number of its own, so flushing it touches nothing else.
TEST_REDIS_DB = 9


def _redis_url():
    for name in ("CACHE_URL", "CELERY_BROKER_URL"):
        url = os.environ.get(name, "")
        if url.startswith("redis://"):
            host = url.split("://", 1)[1].split("/", 1)[0]
            return f"redis://{host}/{TEST_REDIS_DB}"
    return ""


def _caches(url, monkeypatch):
    monkeypatch.setenv("CACHE_URL", url)
    try:
        return importlib.reload(importlib.import_module("config.settings.base")).CACHES
    finally:
        monkeypatch.delenv("CACHE_URL")
        importlib.reload(importlib.import_module("config.settings.base"))


@pytest.fixture
def redis_cache(settings, monkeypatch):
    url = _redis_url()
    if not url:
        pytest.skip("needs CACHE_URL or CELERY_BROKER_URL pointing at Redis")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip(f"Redis at {url} is not reachable")
    settings.CACHES = _caches(url, monkeypatch)
    cache.clear()
    yield url
    cache.clear()


def test_sessions_are_cached_and_kept_in_the_database():
    assert django_settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"


def _log_in(client):
    learner = LearnerFactory()
    response = client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})
    assert response.status_code == 302
    return learner


def test_a_session_made_with_redis_up_survives_redis_going_down(
    client, settings, monkeypatch, redis_cache
):
    learner = _log_in(client)
    session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert cache.get(f"django.contrib.sessions.cached_db{session_key}") is not None
    assert Session.objects.filter(session_key=session_key).exists()

    settings.CACHES = _caches(CLOSED_CACHE, monkeypatch)
    response = client.get(reverse("learning:my_learning"))

    assert response.status_code == 200
    assert learner.full_name in response.content.decode()


def test_a_redis_that_lost_its_data_logs_no_one_out(client, redis_cache):
    learner = _log_in(client)

    cache.clear()  # Redis restarted empty, or evicted the key
    response = client.get(reverse("learning:my_learning"))

    assert response.status_code == 200
    assert learner.full_name in response.content.decode()


def test_a_log_in_during_the_outage_lasts_after_it(client, settings, monkeypatch):
    """Logged in while the cache is down (rate limits off here): the session is in
    the database, so it is still there when Redis is back, empty."""
    settings.CACHES = _caches(CLOSED_CACHE, monkeypatch)
    learner = _log_in(client)

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    response = client.get(reverse("learning:my_learning"))

    assert response.status_code == 200
    assert learner.full_name in response.content.decode()
