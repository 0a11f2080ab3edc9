"""After ``load_demo`` the demo agencies' dashboards show realistic, non-empty figures."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from compliance.models import AgencyFigures, Assignment, CompletionRecord, Exemption
from compliance.selectors.charts import completions_per_week
from learning.models import Agency, Enrolment, User

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())
    return Agency.objects.get(short_name="Komdigi")


def test_demo_agency_has_assignments_progress_and_history(client, demo):
    assert Assignment.objects.filter(agency_id=demo.pk, active=True).count() == 2
    assert Exemption.objects.filter(assignment__agency_id=demo.pk).count() == 6
    staff = User.objects.filter(agency=demo, roster_entries__active=True).count()
    assert staff > 150  # most of the ~320 rostered staff signed up
    assert Enrolment.objects.filter(user__agency=demo, completed_at__isnull=False).count() > 80
    chart = completions_per_week(agency_id=demo.pk)
    assert chart.total > 50 and sum(1 for bar in chart.bars if bar.count) >= 10
    client.login(email="admin.instansi@demo.go.id", password="demo-akademi-2026")
    page = client.get(reverse("compliance:agency_overview", args=[demo.pk]))
    humas = next(
        row
        for row in page.context["figures"].mandatory
        if row.course.slug == "humas-untuk-non-humas"
    )
    assert 20 <= humas.numbers.percent <= 80
    assert humas.numbers.never_signed_up > 0 and humas.numbers.exempt == 6
    assert CompletionRecord.objects.filter(agency_id=demo.pk).exists()
    assert AgencyFigures.objects.filter(agency_id=demo.pk, stale=False).exists()


def test_demo_unit_admin_sees_their_unit(client, demo):
    client.login(email="admin.unit@demo.go.id", password="demo-akademi-2026")
    response = client.get(reverse("compliance:dashboard"), follow=True)
    assert response.status_code == 200
    assert response.context["scope"].is_unit_admin
    assert 0 < response.context["figures"].staff < 320


def test_second_demo_run_adds_nothing(demo):
    counts = (
        Assignment.objects.count(),
        Exemption.objects.count(),
        CompletionRecord.objects.count(),
        Enrolment.objects.count(),
        User.objects.count(),
    )
    call_command("load_demo", stdout=io.StringIO())
    assert counts == (
        Assignment.objects.count(),
        Exemption.objects.count(),
        CompletionRecord.objects.count(),
        Enrolment.objects.count(),
        User.objects.count(),
    )
