"""Course content: admin validation, page type rules, block templates, rich text and search."""

from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import RequestFactory
from wagtail.blocks import StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.rich_text import RichText

from courses.blocks import (
    LessonStreamBlock,
    MultipleChoiceQuestionBlock,
    SingleChoiceQuestionBlock,
    question_snapshot,
)
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizPage
from courses.models.catalogue import listing
from tests.factories import build_course_tree, paragraph, publish, single_choice

pytestmark = pytest.mark.django_db

LESSON_BLOCKS = LessonStreamBlock().child_blocks


@pytest.fixture
def tree():
    return build_course_tree()


def _question(block, *flags):
    return block.to_python(
        {
            "prompt": "Apa tugas humas?",
            "choices": [
                {"text": f"Pilihan {i}", "is_correct": flag, "feedback": "Umpan balik"}
                for i, flag in enumerate(flags)
            ],
            "explanation": "",
        }
    )


def _messages(error):
    return " ".join(str(e) for e in error.non_block_errors.as_data()[0])


# --- Questions --------------------------------------------------------------


def test_question_without_a_correct_choice_is_rejected():
    block = MultipleChoiceQuestionBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(_question(block, False, False))
    assert "minimal satu" in _messages(error.value)


def test_single_choice_question_needs_exactly_one_correct_choice():
    block = SingleChoiceQuestionBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(_question(block, True, True, False))
    assert "hanya boleh punya satu" in _messages(error.value)
    assert block.clean(_question(block, False, True, False))


def test_multiple_choice_question_may_have_several_correct_choices():
    block = MultipleChoiceQuestionBlock()
    assert block.clean(_question(block, True, True, False))


def test_question_needs_at_least_two_choices():
    block = SingleChoiceQuestionBlock()
    with pytest.raises(ValidationError):
        block.clean(_question(block, True))


def test_question_snapshot_keeps_answers_and_gives_every_choice_an_id(tree):
    snapshot = question_snapshot(tree.quiz.questions[0])
    assert snapshot["type"] == "single_choice"
    assert [c["is_correct"] for c in snapshot["choices"]] == [True, False]
    ids = [c["id"] for c in snapshot["choices"]]
    assert all(ids) and len(set(ids)) == 2


# --- Quiz rules -------------------------------------------------------------


@pytest.mark.parametrize("pass_mark", [0, 101])
def test_pass_mark_must_be_between_1_and_100(tree, pass_mark):
    tree.quiz.pass_mark = pass_mark
    with pytest.raises(ValidationError) as error:
        tree.quiz.full_clean()
    assert "pass_mark" in error.value.message_dict


def test_draw_count_cannot_exceed_the_question_pool(tree):
    tree.quiz.draw_count = 3
    with pytest.raises(ValidationError) as error:
        tree.quiz.full_clean()
    assert "melebihi" in error.value.message_dict["draw_count"][0]
    tree.quiz.draw_count = 2
    tree.quiz.full_clean()
    assert tree.quiz.question_count == 2


def test_draw_count_of_zero_is_rejected(tree):
    tree.quiz.draw_count = 0
    with pytest.raises(ValidationError) as error:
        tree.quiz.full_clean()
    assert "draw_count" in error.value.message_dict


def test_question_count_is_the_draw_or_the_whole_pool(tree):
    assert tree.quiz.question_count == 2
    tree.quiz.draw_count = 1
    assert tree.quiz.question_count == 1


def test_admin_rejects_a_quiz_whose_question_has_no_correct_choice(admin_client, tree):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title": "Kuis tanpa kunci",
            "slug": "kuis-tanpa-kunci",
            "intro": rich_text(""),
            "pass_mark": 70,
            "attempt_limit": 0,
            "time_limit_minutes": "",
            "draw_count": "",
            "shuffle_choices": "on",
            "questions": streamfield(
                [
                    (
                        "single_choice",
                        {
                            "prompt": "Siapa humas instansi?",
                            "explanation": "",
                            "choices": streamfield(
                                [
                                    ("item", {"text": "Semua ASN", "feedback": "x"}),
                                    ("item", {"text": "Hanya biro humas", "feedback": "y"}),
                                ]
                            ),
                        },
                    )
                ]
            ),
        }
    )
    response = admin_client.post(f"/admin/pages/add/courses/quizpage/{tree.module.pk}/", data)
    assert response.status_code == 200
    assert "minimal satu pilihan" in response.content.decode()
    assert not QuizPage.objects.filter(slug="kuis-tanpa-kunci").exists()


def test_the_quiz_edit_page_sets_the_review_policy(admin_client, tree):
    response = admin_client.get(f"/admin/pages/{tree.quiz.pk}/edit/")
    html = response.content.decode()
    assert "Hasil yang ditampilkan kepada peserta" in html
    form = response.context["form"]
    for name in ("review_correctness", "review_choices", "review_answers"):
        assert [value for value, _label in form.fields[name].choices] == [
            "never",
            "immediately",
            "after_pass",
            "after_last_attempt",
        ]
    assert form.initial["review_answers"] == "after_pass"


# --- Course rules -----------------------------------------------------------


def test_admin_does_not_offer_a_course_as_its_own_prerequisite(admin_client, tree):
    other = publish(
        tree.catalogue,
        CoursePage(
            title="Lanjutan", summary="Lanjutan.", objectives="<p>x</p>", jp=2, duration_minutes=90
        ),
    )
    response = admin_client.get(f"/admin/pages/{tree.course.pk}/edit/")
    form = response.context["form"]
    offered = [
        getattr(value, "value", value) for value, _label in form.fields["prerequisites"].choices
    ]
    assert other.pk in offered and tree.course.pk not in offered


def test_admin_rejects_circular_prerequisites(admin_client, tree):
    from wagtail.test.utils.form_data import rich_text

    from courses.forms import requires

    other = publish(
        tree.catalogue,
        CoursePage(
            title="Lanjutan", summary="Lanjutan.", objectives="<p>x</p>", jp=2, duration_minutes=90
        ),
    )
    other.prerequisites.add(tree.course)
    other.save_revision().publish()
    assert requires(CoursePage, other, tree.course.pk)
    assert not requires(CoursePage, tree.course, other.pk)

    response = admin_client.get(f"/admin/pages/{tree.course.pk}/edit/")
    form_class = type(response.context["form"])
    form = form_class(
        instance=tree.course,
        for_user=response.context["request"].user,
        data={
            "title": tree.course.title,
            "slug": tree.course.slug,
            "summary": "x",
            "objectives": rich_text("<p>x</p>"),
            "jp": 4,
            "duration_minutes": 60,
            "level": "dasar",
            "completion_rule": "quizzes",
            "prerequisites": [other.pk],
        },
        parent_page=tree.catalogue,
    )
    assert not form.is_valid()
    assert "melingkar" in str(form.errors["prerequisites"])


def test_course_with_prerequisites_publishes_from_a_revision(tree):
    basic = publish(
        tree.catalogue,
        CoursePage(
            title="Pengantar", summary="Dasar.", objectives="<p>x</p>", jp=1, duration_minutes=45
        ),
    )
    tree.course.prerequisites.add(basic)
    tree.course.save_revision().publish()  # restoring the revision runs clean()
    assert list(CoursePage.objects.get(pk=tree.course.pk).prerequisites.all()) == [basic]


def test_course_cannot_require_itself(tree):
    tree.course.prerequisites.add(tree.course)
    with pytest.raises(ValidationError) as error:
        tree.course.full_clean()
    assert "prerequisites" in error.value.message_dict


# --- Page types -------------------------------------------------------------


def test_page_types_follow_the_catalogue_structure(tree):
    assert not LessonPage.can_create_at(tree.course)
    assert not QuizPage.can_create_at(tree.course)
    assert LessonPage.can_create_at(tree.module)
    assert QuizPage.can_create_at(tree.module)
    assert ModulePage.can_create_at(tree.course)
    assert not ModulePage.can_create_at(tree.catalogue)
    assert CoursePage.can_create_at(tree.catalogue)
    assert not CoursePage.can_create_at(tree.home)
    assert not LessonPage.can_create_at(tree.lesson)
    # One catalogue per site.
    assert not CourseIndexPage.can_create_at(tree.home)


def test_admin_refuses_to_add_a_lesson_under_a_course(admin_client, tree):
    url = f"/admin/pages/add/courses/lessonpage/{tree.course.pk}/"
    assert admin_client.get(url).status_code in (302, 403)
    response = admin_client.post(url, {"title": "Salah tempat", "slug": "salah-tempat"})
    assert response.status_code in (302, 403)
    assert not LessonPage.objects.filter(slug="salah-tempat").exists()


# --- Block templates --------------------------------------------------------


@pytest.fixture
def image():
    return Image.objects.create(title="Unggahan", file=get_test_image_file())


@pytest.fixture
def document():
    document = Document(title="UU KIP")
    document.file.save("uu-14-2008.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048), save=False)
    document.save()
    return document


def _value(name, image, document):
    block = LESSON_BLOCKS[name]
    raw = {
        "image": {
            "image": image.pk,
            "alt_text": "Petugas melayani warga di loket",
            "caption": "Loket pelayanan",
            "credit": "Humas Kota Contoh",
        },
        "video": {
            "video": "https://www.youtube.com/watch?v=abc123",
            "title": "Membalas kritik",
            "transcript": "<p>Halo, di video ini kita belajar membalas kritik.</p>",
        },
        "document": {
            "document": document.pk,
            "title": "Salinan UU KIP",
            "description": "Undang-undang lengkap.",
        },
        "paragraph": "<p>Warga mengenal <b>pemerintah</b> lewat linimasa.</p>",
    }.get(name)
    return block.to_python(raw) if raw is not None else block.get_preview_value()


@pytest.mark.parametrize("name", list(LESSON_BLOCKS))
def test_every_lesson_block_renders_through_its_template(name, image, document):
    block = LESSON_BLOCKS[name]
    with mock.patch(
        "wagtail.embeds.format.embeds.get_embed",
        return_value=mock.Mock(html='<iframe title="Video"></iframe>'),
    ):
        html = block.render(_value(name, image, document))
    assert block.get_template(None), f"{name} has no template"
    assert html.strip(), f"{name} rendered nothing"
    assert "None" not in html


def _render(name, value=None, image=None, document=None):
    block = LESSON_BLOCKS[name]
    value = value if value is not None else _value(name, image, document)
    with mock.patch(
        "wagtail.embeds.format.embeds.get_embed",
        return_value=mock.Mock(html='<iframe title="Video"></iframe>'),
    ):
        return block.render(block.to_python(value) if type(value) is dict else value)


def test_image_block_is_a_figure_with_alt_text_caption_and_credit(image, document):
    html = _render("image", image=image, document=document)
    assert "<figure" in html and "<figcaption" in html
    assert 'alt="Petugas melayani warga di loket"' in html
    assert "Loket pelayanan" in html and "Humas Kota Contoh" in html


def test_video_block_has_a_transcript_and_a_link(image, document):
    html = _render("video", image=image, document=document)
    assert "<iframe" in html
    assert "<details" in html and "Transkrip" in html
    assert "belajar membalas kritik" in html
    assert 'href="https://www.youtube.com/watch?v=abc123"' in html


def test_document_block_shows_file_type_and_size(image, document):
    html = _render("document", image=image, document=document)
    assert document.url in html
    assert "PDF" in html and "KB" in html


def test_callout_is_a_labelled_aside():
    html = _render(
        "callout",
        {"kind": "warning", "title": "", "text": "<p>Jangan unggah data pribadi warga.</p>"},
    )
    assert "<aside" in html and 'role="note"' in html and 'aria-label="Perhatian"' in html


def test_regulation_quote_cites_regulation_and_article():
    html = _render("regulation", LESSON_BLOCKS["regulation"].get_preview_value())
    assert "<blockquote" in html
    assert "<cite>UU No. 14 Tahun 2008" in html and "Pasal 7 ayat (1)" in html


def test_do_dont_labels_both_lists_in_words_not_only_icons():
    html = _render("do_dont", LESSON_BLOCKS["do_dont"].get_preview_value())
    assert "Lakukan" in html and "Hindari" in html
    assert 'aria-hidden="true">✓' in html and 'aria-hidden="true">✗' in html
    assert "Menghapus komentar kritis" in html


def test_social_post_shows_account_platform_verdict_and_comment():
    html = _render(
        "social_post",
        {
            "platform": "x",
            "account_name": "dinas kominfo",
            "handle": "kominfo_contoh",
            "text": "Baris satu\nBaris dua",
            "image": None,
            "image_alt": "",
            "verdict": "bad",
            "comment": "Terlalu banyak singkatan.",
        },
    )
    assert "@kominfo_contoh" in html and "X (Twitter)" in html
    assert ">D<" in html  # avatar initial
    assert "Baris satu<br>Baris dua" in html
    assert "Contoh buruk" in html and "Terlalu banyak singkatan." in html


def test_checklist_renders_labelled_checkboxes_that_are_not_submitted():
    html = _render("checklist", LESSON_BLOCKS["checklist"].get_preview_value())
    assert html.count('type="checkbox"') == 2
    assert "<label>" in html and "<form" not in html and " name=" not in html


def test_practice_assignment_block_shows_only_the_prompt():
    html = _render("practice_assignment", LESSON_BLOCKS["practice_assignment"].get_preview_value())
    assert "Tulis ulang unggahan" in html and "<form" not in html


def test_previewable_blocks_render_in_the_admin_block_preview(admin_client):
    for name in ("heading", "callout", "do_dont", "social_post", "checklist"):
        block = LESSON_BLOCKS[name]
        assert block.is_previewable, name
        response = admin_client.get(
            "/admin/block-preview/",
            {"id": LessonPage.body.field.stream_block.child_blocks[name].definition_prefix},
        )
        assert response.status_code == 200, name
        assert "css/site.css" in response.content.decode()


# --- Rich text --------------------------------------------------------------


def test_rich_text_expands_internal_links_and_keeps_formatting(tree):
    html = LESSON_BLOCKS["paragraph"].render(
        RichText(
            f'<p>Baca <a linktype="page" id="{tree.lesson.pk}">pelajaran ini</a> dan '
            f"<b>catat</b>.</p>"
        )
    )
    assert f'href="{tree.lesson.url}"' in html
    assert "<b>catat</b>" in html
    assert 'class="prose lesson-text"' in html


def test_lesson_body_renders_blocks_in_order(tree):
    tree.lesson.body = StreamValue(
        LessonPage.body.field.stream_block,
        [
            {"type": "heading", "value": {"text": "Pembuka", "level": "h2"}},
            paragraph("<p>Isi.</p>"),
        ],
        is_lazy=True,
    )
    html = "".join(str(block) for block in tree.lesson.body)
    assert html.index("Pembuka") < html.index("Isi.")


# --- Search -----------------------------------------------------------------


def test_search_finds_a_course_by_its_summary_and_a_lesson_by_its_body(tree):
    courses = Page.objects.live().search("warganet")
    assert tree.course.page_ptr in list(courses)
    lessons = Page.objects.live().search("linimasa")
    assert tree.lesson.page_ptr in list(lessons)


def test_catalogue_search_keeps_the_filters(tree):
    publish(
        tree.catalogue,
        CoursePage(
            title="Krisis komunikasi",
            summary="Menjawab warganet saat krisis.",
            objectives="<p>x</p>",
            jp=10,
            duration_minutes=450,
            mandatory_for_all=True,
        ),
    )
    request = RequestFactory().get("/", {"q": "warganet", "jp": "9+"})
    titles = [course.title for course in listing(tree.catalogue, request)["courses"]]
    assert titles == ["Krisis komunikasi"]

    request = RequestFactory().get("/", {"q": "warganet", "kategori": "komunikasi-publik"})
    titles = [course.title for course in listing(tree.catalogue, request)["courses"]]
    assert titles == [tree.course.title]

    request = RequestFactory().get("/", {"wajib": "1", "jp": "bogus"})
    context = listing(tree.catalogue, request)
    assert [c.title for c in context["courses"]] == ["Krisis komunikasi"]
    assert context["filters"]["jp"] == ""


def test_catalogue_with_unknown_category_is_empty(tree):
    request = RequestFactory().get("/", {"kategori": "tidak-ada"})
    assert list(listing(tree.catalogue, request)["courses"]) == []


def test_unpublished_lesson_is_not_found(tree):
    draft = LessonPage(title="Draf", body=[paragraph("<p>rahasiakata</p>")], live=False)
    tree.module.add_child(instance=draft)
    assert not list(Page.objects.live().search("rahasiakata"))


def test_single_choice_helper_builds_valid_questions():
    block = SingleChoiceQuestionBlock()
    assert block.clean(block.to_python(single_choice("q1", prompt="Soal?")["value"]))


# --- Page templates (with learning's template tags) ------------------------------


@pytest.fixture
def learner(groups):
    from tests.factories import LearnerFactory

    return LearnerFactory()


def _enrol(learner, course):
    from learning.services import progress

    progress.enrol(learner, course)


def test_catalogue_lists_courses_with_filters_and_badges(client, tree):
    publish(
        tree.catalogue,
        CoursePage(
            title="Krisis komunikasi",
            summary="Menjawab warganet saat krisis.",
            objectives="<p>x</p>",
            jp=10,
            duration_minutes=450,
            mandatory_for_all=True,
        ),
    )
    html = client.get(tree.catalogue.url).content.decode()
    assert 'name="q"' in html and 'name="kategori"' in html and 'name="wajib"' in html
    assert 'value="komunikasi-publik"' in html
    assert "Krisis komunikasi" in html and tree.course.title in html
    assert "Wajib" in html and "7 jam 30 menit" in html and "<dd>10</dd>" in html
    assert "<progress" not in html

    html = client.get(tree.catalogue.url, {"jp": "9+", "q": "warganet"}).content.decode()
    assert "Krisis komunikasi" in html and tree.course.title not in html
    assert 'value="9+" selected' in html and 'value="warganet"' in html


def test_catalogue_empty_state_offers_to_clear_filters(client, tree):
    html = client.get(tree.catalogue.url, {"q": "zzzzzz"}).content.decode()
    assert "Tidak ada kursus yang cocok" in html and "Lihat semua kursus" in html


def test_catalogue_paginates_with_halaman_and_keeps_the_query(client, tree):
    for n in range(12):
        publish(
            tree.catalogue,
            CoursePage(
                title=f"Kursus warganet {n:02d}",
                summary="Tentang warganet.",
                objectives="<p>x</p>",
                jp=2,
                duration_minutes=60,
            ),
        )
    html = client.get(tree.catalogue.url, {"q": "warganet"}).content.decode()
    assert "Halaman 1 dari 2" in html
    assert "?q=warganet&amp;halaman=2" in html
    html = client.get(tree.catalogue.url, {"q": "warganet", "halaman": 2}).content.decode()
    assert "Halaman 2 dari 2" in html


def test_catalogue_shows_progress_to_an_enrolled_learner(client, tree, learner):
    _enrol(learner, tree.course)
    client.force_login(learner)
    html = client.get(tree.catalogue.url).content.decode()
    assert '<progress max="100" value="0"' in html and "Kemajuan Anda" in html


def test_course_page_asks_anonymous_visitors_to_log_in(client, tree):
    html = client.get(tree.course.url).content.decode()
    assert "Masuk untuk mendaftar" in html and f"?next={tree.course.url}" in html
    assert "Tujuan pembelajaran" in html and "Menyusun unggahan layanan publik" in html
    assert tree.module.title in html and tree.lesson.title in html and tree.quiz.title in html
    assert "4 JP" in html and "3 jam" in html and "Komunikasi Publik" in html


def test_course_page_offers_enrolment_then_resume(client, tree, learner):
    from django.urls import reverse

    client.force_login(learner)
    html = client.get(tree.course.url).content.decode()
    assert reverse("learning:enrol", args=[tree.course.pk]) in html

    _enrol(learner, tree.course)
    html = client.get(tree.course.url).content.decode()
    assert "Lanjutkan" in html and "Kemajuan kursus" in html
    assert reverse("learning:enrol", args=[tree.course.pk]) not in html


def test_course_page_lists_missing_prerequisites(client, tree, learner):
    basic = publish(
        tree.catalogue,
        CoursePage(
            title="Pengantar Kehumasan",
            summary="Dasar.",
            objectives="<p>x</p>",
            jp=2,
            duration_minutes=60,
        ),
    )
    tree.course.prerequisites.add(basic)
    tree.course.save_revision().publish()
    client.force_login(learner)
    html = client.get(tree.course.url).content.decode()
    assert "Selesaikan prasyarat" in html and f'href="{basic.url}"' in html


def test_module_page_lists_its_items_and_links_back(client, tree):
    html = client.get(tree.module.url).content.decode()
    assert f'href="{tree.lesson.url}"' in html and f'href="{tree.quiz.url}"' in html
    assert "Kembali ke kursus" in html


def test_lesson_page_renders_blocks_assignment_form_and_completion(client, tree, learner):
    tree.lesson.body = [
        paragraph("<p>Warga mengenal pemerintah lewat linimasa.</p>"),
        {
            "type": "practice_assignment",
            "id": "tugas-1",
            "value": {
                "title": "Tulis ulang unggahan",
                "prompt": "<p>Tulis ulang.</p>",
                "allow_link": True,
            },
        },
    ]
    tree.lesson.save_revision().publish()
    _enrol(learner, tree.course)
    client.force_login(learner)
    html = client.get(tree.lesson.url).content.decode()
    assert "linimasa" in html and "Tulis ulang unggahan" in html
    assert "/pelajaran/%d/tugas/tugas-1/" % tree.lesson.pk in html
    # One main action, naming where it leads; the next item is also linked by name.
    assert "Selesai & lanjut: Kuis 1" in html and "Tandai selesai" not in html
    assert f'href="{tree.quiz.url}"' in html  # next
    assert "Perkiraan waktu baca 8 menit" in html
    assert f'href="{tree.course.url}"' in html  # breadcrumbs


def test_quiz_page_shows_rules_and_a_start_button(client, tree, learner):
    from django.urls import reverse

    tree.quiz.attempt_limit = 3
    tree.quiz.time_limit_minutes = 15
    tree.quiz.save_revision().publish()
    _enrol(learner, tree.course)
    client.force_login(learner)
    html = client.get(tree.quiz.url).content.decode()
    assert "Jumlah soal" in html and "70%" in html and "3 kali" in html and "15 menit" in html
    assert reverse("learning:quiz_start", args=[tree.quiz.pk]) in html
    assert "Mulai kuis" in html


@pytest.mark.parametrize("name", ["catalogue", "course", "module", "lesson", "quiz"])
def test_editors_can_preview_every_page_type(tree, name, groups):
    from learning import roles
    from tests.factories import make_in_group

    request = RequestFactory().get("/")
    request.user = make_in_group(roles.TRAINER)
    response = getattr(tree, name).make_preview_request(original_request=request)
    assert response.status_code == 200
    assert getattr(tree, name).title in response.content.decode()


def test_editors_can_preview_a_new_lesson_before_it_is_saved(tree, groups):
    from learning import roles
    from tests.factories import make_in_group

    lesson = LessonPage(title="Draf baru", body=[paragraph("<p>Isi draf.</p>")])
    lesson.depth = tree.module.depth + 1
    lesson.path = tree.module.path + "9999"
    request = RequestFactory().get("/")
    request.user = make_in_group(roles.TRAINER)
    response = lesson.make_preview_request(original_request=request)
    assert response.status_code == 200
    assert "Isi draf." in response.content.decode()


def test_lesson_breadcrumbs_lead_back_to_module_and_course(client):
    from learning.models import Enrolment
    from tests.factories import LearnerFactory, build_course

    tree = build_course()
    learner = LearnerFactory()
    Enrolment.objects.create(user=learner, course=tree.course)
    client.force_login(learner)
    html = client.get(tree.lesson.url).content.decode()
    trail = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{tree.course.url}"' in trail and f'href="{tree.module.url}"' in trail
    assert tree.index.url + '"' not in trail
    assert 'aria-current="page">Pelajaran 1<' in trail


def test_unpublished_module_hides_its_lessons_in_wagtails_own_walk(tree):
    """The rule lives on the course pages, not in a faster router above them."""
    from django.http import Http404

    request = RequestFactory().get("/")
    module = ModulePage.objects.get(pk=tree.module.pk)
    assert module.route(request, [tree.lesson.slug]).page.pk == tree.lesson.pk
    module.unpublish()
    module.refresh_from_db()
    with pytest.raises(Http404):
        module.route(request, [tree.lesson.slug])


def test_unpublished_course_hides_its_modules_and_lessons(client, tree):
    from learning.models import Enrolment
    from tests.factories import LearnerFactory

    learner = LearnerFactory()
    Enrolment.objects.create(user=learner, course=tree.course)
    client.force_login(learner)
    lesson_url = tree.lesson.url
    assert client.get(lesson_url).status_code == 200
    CoursePage.objects.get(pk=tree.course.pk).unpublish()
    assert client.get(lesson_url).status_code == 404
    assert client.get(tree.module.url).status_code == 404


def test_catalogue_routes_deep_pages_in_two_queries(tree, django_assert_num_queries):
    request = RequestFactory().get("/")
    catalogue = CourseIndexPage.objects.get(pk=tree.catalogue.pk)
    components = tree.lesson.url_path[len(catalogue.url_path) :].strip("/").split("/")
    with django_assert_num_queries(3):  # the page, hidden ancestors, the specific row
        found = catalogue.route(request, components)
    assert found.page.pk == tree.lesson.pk


def test_a_lesson_block_without_a_template_is_escaped_not_trusted():
    """Lesson blocks render through their own templates (safe HTML); a block without
    one renders plain text, which the lesson page escapes instead of marking safe."""
    from types import SimpleNamespace

    from wagtail import blocks

    from courses.templatetags.course_tags import _render_blocks

    stream = blocks.StreamBlock([("note", blocks.CharBlock())])
    page = SimpleNamespace(body=stream.to_python([{"type": "note", "value": "<script>x</script>"}]))

    (rendered,) = _render_blocks(page, request=None)

    assert rendered.html == "&lt;script&gt;x&lt;/script&gt;"
