"""PostgreSQL unreachable: /healthz says 503, pages show the friendly error page.

A separate process runs the production settings against a PostgreSQL port where
nothing listens (never stop the shared server for a test); Django's test client in
that process makes the requests, as the load balancer and a learner would.
"""

import json

from tests.config.test_settings import PRODUCTION_ENV, run_manage

CLOSED_DATABASE = "postgres://postgres@127.0.0.1:5439/akademi_ops_unreachable"

# The manifest of collected static files is test_production_pages.py's concern; here
# the static files are named without it, so no collectstatic run is needed.
SCRIPT = """
import json
from django.conf import settings
from django.test import Client, override_settings
override_settings(STORAGES={**settings.STORAGES, "staticfiles": {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}).enable()
client = Client(raise_request_exception=False, HTTP_HOST="akademi.example.go.id")
found = {}
for path in ("/healthz", "/", "/katalog/", "/akun/login/"):
    response = client.get(path, secure=True)
    found[path] = [response.status_code, response.content.decode()]
print("RESULT " + json.dumps(found))
"""


def test_pages_and_healthz_with_the_database_unreachable():
    env = {**PRODUCTION_ENV, "DATABASE_URL": CLOSED_DATABASE, "CONN_MAX_AGE": "0"}
    result = run_manage("shell", "-c", SCRIPT, env=env)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))
    found = json.loads(line.removeprefix("RESULT "))

    status, body = found["/healthz"]
    assert status == 503
    health = json.loads(body)
    assert health["status"] == "down"
    assert health["database"].startswith("error: OperationalError")

    for path in ("/", "/katalog/", "/akun/login/"):
        status, body = found[path]
        assert status in (500, 503), path
        assert "Maaf, terjadi kesalahan di server kami" in body, path
        for leak in ("Traceback", "OperationalError", "psycopg", "5439", "settings.py"):
            assert leak not in body, (path, leak)
