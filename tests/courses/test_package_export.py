"""Exporting a course writes exactly what importing reads: the round trips hold."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Revision

from courses.models import CoursePage, LessonPage
from courses.packages.errors import PackageInvalid
from courses.packages.exporter import export_course_package
from courses.packages.files import MAX_FILES, read_folder, read_zip, zip_bytes
from courses.packages.importer import import_course_package
from tests.factories import build_course, course_index, paragraph

from .package_helpers import lesson_with, make_package, png_bytes
from .test_package_parser import EVERY_BLOCK, LESSON

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_embed_lookup(monkeypatch):
    from wagtail.embeds.blocks import EmbedValue

    monkeypatch.setattr(EmbedValue, "html", property(lambda self: "<iframe></iframe>"))


def every_block_package():
    return make_package(
        files={
            "images/pos.png": png_bytes(),
            "documents/panduan.pdf": b"%PDF-1.4 uji\n",
            LESSON: lesson_with(EVERY_BLOCK, minutes=3),
        }
    )


def fresh_site():
    """Remove every course, image and document: the next import starts from nothing."""
    for course in CoursePage.objects.all():
        course.delete()
    get_image_model().objects.all().delete()
    get_document_model().objects.all().delete()


def test_export_then_import_into_a_fresh_site_then_export_gives_identical_files(
    db, no_embed_lookup
):
    course_index()
    course = import_course_package(files=every_block_package(), publish=True).course
    exported = export_course_package(course=course)
    fresh_site()

    again = import_course_package(files=exported, publish=True).course

    assert export_course_package(course=again) == exported
    assert sorted(exported) == [
        "01-modul-1-dasar/01-pelajaran-satu.md",
        "01-modul-1-dasar/module.yaml",
        "01-modul-1-dasar/quiz.yaml",
        "course.yaml",
        "documents/panduan.pdf",
        "images/pos.png",
    ]


def test_importing_the_export_of_a_course_edited_in_wagtail_changes_nothing(db):
    tree = build_course(lesson_body=[paragraph("<p>Isi <strong>awal</strong>.</p>")])
    lesson = tree.lesson
    # An editor's save in Wagtail: Draftail keys, <b>, a bulleted list.
    lesson.body = [
        paragraph(
            '<p data-block-key="k1">Diedit di <b>Wagtail</b>.</p>'
            '<ul><li data-block-key="k2">butir</li></ul>'
        )
    ]
    lesson.save_revision().publish()
    files = export_course_package(course=tree.course)
    revisions = Revision.objects.count()

    result = import_course_package(files=files)

    assert result.changed == [] and result.created == []
    assert Revision.objects.count() == revisions
    assert "- butir" in files[next(p for p in files if p.endswith(".md"))].decode()


def test_a_change_made_in_wagtail_shows_up_in_the_export(db):
    course_index()
    course = import_course_package(files=make_package(), publish=True).course
    lesson = LessonPage.objects.get(slug="pelajaran-satu")
    lesson.body = [paragraph("<p>Versi <i>baru</i> dari editor.</p>")]
    lesson.save_revision()  # a draft: exports show what editors see

    files = export_course_package(course=course)

    assert "Versi *baru* dari editor." in files[LESSON].decode()


def test_export_course_command_writes_a_folder_that_imports_back(db, tmp_path):
    course_index()
    import_course_package(files=make_package(), publish=True)
    target = tmp_path / "keluaran"

    call_command("export_course", "kursus-paket-uji", "--output", str(target), stdout=io.StringIO())

    assert read_folder(target) == make_package()


def test_export_course_command_refuses_a_folder_that_is_not_a_package(db, tmp_path):
    course_index()
    import_course_package(files=make_package(), publish=True)
    (tmp_path / "catatan.txt").write_text("jangan dihapus")

    with pytest.raises(CommandError):
        call_command("export_course", "kursus-paket-uji", "--output", str(tmp_path))

    assert (tmp_path / "catatan.txt").read_text() == "jangan dihapus"


def test_export_course_command_writes_a_zip(db, tmp_path):
    course_index()
    import_course_package(files=make_package(), publish=True)
    target = tmp_path / "paket.zip"

    call_command("export_course", "kursus-paket-uji", "--zip", str(target), stdout=io.StringIO())

    with target.open("rb") as handle:
        assert read_zip(handle) == make_package()


# --- Zip uploads --------------------------------------------------------------------------


def _zip(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            if isinstance(name, zipfile.ZipInfo):
                archive.writestr(name, data)
            else:
                archive.writestr(name, data)
    buffer.seek(0)
    return buffer


def _problems(entries):
    with pytest.raises(PackageInvalid) as caught:
        read_zip(_zip(entries))
    return " ".join(str(problem) for problem in caught.value.problems)


def test_zip_with_one_top_folder_reads_as_the_package():
    data = zip_bytes(make_package(), "kursus-paket-uji")

    assert read_zip(io.BytesIO(data)) == make_package()


def test_zip_paths_outside_the_package_are_refused():
    assert "keluar dari folder" in _problems([("../course.yaml", "x")])
    assert "absolut" in _problems([("/etc/course.yaml", "x")])


def test_zip_symlinks_are_refused():
    link = zipfile.ZipInfo("images/tautan.png")
    link.external_attr = 0o120777 << 16
    assert "Tautan simbolik" in _problems([("course.yaml", "x"), (link, "/etc/passwd")])


def test_zip_with_too_many_members_is_refused_before_reading():
    entries = [(f"m/{index}.md", "") for index in range(MAX_FILES + 1)]
    assert "batasnya" in _problems(entries)


def test_zip_member_over_the_size_limit_is_refused():
    assert "terlalu besar" in _problems([("course.yaml", "a" * (600 * 1024))])


def test_zip_member_larger_than_declared_is_refused():
    """A zip bomb declares a small size; reading stops at the limit."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("course.yaml", "a" * (2 * 1024 * 1024))
    raw = bytearray(buffer.getvalue())
    # Patch the declared uncompressed size in the central directory to 10 bytes.
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24 : central + 28] = (10).to_bytes(4, "little")
    with pytest.raises(PackageInvalid):
        read_zip(io.BytesIO(bytes(raw)))


def test_not_a_zip_and_unknown_file_types_are_refused():
    with pytest.raises(PackageInvalid) as caught:
        read_zip(io.BytesIO(b"bukan zip"))
    assert "bukan arsip zip" in str(caught.value)
    assert "tidak didukung" in _problems([("course.yaml", "x"), ("skrip.py", "print()")])


def test_a_review_policy_is_exported_only_where_it_differs_from_the_default(db):
    from courses.models import QuizPage

    course_index()
    course = import_course_package(files=make_package(), publish=True).course
    quiz_file = "01-modul-1-dasar/quiz.yaml"
    assert "review_" not in export_course_package(course=course)[quiz_file].decode()

    quiz = QuizPage.objects.get(slug="kuis-modul-1")
    quiz.review_answers = "after_last_attempt"
    quiz.save_revision().publish()
    files = export_course_package(course=course)
    text = files[quiz_file].decode()
    assert "review_answers: after_last_attempt" in text
    assert "review_choices" not in text and "review_correctness" not in text

    revisions = Revision.objects.count()
    import_course_package(files=files)  # the same content: no new revision
    assert Revision.objects.count() == revisions
