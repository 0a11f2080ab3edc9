"""Role × URL matrix for the certificates app.

The PDF: the owner, admins of the owner's agency and national admins; anyone else
gets 404 (ids reveal nothing), anonymous visitors the login page. The agency's
certificate list and SIASN exports: that agency's admins and national admins;
learners, trainers and reviewers 403, another agency's admin 404. Verification and
Open Badges documents are public.
"""

import pytest
from django.core.cache import cache
from django.urls import reverse

from certificates import access
from learning import roles
from tests.certificates.conftest import completed_without_hook
from tests.factories import AgencyFactory, LearnerFactory, make_agency_admin, make_in_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(groups, issued, learner, agency):
    cache.clear()
    other_agency = AgencyFactory(name="Pemerintah Kota Uji")
    return {
        "certificate": issued,
        "agency": agency,
        "users": {
            "anonymous": None,
            "owner": learner,
            "other_learner": LearnerFactory(agency=agency),
            "trainer": make_in_group(roles.TRAINER),
            "reviewer": make_in_group(roles.REVIEWER),
            "agency_admin_own": make_agency_admin(agency),
            "agency_admin_other": make_agency_admin(other_agency),
            "national_admin": make_in_group(roles.NATIONAL_ADMIN),
        },
    }


DOWNLOAD = {
    "owner": 200,
    "other_learner": 404,
    "trainer": 404,
    "reviewer": 404,
    "agency_admin_own": 200,
    "agency_admin_other": 404,
    "national_admin": 200,
}
AGENCY_PAGES = {
    "owner": 403,
    "other_learner": 403,
    "trainer": 403,
    "reviewer": 403,
    "agency_admin_own": 200,
    "agency_admin_other": 404,
    "national_admin": 200,
}


def agency_urls(agency_id):
    return {
        "list": reverse("certificates:agency_list", args=[agency_id]),
        "csv": reverse("certificates:agency_export_csv", args=[agency_id]),
        "xlsx": reverse("certificates:agency_export_xlsx", args=[agency_id]),
    }


@pytest.mark.parametrize("role", list(DOWNLOAD))
def test_pdf_download_per_role(client, world, role):
    client.force_login(world["users"][role])
    response = client.get(reverse("certificates:download", args=[world["certificate"].pk]))
    assert response.status_code == DOWNLOAD[role], role
    if response.status_code == 200:
        assert response["Content-Type"] == "application/pdf"
        assert "attachment" in response["Content-Disposition"]
        assert response["Cache-Control"] == "private, no-store"
        assert b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize("role", list(AGENCY_PAGES))
def test_agency_certificate_pages_per_role(client, world, role):
    client.force_login(world["users"][role])
    for name, url in agency_urls(world["agency"].pk).items():
        assert client.get(url).status_code == AGENCY_PAGES[role], (role, name)


def test_anonymous_is_sent_to_login_for_private_certificate_urls(client, world):
    urls = [
        reverse("certificates:download", args=[world["certificate"].pk]),
        *agency_urls(world["agency"].pk).values(),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_public_certificate_urls_need_no_login(client, world):
    certificate = world["certificate"]
    for url in (
        reverse("certificates:verify", args=[certificate.code]),
        reverse("certificates:lookup"),
        reverse("certificates:badge_assertion", args=[certificate.code]),
        reverse("certificates:badge_class", args=[certificate.course_id]),
        reverse("certificates:badge_issuer"),
    ):
        assert client.get(url).status_code == 200, url


def test_other_agency_admin_cannot_reach_a_certificate_through_their_own_agency(client, world):
    other_admin = world["users"]["agency_admin_other"]
    client.force_login(other_admin)
    other_agency_id = access.agency_or_denied(other_admin, other_admin.agency_admin.agency_id)
    response = client.get(reverse("certificates:agency_list", args=[other_agency_id.pk]))
    assert world["certificate"].number not in response.content.decode()


def test_admin_of_the_learners_new_agency_may_download(client, world, learner):
    new_agency = AgencyFactory(name="Instansi Baru")
    learner.agency = new_agency
    learner.save()
    client.force_login(make_agency_admin(new_agency))
    url = reverse("certificates:download", args=[world["certificate"].pk])
    assert client.get(url).status_code == 200


def test_revoked_certificate_pdf_is_gone_for_everyone(client, world):
    from certificates.services import revocation

    certificate = world["certificate"]
    revocation.revoke(certificate_id=certificate.pk, by=None, reason="Salah data")
    client.force_login(world["users"]["owner"])
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert response.status_code == 410
    assert "telah dicabut" in response.content.decode()


def test_unknown_certificate_id_is_404(client, world):
    client.force_login(world["users"]["national_admin"])
    assert client.get(reverse("certificates:download", args=[999999])).status_code == 404
    assert client.get(reverse("certificates:agency_list", args=[999999])).status_code == 404


def test_missing_pdf_file_is_drawn_again_on_download(client, world):
    certificate = world["certificate"]
    certificate.pdf.storage.delete(certificate.pdf.name)
    client.force_login(world["users"]["owner"])
    response = client.get(reverse("certificates:download", args=[certificate.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_learner_never_sees_another_learners_certificate_through_the_list(client, world, tree):
    other = world["users"]["other_learner"]
    completed_without_hook(other, tree)
    client.force_login(other)
    html = client.get(reverse("learning:my_learning")).content.decode()
    assert world["certificate"].number not in html
