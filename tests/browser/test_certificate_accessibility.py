"""axe-core finds no serious or critical violations on the certificate pages."""

import pytest

from certificates.services import issuing, rendering
from learning.models import Enrolment
from tests.browser.helpers import log_in
from tests.browser.test_accessibility import problems
from tests.factories import AgencyFactory, LearnerFactory, build_course, make_agency_admin

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_certificate_pages_have_no_serious_violations(page, live_server):
    tree = build_course()
    agency = AgencyFactory()
    learner = LearnerFactory(agency=agency)
    Enrolment.objects.create(user=learner, course=tree.course, completed_at="2026-03-12T10:00Z")
    certificate = issuing.issue_certificate(
        user_id=learner.pk, course_id=tree.course.pk
    ).certificate
    rendering.render_pdf(certificate=certificate)
    found = {}
    for path in [
        f"/verifikasi/{certificate.code}/",
        "/verifikasi/",
        "/verifikasi/?nomor=AHA%2F2026%2F999999",
        "/verifikasi/kode-tak-dikenal/",
    ]:
        page.goto(live_server.url + path)
        found[path] = problems(page)

    log_in(page, live_server.url, learner.email)
    for path in [tree.course.url, "/belajar-saya/"]:
        page.goto(live_server.url + path)
        found[f"learner {path}"] = problems(page)

    page.context.clear_cookies()
    log_in(page, live_server.url, make_agency_admin(agency).email)
    path = f"/dasbor/instansi/{agency.pk}/sertifikat/"
    page.goto(live_server.url + path)
    found[path] = problems(page)
    assert not {key: value for key, value in found.items() if value}
