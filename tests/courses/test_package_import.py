"""Importing a package: a new course, or revisions of changed pages sent to review."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision, WorkflowState

from courses.models import CoursePage, LessonPage, QuizPage
from courses.packages.errors import PackageInvalid
from courses.packages.importer import import_course_package
from learning import roles
from learning.services.content_roles import setup_content_roles
from tests.factories import course_index, make_in_group

from .package_helpers import LESSON_MD, QUIZ_YAML, lesson_with, make_package

pytestmark = pytest.mark.django_db

LESSON = "01-modul-1-dasar/01-pelajaran-satu.md"
QUIZ = "01-modul-1-dasar/quiz.yaml"


@pytest.fixture
def catalogue(groups):
    catalogue = course_index()
    setup_content_roles()
    return catalogue


@pytest.fixture
def trainer(groups):
    return make_in_group(roles.TRAINER)


@pytest.fixture
def reviewer(groups):
    return make_in_group(roles.REVIEWER)


@pytest.fixture
def published(catalogue):
    return import_course_package(files=make_package(), publish=True).course


def lesson():
    return LessonPage.objects.get(slug="pelajaran-satu")


def test_initial_load_with_publish_makes_every_page_live(catalogue):
    result = import_course_package(files=make_package(), publish=True)

    course = result.course
    assert result.created_course and course.live
    assert [page.live for page in course.get_descendants()] == [True, True, True]
    assert course.specific.category.slug == "komunikasi-publik"
    assert lesson().objective_list() == [
        "Menjelaskan arti komunikasi dua arah dengan satu contoh dari unit kerja sendiri."
    ]
    assert not WorkflowState.objects.exists()


def test_a_new_course_without_publish_is_drafts_submitted_for_review(catalogue, trainer):
    result = import_course_package(files=make_package(), user=trainer)

    pages = [result.course, *result.course.get_descendants()]
    assert not any(page.live for page in Page.objects.filter(pk__in=[p.pk for p in pages]))
    states = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    assert states.count() == 4 and {state.requested_by for state in states} == {trainer}


def test_changed_page_gets_a_revision_in_review_and_the_live_page_is_untouched(published, trainer):
    before = Revision.objects.count()
    changed = make_package(files={LESSON: LESSON_MD.replace("**linimasa**", "**media sosial**")})

    result = import_course_package(files=changed, user=trainer)

    assert result.changed == ["Pelajaran Satu"] and result.unchanged == 3
    assert Revision.objects.count() == before + 1
    page = lesson()
    assert "linimasa" in page.body[0].value.source  # live content as the reviewer left it
    assert "media sosial" in page.get_latest_revision_as_object().body[0].value.source
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and state.requested_by == trainer


def test_the_reviewer_approving_publishes_the_imported_revision(published, trainer, reviewer):
    import_course_package(
        files=make_package(files={LESSON: LESSON_MD.replace("**linimasa**", "**media sosial**")}),
        user=trainer,
    )
    task_state = lesson().current_workflow_state.current_task_state

    task_state.task.specific.on_action(task_state, reviewer, "approve")

    assert "media sosial" in lesson().body[0].value.source


def test_a_second_import_while_in_review_restarts_review_on_the_newest_revision(published, trainer):
    first = make_package(files={LESSON: LESSON_MD.replace("**linimasa**", "**satu**")})
    second = make_package(files={LESSON: LESSON_MD.replace("**linimasa**", "**dua**")})
    import_course_package(files=first, user=trainer)

    import_course_package(files=second, user=trainer)

    page = lesson()
    states = WorkflowState.objects.filter(object_id=str(page.pk))
    assert sorted(states.values_list("status", flat=True)) == ["cancelled", "in_progress"]
    task_revision = page.current_workflow_state.current_task_state.revision
    assert "dua" in task_revision.as_object().body[0].value.source


def test_unchanged_package_saves_no_revision(published):
    before = Revision.objects.count()

    result = import_course_package(files=make_package())

    assert result.changed == [] and result.created == [] and result.unchanged == 4
    assert Revision.objects.count() == before


def test_a_page_new_in_the_package_is_a_draft_submitted_for_review(published, trainer):
    files = make_package(
        files={
            "01-modul-1-dasar/02-pelajaran-dua.md": lesson_with("Isi baru.\n")
            .replace("slug: pelajaran-satu", "slug: pelajaran-dua")
            .replace("title: Pelajaran Satu", "title: Pelajaran Dua")
        }
    )

    result = import_course_package(files=files, user=trainer)

    new = LessonPage.objects.get(slug="pelajaran-dua")
    assert result.created == ["Pelajaran Dua"] and not new.live
    assert new.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_page_missing_from_the_package_is_left_alone_with_a_warning(published):
    files = make_package(files={QUIZ: None})

    result = import_course_package(files=files)

    assert QuizPage.objects.filter(slug="kuis-modul-1", live=True).exists()
    assert any("Kuis Modul 1" in warning and "dibiarkan" in warning for warning in result.warnings)


def test_publish_on_an_existing_course_still_goes_through_review(published, trainer):
    changed = make_package(files={LESSON: LESSON_MD.replace("**linimasa**", "**x**")})

    result = import_course_package(files=changed, user=trainer, publish=True)

    assert "linimasa" in lesson().body[0].value.source
    assert any("--publish" in warning for warning in result.warnings)


def test_a_package_error_in_a_later_page_rolls_back_the_earlier_ones(published, trainer):
    before = (Revision.objects.count(), WorkflowState.objects.count())
    broken_quiz = QUIZ_YAML.replace("draw_count: 1", "draw_count: 9")
    files = make_package(
        files={LESSON: LESSON_MD.replace("**linimasa**", "**x**"), QUIZ: broken_quiz}
    )

    with pytest.raises(PackageInvalid) as caught:
        import_course_package(files=files, user=trainer)

    assert str(caught.value.problems[0]).startswith(f"{QUIZ}:5: draw_count (9) melebihi")
    assert (Revision.objects.count(), WorkflowState.objects.count()) == before


def test_missing_prerequisite_course_is_refused(catalogue):
    course = make_package().text("course.yaml") + "prerequisites:\n  - belum-ada\n"

    with pytest.raises(PackageInvalid) as caught:
        import_course_package(files=make_package(course=course))

    assert "belum-ada" in str(caught.value)
    assert not CoursePage.objects.filter(slug="kursus-paket-uji").exists()


def test_import_course_command_reads_a_folder_and_reports(catalogue, tmp_path):
    for path, data in make_package().items():
        target = tmp_path / "paket" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    out = io.StringIO()

    call_command("import_course", str(tmp_path / "paket"), "--publish", stdout=out)

    assert 'Kursus baru "Kursus Paket Uji": 4 halaman diterbitkan.' in out.getvalue()
    assert CoursePage.objects.get(slug="kursus-paket-uji").live


def test_import_course_command_lists_problems_and_changes_nothing(catalogue, tmp_path):
    folder = tmp_path / "paket"
    for path, data in make_package(files={LESSON: "tanpa front matter"}).items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)

    with pytest.raises(CommandError) as caught:
        call_command("import_course", str(folder))

    assert "Paket ditolak; tidak ada yang diubah." in str(caught.value)
    assert f"{LESSON}:1:" in str(caught.value)
    assert not CoursePage.objects.exists()
