"""A plain ``migrate`` on an empty database sets up what the platform needs, without
``load_demo``: the role groups with every one of their permissions, and the Sites
framework's site named after the platform at its public address."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from learning import roles

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_URL = "https://akademi.example.go.id"

INSPECT = """
import json
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site
print(json.dumps({
    "groups": {
        group.name: sorted(f"{p.content_type.app_label}.{p.codename}"
                           for p in group.permissions.select_related("content_type"))
        for group in Group.objects.all()
    },
    "sites": list(Site.objects.values_list("pk", "domain", "name")),
}))
"""


def manage(*args, database):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "WAGTAILADMIN_", "CELERY_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": f"sqlite:///{database}",
            "WAGTAILADMIN_BASE_URL": PUBLIC_URL,
        }
    )
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    database = tmp_path_factory.mktemp("fresh") / "fresh.sqlite3"
    manage("migrate", "--noinput", "-v0", database=database)
    output = manage("shell", "-v0", "-c", INSPECT, database=database)
    return json.loads(output.strip().splitlines()[-1])


def test_migrate_alone_creates_every_role_group_with_all_its_permissions(migrated):
    for name, perms in roles.group_permissions().items():
        expected = sorted({f"{app_label}.{codename}" for app_label, codename in perms})
        assert migrated["groups"].get(name) == expected, name
    # learning's own 32 for the national admin, and those other apps add (certificates …)
    own = {f"{a}.{c}" for a, c in roles.GROUP_PERMISSIONS[roles.NATIONAL_ADMIN]}
    assert len(own) == 32 and own < set(migrated["groups"][roles.NATIONAL_ADMIN])


def test_migrate_names_the_site_after_the_platform_at_its_public_host(migrated):
    assert migrated["sites"] == [[1, "akademi.example.go.id", "Akademi Humas ASN"]]
