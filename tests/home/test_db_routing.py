"""The read-replica router: dashboards read from "replica" when there is one."""

import json
import threading

import pytest
from django.db import connection
from django.urls import reverse

from certificates.models import Certificate
from compliance.models import Assignment
from home import db_routing
from home.db_routing import ReplicaRouter, reading_from_replica, replica_reads
from learning.models import Enrolment
from tests.config.test_settings import PRODUCTION_ENV, run_manage
from tests.factories import AgencyFactory, make_agency_admin
from tests.learning.test_worker import shared_database_url

ROUTER = ReplicaRouter()


@pytest.fixture
def with_replica(monkeypatch):
    monkeypatch.setattr(db_routing, "replica_configured", lambda: True)


def test_without_a_replica_every_read_uses_default():
    with replica_reads():
        assert ROUTER.db_for_read(Enrolment) == "default"
        assert not reading_from_replica()
    assert ROUTER.db_for_read(Enrolment) == "default"


def test_with_a_replica_only_marked_reads_go_to_it(with_replica):
    assert ROUTER.db_for_read(Enrolment) == "default"
    with replica_reads():
        assert ROUTER.db_for_read(Enrolment) == "replica"
        assert ROUTER.db_for_read(Assignment) == "replica"
        assert ROUTER.db_for_write(Certificate) == "default"
    assert ROUTER.db_for_read(Enrolment) == "default"


def test_the_decorator_marks_only_the_call_and_survives_an_exception(with_replica):
    @replica_reads()
    def dashboard(fail=False):
        if fail:
            raise ValueError
        return ROUTER.db_for_read(Enrolment)

    assert dashboard() == "replica"
    with pytest.raises(ValueError):
        dashboard(fail=True)
    assert ROUTER.db_for_read(Enrolment) == "default"


def test_the_mark_does_not_leak_into_another_thread(with_replica):
    seen = []
    inside, done = threading.Event(), threading.Event()

    def other_request():
        inside.wait(5)
        seen.append(ROUTER.db_for_read(Enrolment))
        done.set()

    thread = threading.Thread(target=other_request)
    thread.start()
    with replica_reads():
        inside.set()
        done.wait(5)
        assert ROUTER.db_for_read(Enrolment) == "replica"
    thread.join()
    assert seen == ["default"]


def test_the_replica_is_never_migrated():
    assert ROUTER.allow_migrate("default", "learning") is True
    assert ROUTER.allow_migrate("replica", "learning") is False
    assert ROUTER.allow_relation(object(), object()) is True


@pytest.mark.django_db
def test_the_agency_dashboard_reads_through_the_replica_mark(client, monkeypatch, groups):
    """Every compliance read of the dashboard is made inside ``replica_reads``; the
    exemption form's POST (a write, then a page that must show it) is not."""
    marked = []

    def spy(self, model, **hints):
        marked.append((model._meta.app_label, db_routing._replica_reads.get()))
        return "default"

    monkeypatch.setattr(ReplicaRouter, "db_for_read", spy)
    agency = AgencyFactory()
    client.force_login(make_agency_admin(agency))

    for name, reads_compliance in (
        ("agency_overview", True),
        ("staff_list", True),
        ("jp_list", False),  # roster and JP: learning's tables only
    ):
        marked.clear()
        response = client.get(reverse(f"compliance:{name}", args=[agency.pk]))
        assert response.status_code == 200, name
        assert any(mark for _app, mark in marked), name
        compliance_reads = [mark for app, mark in marked if app == "compliance"]
        assert all(compliance_reads), name
        assert bool(compliance_reads) == reads_compliance, name


def test_database_replica_url_adds_the_replica_alias_in_production():
    script = (
        "import json; from django.conf import settings as s; "
        "print(json.dumps({a: [d['NAME'], d['CONN_MAX_AGE'], d.get('TEST', {}).get('MIRROR')]"
        " for a, d in s.DATABASES.items()}))"
    )
    result = run_manage(
        "shell",
        "-c",
        script,
        env={**PRODUCTION_ENV, "DATABASE_REPLICA_URL": "sqlite:////tmp/akademi-replica.sqlite3"},
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["replica"] == ["/tmp/akademi-replica.sqlite3", 60, "default"]
    assert found["default"][0] == "/tmp/akademi-deploy-check.sqlite3"


@pytest.mark.django_db(transaction=True)
def test_a_real_replica_alias_serves_the_marked_reads():
    """Against PostgreSQL: a second connection alias to the same database (as a
    streaming replica would be) answers the dashboard's queries."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL) for a second connection to the test database")
    AgencyFactory(name="Kementerian Replika")
    url = shared_database_url()
    script = (
        "from django.db import connections; from home.db_routing import replica_reads; "
        "from learning.models import Agency; "
        "qs = Agency.objects.filter(name='Kementerian Replika');\n"
        "with replica_reads(): print(qs.db, qs.count(), connections['replica'].vendor)\n"
        "print(Agency.objects.all().db)"
    )
    result = run_manage(
        "shell",
        "-c",
        script,
        env={
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": url,
            "DATABASE_REPLICA_URL": url,
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-2:] == ["replica 1 postgresql", "default"]
