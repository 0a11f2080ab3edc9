"""No CSV the platform writes lets a spreadsheet run a cell as a formula."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.log_actions import log

from home.csv import dict_writer, safe_cell, writer
from learning import roles
from learning.models import Enrolment, PracticeSubmission, QuizAttempt, RosterImport
from learning.services import progress
from learning.services.practice import review_submission, submit_practice
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    RosterEntryFactory,
    UnitFactory,
    build_course,
    make_agency_admin,
    make_in_group,
)

pytestmark = pytest.mark.django_db

HOSTILE = "=1+1"
NEUTRALISED = "'=1+1"
ROOT = Path(__file__).resolve().parents[2]


def rows_of(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def cells_of(response):
    return {cell for row in rows_of(response) for cell in row}


# --- The helper ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["=1+1", "+62 811", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\uff1d1+1", "\uff20SUM(A1)"]
)
def test_text_a_spreadsheet_would_run_gets_an_apostrophe(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value", ["Budi Santoso", "198503122010011001", "", None, -5, 3.5, "a=1", "budi@instansi.go.id"]
)
def test_other_values_pass_unchanged(value):
    assert safe_cell(value) == value


def test_writers_neutralise_every_cell():
    buffer = io.StringIO()
    writer(buffer).writerows([["=cmd", "ok"], ["x", "@y"]])
    out = dict_writer(buffer, fieldnames=["a", "b"])
    out.writeheader()
    out.writerow({"a": "+z", "b": 1})
    assert list(csv.reader(io.StringIO(buffer.getvalue()))) == [
        ["'=cmd", "ok"],
        ["x", "'@y"],
        ["a", "b"],
        ["'+z", "1"],
    ]


def test_every_csv_writer_in_the_code_base_is_the_helper():
    """Product code writes CSV only through home.csv (tests and bench write hostile input)."""
    pattern = re.compile(r"\bcsv\.(writer|DictWriter)\s*\(")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("config", "home", "courses", "learning")
        for path in (ROOT / folder).rglob("*.py")
        if path != ROOT / "home" / "csv.py"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if pattern.search(line)
    ]
    assert offenders == []


# --- The agency dashboard's CSV files -----------------------------------------------


def test_import_errors_csv_neutralises_cells(client, groups):
    agency = AgencyFactory()
    admin = make_agency_admin(agency)
    roster_import = RosterImport.objects.create(
        agency=agency,
        uploaded_by=admin,
        original_name="r.csv",
        status=RosterImport.Status.VALIDATED,
        errors=[{"row": 2, "nip": HOSTILE, "name": HOSTILE, "reason": "-NIP salah"}],
    )
    roster_import.file.save("r.csv", ContentFile(b"nip\n"))
    client.force_login(admin)
    response = client.get(
        reverse("learning:roster_import_errors", args=[agency.pk, roster_import.pk])
    )
    assert rows_of(response)[1] == ["2", NEUTRALISED, NEUTRALISED, "'-NIP salah"]


def test_roster_template_csv_goes_through_the_helper(client, groups, monkeypatch):
    from learning.services.rosters import lifecycle

    agency = AgencyFactory()
    client.force_login(make_agency_admin(agency))
    monkeypatch.setattr(lifecycle, "build_nip", lambda **kwargs: HOSTILE)
    response = client.get(reverse("learning:roster_template", args=[agency.pk]))
    assert rows_of(response)[1][0] == NEUTRALISED


# --- Wagtail's spreadsheet exports ----------------------------------------------------


@pytest.fixture
def national_admin(groups):
    return make_in_group(roles.NATIONAL_ADMIN, is_superuser=True, is_staff=True)


def export(client, user, url, fmt="csv"):
    client.force_login(user)
    response = client.get(url, {"export": fmt})
    assert response.status_code == 200
    return response


def test_roster_entry_export_neutralises_names_and_positions(client, national_admin):
    agency = AgencyFactory(name="@Instansi")
    RosterEntryFactory(
        agency=agency,
        full_name=HOSTILE,
        position="+Pranata Humas",
        unit=UnitFactory(agency=agency, name="-Biro"),
    )
    cells = cells_of(export(client, national_admin, "/admin/snippets/learning/rosterentry/"))
    assert {NEUTRALISED, "'+Pranata Humas", "'-Biro", "'@Instansi"} <= cells
    assert not cells & {HOSTILE, "+Pranata Humas", "-Biro", "@Instansi"}


def test_agency_and_unit_exports_neutralise_names(client, national_admin):
    agency = AgencyFactory(name=HOSTILE, short_name="@KU")
    UnitFactory(agency=agency, name="-Biro Humas", code="+U1")
    agencies = cells_of(export(client, national_admin, "/admin/snippets/learning/agency/"))
    units = cells_of(export(client, national_admin, "/admin/snippets/learning/unit/"))
    assert {NEUTRALISED, "'@KU"} <= agencies
    assert {NEUTRALISED, "'-Biro Humas", "'+U1"} <= units


def test_learning_exports_neutralise_learner_names_and_comments(client, national_admin):
    tree = build_course()
    lesson = tree.lesson
    lesson.body = [
        {
            "type": "practice_assignment",
            "id": "t1",
            "value": {"title": "Tugas", "allow_link": True, "prompt": "<p>Tulis.</p>"},
        }
    ]
    lesson.save_revision().publish()
    learner = LearnerFactory(full_name=HOSTILE)
    progress.enrol(learner, tree.course)
    submission = submit_practice(learner, lesson.specific, "t1", "Jawaban")
    review_submission(submission, national_admin, "return", "@Perbaiki")
    QuizAttempt.objects.create(
        user=learner, quiz=tree.quiz, course=tree.course, number=1, pass_mark=70, passed=False
    )
    assert Enrolment.objects.filter(user=learner).exists()
    assert PracticeSubmission.objects.exists()
    for model in ("practicesubmission", "enrolment", "quizattempt"):
        cells = cells_of(export(client, national_admin, f"/admin/snippets/learning/{model}/"))
        assert NEUTRALISED in cells and HOSTILE not in cells, model
    submissions = cells_of(
        export(client, national_admin, "/admin/snippets/learning/practicesubmission/")
    )
    assert "'@Perbaiki" in submissions


def test_wagtail_site_history_report_neutralises_user_names(client, groups):
    editor = make_in_group(roles.NATIONAL_ADMIN, is_superuser=True, full_name=HOSTILE)
    agency = AgencyFactory(name="Instansi Biasa")
    log(agency, "wagtail.edit", user=editor)
    cells = cells_of(export(client, editor, "/admin/reports/site-history/"))
    assert NEUTRALISED in cells and HOSTILE not in cells


def test_xlsx_export_keeps_hostile_text_as_text(client, national_admin):
    RosterEntryFactory(full_name=HOSTILE)
    response = export(client, national_admin, "/admin/snippets/learning/rosterentry/", "xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value == HOSTILE]
    assert cells and all(cell.data_type == "s" for cell in cells)
