"""Course packages are parsed through the StreamField blocks: every block kind, and
errors that name the file and the line."""

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from courses.models import LessonPage
from courses.packages.errors import PackageInvalid
from courses.packages.importer import import_course_package
from tests.factories import course_index

from .package_helpers import QUIZ_YAML, lesson_with, make_package, png_bytes

pytestmark = pytest.mark.django_db

LESSON = "01-modul-1-dasar/01-pelajaran-satu.md"
QUIZ = "01-modul-1-dasar/quiz.yaml"

EVERY_BLOCK = """\
Paragraf dengan *miring*, [tautan](https://jdih.go.id) dan daftar:

- satu
- dua

## Judul bagian

### Subjudul

```text
Teks dengan subjudul sendiri.

### Di dalam teks
```

```tip
title: Tips
text: Balas dalam **1 × 24 jam**.
```

```warning
text: Jangan unggah NIK warga.
```

```regulation
regulation: UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik
article: Pasal 2 ayat (1)
text: >-
  Setiap Informasi Publik bersifat terbuka dan dapat diakses oleh setiap
  Pengguna Informasi Publik.
```

```do-dont
title: Membalas kritik
do:
  - Ucapkan terima kasih
dont:
  - Menghapus komentar kritis
```

```social-post
platform: instagram
account: Dinas Contoh
handle: dinas.contoh
text: Layanan buka pukul 08.00.
image: images/pos.png
image_alt: Foto loket layanan
verdict: good
comment: Jelas dan singkat.
```

```checklist
title: Sebelum mengunggah
items:
  - Data sudah dicek
```

```takeaways
items:
  - Setiap ASN adalah humas
```

```practice
id: tugas-uji
title: Tulis ulang unggahan
prompt: Tulis ulang pengumuman **jadwal** layanan unit Anda.
allow_link: false
```

```image
file: images/pos.png
alt: Foto loket layanan
caption: Loket
credit: 'Foto: Dinas Contoh'
```

```document
file: documents/panduan.pdf
title: Panduan layanan
description: PDF, 1 halaman
```

```video
url: https://www.youtube.com/watch?v=abc
title: Video layanan
transcript: Transkrip *video*.
```
"""


@pytest.fixture
def catalogue(db):
    return course_index()


@pytest.fixture
def no_embed_lookup(monkeypatch):
    """EmbedBlock.clean asks the provider for the embed; tests have no network."""
    from wagtail.embeds.blocks import EmbedValue

    monkeypatch.setattr(EmbedValue, "html", property(lambda self: "<iframe></iframe>"))


def import_body(body, **extra_files):
    files = {
        "images/pos.png": png_bytes(),
        "documents/panduan.pdf": b"%PDF-1.4 uji\n",
        LESSON: lesson_with(body, minutes=3),
    }
    files.update(extra_files)
    return import_course_package(files=make_package(files=files), publish=True)


def problems_of(body=None, **files):
    with pytest.raises(PackageInvalid) as caught:
        if body is not None:
            import_body(body, **files)
        else:
            import_course_package(files=make_package(files=files), publish=True)
    return [str(problem) for problem in caught.value.problems]


def test_every_fence_kind_becomes_the_block_blocks_py_defines(catalogue, no_embed_lookup):
    result = import_body(EVERY_BLOCK)

    lesson = LessonPage.objects.get(slug="pelajaran-satu")
    types = [block.block_type for block in lesson.body]
    assert types == [
        "paragraph",
        "heading",
        "heading",
        "paragraph",
        "callout",
        "callout",
        "regulation",
        "do_dont",
        "social_post",
        "checklist",
        "key_takeaways",
        "practice_assignment",
        "image",
        "document",
        "video",
    ]
    body = list(lesson.body)
    assert body[0].value.source == (
        '<p>Paragraf dengan <i>miring</i>, <a href="https://jdih.go.id">tautan</a> dan daftar:'
        "</p><ul><li>satu</li><li>dua</li></ul>"
    )
    assert (body[1].value["level"], body[2].value["level"]) == ("h2", "h3")
    assert "<h3>Di dalam teks</h3>" in body[3].value.source
    assert body[4].value["kind"] == "tip" and "<b>1 × 24 jam</b>" in body[4].value["text"].source
    assert body[5].value["kind"] == "warning"
    assert body[6].value["article"] == "Pasal 2 ayat (1)"
    assert list(body[7].value["do_items"]) == ["Ucapkan terima kasih"]
    assert body[8].value["image"].title == "pos" and body[8].value["verdict"] == "good"
    assert list(body[9].value["items"]) == ["Data sudah dicek"]
    assert body[11].id == "tugas-uji" and body[11].value["allow_link"] is False
    assert body[12].value["alt_text"] == "Foto loket layanan"
    assert body[12].value["image"] == body[8].value["image"]  # one image, found by hash
    assert body[13].value["document"].title == "panduan"
    assert body[14].value["video"].url == "https://www.youtube.com/watch?v=abc"
    assert result.course.live


def test_markdown_is_stored_as_the_wagtail_editor_stores_it(catalogue):
    import_body("Teks **tebal** dan *miring*.\n")

    html = LessonPage.objects.get(slug="pelajaran-satu").body[0].value.source
    assert html == "<p>Teks <b>tebal</b> dan <i>miring</i>.</p>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Teks.\n\n```kotak\ntext: x\n```\n", 'pelajaran-satu.md:11: Jenis blok "kotak"'),
        ("Teks.\n\n```image\nfile: images/pos.png\n```\n", "pelajaran-satu.md:11: Alt:"),
        ("```tip\ntitle: T\nteks: salah kunci\n```\n", 'pelajaran-satu.md:11: Kunci "teks"'),
        ("Baris satu.\n\n# Judul H1\n", "pelajaran-satu.md:11: Judul H1"),
        (
            "```image\nfile: images/tidak-ada.png\nalt: x\n```\n",
            'pelajaran-satu.md:10: Berkas "images/tidak-ada.png" tidak ada',
        ),
        ("```tip\ntext: '[x](ftp://contoh.id/berkas)'\n```\n", "pelajaran-satu.md:10: Tautan"),
        ("```tip\ntext: x\n", "pelajaran-satu.md:9: Blok ```tip tidak ditutup"),
        (
            "```regulation\nregulation: UU\narticle: Pasal 1\ntext: [a, b\n```\n",
            "pelajaran-satu.md:12: YAML tidak sah",
        ),
    ],
)
def test_a_lesson_error_names_the_file_and_line(catalogue, body, expected):
    problems = problems_of(body, **{"images/pos.png": png_bytes()})

    assert any(problem.startswith(f"01-modul-1-dasar/01-{expected}") for problem in problems), (
        problems
    )


def test_ids_that_attempts_store_must_be_plain(catalogue):
    bad_id = QUIZ_YAML.replace("id: uji-q1", "id: 'uji \"q1\"'")

    problems = problems_of(**{QUIZ: bad_id})

    assert problems[0].startswith(f"{QUIZ}:7: Id ")


def test_a_quiz_error_names_the_question_line(catalogue):
    two_correct = QUIZ_YAML.replace(
        "      - text: Hanya biro humas\n",
        "      - text: Hanya biro humas\n        correct: true\n",
    )

    problems = problems_of(**{QUIZ: two_correct})

    assert problems == [f"{QUIZ}:7: Soal pilihan tunggal hanya boleh punya satu jawaban benar."]


def test_a_missing_choice_feedback_is_reported_on_the_choice_line(catalogue):
    problems = problems_of(**{QUIZ: QUIZ_YAML.replace("        feedback: Kurang tepat.\n", "")})

    assert problems == [f'{QUIZ}:14: "feedback" wajib diisi.']


def test_every_problem_in_the_package_is_reported_at_once(catalogue):
    problems = problems_of(
        **{
            "course.yaml": "title: X\nslug: Bukan Slug\njp: nol\n",
            LESSON: "tanpa front matter\n",
        }
    )

    text = "\n".join(problems)
    assert 'course.yaml:2: Slug "Bukan Slug"' in text
    assert 'course.yaml:3: "jp" harus bilangan bulat' in text
    assert f"{LESSON}:1: Berkas pelajaran harus diawali front matter" in text


def test_yaml_aliases_and_duplicate_keys_are_refused(catalogue):
    problems = problems_of(**{"course.yaml": "a: &x 1\nb: *x\n"})
    assert problems[0].startswith("course.yaml:1: YAML tidak sah: anchor dan alias")

    problems = problems_of(**{QUIZ: "title: A\ntitle: B\n"})
    assert problems[0] == f'{QUIZ}:2: YAML tidak sah: kunci "title" muncul dua kali'


def test_a_refused_package_changes_nothing(catalogue, settings, tmp_path):
    pages, images = Page.objects.count(), get_image_model().objects.count()
    documents = get_document_model().objects.count()

    problems_of(
        "```image\nfile: images/pos.png\nalt: x\n```\n\n```kotak\n```\n",
        **{"images/pos.png": png_bytes()},
    )

    assert Page.objects.count() == pages
    assert get_image_model().objects.count() == images
    assert get_document_model().objects.count() == documents
    media = tmp_path / "media"
    assert not media.exists() or not any(path.is_file() for path in media.rglob("*"))


def test_a_file_that_is_not_an_image_is_refused(catalogue):
    problems = problems_of(
        "```image\nfile: images/pos.png\nalt: x\n```\n", **{"images/pos.png": b"bukan gambar"}
    )

    assert problems == [f'{LESSON}:10: "images/pos.png" bukan gambar yang bisa dibaca.']


def test_a_quiz_carries_its_review_policy(catalogue):
    from courses.models import QuizPage

    policy = QUIZ_YAML.replace(
        "draw_count: 1\n",
        "draw_count: 1\nreview_correctness: after_last_attempt\nreview_answers: never\n",
    )
    import_course_package(files=make_package(quiz=policy), publish=True)

    quiz = QuizPage.objects.get(slug="kuis-modul-1")
    assert (quiz.review_correctness, quiz.review_choices, quiz.review_answers) == (
        "after_last_attempt",
        "immediately",  # the default, as the key is absent
        "never",
    )


def test_an_unknown_review_timing_is_reported_on_its_line(catalogue):
    problems = problems_of(
        **{QUIZ: QUIZ_YAML.replace("draw_count: 1\n", "draw_count: 1\nreview_answers: nanti\n")}
    )

    assert problems == [
        f'{QUIZ}:6: "review_answers" harus salah satu dari: never, immediately, after_pass, '
        "after_last_attempt."
    ]
