"""axe-core (bundled with axe-playwright-python, no network) finds no serious or
critical accessibility violations on the pages learners and agency admins use."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from learning.models import Enrolment
from tests.browser.helpers import log_in
from tests.factories import AgencyFactory, LearnerFactory, build_course, make_agency_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Axe()
BLOCKING = {"serious", "critical"}


def problems(page):
    results = AXE.run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {v['nodes'][0]['target']}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING
    ]


def test_public_and_learner_pages_have_no_serious_violations(page, live_server):
    tree = build_course()
    found = {}
    for path in [
        "/",
        "/akun/login/",
        "/akun/signup/",
        "/akun/password/reset/",
        tree.index.url,
        tree.course.url,
    ]:
        page.goto(live_server.url + path)
        found[path] = problems(page)

    learner = LearnerFactory()
    Enrolment.objects.create(user=learner, course=tree.course)
    log_in(page, live_server.url, learner.email)
    for path in [
        tree.course.url,
        tree.lesson.url,
        tree.quiz.url,
        "/belajar-saya/",
        "/akun/hapus-akun/",
    ]:
        page.goto(live_server.url + path)
        found[f"learner {path}"] = problems(page)
    page.goto(live_server.url + tree.quiz.url)
    page.get_by_role("button", name="Mulai kuis").click()
    page.wait_for_url(re.compile("/kuis/percobaan/"))
    found["quiz attempt"] = problems(page)

    assert not {key: value for key, value in found.items() if value}


def test_agency_admin_pages_have_no_serious_violations(page, live_server):
    build_course()
    agency = AgencyFactory()
    admin = make_agency_admin(agency)
    log_in(page, live_server.url, admin.email)
    found = {}
    for path in [
        f"/dasbor/instansi/{agency.pk}/",
        f"/dasbor/instansi/{agency.pk}/roster/",
        f"/dasbor/instansi/{agency.pk}/roster/unggah/",
        f"/dasbor/instansi/{agency.pk}/pegawai-baru/",
    ]:
        page.goto(live_server.url + path)
        found[path] = problems(page)
    assert not {key: value for key, value in found.items() if value}


def test_axe_catches_a_known_violation(page, live_server):
    """Guards the two tests above against passing vacuously."""
    page.goto(live_server.url + "/akun/login/")
    page.evaluate("document.querySelector('main').append(document.createElement('img'))")
    assert any(problem.startswith("image-alt") for problem in problems(page))
