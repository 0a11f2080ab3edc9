"""A Redis outage degrades the site, never breaks it; /healthz says what is down.

"Down" is a closed port on loopback: nothing listens on 6390 here, so every
connection is refused at once (never stop the shared Redis for a test).
"""

import importlib
import json

import pytest
from celery import current_app
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.utils import OperationalError
from django.urls import reverse

from learning.models import RosterImport
from learning.services import progress
from learning.views import health
from tests.config.test_settings import PRODUCTION_ENV, run_manage
from tests.factories import (
    PASSWORD,
    AgencyFactory,
    LearnerFactory,
    UnitFactory,
    build_course,
    make_agency_admin,
    pns_nip,
)

pytestmark = pytest.mark.django_db

CLOSED_CACHE = "redis://127.0.0.1:6390/0"
CLOSED_BROKER = "redis://127.0.0.1:6390/14"
CACHE_ONLY_SESSIONS = {"django.contrib.sessions.backends.cache"}


def caches_for(cache_url, monkeypatch):
    """CACHES as the base settings build them from CACHE_URL."""
    monkeypatch.setenv("CACHE_URL", cache_url)
    return importlib.reload(importlib.import_module("config.settings.base")).CACHES


@pytest.fixture
def cache_down(settings, monkeypatch):
    settings.CACHES = caches_for(CLOSED_CACHE, monkeypatch)
    yield
    monkeypatch.delenv("CACHE_URL")
    importlib.reload(importlib.import_module("config.settings.base"))


def _reset_broker_pools():
    """Forget the app's broker pools, so the next publish connects to the broker_url set now.

    kombu keeps the pools themselves, per URL; closing them would break later tests."""
    app = current_app._get_current_object()
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def broker_down(settings, monkeypatch):
    conf = current_app.conf
    saved = (conf.task_always_eager, conf.broker_url)
    # Celery prefers the environment variable over its configuration.
    monkeypatch.setenv("CELERY_BROKER_URL", CLOSED_BROKER)
    conf.task_always_eager, conf.broker_url = False, CLOSED_BROKER
    settings.CELERY_BROKER_URL = CLOSED_BROKER
    _reset_broker_pools()
    yield
    conf.task_always_eager, conf.broker_url = saved
    _reset_broker_pools()


# --- Cache down: pages from the database -------------------------------------------------


def test_catalogue_lessons_and_belajar_saya_render_with_the_cache_down(client, cache_down):
    tree = build_course()
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    progress.complete_lesson(learner, tree.lesson)
    client.force_login(learner)

    for url in [
        "/",
        tree.index.url,
        tree.course.url,
        tree.lesson.url,
        tree.quiz.url,
        reverse("learning:my_learning"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url

    assert tree.course.title in client.get(reverse("learning:my_learning")).content.decode()


def test_learner_logged_in_before_the_outage_stays_logged_in(client, settings, monkeypatch):
    build_course()
    learner = LearnerFactory()
    response = client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})
    assert response.status_code == 302

    settings.CACHES = caches_for(CLOSED_CACHE, monkeypatch)
    try:
        response = client.get(reverse("learning:my_learning"))
    finally:
        monkeypatch.delenv("CACHE_URL")
        importlib.reload(importlib.import_module("config.settings.base"))

    assert response.status_code == 200
    assert learner.full_name in response.content.decode()


@pytest.fixture
def failover_counters(monkeypatch):
    """allauth's counters as the app installs them, fresh for each test."""
    from allauth.core.internal import ratelimit

    from learning.ratelimit_cache import FailoverCounters

    counters = FailoverCounters()
    monkeypatch.setattr(ratelimit, "cache", counters)
    return counters


def test_the_app_gives_allauth_the_failover_counters():
    from allauth.core.internal import ratelimit

    from learning.ratelimit_cache import FailoverCounters

    assert isinstance(ratelimit.cache, FailoverCounters)


def test_log_in_works_during_the_outage(client, cache_down, settings, failover_counters):
    """allauth keeps its rate-limit counts in the cache; while Redis is down it counts
    in process memory, so logging in still works (it answered 429 to everyone)."""
    settings.ACCOUNT_RATE_LIMITS = importlib.import_module(
        "config.settings.base"
    ).ACCOUNT_RATE_LIMITS
    learner = LearnerFactory()

    response = client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})

    assert response.status_code == 302
    assert client.get(reverse("learning:my_learning")).status_code == 200


def test_password_guessing_is_still_limited_during_the_outage(
    client, cache_down, settings, failover_counters
):
    settings.ACCOUNT_RATE_LIMITS = importlib.import_module(
        "config.settings.base"
    ).ACCOUNT_RATE_LIMITS
    learner = LearnerFactory()
    for _ in range(5):
        client.post(reverse("account_login"), {"login": learner.email, "password": "wrong-guess"})

    # "5/5m/key": after five wrong passwords for one account even the right one is refused.
    response = client.post(reverse("account_login"), {"login": learner.email, "password": PASSWORD})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert failover_counters._down_until > 0


def test_sessions_do_not_live_in_the_cache_alone():
    assert django_settings.SESSION_ENGINE not in CACHE_ONLY_SESSIONS


def test_redis_cache_gets_short_timeouts_and_ignores_its_own_outage(monkeypatch):
    options = caches_for("redis://cache.internal:6379/1", monkeypatch)["default"]["OPTIONS"]
    importlib.reload(importlib.import_module("config.settings.base"))

    assert options["IGNORE_EXCEPTIONS"] is True
    assert 0 < options["SOCKET_CONNECT_TIMEOUT"] <= 1
    assert 0 < options["SOCKET_TIMEOUT"] <= 1


def test_production_settings_make_the_redis_cache_tolerant():
    script = (
        "import json; from django.conf import settings as s; "
        "print(json.dumps({'cache': s.CACHES['default'], 'sessions': s.SESSION_ENGINE}))"
    )
    result = run_manage(
        "shell", "-c", script, env={**PRODUCTION_ENV, "CACHE_URL": "redis://cache.internal:6379/1"}
    )

    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["cache"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert found["cache"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert found["cache"]["OPTIONS"]["SOCKET_TIMEOUT"] <= 1
    assert found["sessions"] not in CACHE_ONLY_SESSIONS


# --- /healthz ------------------------------------------------------------------------------


def test_healthz_names_a_cache_outage_and_keeps_serving(client, cache_down):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["cache"] == "error: ConnectionError"
    assert response.json()["database"] == "ok"
    assert response.json()["status"] == "degraded"


def test_healthz_names_a_broker_outage_and_keeps_serving(client, broker_down):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json()["broker"].startswith("error")
    assert response.json()["status"] == "degraded"


def test_healthz_reports_every_dependency_when_all_are_down(
    client, cache_down, broker_down, monkeypatch
):
    def refused():
        raise OperationalError("connection refused")

    monkeypatch.setattr(health, "_check_database", refused)

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert all(body[name].startswith("error") for name in ("database", "cache", "broker"))


# --- Broker down: the upload waits for the queue ----------------------------------------------


def _roster(rows):
    lines = ["nip,nama,unit_kerja"] + [
        f"{pns_nip(n)},Pegawai {n},HUMAS" for n in range(1, rows + 1)
    ]
    return SimpleUploadedFile("roster.csv", "\n".join(lines).encode(), "text/csv")


@pytest.fixture
def agency_admin(client):
    agency = AgencyFactory()
    UnitFactory(agency=agency, code="HUMAS", name="Biro Humas")
    client.force_login(make_agency_admin(agency))
    return agency


@pytest.mark.django_db(transaction=True)
def test_large_upload_with_the_broker_down_says_it_will_be_processed_later(
    client, settings, broker_down, agency_admin
):
    settings.ROSTER_ASYNC_THRESHOLD = 10
    agency = agency_admin

    response = client.post(
        reverse("learning:roster_upload", args=[agency.pk]), {"file": _roster(30)}
    )

    roster_import = RosterImport.objects.get(agency=agency)
    assert response.status_code == 302
    assert roster_import.status == RosterImport.Status.QUEUED
    assert roster_import.retry_cause == RosterImport.RetryCause.QUEUE
    page = client.get(response["Location"]).content.decode()
    assert "antrean pemrosesan sedang tidak tersedia" in page
    assert "Menunggu dicoba lagi" in page


@pytest.mark.django_db(transaction=True)
def test_apply_with_the_broker_down_says_it_will_be_applied_later(client, settings, agency_admin):
    settings.ROSTER_ASYNC_THRESHOLD = 10
    agency = agency_admin
    client.post(reverse("learning:roster_upload", args=[agency.pk]), {"file": _roster(30)})
    roster_import = RosterImport.objects.get(agency=agency)  # checked at once (eager)
    assert roster_import.status == RosterImport.Status.VALIDATED

    conf = current_app.conf
    saved = (conf.task_always_eager, conf.broker_url)
    conf.task_always_eager, conf.broker_url = False, CLOSED_BROKER
    _reset_broker_pools()
    try:
        with pytest.MonkeyPatch.context() as patched:
            patched.setenv("CELERY_BROKER_URL", CLOSED_BROKER)
            response = client.post(
                reverse("learning:roster_import_apply", args=[agency.pk, roster_import.pk]),
                follow=True,
            )
    finally:
        conf.task_always_eager, conf.broker_url = saved
        _reset_broker_pools()

    roster_import.refresh_from_db()
    assert response.status_code == 200
    assert roster_import.status == RosterImport.Status.APPLYING
    assert roster_import.retry_cause == RosterImport.RetryCause.QUEUE
    assert "Roster akan diterapkan otomatis nanti" in response.content.decode()
