"""The national ranking reads a summary that writers and tasks keep current; the live
aggregate (the agency's own dashboard figures) is the oracle."""

import pytest
from django.urls import reverse
from django.utils import timezone

from compliance.models import AgencyFigures, Exemption
from compliance.selectors.national import live_totals, ranking
from compliance.services import assignments, exemptions, figures, records
from learning import roles
from learning.models import Agency, Enrolment
from tests.compliance.world import build_world
from tests.factories import AgencyFactory, make_in_group

pytestmark = pytest.mark.django_db


def assert_summary_is_live(*agencies):
    for agency in agencies:
        live = live_totals(agency.pk)
        row = AgencyFigures.objects.get(agency_id=agency.pk)
        assert (row.required, row.completed, row.overdue, row.stale) == (
            live.required,
            live.completed,
            live.overdue,
            False,
        ), agency.name
        assert row.rate == live.rate


def test_refresh_stores_what_the_live_aggregate_counts():
    world = build_world()
    figures.refresh_all()
    assert_summary_is_live(world.agency, world.other)
    row = AgencyFigures.objects.get(agency_id=world.agency.pk)
    # C1 (2 of 7) and C2 (1 of 12): 3 of 19.
    assert (row.mandatory_courses, row.completed, row.required) == (2, 3, 19)
    assert (row.staff, row.with_account) == (12, 7)


def test_every_writer_keeps_the_summary_current(django_capture_on_commit_callbacks):
    world = build_world()
    figures.refresh_all()
    # A completion.
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = Enrolment.objects.get(user=world.people["h1"].user, course=world.c1.course)
        enrolment.completed_at = timezone.now()
        enrolment.save()
        records.record_completion(
            user_id=enrolment.user_id,
            course_id=enrolment.course_id,
            completed_at=enrolment.completed_at,
        )
    assert_summary_is_live(world.agency)
    # An exemption, and lifting it.
    with django_capture_on_commit_callbacks(execute=True):
        exemptions.exempt(
            assignment=world.assignment,
            roster_entry_id=world.people["h2"].pk,
            reason=Exemption.Reason.LEAVE,
            note="",
            created_by=None,
        )
    assert_summary_is_live(world.agency)
    with django_capture_on_commit_callbacks(execute=True):
        exemptions.lift(assignment=world.assignment, roster_entry_id=world.people["h2"].pk)
    assert_summary_is_live(world.agency)
    # Withdrawing an assignment.
    with django_capture_on_commit_callbacks(execute=True):
        assignments.withdraw_assignment(world.assignment)
    assert_summary_is_live(world.agency)
    # A roster change (an import applied).
    with django_capture_on_commit_callbacks(execute=True):
        assignments.rosters_changed(agency_ids=[world.agency.pk])
    assert_summary_is_live(world.agency)


def test_stale_rows_and_new_agencies_are_recounted_by_the_periodic_task():
    world = build_world()
    assert figures.refresh_stale() == 2  # never counted yet
    AgencyFigures.objects.filter(agency_id=world.agency.pk).update(stale=True, completed=0)
    newcomer = AgencyFactory(name="Instansi Baru")
    assert figures.refresh_stale() == 2
    assert_summary_is_live(world.agency, newcomer)


def test_ranking_orders_by_rate_and_filters_by_kind_and_province():
    world = build_world()
    jabar = AgencyFactory(name="Pemprov Jabar", kind=Agency.Kind.PROVINCE, region_code="32")
    bandung = AgencyFactory(name="Pemkot Bandung", kind=Agency.Kind.CITY, region_code="32.73")
    AgencyFactory(name="Pemprov Jateng", kind=Agency.Kind.PROVINCE, region_code="33")
    figures.refresh_all()
    rows = ranking()
    assert rows[0].agency.id == world.agency.pk and rows[0].rank == 1
    assert rows[0].percent == 16  # 3 / 19
    # The other agency's one person has not taken the course every ASN must take: 0%.
    assert (rows[1].agency.id, rows[1].rank, rows[1].percent) == (world.other.pk, 2, 0)
    # Agencies without staff (no rate) come last, unranked.
    assert all(row.rank is None for row in rows[2:])
    assert [row.agency.name for row in ranking(province="32")] == [
        "Pemkot Bandung",
        "Pemprov Jabar",
    ]
    assert [row.agency.name for row in ranking(kind="provinsi")] == [
        "Pemprov Jabar",
        "Pemprov Jateng",
    ]
    assert [row.agency.name for row in ranking(kind="kota", province="32")] == [bandung.name]
    assert jabar.pk in {row.agency.id for row in ranking(province="32")}


def test_national_page_queries_do_not_grow_with_agencies(
    client, groups, django_assert_max_num_queries
):
    national = make_in_group(roles.NATIONAL_ADMIN)
    client.force_login(national)
    build_world()
    figures.refresh_all()
    client.get(reverse("compliance:dashboard"))
    counts = []
    for extra in (0, 10):
        for index in range(extra):
            AgencyFactory(name=f"Instansi Tambahan {index}", region_code=f"{11 + index}")
        figures.refresh_all()
        with django_assert_max_num_queries(15) as context:
            response = client.get(reverse("compliance:dashboard"), {"jenis": ""})
        assert response.status_code == 200
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]
    assert len(response.context["ranking"]) == 12


def test_national_page_links_into_each_agency(client, groups):
    world = build_world()
    figures.refresh_all()
    client.force_login(make_in_group(roles.NATIONAL_ADMIN))
    page = client.get(reverse("compliance:dashboard")).content.decode()
    url = reverse("compliance:agency_overview", args=[world.agency.pk])
    assert f'href="{url}"' in page and "16%" in page
    drill = client.get(
        reverse("compliance:unit_overview", args=[world.agency.pk, world.units.h.pk])
    )
    assert drill.status_code == 200


def test_roster_import_without_accounts_is_recounted_by_the_periodic_task():
    from learning.models import RosterEntry
    from tests.compliance.test_transfers import apply_roster
    from tests.factories import pns_nip

    world = build_world()
    figures.refresh_all()
    before = AgencyFigures.objects.get(agency_id=world.agency.pk).staff
    # A file is the agency's whole roster: today's staff plus two newcomers.
    staff = RosterEntry.objects.filter(agency=world.agency, active=True).select_related("unit")
    rows = [[entry.nip, entry.full_name, entry.unit.code if entry.unit else ""] for entry in staff]
    result = apply_roster(
        world.agency, [*rows, [pns_nip(), "Baru Satu", "H"], [pns_nip(), "Baru Dua", "D"]]
    )
    assert (result.created_count, result.deactivated_count) == (2, 0)
    figures.refresh_stale()
    assert AgencyFigures.objects.get(agency_id=world.agency.pk).staff == before + 2
    assert_summary_is_live(world.agency)
