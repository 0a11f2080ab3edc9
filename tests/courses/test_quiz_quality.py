"""The quiz-quality check: the known cues are flagged, on save, in the editor and in a report,
and never block saving."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import QuizPage
from courses.quiz_quality import questions_warnings, quiz_warnings
from learning import roles
from learning.services.content_roles import setup_content_roles
from tests.factories import build_course, choice_item, make_in_group, true_false

pytestmark = pytest.mark.django_db


def single(qid, texts, correct=0, feedback="Umpan.", explanation="Pembahasan."):
    return {
        "type": "single_choice",
        "id": qid,
        "value": {
            "prompt": f"Soal {qid}?",
            "choices": [
                choice_item(f"{qid}-{i}", text, i == correct, feedback)
                for i, text in enumerate(texts)
            ],
            "explanation": explanation,
        },
    }


def multiple(qid, texts, correct, explanation="Pembahasan."):
    return {
        "type": "multiple_choice",
        "id": qid,
        "value": {
            "prompt": f"Soal {qid}?",
            "choices": [
                choice_item(f"{qid}-{i}", text, i in correct, "Umpan.")
                for i, text in enumerate(texts)
            ],
            "explanation": explanation,
        },
    }


SHORT = ["Jawaban pendek A", "Jawaban pendek B", "Jawaban pendek C"]
LONG_CORRECT = [
    "Balas dengan sopan, beri tautan pengumuman resmi, lalu laporkan kabar keliru "
    "itu kepada tim humas agar diluruskan",
    "Diam saja",
    "Tegur keras",
]


def codes(warnings):
    return [(warning.code, warning.number) for warning in warnings]


def check(questions, draw_count=1):
    tree = build_course(questions=questions, draw_count=draw_count)
    return quiz_warnings(tree.quiz)


def test_a_seeded_bad_item_is_flagged_for_each_cue():
    warnings = check(
        [
            single("q1", LONG_CORRECT),
            single("q2", ["Akun resmi", "Akun pribadi", "Semua jawaban di atas benar"]),
            single("q3", ["Akun resmi", "akun resmi.", "Akun pribadi"]),
            single("q4", SHORT, feedback=""),
            single("q5", SHORT, explanation=""),
            multiple("q6", ["A satu", "B dua", "C tiga"], correct={0, 1, 2}),
        ],
        draw_count=3,
    )

    assert ("correct_longest", 1) in codes(warnings)
    assert ("all_of_the_above", 2) in codes(warnings)
    assert ("duplicate_choices", 3) in codes(warnings)
    assert ("missing_feedback", 4) in codes(warnings)
    assert ("missing_explanation", 5) in codes(warnings)
    assert ("all_correct", 6) in codes(warnings)
    assert str(next(w for w in warnings if w.code == "correct_longest")).startswith("Soal 1: ")


def test_quiz_level_cues_are_flagged():
    questions = [true_false(f"tf{n}", answer="false", explanation="x") for n in range(4)]
    questions += [multiple(f"m{n}", ["A", "B", "C", "D"], correct={0, 1, 2}) for n in range(2)]
    questions += [single(f"s{n}", ["Pilihan A yang sedang", "B", "C"]) for n in range(4)]

    warnings = codes(check(questions, draw_count=None))

    assert ("true_false_balance", None) in warnings
    assert ("all_but_one_share", None) in warnings
    assert ("correct_longest_share", None) in warnings
    assert ("bank_size", None) in warnings


def test_the_reverse_cue_is_flagged_too():
    questions = [
        single(f"s{n}", ["Ya", "Pilihan B lebih panjang", "Pilihan C lebih panjang"])
        for n in range(4)
    ]

    assert ("correct_shortest_share", None) in codes(check(questions, draw_count=2))


def test_a_well_written_bank_has_no_warnings():
    questions = [
        single(
            "q1", ["Tutup kolom komentar", "Jawab dan buat infografik", "Unggah ulang"], correct=1
        ),
        single(
            "q2", ["Minta NIK di komentar", "Arahkan ke pesan langsung", "Abaikan saja"], correct=1
        ),
        true_false("q3", answer="true", explanation="x"),
        true_false("q4", answer="false", explanation="x"),
    ]

    assert check(questions, draw_count=2) == []


def test_plain_block_values_can_be_checked_without_a_page():
    block = single("q1", LONG_CORRECT)

    warnings = questions_warnings([("single_choice", block["value"], "q1")], draw_count=1)

    assert "correct_longest" in [warning.code for warning in warnings]


# --- In the admin -------------------------------------------------------------------------


@pytest.fixture
def trainer(groups):
    return make_in_group(roles.TRAINER)


@pytest.fixture
def bad_quiz(groups):
    tree = build_course(questions=[single("q1", LONG_CORRECT), single("q2", SHORT)], draw_count=1)
    setup_content_roles()
    return tree.quiz


def _edit_post_data(quiz):
    value = quiz.questions[0].value
    choices = {"count": len(value["choices"])}
    for index, child in enumerate(value["choices"].bound_blocks):
        choices[str(index)] = {
            "value": {
                "text": child.value["text"],
                "is_correct": "on" if child.value["is_correct"] else "",
                "feedback": child.value["feedback"],
            },
            "deleted": "",
            "order": str(index),
            "id": child.id,
        }
    return nested_form_data(
        {
            "title": quiz.title,
            "slug": quiz.slug,
            "intro": rich_text(""),
            "pass_mark": "70",
            "attempt_limit": "0",
            "time_limit_minutes": "",
            "draw_count": "1",
            "shuffle_choices": "",
            "review_correctness": "immediately",
            "review_choices": "immediately",
            "review_answers": "after_pass",
            "questions": streamfield(
                [
                    (
                        "single_choice",
                        {
                            "prompt": value["prompt"],
                            "choices": choices,
                            "explanation": value["explanation"],
                        },
                    )
                ]
            ),
        }
    )


def test_saving_a_quiz_with_a_flagged_item_succeeds_and_warns(client, trainer, bad_quiz):
    client.force_login(trainer)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[bad_quiz.pk]),
        _edit_post_data(bad_quiz),
        follow=True,
    )

    assert response.redirect_chain, response.context["form"].errors if response.context else ""
    text = response.content.decode()
    assert "Kualitas soal: " in text and "jawaban benar jauh lebih panjang" in text
    draft = QuizPage.objects.get(pk=bad_quiz.pk).get_latest_revision_as_object()
    assert len(draft.questions) == 1  # the save went through


def test_the_edit_page_shows_the_quality_panel(client, trainer, bad_quiz):
    client.force_login(trainer)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[bad_quiz.pk]))

    text = response.content.decode()
    assert response.status_code == 200
    assert "Pemeriksaan menemukan" in text and "jawaban benar jauh lebih panjang" in text


def test_the_report_lists_quizzes_with_warnings_for_their_editors(client, trainer, bad_quiz):
    clean = build_course(
        questions=[
            single("c1", ["Tutup", "Jawab dengan data", "Unggah ulang"], correct=1),
            single("c2", ["Minta NIK", "Arahkan ke DM", "Abaikan"], correct=1),
        ],
        draw_count=1,
    ).quiz
    client.force_login(trainer)

    response = client.get(reverse("courses_quiz_quality"))

    assert response.status_code == 200
    reports = response.context["reports"]
    assert [report.quiz.pk for report in reports] == [bad_quiz.pk]
    assert clean.pk not in [report.quiz.pk for report in reports]
