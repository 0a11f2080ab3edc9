"""The shipped curriculum: packages under courses/content that import, render and hold up.

Replaces the tests of the old Python curriculum (learning/curriculum): the same
guarantees, now read from the packages, plus the JP recomputation, the round
trip and the quiz-quality bar.
"""

import pytest
from django.core.management import call_command

from courses.models import CoursePage, LessonPage, ModulePage, QuizPage
from courses.packages.assets import ImportContext
from courses.packages.exporter import export_course_package
from courses.packages.files import read_folder
from courses.packages.importer import import_course_package
from courses.packages.parser import parse_package
from courses.packages.shipped import CONTENT_DIR, SHIPPED, shipped_package_folders
from learning.models import Enrolment
from tests.factories import LearnerFactory, course_index

pytestmark = pytest.mark.django_db

MIN_MODULES = {
    "humas-untuk-non-humas": 7,
    "literasi-digital-dasar-asn": 3,
    "pengantar-humas-digital": 2,
}


def parse(slug):
    files = read_folder(CONTENT_DIR / slug)
    return parse_package(files, ImportContext(files)), files


@pytest.fixture(params=SHIPPED)
def shipped(request, db):
    spec, files = parse(request.param)
    return spec, files


def pages(spec, kind):
    return [page for page in spec.walk() if page.kind == kind]


def test_every_package_folder_is_shipped():
    folders = sorted(path.name for path in CONTENT_DIR.iterdir() if path.is_dir())
    assert folders == sorted(SHIPPED)
    assert [folder.name for folder in shipped_package_folders()] == SHIPPED


def test_shipped_package_is_what_the_exporter_writes(shipped):
    """export(import(package)) == package: the files in git are the canonical form."""
    _spec, files = shipped
    course_index()
    course = import_course_package(files=files, publish=True).course

    assert export_course_package(course=course) == files


# --- Loaded by load_demo ---------------------------------------------------------------------


@pytest.fixture
def loaded(db):
    call_command("load_demo", verbosity=0)


def test_load_demo_publishes_every_shipped_course_from_its_package(loaded):
    for slug in SHIPPED:
        course = CoursePage.objects.get(slug=slug)
        assert course.live and course.latest_revision_id
        for module in ModulePage.objects.child_of(course):
            assert LessonPage.objects.child_of(module).live().count() >= 2
            quiz = QuizPage.objects.child_of(module).get()
            quiz.full_clean()


def test_load_demo_twice_changes_nothing(loaded):
    from wagtail.models import Revision

    counts = (CoursePage.objects.count(), LessonPage.objects.count(), Revision.objects.count())
    call_command("load_demo", verbosity=0)
    assert counts == (
        CoursePage.objects.count(),
        LessonPage.objects.count(),
        Revision.objects.count(),
    )


def test_every_curriculum_page_renders_for_an_enrolled_learner(loaded, client):
    learner = LearnerFactory()
    client.force_login(learner)
    for slug in SHIPPED:
        course = CoursePage.objects.get(slug=slug)
        assert client.get(course.url).status_code == 200
        Enrolment.objects.create(user=learner, course=course)
        for page in course.get_descendants().live().specific():
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            if isinstance(page, LessonPage):
                assert page.title in response.content.decode()
