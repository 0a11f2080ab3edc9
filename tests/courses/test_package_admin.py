"""Course packages in the Wagtail admin: download and upload, and who may use them.

Role × URL matrix for the courses admin URLs (package download, package upload,
quiz-quality report): trainers and reviewers (page permissions on the catalogue)
get them; national and agency admins without page permissions get 403; learners
and anonymous visitors are sent to the admin login.
"""

import io

import pytest
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from courses.models import CoursePage, LessonPage
from courses.packages.exporter import export_course_package
from courses.packages.files import read_zip, zip_bytes
from learning import roles
from learning.services.content_roles import setup_content_roles
from tests.factories import (
    AgencyFactory,
    LearnerFactory,
    build_course,
    make_agency_admin,
    make_in_group,
)

from .package_helpers import LESSON_MD, make_package

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(groups):
    tree = build_course()
    setup_content_roles()
    return {
        "course": tree.course,
        "users": {
            "anonymous": None,
            "learner": LearnerFactory(),
            "trainer": make_in_group(roles.TRAINER),
            "reviewer": make_in_group(roles.REVIEWER),
            "agency_admin": make_agency_admin(AgencyFactory()),
            "national_admin": make_in_group(roles.NATIONAL_ADMIN),
        },
    }


EXPECTED = {
    # role: (status, where a redirect goes)
    "anonymous": (302, "/akun/login/"),
    "learner": (302, "/akun/login/"),
    "agency_admin": (302, "/akun/login/"),
    "national_admin": (302, "/admin/"),  # Wagtail's answer to PermissionDenied in the admin
    "trainer": (200, None),
    "reviewer": (200, None),
}


def urls(world):
    return {
        "download": reverse("courses_package_download", args=[world["course"].pk]),
        "upload": reverse("courses_package_upload"),
        "quality": reverse("courses_quiz_quality"),
    }


@pytest.mark.parametrize("role", list(EXPECTED))
def test_package_and_quality_urls_per_role(client, world, role):
    user = world["users"][role]
    if user:
        client.force_login(user)
    status, location = EXPECTED[role]
    for name, url in urls(world).items():
        response = client.get(url)
        assert response.status_code == status, (role, name)
        if location:
            assert response["Location"].split("?")[0] == location, (role, name)


def test_download_is_the_exported_package_as_a_zip(client, world):
    client.force_login(world["users"]["trainer"])

    response = client.get(urls(world)["download"])

    assert response["Content-Type"] == "application/zip"
    assert f'filename="{world["course"].slug}.zip"' in response["Content-Disposition"]
    assert read_zip(io.BytesIO(response.content)) == export_course_package(course=world["course"])


def _upload(client, files, name="paket.zip"):
    upload = io.BytesIO(zip_bytes(files, "paket"))
    upload.name = name
    return client.post(reverse("courses_package_upload"), {"package": upload})


def test_uploading_a_new_course_creates_drafts_in_review(client, world):
    trainer = world["users"]["trainer"]
    client.force_login(trainer)

    response = _upload(client, make_package())

    assert response.status_code == 200
    course = CoursePage.objects.get(slug="kursus-paket-uji")
    assert not course.live
    assert (
        WorkflowState.objects.filter(
            requested_by=trainer, status=WorkflowState.STATUS_IN_PROGRESS
        ).count()
        == 4
    )
    assert "Kursus baru" in response.content.decode()


def test_uploading_changes_to_an_existing_course_submits_revisions(client, world):
    client.force_login(world["users"]["trainer"])
    files = export_course_package(course=world["course"])
    lesson_path = next(path for path in files if path.endswith(".md"))
    files[lesson_path] = files[lesson_path].replace(b"Isi", b"Isi yang diperbarui")

    response = _upload(client, files)

    assert response.status_code == 200
    lesson = LessonPage.objects.get(
        pk=world["course"].get_descendants().type(LessonPage).first().pk
    )
    assert "Isi yang diperbarui" not in lesson.body[0].value.source  # not published
    assert "Isi yang diperbarui" in lesson.get_latest_revision_as_object().body[0].value.source
    assert lesson.current_workflow_state is not None


def test_a_bad_package_is_refused_with_file_and_line_and_changes_nothing(client, world):
    client.force_login(world["users"]["trainer"])
    pages = Page.objects.count()
    files = make_package(
        files={
            "01-modul-1-dasar/01-pelajaran-satu.md": LESSON_MD.replace("minutes: 2", "minutes: dua")
        }
    )

    response = _upload(client, files)

    assert response.status_code == 400
    text = response.content.decode()
    assert "Paket ditolak; tidak ada yang diubah." in text
    assert "01-modul-1-dasar/01-pelajaran-satu.md:4" in text
    assert Page.objects.count() == pages


def test_a_file_that_is_not_a_zip_is_refused(client, world):
    client.force_login(world["users"]["trainer"])
    upload = io.BytesIO(b"bukan zip")
    upload.name = "paket.zip"

    response = client.post(reverse("courses_package_upload"), {"package": upload})

    assert response.status_code == 400
    assert "bukan arsip zip" in response.content.decode()


def test_upload_of_a_course_the_user_may_not_edit_is_refused(client, world):
    course = build_course().course
    reviewer_only = make_in_group(roles.REVIEWER)
    # The reviewer may add courses but not edit this one: its page permission is removed.
    from wagtail.models import GroupPagePermission

    GroupPagePermission.objects.filter(
        group__name=roles.REVIEWER, permission__codename="change_page"
    ).delete()
    client.force_login(reviewer_only)
    files = export_course_package(course=course)

    response = _upload(client, files)

    assert response.status_code == 400
    assert "tidak berhak mengubah" in response.content.decode()
