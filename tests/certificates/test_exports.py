"""SIASN-ready exports (CSV and XLSX) and the agency's certificate list."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from certificates.models import Certificate
from certificates.services import issuing, revocation
from tests.certificates.conftest import completed_without_hook
from tests.factories import LearnerFactory, build_course, make_agency_admin

pytestmark = pytest.mark.django_db

HEADER = [
    "NIP",
    "Nama Kursus",
    "Institusi Penyelenggara",
    "Nomor Sertifikat",
    "Jumlah JP",
    "Tanggal Mulai",
    "Tanggal Selesai",
    "Tahun",
]


@pytest.fixture
def admin_client(client, groups, agency, issued):
    client.force_login(make_agency_admin(agency))
    return client


def csv_rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_csv_export_has_the_siasn_columns(admin_client, agency, issued, learner):
    response = admin_client.get(reverse("certificates:agency_export_csv", args=[agency.pk]))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    assert rows[0] == HEADER
    day = issued.completed_on.strftime("%d-%m-%Y")
    assert rows[1:] == [
        [
            learner.nip,
            issued.course_title,
            issued.provider_name,
            issued.number,
            "2",
            issued.started_on.strftime("%d-%m-%Y"),
            day,
            str(issued.completed_on.year),
        ]
    ]


def test_xlsx_export_keeps_nip_as_text_and_dates_as_dates(admin_client, agency, issued, learner):
    response = admin_client.get(reverse("certificates:agency_export_xlsx", args=[agency.pk]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    nip, title, provider, number, jp, start, end, year = rows[1]
    assert start.date() == issued.started_on
    assert nip == learner.nip and isinstance(nip, str)
    assert (title, provider, number, jp) == (
        issued.course_title,
        issued.provider_name,
        issued.number,
        2,
    )
    assert end.date() == issued.completed_on and year == issued.completed_on.year
    assert sheet.cell(row=2, column=7).number_format == "DD-MM-YYYY"


def test_export_of_a_hostile_course_title_runs_nothing(admin_client, agency, issued):
    Certificate.objects.filter(pk=issued.pk).update(course_title='=HYPERLINK("http://x")')
    rows = csv_rows(admin_client.get(reverse("certificates:agency_export_csv", args=[agency.pk])))
    assert rows[1][1] == '\'=HYPERLINK("http://x")'
    response = admin_client.get(reverse("certificates:agency_export_xlsx", args=[agency.pk]))
    cell = load_workbook(io.BytesIO(response.content)).active.cell(row=2, column=2)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_revoked_certificates_and_other_agencies_are_left_out(admin_client, agency, issued):
    outsider = LearnerFactory()
    tree = build_course()
    completed_without_hook(outsider, tree)
    issuing.issue_certificate(user_id=outsider.pk, course_id=tree.course.pk)
    url = reverse("certificates:agency_export_csv", args=[agency.pk])
    assert len(csv_rows(admin_client.get(url))) == 2
    revocation.revoke(certificate_id=issued.pk, by=None, reason="Salah")
    assert len(csv_rows(admin_client.get(url))) == 1


def test_year_filter_limits_list_and_export(admin_client, agency, issued):
    Certificate.objects.filter(pk=issued.pk).update(completed_on=datetime.date(2025, 5, 1))
    url = reverse("certificates:agency_export_csv", args=[agency.pk])
    assert len(csv_rows(admin_client.get(url, {"tahun": "2025"}))) == 2
    assert len(csv_rows(admin_client.get(url, {"tahun": "2024"}))) == 1
    assert len(csv_rows(admin_client.get(url, {"tahun": "bukan-tahun"}))) == 2
    html = admin_client.get(
        reverse("certificates:agency_list", args=[agency.pk]), {"tahun": "2025"}
    ).content.decode()
    assert issued.number in html and '<option value="2025" selected>' in html


def test_agency_list_shows_the_certificates_and_the_export_buttons(admin_client, agency, issued):
    response = admin_client.get(reverse("certificates:agency_list", args=[agency.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert issued.number in html and "Siti Rahmawati" in html
    assert reverse("certificates:agency_export_xlsx", args=[agency.pk]) in html
    assert reverse("certificates:agency_export_csv", args=[agency.pk]) in html


def test_agency_dashboard_links_to_the_certificates(admin_client, agency):
    html = admin_client.get(reverse("compliance:agency_overview", args=[agency.pk])).content
    assert reverse("certificates:agency_list", args=[agency.pk]).encode() in html


def test_exports_are_logged(admin_client, agency, caplog):
    with caplog.at_level("INFO", logger="certificates.views.agency"):
        admin_client.get(reverse("certificates:agency_export_csv", args=[agency.pk]))
    assert any("SIASN export" in record.message for record in caplog.records)
