"""Hostile HTML in every field a learner (or an admin) can write: a table, each tested.

Two kinds of field:

* Plain text (names, position, unit and agency names, roster cells, notes): stored as
  typed — a name may hold "&" or "<" — and escaped wherever it is shown, on the site,
  in emails and in the Wagtail admin. Each page must show the escaped text (so the
  test proves the field is really on it) and never the live markup.
* Learner HTML (practice answers): cleaned with bleach against an allow-list when it
  comes in, stored exactly as bleach returned it, and shown as stored, never changed
  again; the script, handler and ``javascript:`` link are gone.

tests/browser/test_admin_xss.py drives a real browser over the admin review page.
"""

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from compliance.models import Exemption
from learning import roles
from learning.forms.practice import clean_learner_html
from learning.models import PracticeSubmission, RosterEntry, StaffStatus
from learning.services import practice, rosters
from tests.compliance.world import build_world
from tests.factories import (
    LearnerFactory,
    UserFactory,
    add_to_lesson,
    make_agency_admin,
    make_in_group,
    pns_nip,
    practice_block,
)

pytestmark = pytest.mark.django_db

PRACTICE_BLOCK = "tugas-xss"


def hostile(tag):
    """Markup that would run if shown raw; ``tag`` says which field it came from."""
    return f'"><script>x("{tag}")</script><img src=x onerror=x("{tag}")>'


def assert_escaped(html, tag, where):
    assert f'<script>x("{tag}")' not in html, where
    assert "<img src=x onerror" not in html, where
    assert f"&lt;script&gt;x(&quot;{tag}&quot;)" in html, f"{tag} is not shown on {where}"


@pytest.fixture
def world(groups, django_capture_on_commit_callbacks):
    from certificates.services import issuing
    from learning.services.content_roles import setup_content_roles

    w = build_world()
    setup_content_roles()
    w.agency_admin = make_agency_admin(w.agency)
    w.trainer = make_in_group(roles.TRAINER)
    w.national_admin = make_in_group(roles.NATIONAL_ADMIN)
    w.superuser = UserFactory(is_superuser=True, is_staff=True)
    # Admin-written names.
    w.agency.name = hostile("instansi")
    w.agency.save()
    w.units.s.name = hostile("unit")
    w.units.s.save()
    # The learner's own fields (the sign-up form stores them as typed).
    w.learner = w.people["m1"].user
    w.learner.full_name = hostile("nama")
    w.learner.position = hostile("jabatan")
    w.learner.save()
    w.pending = LearnerFactory(
        agency=w.agency, full_name=hostile("tertunda"), staff_status=StaffStatus.PENDING
    )
    # The certificate keeps the name as it was at issue.
    with django_capture_on_commit_callbacks(execute=True):
        w.certificate = issuing.issue_certificate(
            user_id=w.learner.pk, course_id=w.c1.course.pk
        ).certificate
    # A roster row written by the agency admin's upload. The file lists today's staff
    # too: applying deactivates whoever a file leaves out.
    today = "".join(
        f"{e.nip},{e.full_name},{e.unit.code if e.unit else ''},{e.email},{e.position}\n"
        for e in RosterEntry.objects.filter(agency=w.agency, active=True).select_related("unit")
    )
    upload = SimpleUploadedFile(
        "roster.csv",
        (
            "nip,nama,unit_kerja,email,jabatan\n"
            + today
            + f'{pns_nip(777)},"{hostile("roster").replace(chr(34), chr(34) * 2)}",H,,'
            + f'"{hostile("posisi").replace(chr(34), chr(34) * 2)}"\n'
        ).encode(),
    )
    roster_import = rosters.start_import(
        agency=w.agency, uploaded_by=w.agency_admin, uploaded_file=upload
    )
    rosters.request_apply(roster_import)
    w.roster_entry = RosterEntry.objects.get(nip=pns_nip(777))
    # An exemption note, written by the agency admin.
    Exemption.objects.filter(roster_entry=w.people["m3"]).update(note=hostile("catatan"))
    # A practice assignment on C1's lesson.
    add_to_lesson(w.c1.lesson, practice_block(PRACTICE_BLOCK))
    return w


def pages(w):
    """field tag → [(viewer, path)]: every page that shows the field, as its viewers see it."""
    a = w.agency.pk
    return {
        "nama": [
            (w.learner, reverse("learning:my_learning")),  # the account menu
            (w.national_admin, "/admin/users/"),
            (w.superuser, f"/admin/users/edit/{w.learner.pk}/"),
        ],
        "jabatan": [
            (w.superuser, f"/admin/users/edit/{w.learner.pk}/"),
        ],
        "tertunda": [
            (w.agency_admin, reverse("learning:pending_staff", args=[a])),
        ],
        "instansi": [
            (w.agency_admin, reverse("compliance:agency_overview", args=[a])),
            (w.national_admin, reverse("compliance:dashboard")),
            (None, reverse("certificates:verify", args=[w.certificate.code])),
            (None, reverse("account_signup")),
            (w.national_admin, "/admin/snippets/learning/agency/"),
        ],
        "unit": [
            (w.agency_admin, reverse("compliance:agency_overview", args=[a])),
            (w.agency_admin, reverse("learning:roster_list", args=[a])),
            (w.national_admin, "/admin/snippets/learning/unit/"),
        ],
        "roster": [
            (w.agency_admin, reverse("learning:roster_list", args=[a])),
            (w.agency_admin, reverse("compliance:staff_member", args=[a, w.roster_entry.pk])),
            (w.national_admin, "/admin/snippets/learning/rosterentry/"),
        ],
        "posisi": [
            (w.agency_admin, reverse("compliance:staff_member", args=[a, w.roster_entry.pk])),
        ],
        "catatan": [
            (w.agency_admin, reverse("compliance:staff_member", args=[a, w.people["m3"].pk])),
        ],
        "sertifikat": [
            (None, reverse("certificates:verify", args=[w.certificate.code])),
            (w.agency_admin, reverse("certificates:agency_list", args=[a])),
            (w.national_admin, "/admin/snippets/certificates/certificate/"),
        ],
    }


# The certificate's own copy of the name is the learner's name at issue.
FIELDS = ["nama", "jabatan", "tertunda", "instansi", "unit", "roster", "posisi", "catatan"]


@pytest.mark.parametrize("tag", FIELDS)
def test_plain_text_field_is_shown_escaped_everywhere(client, world, tag):
    for viewer, path in pages(world)[tag]:
        client.logout()
        if viewer is not None:
            client.force_login(viewer)
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        assert_escaped(response.content.decode(), tag, path)


def test_certificate_name_is_kept_as_typed_and_shown_escaped(client, world):
    assert world.certificate.learner_name == hostile("nama")
    for viewer, path in pages(world)["sertifikat"]:
        client.logout()
        if viewer is not None:
            client.force_login(viewer)
        response = client.get(path)
        assert response.status_code == 200, path
        assert_escaped(response.content.decode(), "nama", path)


def test_certificate_email_shows_the_name_escaped(world):
    from certificates.services.notifications import send_issued_email

    mail.outbox.clear()
    assert send_issued_email(certificate_id=world.certificate.pk)
    (message,) = mail.outbox
    (html, _mime) = message.alternatives[0]
    assert_escaped(html, "nama", "issued email")
    assert hostile("nama") in message.body  # plain text: as typed, nothing to run


def test_roster_email_cell_with_markup_is_a_row_error(world):
    upload = SimpleUploadedFile(
        "roster.csv",
        f"nip,nama,unit_kerja,email\n{pns_nip(778)},Andi,H,<b>x</b>@contoh.go.id\n".encode(),
    )
    roster_import = rosters.start_import(
        agency=world.agency, uploaded_by=world.agency_admin, uploaded_file=upload
    )
    assert roster_import.valid_rows == 0
    assert roster_import.errors[0]["row"] == 2


HOSTILE_ANSWER = (
    '<p onclick="x(1)">Jawaban <strong>tebal</strong></p><script>x("tugas")</script>'
    '<img src=x onerror=x(2)><a href="javascript:x(3)">tautan</a>'
    '<iframe src="https://jahat.example"></iframe>'
)


def test_practice_answer_is_cleaned_once_and_shown_as_stored(client, world):
    learner = world.learner
    client.force_login(learner)
    url = reverse("learning:practice_submit", args=[world.c1.lesson.pk, PRACTICE_BLOCK])
    response = client.post(
        url, {"response": HOSTILE_ANSWER, "link_url": "https://contoh.go.id/unggahan"}
    )
    assert response.status_code == 302
    stored = PracticeSubmission.objects.get(user=learner).response
    assert stored == clean_learner_html(HOSTILE_ANSWER)
    for bad in ("<script", "onclick", "onerror", "javascript:", "<iframe", "<img"):
        assert bad not in stored
    assert "<strong>tebal</strong>" in stored  # allowed markup stays
    # Shown exactly as stored: to the learner on the lesson page, to the trainer in the admin.
    html = client.get(world.c1.lesson.url).content.decode()
    assert stored in html
    client.force_login(world.trainer)
    submission = PracticeSubmission.objects.get(user=learner)
    admin_html = client.get(
        f"/admin/snippets/learning/practicesubmission/edit/{submission.pk}/"
    ).content.decode()
    assert stored in admin_html
    assert '<script>x("tugas")' not in admin_html
    # Reviewing never rewrites the cleaned answer.
    practice.review_submission(submission, world.trainer, "accept")
    assert PracticeSubmission.objects.get(pk=submission.pk).response == stored


def test_practice_link_must_be_http_and_is_shown_escaped_on_the_site_and_in_the_admin(
    client, world
):
    client.force_login(world.learner)
    url = reverse("learning:practice_submit", args=[world.c1.lesson.pk, PRACTICE_BLOCK])
    client.post(url, {"response": "Jawaban", "link_url": "javascript:x(1)"})
    assert not PracticeSubmission.objects.exists()
    link = 'https://contoh.go.id/a"><script>x("tautan")</script>'
    client.post(url, {"response": "Jawaban", "link_url": link})
    submission = PracticeSubmission.objects.get()
    html = client.get(world.c1.lesson.url).content.decode()
    escaped = (
        'href="https://contoh.go.id/a&quot;&gt;&lt;script&gt;x(&quot;tautan&quot;)&lt;/script&gt;"'
    )
    assert '<script>x("tautan")' not in html
    assert escaped in html
    client.force_login(world.trainer)
    admin_html = client.get(
        f"/admin/snippets/learning/practicesubmission/edit/{submission.pk}/"
    ).content.decode()
    assert '<script>x("tautan")' not in admin_html
    assert escaped in admin_html


def test_reviewer_comment_is_shown_escaped_to_the_learner(client, world):
    submission = practice.submit_practice(
        world.learner, world.c1.lesson, PRACTICE_BLOCK, "<p>Jawaban</p>", ""
    )
    practice.review_submission(submission, world.trainer, "return", hostile("komentar"))
    client.force_login(world.learner)
    assert_escaped(client.get(world.c1.lesson.url).content.decode(), "komentar", "lesson page")
