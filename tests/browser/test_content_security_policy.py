"""Under the strict Content-Security-Policy the learner and agency-admin pages still
work, and Chromium reports no violation on any of them."""

import re

import pytest

from learning.models import Enrolment, RosterImport
from tests.browser.helpers import log_in
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    UnitFactory,
    build_course,
    make_agency_admin,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def watch_csp(page):
    """Every CSP violation Chromium reports on ``page``, as (url, message)."""
    violations = []

    def on_console(message):
        if "Content Security Policy" in message.text:
            violations.append((page.url, message.text))

    page.on("console", on_console)
    page.on("pageerror", lambda error: violations.append((page.url, f"error: {error}")))
    return violations


def test_learner_pages_run_under_the_policy_without_violations(page, live_server):
    tree = build_course(time_limit_minutes=10)
    agency = AgencyFactory(name="Kementerian Uji Kebijakan")
    UnitFactory(agency=agency, name="Biro Uji Kebijakan")
    violations = watch_csp(page)

    for path in ["/", tree.index.url, tree.course.url, "/akun/login/", "/akun/password/reset/"]:
        page.goto(live_server.url + path)
    page.goto(live_server.url + "/akun/signup/")
    page.get_by_label("Instansi").select_option(label="Kementerian Uji Kebijakan")
    page.get_by_label("Unit kerja").select_option(label="Biro Uji Kebijakan")  # signup.js ran

    learner = LearnerFactory()
    Enrolment.objects.create(user=learner, course=tree.course)
    log_in(page, live_server.url, learner.email)
    for path in [tree.course.url, tree.lesson.url, tree.quiz.url, "/belajar-saya/"]:
        page.goto(live_server.url + path)
    page.goto(live_server.url + tree.quiz.url)
    page.get_by_role("button", name="Mulai kuis").click()
    page.wait_for_url(re.compile("/kuis/percobaan/"))
    page.wait_for_timeout(1_500)  # the timer script ticks

    assert violations == []


def test_agency_admin_pages_run_under_the_policy_without_violations(page, live_server):
    agency = AgencyFactory()
    UnitFactory(agency=agency, name="Biro Induk")
    admin = make_agency_admin(agency)
    running = RosterImport.objects.create(
        agency=agency,
        uploaded_by=admin,
        original_name="besar.csv",
        status=RosterImport.Status.VALIDATING,
        progress=40,
    )
    violations = watch_csp(page)
    log_in(page, live_server.url, admin.email)
    base = f"/dasbor/instansi/{agency.pk}/"
    for path in [
        base,
        base + "roster/",
        base + "roster/unggah/",
        base + "pegawai-baru/",
        base + f"roster/impor/{running.pk}/",
    ]:
        page.goto(live_server.url + path)
    page.wait_for_timeout(2_500)  # the progress poller fetches status.json

    assert violations == []


def test_an_injected_inline_script_is_blocked_and_reported(page, live_server):
    """Guards the two tests above against passing vacuously."""
    violations = watch_csp(page)
    page.goto(live_server.url + "/akun/login/")
    page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.__injected = 1";
        document.head.append(script);
    }""")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__injected") == "undefined"
    assert violations and "script-src" in violations[0][1]
