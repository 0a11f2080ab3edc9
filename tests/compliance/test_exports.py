"""Exports: built by a Celery task with progress, CSV and XLSX, numbers as on the page,
formula-safe cells, recorded for accountability, files removed after a while."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from compliance.csv_safety import safe_cell
from compliance.models import Export
from compliance.services import exports
from learning.models import RosterEntry
from tests.compliance.world import build_world
from tests.factories import make_agency_admin

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(groups):
    world = build_world()
    world.admin = make_agency_admin(world.agency)
    return world


def request(client, world, capture, **data):
    client.force_login(world.admin)
    with capture(execute=True):
        response = client.post(reverse("compliance:exports", args=[world.agency.pk]), data)
    assert response.status_code == 302, response.content
    export = Export.objects.latest("pk")
    assert response["Location"] == reverse("compliance:export_detail", args=[export.pk])
    return export


def download(client, export):
    response = client.get(reverse("compliance:export_download", args=[export.pk]))
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def rows_of(export, content):
    if export.file_format == "csv":
        return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    sheet = load_workbook(io.BytesIO(content), read_only=True).active
    return [
        ["" if cell is None else cell for cell in row] for row in sheet.iter_rows(values_only=True)
    ]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_staff_export_lists_the_filtered_people(
    client, world, file_format, django_capture_on_commit_callbacks
):
    export = request(
        client,
        world,
        django_capture_on_commit_callbacks,
        kind="staff",
        file_format=file_format,
        kursus=world.c1.course.pk,
        status="overdue",
    )
    export.refresh_from_db()
    assert (export.status, export.row_count, export.progress) == ("done", 5, 100)
    rows = rows_of(export, download(client, export))
    assert rows[0][:3] == ["NIP", "Nama", "Unit kerja"]
    assert sorted(row[1] for row in rows[1:]) == ["h1", "h2", "h3", "m2", "s2"]
    h3 = next(row for row in rows if row[1] == "h3")
    assert h3[5] == "Tidak" and h3[6] == "Belum pernah mendaftar" and h3[7] == "Ya"


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_summary_export_numbers_match_the_page(
    client, world, file_format, django_capture_on_commit_callbacks
):
    export = request(
        client, world, django_capture_on_commit_callbacks, kind="summary", file_format=file_format
    )
    rows = rows_of(export, download(client, export))
    page = client.get(reverse("compliance:agency_overview", args=[world.agency.pk]))
    numbers = page.context["figures"].row(world.c1.course.pk).numbers
    total = next(
        row for row in rows[1:] if row[0] == world.agency.name and row[2] == world.c1.course.title
    )
    as_numbers = [int(value) for value in total[3:10]]
    assert as_numbers == [
        numbers.staff,
        numbers.exempt,
        numbers.required,
        numbers.never_signed_up,
        numbers.not_started,
        numbers.in_progress,
        numbers.completed,
    ]
    assert int(total[10]) == numbers.percent == 29
    humas = next(
        row for row in rows if str(row[0]).endswith("Humas") and row[2] == world.c1.course.title
    )
    assert [int(value) for value in (humas[3], humas[9])] == [6, 1]


def test_export_is_recorded_with_who_when_and_scope(
    client, world, django_capture_on_commit_callbacks
):
    export = request(
        client,
        world,
        django_capture_on_commit_callbacks,
        kind="staff",
        file_format="csv",
        kursus=world.c1.course.pk,
        unit=world.units.h.pk,
        q="h",
    )
    assert export.requested_by == world.admin and export.agency_id == world.agency.pk
    assert export.unit_id == world.units.h.pk
    assert export.scope_label == "Kementerian Contoh — Humas"
    assert export.filters == {"course_id": world.c1.course.pk, "q": "h"}
    assert export.created_at and export.finished_at
    download(client, export)
    download(client, export)
    export.refresh_from_db()
    assert export.download_count == 2 and export.last_downloaded_at


def test_progress_page_polls_a_static_script_and_reports_json(client, world):
    client.force_login(world.admin)
    export = exports.request_export(
        user=world.admin,
        agency_id=world.agency.pk,
        unit_id=None,
        scope_label="x",
        kind="summary",
        file_format="xlsx",
        filters={},
    )  # not built: still queued
    page = client.get(reverse("compliance:export_detail", args=[export.pk])).content.decode()
    assert "compliance/js/export-progress.js" in page and "<script>" not in page
    status = client.get(reverse("compliance:export_status", args=[export.pk])).json()
    assert status == {
        "status": "queued",
        "status_label": "Menunggu diproses",
        "progress": 0,
        "rows": 0,
        "done": False,
        "ready": False,
    }
    assert client.get(reverse("compliance:export_download", args=[export.pk])).status_code == 404


def test_build_twice_does_nothing_the_second_time(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export = exports.request_export(
            user=world.admin,
            agency_id=world.agency.pk,
            unit_id=None,
            scope_label="x",
            kind="summary",
            file_format="csv",
            filters={},
        )
    assert exports.build(export.pk) is None


@pytest.mark.parametrize("value", ["=1+1", "+62 812", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_cells_that_spreadsheets_run_as_formulas_are_neutralised(value):
    assert safe_cell(value) == "'" + value
    assert safe_cell("Budi") == "Budi" and safe_cell(5) == 5


def test_formula_in_a_roster_name_reaches_the_file_quoted(
    client, world, django_capture_on_commit_callbacks
):
    RosterEntry.objects.filter(pk=world.people["h3"].pk).update(
        full_name='=HYPERLINK("http://evil","h3")'
    )
    export = request(
        client,
        world,
        django_capture_on_commit_callbacks,
        kind="staff",
        file_format="csv",
        kursus=world.c1.course.pk,
        status="never",
    )
    content = download(client, export).decode("utf-8-sig")
    assert "'=HYPERLINK" in content


def test_bad_requests_get_a_message_and_make_nothing(client, world):
    client.force_login(world.admin)
    url = reverse("compliance:exports", args=[world.agency.pk])
    for data in (
        {"kind": "staff", "file_format": "csv"},
        {"kind": "x", "file_format": "csv"},
        {"kind": "summary", "file_format": "pdf"},
    ):
        response = client.post(url, data, follow=True)
        assert response.status_code == 200
        assert "alert" in response.content.decode()
    assert not Export.objects.exists()


def test_old_files_are_deleted_and_the_record_kept(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export = exports.request_export(
            user=world.admin,
            agency_id=world.agency.pk,
            unit_id=None,
            scope_label="x",
            kind="summary",
            file_format="csv",
            filters={},
        )
    Export.objects.filter(pk=export.pk).update(
        finished_at=timezone.now() - datetime.timedelta(days=8)
    )
    export.refresh_from_db()
    storage, name = export.file.storage, export.file.name
    assert storage.exists(name)
    assert exports.purge_old_files(keep_days=7) == 1
    export.refresh_from_db()
    assert export.status == "expired" and not export.file and not storage.exists(name)
