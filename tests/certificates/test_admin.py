"""National admins in the Wagtail admin: revoke, re-issue, change the design, re-render."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Site

from certificates import tasks
from certificates.models import (
    Certificate,
    CertificateEvent,
    CertificateSettings,
    CourseCertificateSettings,
    RerenderJob,
)
from certificates.services import issuing, rendering, rerender
from learning import roles
from tests.certificates.conftest import completed_without_hook
from tests.factories import LearnerFactory, build_course, make_agency_admin, make_in_group

pytestmark = pytest.mark.django_db


def edit_url(certificate):
    return reverse("wagtailsnippets_certificates_certificate:edit", args=[certificate.pk])


def pdf_text(certificate):
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as handle:
        return PdfReader(io.BytesIO(handle.read())).pages[0].extract_text()


@pytest.fixture
def national(groups):
    return make_in_group(roles.NATIONAL_ADMIN)


def test_national_admins_get_the_certificate_permissions(groups):
    names = set(
        Group.objects.get(name=roles.NATIONAL_ADMIN).permissions.values_list("codename", flat=True)
    )
    assert {
        "view_certificate",
        "change_certificate",
        "change_certificatesettings",
        "add_coursecertificatesettings",
        "add_rerenderjob",
    } <= names
    assert (
        not Group.objects.get(name=roles.AGENCY_ADMIN)
        .permissions.filter(content_type__app_label="certificates")
        .exists()
    )


def test_national_admin_revokes_in_the_wagtail_admin(client, national, issued):
    client.force_login(national)
    assert client.get(edit_url(issued)).status_code == 200
    response = client.post(edit_url(issued), {"action": "revoke", "reason": "Nama keliru"})
    assert response.status_code == 302
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.REVOKED
    assert issued.revoked_by == national and issued.revocation_reason == "Nama keliru"
    event = issued.events.get(kind=CertificateEvent.Kind.REVOKED)
    assert (event.by, event.reason) == (national, "Nama keliru")
    page = client.get(reverse("certificates:verify", args=[issued.code])).content.decode()
    assert "DICABUT" in page and "Nama keliru" in page


def test_revoking_needs_a_reason_and_changes_nothing_without_one(client, national, issued):
    client.force_login(national)
    response = client.post(edit_url(issued), {"action": "revoke", "reason": "  "})
    assert response.status_code == 200
    assert "Tulis alasannya." in response.content.decode()
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.VALID


def test_reissue_after_a_name_correction_keeps_the_number_and_records_history(
    client, national, issued, learner, django_capture_on_commit_callbacks
):
    client.force_login(national)
    client.post(edit_url(issued), {"action": "revoke", "reason": "Nama salah"})
    learner.full_name = "Siti Rahmawati Kusuma"
    learner.save()
    number, code = issued.number, issued.code
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(issued), {"action": "reissue", "reason": "Perbaikan nama"})
    assert response.status_code == 302
    issued.refresh_from_db()
    assert (issued.number, issued.code) == (number, code)
    assert issued.status == Certificate.Status.VALID and issued.reissued_at
    assert issued.learner_name == "Siti Rahmawati Kusuma"
    history = list(issued.events.values_list("kind", flat=True))
    assert history == ["issued", "revoked", "reissued"]
    previous = issued.events.get(kind="reissued").previous
    assert previous["learner_name"] == "Siti Rahmawati" and previous["status"] == "revoked"
    assert "Siti Rahmawati Kusuma" in pdf_text(issued)
    assert [m.subject for m in mail.outbox] == [
        f"Sertifikat Anda diterbitkan ulang: {issued.course_title}"
    ]
    page = client.get(reverse("certificates:verify", args=[code])).content.decode()
    assert 'data-certificate-status="valid"' in page and "Siti Rahmawati Kusuma" in page


@pytest.mark.parametrize("role", ["agency_admin", "trainer", "learner"])
def test_others_cannot_open_the_certificate_admin(client, groups, issued, agency, role):
    user = {
        "agency_admin": lambda: make_agency_admin(agency),
        "trainer": lambda: make_in_group(roles.TRAINER),
        "learner": lambda: LearnerFactory(),
    }[role]()
    client.force_login(user)
    for url in (edit_url(issued), reverse("wagtailsnippets_certificates_certificate:list")):
        assert client.get(url).status_code in (302, 403), (role, url)
    client.post(edit_url(issued), {"action": "revoke", "reason": "x"})
    issued.refresh_from_db()
    assert issued.status == Certificate.Status.VALID


def test_certificates_cannot_be_added_or_deleted_in_the_admin(client, national, issued):
    client.force_login(national)
    add = reverse("wagtailsnippets_certificates_certificate:add")
    delete = reverse("wagtailsnippets_certificates_certificate:delete", args=[issued.pk])
    # Wagtail answers a refused action by sending the user back to the dashboard.
    assert client.get(add)["Location"] == "/admin/"
    assert client.post(delete)["Location"] == "/admin/"
    assert Certificate.objects.filter(pk=issued.pk).exists()


def test_national_admin_edits_the_certificate_settings(client, national):
    client.force_login(national)
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["certificates", "certificatesettings", site.pk])
    assert client.get(url).status_code == 200


# --- Re-render after a design change ----------------------------------------------------


def _site_settings(**fields):
    found = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(found, name, value)
    found.save()


def test_changing_the_signatory_rerenders_pdfs_but_never_the_facts(
    issued, learner, django_capture_on_commit_callbacks
):
    learner.full_name = "Nama Akun Yang Berubah"
    learner.save()
    before = pdf_text(issued)
    assert "Dr. Penanda Baru" not in before

    with django_capture_on_commit_callbacks(execute=True):
        _site_settings(signatory_name="Dr. Penanda Baru", signatory_title="Kepala Badan")

    job = RerenderJob.objects.get()
    assert job.status == RerenderJob.Status.DONE and (job.total, job.done) == (1, 1)
    after = pdf_text(issued)
    assert "Dr. Penanda Baru" in after and "Kepala Badan" in after
    assert "Siti Rahmawati" in after and "Nama Akun Yang Berubah" not in after
    assert issued.number in after
    before_facts = before.split("Diterbitkan")[0]
    assert after.split("Diterbitkan")[0] == before_facts


def test_saving_settings_that_change_nothing_starts_no_job(
    issued, django_capture_on_commit_callbacks
):
    rendering.render_pdf(certificate=issued)
    with django_capture_on_commit_callbacks(execute=True):
        _site_settings()
    assert not RerenderJob.objects.exists()


def test_a_course_signatory_rerenders_only_that_course(
    learner, issued, tree, django_capture_on_commit_callbacks
):
    other_tree = build_course()
    completed_without_hook(learner, other_tree)
    other = rendering.render_pdf(
        certificate=issuing.issue_certificate(
            user_id=learner.pk, course_id=other_tree.course.pk
        ).certificate
    )
    other_fingerprint = other.pdf_fingerprint

    with django_capture_on_commit_callbacks(execute=True):
        CourseCertificateSettings.objects.create(
            course=tree.course, signatory_name="Ketua Kursus Ini", signatory_title="Koordinator"
        )
    assert "Ketua Kursus Ini" in pdf_text(issued)
    other.refresh_from_db()
    assert other.pdf_fingerprint == other_fingerprint
    assert RerenderJob.objects.get().course_id == tree.course.pk


def test_rerender_job_works_in_batches_with_progress(learner, tree):
    learners = [LearnerFactory() for _ in range(5)]
    for person in learners:
        completed_without_hook(person, tree)
        issuing.issue_certificate(user_id=person.pk, course_id=tree.course.pk)
    job = rerender.request_rerender(reason="uji")  # no PDFs yet: all are out of date
    assert job.status == RerenderJob.Status.QUEUED

    assert rerender.run_batch(job_id=job.pk, batch_size=2) is True
    job.refresh_from_db()
    assert (job.status, job.total, job.done, job.percent) == ("running", 5, 2, 40)
    while rerender.run_batch(job_id=job.pk, batch_size=2):
        pass
    job.refresh_from_db()
    assert (job.status, job.done, job.percent) == ("done", 5, 100)
    assert not Certificate.objects.filter(pdf="").exists()
    assert rerender.run_batch(job_id=job.pk) is False  # a redelivery does nothing


def test_rerender_task_chains_its_batches(learner, tree, monkeypatch):
    completed_without_hook(learner, tree)
    issuing.issue_certificate(user_id=learner.pk, course_id=tree.course.pk)
    monkeypatch.setattr(rerender, "BATCH_SIZE", 1)
    monkeypatch.setattr(rerender.run_batch, "__defaults__", (1,))
    job = RerenderJob.objects.create(reason="uji")
    tasks.rerender_certificates_task.delay(job.pk)
    job.refresh_from_db()
    assert job.status == RerenderJob.Status.DONE and job.done == 1


def test_a_failing_certificate_does_not_stop_the_job(learner, tree, monkeypatch):
    completed_without_hook(learner, tree)
    issuing.issue_certificate(user_id=learner.pk, course_id=tree.course.pk)

    def broken(**kwargs):
        raise OSError("storage down")

    monkeypatch.setattr(rerender, "render_pdf", broken)
    job = RerenderJob.objects.create(reason="uji")
    assert rerender.run_batch(job_id=job.pk) is False
    job.refresh_from_db()
    assert (job.status, job.failed, job.done) == ("done", 1, 0)


def test_national_admin_starts_a_rerender_in_the_admin_and_watches_it(client, national, issued):
    client.force_login(national)
    add = reverse("wagtailsnippets_certificates_rerenderjob:add")
    assert client.get(add).status_code == 200
    response = client.post(add, {"course": "", "reason": "Templat baru"})
    assert response.status_code == 302
    job = RerenderJob.objects.get()
    assert job.created_by == national and job.reason == "Templat baru"
    inspect = reverse("wagtailsnippets_certificates_rerenderjob:inspect", args=[job.pk])
    html = client.get(inspect).content.decode()
    assert "Kemajuan" in html or "kemajuan" in html
