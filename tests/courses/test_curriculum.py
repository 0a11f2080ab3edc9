"""The shipped curriculum: packages under courses/content that import, render and hold up.

Replaces the tests of the old Python curriculum (learning/curriculum): the same
guarantees, now read from the packages, plus the JP recomputation, the round
trip and the quiz-quality bar.
"""

import pytest
from django.core.management import call_command

from courses.models import CoursePage, LessonPage, ModulePage, QuizPage
from courses.packages import jp
from courses.packages.assets import ImportContext
from courses.packages.exporter import export_course_package
from courses.packages.files import read_folder
from courses.packages.importer import import_course_package
from courses.packages.parser import parse_package
from courses.packages.shipped import CONTENT_DIR, SHIPPED, shipped_package_folders
from courses.quiz_quality import questions_warnings
from learning.models import Enrolment
from tests.factories import LearnerFactory, course_index

pytestmark = pytest.mark.django_db

MIN_MODULES = {
    "humas-untuk-non-humas": 7,
    "literasi-digital-dasar-asn": 3,
    "pengantar-humas-digital": 2,
    "humas-pemerintah-lanjutan": 6,
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


def test_course_has_modules_lessons_assignments_and_a_quiz_bank(shipped):
    spec, _files = shipped
    modules = spec.children
    assert len(modules) >= MIN_MODULES[spec.slug]
    for module in modules:
        lessons = [page for page in module.children if page.kind == "lesson"]
        quizzes = [page for page in module.children if page.kind == "quiz"]
        assert 2 <= len(lessons) <= 4, module.title
        assert len(quizzes) == 1, module.title
        assignments = [
            block
            for lesson in lessons
            for block in lesson.fields["body"]
            if block.block_type == "practice_assignment"
        ]
        assert len(assignments) >= 1, module.title


def test_every_module_quiz_draws_from_a_bank_twice_its_size(shipped):
    spec, _files = shipped
    for quiz in pages(spec, "quiz"):
        pool, draw = len(quiz.fields["questions"]), quiz.fields["draw_count"]
        assert draw and pool >= 2 * draw, (quiz.file, pool, draw)


def test_modules_and_lessons_have_measurable_objectives(shipped):
    spec, _files = shipped
    for page in pages(spec, "module") + pages(spec, "lesson"):
        objectives = [line for line in page.fields["objectives"].splitlines() if line.strip()]
        assert objectives, page.file
        for objective in objectives:
            assert len(objective.split()) >= 6, (page.file, objective)


def test_module_titles_are_numbered_in_one_style(shipped):
    spec, _files = shipped
    for number, module in enumerate(spec.children, 1):
        assert module.title.startswith(f"Modul {number}: "), module.title


def test_declared_minutes_and_jp_follow_from_the_content(shipped):
    """JP = ceil(minutes / 45), minutes from words, assignments and quiz questions."""
    spec, _files = shipped
    estimate = jp.estimate(spec)
    for lesson in estimate.lessons:
        assert lesson.matches, (lesson.file, lesson.declared, lesson.computed)
    assert spec.fields["duration_minutes"] == estimate.duration_minutes
    assert spec.fields["jp"] == estimate.jp
    assert jp.check(spec) == []


def test_quizzes_have_no_quality_warnings(shipped):
    spec, _files = shipped
    for quiz in pages(spec, "quiz"):
        blocks = [(block.block_type, block.value, block.id) for block in quiz.fields["questions"]]
        assert [str(w) for w in questions_warnings(blocks, quiz.fields["draw_count"])] == [], (
            quiz.file
        )


def test_across_a_course_the_answer_cues_are_gone(shipped):
    """Correct option rarely the longest (or shortest); true/false balanced; few "all but one"."""
    spec, _files = shipped
    longest = shortest = items = true_answers = tf_items = all_but_one = multi = 0
    for quiz in pages(spec, "quiz"):
        for block in quiz.fields["questions"]:
            value = block.value
            if block.block_type == "true_false":
                tf_items += 1
                true_answers += value["answer"] == "true"
                continue
            choices = [(len(c["text"]), c["is_correct"]) for c in value["choices"]]
            items += 1
            longest += max(choices)[1]
            shortest += min(choices)[1] if block.block_type == "single_choice" else 0
            if block.block_type == "multiple_choice":
                multi += 1
                all_but_one += sum(ok for _n, ok in choices) == len(choices) - 1
    assert longest / items <= 0.4, (longest, items)
    assert shortest / items <= 0.4, (shortest, items)  # no reverse cue either
    assert 0.35 <= true_answers / tf_items <= 0.65, (true_answers, tf_items)
    assert not multi or all_but_one / multi <= 0.4, (all_but_one, multi)


def test_shipped_package_is_what_the_exporter_writes(shipped):
    """export(import(package)) == package: the files in git are the canonical form."""
    spec, files = shipped
    course_index()
    for prerequisite in spec.prerequisites:
        import_course_package(files=read_folder(CONTENT_DIR / prerequisite), publish=True)
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


# --- Findings of the content review, fixed in the packages ---------------------------------


def _texts(slug):
    """Lesson, module, quiz and course files (sources.md names the review, so it is left out)."""
    folder = CONTENT_DIR / slug
    return {
        path.relative_to(folder).as_posix(): path.read_text()
        for path in sorted(folder.rglob("*"))
        if path.suffix in (".md", ".yaml") and path.name != "sources.md"
    }


def _paragraphs(texts):
    for path, text in texts.items():
        for paragraph in text.split("\n\n"):
            yield path, paragraph


def test_ppdb_and_zonasi_appear_only_as_history_next_to_spmb_and_domisili():
    for slug in SHIPPED:
        for path, paragraph in _paragraphs(_texts(slug)):
            if "PPDB" in paragraph:
                assert "SPMB" in paragraph, (path, paragraph[:120])
            if "zonasi" in paragraph:
                assert "domisili" in paragraph, (path, paragraph[:120])


def test_kasn_is_named_only_as_dissolved():
    for slug in SHIPPED:
        for path, paragraph in _paragraphs(_texts(slug)):
            if "KASN" in paragraph:
                assert "dibubarkan" in paragraph, (path, paragraph[:120])


def test_the_unsourced_top_ten_ranking_is_used_only_as_an_uncheckable_claim():
    found = [
        (path, paragraph)
        for slug in SHIPPED
        for path, paragraph in _paragraphs(_texts(slug))
        if "sepuluh besar" in paragraph
    ]
    assert len(found) == 1
    path, paragraph = found[0]
    assert path.endswith("04-m3-mengukur-jangkauan.md") and "tidak bisa diperiksa" in paragraph


def test_uu_ite_article_45_5_is_quoted_whole():
    texts = _texts("humas-untuk-non-humas")
    lesson = texts["07-modul-7-kritik-hoaks-hukum/03-m7-rambu-uu-ite-pdp.md"]
    assert "article: Pasal 45 ayat (5)" in lesson
    assert (
        "merupakan delik aduan yang hanya dapat dituntut atas pengaduan korban atau orang "
        "yang terkena tindak pidana dan bukan oleh badan hukum."
    ) in lesson


def test_the_minister_is_named_as_at_the_time():
    for slug in SHIPPED:
        for path, paragraph in _paragraphs(_texts(slug)):
            if "Rudiantara" in paragraph or "Menkominfo" in paragraph:
                assert "saat itu" in paragraph, (path, paragraph[:120])


def test_ktp_el_recording_asks_the_same_documents_everywhere():
    for slug in SHIPPED:
        for path, text in _texts(slug).items():
            assert "fotokopi Kartu Keluarga" not in text.replace("tidak perlu fotokopi", ""), path


def test_spelling_follows_eyd_v():
    for slug in SHIPPED:
        for path, text in _texts(slug).items():
            for wrong in ("terlanjur", "memposisikan", "1×24", "1x24", "kala itu"):
                assert wrong not in text, (path, wrong)
            for line in text.splitlines():
                if "non-humas" in line.lower():
                    # names: slugs, titles, files, and the slug of a prerequisite course
                    assert line.startswith(("slug:", "title:", "cover_image:")) or (
                        line.strip() == "- humas-untuk-non-humas"
                    ), (path, line)
