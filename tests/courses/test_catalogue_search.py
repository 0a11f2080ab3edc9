"""The catalogue also finds courses by their lessons' titles and text."""

import pytest
from django.test import RequestFactory

from courses.models import CoursePage, LessonPage
from courses.models.catalogue import listing
from tests.factories import build_course, paragraph, publish

pytestmark = pytest.mark.django_db


def titles(index, **params):
    request = RequestFactory().get("/", params)
    return [course.title for course in listing(index, request)["courses"]]


@pytest.fixture
def catalogue():
    ppid = build_course(
        title="Keterbukaan Informasi Publik",
        summary="Melayani permintaan informasi warga.",
        lesson_title="Peran PPID di instansi",
        lesson_body=[paragraph("<p>Pejabat pengelola informasi dan dokumentasi.</p>")],
        jp=4,
    )
    other = build_course(
        title="Menulis Unggahan",
        summary="Unggahan yang jelas.",
        lesson_title="Lima W satu H",
        lesson_body=[paragraph("<p>Permohonan ke PPID dijawab dalam sepuluh hari.</p>")],
        jp=2,
    )
    build_course(title="Etika Bermedia Sosial", summary="Sebelum membagikan.", jp=2)
    return ppid.catalogue, ppid, other


def test_a_lesson_title_finds_its_course(catalogue):
    index, _ppid, _other = catalogue
    assert titles(index, q="Peran PPID") == ["Keterbukaan Informasi Publik"]


def test_lesson_text_finds_its_course_and_filters_still_apply(catalogue):
    index, _ppid, _other = catalogue
    assert sorted(titles(index, q="PPID")) == ["Keterbukaan Informasi Publik", "Menulis Unggahan"]
    assert titles(index, q="PPID", jp="4-8") == ["Keterbukaan Informasi Publik"]
    assert titles(index, q="dokumentasi") == ["Keterbukaan Informasi Publik"]


def test_courses_matching_by_their_own_text_come_first(catalogue):
    index, _ppid, other = catalogue
    publish(
        other.module,
        LessonPage(title="Mengapa informasi publik", slug="mengapa-info", body=[]),
    )
    found = titles(index, q="informasi")
    assert found[0] == "Keterbukaan Informasi Publik"
    assert set(found) == {"Keterbukaan Informasi Publik", "Menulis Unggahan"}


def test_unpublished_lessons_and_other_catalogues_find_nothing(catalogue):
    index, ppid, _other = catalogue
    LessonPage.objects.get(pk=ppid.lesson.pk).unpublish()
    assert titles(index, q="dokumentasi") == []
    assert titles(index, q="tidakadaapapun") == []


def test_unpublished_course_is_not_found_through_its_lessons(catalogue):
    index, ppid, _other = catalogue
    CoursePage.objects.get(pk=ppid.course.pk).unpublish()
    assert titles(index, q="dokumentasi") == []


def test_catalogue_page_lists_a_course_found_by_lesson_text(client, catalogue):
    index, _ppid, _other = catalogue
    html = client.get(index.url, {"q": "dokumentasi"}).content.decode()
    assert "Keterbukaan Informasi Publik" in html
    assert "1 kursus ditemukan" in html
