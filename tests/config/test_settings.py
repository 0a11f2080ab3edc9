"""Configuration: production fails loudly without secrets and passes check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "DJANGO_SECRET_KEY": "x" * 64 + "-production-secret-for-the-check-only",
    "DJANGO_ALLOWED_HOSTS": "akademi.example.go.id",
    "DATABASE_URL": "sqlite:////tmp/akademi-deploy-check.sqlite3",
    "CACHE_URL": "locmemcache://",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    "WAGTAILADMIN_BASE_URL": "https://akademi.example.go.id",
    "EMAIL_HOST": "smtp.example.go.id",
    "EMAIL_HOST_USER": "akademi",
    "EMAIL_HOST_PASSWORD": "secret",
    "DEFAULT_FROM_EMAIL": "Akademi <noreply@example.go.id>",
}


def run_manage(*args, env):
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE must not leak into a production check.
    ignored = set(PRODUCTION_ENV) | {"DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in ignored}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_language_and_time_zone():
    assert settings.LANGUAGE_CODE == "id"
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert ("en", "English") in settings.LANGUAGES


def test_production_check_deploy_has_no_warnings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DATABASE_URL", "EMAIL_HOST_PASSWORD"])
def test_production_refuses_to_start_without_a_secret(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_manage("check", env=env)
    assert result.returncode != 0
    assert missing in result.stderr


PRINT_RATE_LIMIT_SETUP = (
    "from django.conf import settings; "
    "print(settings.ALLAUTH_TRUSTED_PROXY_COUNT, settings.CACHES['default']['BACKEND'])"
)


def test_production_trusts_one_proxy_and_counts_rate_limits_in_redis():
    env = {**PRODUCTION_ENV, "CACHE_URL": "redis://127.0.0.1:6379/12"}
    result = run_manage("shell", "-c", PRINT_RATE_LIMIT_SETUP, env=env)
    assert result.returncode == 0, result.stderr
    proxy_count, cache_backend = result.stdout.splitlines()[-1].split()
    # One load balancer appends the client's address to X-Forwarded-For.
    assert proxy_count == "1"
    # allauth counts in the "default" cache: Redis, shared by every web process.
    assert "redis" in cache_backend.lower()


def test_production_proxy_count_comes_from_the_environment():
    env = {**PRODUCTION_ENV, "ALLAUTH_TRUSTED_PROXY_COUNT": "2"}
    result = run_manage("shell", "-c", PRINT_RATE_LIMIT_SETUP, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split()[0] == "2"


def test_development_trusts_no_proxy():
    """Without a load balancer, X-Forwarded-For is whatever the client wrote."""
    from config.settings import base

    assert base.ALLAUTH_TRUSTED_PROXY_COUNT == 0


def run_python(code, env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("module", ["config.wsgi", "config.asgi", "config.celery_app"])
def test_entry_point_without_settings_module_fails_with_a_clear_message(module):
    result = run_python(f"import {module}", env={})

    assert result.returncode != 0
    assert "DJANGO_SETTINGS_MODULE is not set" in result.stderr
    assert "config.settings.production" in result.stderr


def test_entry_point_uses_the_settings_module_it_is_given():
    code = "import config.wsgi; from django.conf import settings; print(settings.SETTINGS_MODULE)"
    result = run_python(code, env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "config.settings.production"


def test_manage_py_still_defaults_to_dev_settings():
    code = "from django.conf import settings; print(settings.SETTINGS_MODULE)"
    result = run_manage("shell", "-v0", "-c", code, env={})

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "config.settings.dev"
