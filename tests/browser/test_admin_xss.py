"""Hostile text runs no script in the Wagtail admin or on the dashboard: a practice answer
in the trainer's browser, and names (learner, agency, unit, roster, certificate).

The answer is crafted so that cutting its cleaned HTML at the length limit would end
inside ``<a href="…``; the link field then closes that attribute and adds an event
handler. The stored answer must be exactly bleach's (well-formed) output instead.
"""

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from certificates.services import issuing
from courses.models import LessonPage
from learning import roles
from learning.forms.practice import RESPONSE_MAX_LENGTH, clean_learner_html
from learning.models import Enrolment, PracticeSubmission, RosterEntry, StaffStatus, Unit
from learning.services import progress
from learning.services.practice import submit_practice
from tests.browser.helpers import STEP_TIMEOUT_MS, log_in
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    UserFactory,
    build_course,
    make_agency_admin,
    make_in_group,
    pns_nip,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HOSTILE_LINK = "https://x.go.id/autofocus/onfocus=window.__xss=1//"


def hostile_answer():
    """Plain text whose cleaned form, cut at the limit, ends in ``<a href="http://www.e``."""
    padding = "a" * (RESPONSE_MAX_LENGTH - len('<p><a href="http://www.e') - 1)
    answer = padding + " www.example.com/x"
    assert len(answer) <= RESPONSE_MAX_LENGTH
    assert clean_learner_html(answer)[:RESPONSE_MAX_LENGTH].endswith('<a href="http://www.e')
    return answer


def test_hostile_answer_runs_no_script_on_the_admin_review_page(browser, live_server):
    tree = build_course()
    lesson = tree.lesson
    lesson.body = [
        {
            "type": "practice_assignment",
            "id": "tugas-1",
            "value": {
                "title": "Tulis pengumuman layanan",
                "allow_link": True,
                "prompt": "<p>Tulis pengumuman.</p>",
            },
        }
    ]
    lesson.save_revision().publish()
    learner = LearnerFactory(full_name="Peserta Jahil")
    progress.enrol(learner, tree.course)
    submission = submit_practice(
        learner, LessonPage.objects.get(pk=lesson.pk), "tugas-1", hostile_answer(), HOSTILE_LINK
    )
    trainer = make_in_group(roles.TRAINER, full_name="Pelatih Uji")
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "id"
    profile.save()

    desk = browser.new_context(viewport={"width": 1280, "height": 900})
    admin = desk.new_page()
    admin.set_default_timeout(STEP_TIMEOUT_MS)
    dialogs = []
    admin.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(admin, live_server.url, trainer.email)
    admin.goto(
        live_server.url + f"/admin/snippets/learning/practicesubmission/edit/{submission.pk}/"
    )
    assert admin.get_by_text("Peserta Jahil").first.is_visible()
    links = admin.locator("a[href^='http://www.example.com'], a[href^='https://x.go.id']")
    for index in range(links.count()):
        links.nth(index).hover()
        links.nth(index).focus()
    admin.wait_for_timeout(300)

    assert admin.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == []
    stored = PracticeSubmission.objects.get()
    assert stored.response == clean_learner_html(hostile_answer())
    assert stored.status == PracticeSubmission.Status.SUBMITTED
    desk.close()


def hostile_name(tag):
    return f'{tag}<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>'


def test_hostile_names_run_no_script_in_the_admin_or_on_the_dashboard(browser, live_server):
    """Learner, agency, unit, roster and certificate names in Wagtail's listings and
    edit forms and on the agency dashboard: shown as text, never run."""
    tree = build_course()
    agency = AgencyFactory(name=hostile_name("Instansi"))
    unit = Unit.objects.create(agency=agency, name=hostile_name("Unit"), code="U1")
    learner = LearnerFactory(agency=agency, unit=unit, full_name=hostile_name("Peserta"))
    learner.position = hostile_name("Jabatan")
    learner.save()
    LearnerFactory(
        agency=agency, full_name=hostile_name("Tertunda"), staff_status=StaffStatus.PENDING
    )
    RosterEntry.objects.create(
        agency=agency, unit=unit, nip=pns_nip(900), full_name=hostile_name("Roster")
    )
    progress.enrol(learner, tree.course)
    progress.complete_lesson(learner, tree.lesson)
    Enrolment.objects.filter(user=learner).update(completed_at=timezone.now())
    certificate = issuing.issue_certificate(
        user_id=learner.pk, course_id=tree.course.pk
    ).certificate
    superuser = UserFactory(is_superuser=True, is_staff=True, full_name="Admin Super")
    agency_admin = make_agency_admin(agency)

    desk = browser.new_context(viewport={"width": 1280, "height": 900})
    page = desk.new_page()
    page.set_default_timeout(STEP_TIMEOUT_MS)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    ran = []

    def visit(path, tag):
        page.goto(live_server.url + path)
        page.get_by_text(hostile_name(tag)).first.wait_for()  # shown, as text
        if page.evaluate("typeof window.__xss") != "undefined":
            ran.append(path)

    log_in(page, live_server.url, superuser.email)
    visit("/admin/users/", "Peserta")
    visit(f"/admin/users/edit/{learner.pk}/", "Peserta")
    visit("/admin/snippets/learning/agency/", "Instansi")
    visit("/admin/snippets/learning/unit/", "Unit")
    visit("/admin/snippets/learning/rosterentry/", "Roster")
    visit("/admin/snippets/certificates/certificate/", "Peserta")
    visit(f"/verifikasi/{certificate.code}/", "Peserta")
    page.context.clear_cookies()
    log_in(page, live_server.url, agency_admin.email)
    visit(f"/dasbor/instansi/{agency.pk}/", "Instansi")
    visit(f"/dasbor/instansi/{agency.pk}/roster/", "Roster")
    visit(f"/dasbor/instansi/{agency.pk}/pegawai-baru/", "Tertunda")
    visit(f"/dasbor/instansi/{agency.pk}/sertifikat/", "Peserta")

    assert ran == []
    assert dialogs == []
    desk.close()
