"""Practice assignments: cleaning what learners type, submitting, and trainers' reviews."""

import pytest
from django.urls import reverse

from courses.models import LessonPage
from learning import roles
from learning.forms.practice import (
    RESPONSE_MAX_LENGTH,
    PracticeForm,
    clean_learner_html,
    editable_text,
)
from learning.models import Enrolment, PracticeSubmission, QuizAttempt
from learning.services import progress
from learning.services.practice import PracticeError, review_submission, submit_practice
from tests.factories import LearnerFactory, build_course, make_in_group, practice_block

pytestmark = pytest.mark.django_db

BLOCK_ID = "tugas-unggahan"
NO_LINK_BLOCK_ID = "tugas-tanpa-tautan"


@pytest.fixture
def tree():
    tree = build_course()
    lesson = LessonPage.objects.get(pk=tree.lesson.pk)
    lesson.body = [
        {"type": "paragraph", "value": "<p>Isi</p>"},
        practice_block(BLOCK_ID, "Tulis ulang unggahan"),
        practice_block(NO_LINK_BLOCK_ID, "Refleksi singkat", allow_link=False),
    ]
    lesson.save_revision().publish()
    tree.lesson = LessonPage.objects.get(pk=lesson.pk)
    return tree


@pytest.fixture
def learner(tree):
    learner = LearnerFactory()
    progress.enrol(learner, tree.course)
    return learner


@pytest.fixture
def trainer(groups):
    return make_in_group(roles.TRAINER)


def submit(learner, tree, text="<p>Jawaban saya</p>", link="", block_id=BLOCK_ID):
    return submit_practice(learner, tree.lesson, block_id, text, link)


# --- Cleaning ----------------------------------------------------------------------


def test_learner_html_loses_scripts_handlers_and_javascript_links():
    dirty = (
        '<p onclick="steal()">Halo <script>alert(1)</script>'
        '<a href="javascript:alert(1)">klik</a> <img src=x onerror="y()">'
        "<style>p{color:red}</style><span>teks</span></p>"
    )
    clean = clean_learner_html(dirty)
    assert "<script" not in clean and "alert" not in clean
    assert "onclick" not in clean and "onerror" not in clean
    assert "javascript:" not in clean
    assert "<img" not in clean and "<span" not in clean and "color:red" not in clean
    assert clean == "<p>Halo klik teks</p>"


def test_every_link_gets_nofollow_noopener_and_bare_urls_are_linked():
    clean = clean_learner_html(
        '<p><a href="https://x.go.id" rel="opener" target="_blank">x'
        "</a> lihat www.kominfo.go.id</p>"
    )
    assert '<a href="https://x.go.id" rel="nofollow noopener">x</a>' in clean
    assert '<a href="http://www.kominfo.go.id" rel="nofollow noopener">' in clean
    assert "target" not in clean


def test_allowed_tags_survive():
    html = (
        "<p><strong>a</strong> <em>b</em><br></p><ul><li>c</li></ul><ol><li>d</li></ol>"
        "<blockquote>e</blockquote>"
    )
    assert clean_learner_html(html) == html


def test_plain_text_keeps_its_paragraphs_and_comes_back_as_typed():
    typed = "Mulai Senin layanan buka.\r\n\r\nBawa KK & KTP.\nInfo: www.kominfo.go.id"
    clean = clean_learner_html(typed)
    assert clean.startswith("<p>Mulai Senin layanan buka.</p>")
    assert "KK &amp; KTP.<br>" in clean
    assert editable_text(clean) == typed.replace("\r\n", "\n")
    assert editable_text("<p>Hai <strong>kamu</strong></p>") == "<p>Hai <strong>kamu</strong></p>"


def test_form_link_must_be_http_or_https():
    for bad in ("javascript:alert(1)", "ftp://contoh.go.id/berkas", "data:text/html,x"):
        form = PracticeForm({"response": "Jawaban", "link_url": bad})
        assert not form.is_valid(), bad
        assert "link_url" in form.errors
    assert PracticeForm({"response": "Jawaban", "link_url": "https://instagram.com/p/1"}).is_valid()


def test_form_refuses_an_answer_that_is_only_markup():
    form = PracticeForm({"response": "<script>alert(1)</script><p> </p>"})
    assert not form.is_valid()
    assert "response" in form.errors


def test_form_has_no_link_field_when_the_block_forbids_links():
    assert "link_url" not in PracticeForm(allow_link=False).fields


# --- Submitting ----------------------------------------------------------------------


def test_submission_is_cleaned_and_stored(tree, learner):
    submission = submit(
        learner,
        tree,
        '<p onclick="x()">Jawaban <script>x</script></p>',
        "https://x.com/humas/status/1",
    )
    assert submission.response == "<p>Jawaban </p>"
    assert submission.prompt_title == "Tulis ulang unggahan"
    assert submission.status == PracticeSubmission.Status.SUBMITTED


def test_service_refuses_a_non_http_link(tree, learner):
    with pytest.raises(PracticeError, match="http"):
        submit(learner, tree, link="javascript:alert(1)")


def test_submission_requires_enrolment(tree):
    with pytest.raises(PracticeError, match="Daftar"):
        submit(LearnerFactory(), tree)


def test_submission_requires_a_practice_assignment_block(tree, learner):
    with pytest.raises(PracticeError):
        submit(learner, tree, block_id="tidak-ada")


def test_link_refused_where_the_block_forbids_links(tree, learner):
    with pytest.raises(PracticeError):
        submit(learner, tree, link="https://contoh.go.id", block_id=NO_LINK_BLOCK_ID)


def test_returned_submission_can_be_resubmitted_in_place(tree, learner, trainer):
    first = submit(learner, tree)
    review_submission(first, trainer, "return", "Tambahkan jam layanan.")

    again = submit(learner, tree, "<p>Versi kedua dengan jam layanan</p>")

    assert again.pk == first.pk
    assert again.status == PracticeSubmission.Status.SUBMITTED
    assert PracticeSubmission.objects.get().response == "<p>Versi kedua dengan jam layanan</p>"


def test_accepted_submission_cannot_be_changed(tree, learner, trainer):
    submission = submit(learner, tree)
    review_submission(submission, trainer, "accept", "")
    with pytest.raises(PracticeError, match="sudah diterima"):
        submit(learner, tree, "<p>Ubah</p>")
    assert PracticeSubmission.objects.get().response == "<p>Jawaban saya</p>"


def test_returning_requires_a_comment(tree, learner, trainer):
    submission = submit(learner, tree)
    with pytest.raises(PracticeError, match="komentar"):
        review_submission(submission, trainer, "return", "  ")
    with pytest.raises(PracticeError):
        review_submission(submission, trainer, "maybe", "")


def test_submit_view_saves_and_returns_to_the_assignment(client, tree, learner):
    client.force_login(learner)
    url = reverse("learning:practice_submit", args=[tree.lesson.pk, BLOCK_ID])
    response = client.post(
        url, {"response": "<p>Jawaban <b>saya</b></p>", "link_url": "https://instagram.com/p/abc"}
    )
    assert response.status_code == 302
    assert response.url == f"{tree.lesson.url}#tugas-{BLOCK_ID}"
    submission = PracticeSubmission.objects.get()
    assert submission.link_url == "https://instagram.com/p/abc"
    assert submission.response == "<p>Jawaban saya</p>"


def test_rejected_answer_comes_back_with_the_error(client, tree, learner):
    client.force_login(learner)
    url = reverse("learning:practice_submit", args=[tree.lesson.pk, BLOCK_ID])
    response = client.post(
        url, {"response": "Draf panjang saya", "link_url": "ftp://x"}, follow=True
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not PracticeSubmission.objects.exists()
    assert "Jawaban belum terkirim" in html
    assert "Draf panjang saya" in html


def test_submit_view_for_unknown_block_is_404(client, tree, learner):
    client.force_login(learner)
    url = reverse("learning:practice_submit", args=[tree.lesson.pk, "tidak-ada"])
    assert client.post(url, {"response": "x"}).status_code == 404


def test_submit_view_refuses_a_learner_not_enrolled_with_a_message(client, tree):
    client.force_login(LearnerFactory())
    url = reverse("learning:practice_submit", args=[tree.lesson.pk, BLOCK_ID])
    response = client.post(url, {"response": "Jawaban"})
    assert response.status_code == 302
    assert not PracticeSubmission.objects.exists()


def test_lesson_page_shows_the_form_for_each_assignment(client, tree, learner):
    client.force_login(learner)
    html = client.get(tree.lesson.url).content.decode()
    assert html.count('name="response"') == 2
    assert html.count('name="link_url"') == 1
    assert reverse("learning:practice_submit", args=[tree.lesson.pk, BLOCK_ID]) in html


# --- Length limit: on what was typed, never a cut of the cleaned HTML ------------------


def _hostile_answer():
    """Plain text whose cleaned HTML, cut at the limit, would end inside ``<a href="``."""
    padding = "a" * (RESPONSE_MAX_LENGTH - len('<p><a href="http://www.e') - 1)
    return padding + " www.example.com/x"


def test_answer_whose_cleaned_form_outgrows_the_limit_is_stored_whole(tree, learner):
    typed = ("Sumber: www.kominfo.go.id " * (RESPONSE_MAX_LENGTH // 30)).strip()
    assert len(typed) <= RESPONSE_MAX_LENGTH < len(clean_learner_html(typed))

    submission = submit(learner, tree, typed)

    assert submission.response == clean_learner_html(typed)
    assert submission.response.endswith("</a></p>")


def test_answer_crafted_to_be_cut_inside_a_tag_is_stored_well_formed(tree, learner):
    typed = _hostile_answer()
    assert clean_learner_html(typed)[:RESPONSE_MAX_LENGTH].endswith('<a href="http://www.e')

    submission = submit(learner, tree, typed, "https://x.go.id/autofocus/onfocus=alert(1)//")

    stored = PracticeSubmission.objects.get(pk=submission.pk).response
    assert stored == clean_learner_html(typed)
    assert stored.endswith(
        '<a href="http://www.example.com/x" rel="nofollow noopener">www.example.com/x</a></p>'
    )
    assert stored.count("<a ") == stored.count("</a>") == 1


def test_service_refuses_an_answer_longer_than_the_limit(tree, learner):
    with pytest.raises(PracticeError, match="terlalu panjang"):
        submit(learner, tree, "a" * (RESPONSE_MAX_LENGTH + 1))
    assert not PracticeSubmission.objects.exists()


def test_form_says_an_answer_is_too_long(tree):
    form = PracticeForm({"response": "a" * (RESPONSE_MAX_LENGTH + 1)})
    assert not form.is_valid()
    assert "terlalu panjang" in form.errors["response"][0]
    assert str(RESPONSE_MAX_LENGTH + 1) in form.errors["response"][0]


def test_form_passes_the_typed_answer_to_the_service(tree):
    typed = "Lihat www.kominfo.go.id"
    form = PracticeForm({"response": typed})
    assert form.is_valid()
    assert form.cleaned_data["response"] == typed


def test_too_long_answer_posted_is_refused_with_the_reason_and_kept(client, tree, learner):
    client.force_login(learner)
    url = reverse("learning:practice_submit", args=[tree.lesson.pk, BLOCK_ID])
    typed = "Draf panjang " + "a" * RESPONSE_MAX_LENGTH
    html = client.post(url, {"response": typed}, follow=True).content.decode()
    assert not PracticeSubmission.objects.exists()
    assert "Jawaban terlalu panjang" in html
    assert "Draf panjang" in html


def test_migration_recleans_answers_stored_cut_inside_a_tag(tree, learner):
    from importlib import import_module
    from types import SimpleNamespace

    migration = import_module("learning.migrations.0004_reclean_assignment_responses")
    # The migration ran before the model was renamed PracticeSubmission (0006).
    apps = SimpleNamespace(get_model=lambda app, name: PracticeSubmission)
    broken = submit(learner, tree)
    PracticeSubmission.objects.filter(pk=broken.pk).update(
        response='<p>Jawaban <a href="http://www.e'
    )

    migration.reclean_responses(apps, None)

    assert PracticeSubmission.objects.get(pk=broken.pk).response == "<p>Jawaban </p>"


# --- Reviewing in the Wagtail admin ---------------------------------------------------


def _edit_url(submission):
    return f"/admin/snippets/learning/practicesubmission/edit/{submission.pk}/"


def test_trainer_lists_and_filters_submissions(client, tree, learner, trainer):
    submit(learner, tree)
    client.force_login(trainer)
    response = client.get("/admin/snippets/learning/practicesubmission/?status=submitted")
    assert response.status_code == 200
    assert "Tulis ulang unggahan" in response.content.decode()


def test_trainer_returns_with_comment_and_learner_sees_the_verdict(client, tree, learner, trainer):
    submission = submit(learner, tree)
    client.force_login(trainer)
    page = client.get(_edit_url(submission))
    assert page.status_code == 200
    assert "Jawaban saya" in page.content.decode()

    response = client.post(
        _edit_url(submission),
        {
            "status": "returned",
            "reviewer_comment": "Sebutkan jam layanan yang baru.",
            "response": "<p>Diubah pelatih</p>",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    submission.refresh_from_db()
    assert submission.status == PracticeSubmission.Status.RETURNED
    assert submission.reviewed_by == trainer
    assert submission.response == "<p>Jawaban saya</p>"  # the trainer cannot edit it

    client.force_login(learner)
    html = client.get(tree.lesson.url).content.decode()
    assert "Sebutkan jam layanan yang baru." in html
    assert "Dikembalikan untuk diperbaiki" in html
    assert "Kirim perbaikan" in html


def test_trainer_must_comment_when_returning(client, tree, learner, trainer):
    submission = submit(learner, tree)
    client.force_login(trainer)
    response = client.post(_edit_url(submission), {"status": "returned", "reviewer_comment": ""})
    assert response.status_code == 200
    submission.refresh_from_db()
    assert submission.status == PracticeSubmission.Status.SUBMITTED


def test_trainer_accepts_and_the_form_is_gone_for_the_learner(client, tree, learner, trainer):
    submission = submit(learner, tree)
    client.force_login(trainer)
    client.post(_edit_url(submission), {"status": "accepted", "reviewer_comment": "Bagus."})
    submission.refresh_from_db()
    assert submission.status == PracticeSubmission.Status.ACCEPTED

    client.force_login(learner)
    html = client.get(tree.lesson.url).content.decode()
    assert "Diterima" in html
    assert html.count('name="response"') == 1  # only the other assignment is still open


def test_nobody_adds_or_deletes_submissions_in_the_admin(client, tree, learner, trainer):
    submission = submit(learner, tree)
    client.force_login(trainer)
    base = "/admin/snippets/learning/practicesubmission/"
    assert client.get(f"{base}add/").status_code in (302, 403)
    assert client.get(f"{base}delete/{submission.pk}/").status_code in (302, 403)


def test_learner_cannot_open_the_review_admin(client, tree, learner):
    submission = submit(learner, tree)
    client.force_login(learner)
    assert client.get(_edit_url(submission)).status_code == 302


def test_national_admin_inspects_enrolments_and_attempts_read_only(client, tree, learner, groups):
    attempt = QuizAttempt.objects.create(
        user=learner, quiz=tree.quiz, course=tree.course, number=1, pass_mark=70, passed=False
    )
    enrolment = Enrolment.objects.get(user=learner)
    client.force_login(make_in_group(roles.NATIONAL_ADMIN))
    for model, obj in (("enrolment", enrolment), ("quizattempt", attempt)):
        base = f"/admin/snippets/learning/{model}/"
        assert client.get(base).status_code == 200
        assert client.get(f"{base}inspect/{obj.pk}/").status_code == 200
        assert client.get(f"{base}edit/{obj.pk}/").status_code in (302, 403)
        assert client.get(f"{base}add/").status_code in (302, 403)


def test_form_in_a_preview_of_an_unsaved_lesson_renders_without_a_target(rf, trainer):
    from django.contrib.auth.models import AnonymousUser
    from django.template import Context, Template

    lesson = LessonPage(title="Draf", slug="draf", body=[practice_block(BLOCK_ID, "Tugas draf")])
    for user in (trainer, AnonymousUser()):
        request = rf.get("/admin/pages/preview/")
        request.user, request.is_preview = user, True
        html = Template(
            '{% load course_tags %}{% course_slot "practice_form" page block_id %}'
        ).render(Context({"request": request, "page": lesson, "block_id": BLOCK_ID}))
        assert "<form" not in html
