"""A small, valid course package in memory, for the package tests.

``make_package()`` returns PackageFiles for a course with one module, one lesson
(body given as Markdown) and one quiz; pass ``files`` to add or replace files.
"""

import io

from PIL import Image as PILImage

from courses.packages.files import PackageFiles

COURSE_YAML = """\
title: Kursus Paket Uji
slug: kursus-paket-uji
summary: Ringkasan kursus paket uji.
objectives:
  - Menulis pengumuman layanan yang memuat jadwal, syarat, dan kanal tanya.
jp: 1
duration_minutes: 12
level: dasar
mandatory_for_all: false
completion_rule: lessons_and_quizzes
category:
  slug: komunikasi-publik
  name: Komunikasi Publik
  description: Menyampaikan informasi dengan jelas.
"""

MODULE_YAML = """\
title: 'Modul 1: Dasar'
slug: modul-1-dasar
summary: Ringkasan modul.
objectives:
  - Menyebutkan dua peran humas dengan satu contoh masing-masing.
"""

LESSON_MD = """\
---
title: Pelajaran Satu
slug: pelajaran-satu
minutes: 2
objectives:
  - Menjelaskan arti komunikasi dua arah dengan satu contoh dari unit kerja sendiri.
---

Warga mengenal pemerintah lewat **linimasa**.
"""

QUIZ_YAML = """\
title: Kuis Modul 1
slug: kuis-modul-1
pass_mark: 70
attempt_limit: 0
draw_count: 1
questions:
  - id: uji-q1
    type: single
    prompt: Siapa humas instansi?
    choices:
      - text: Setiap pegawai
        correct: true
        feedback: Tepat.
      - text: Hanya biro humas
        feedback: Kurang tepat.
    explanation: Setiap ASN ikut menjadi wajah instansinya.
  - id: uji-q2
    type: true_false
    prompt: Komentar kritis boleh dihapus.
    answer: false
    feedback_true: Keliru.
    feedback_false: Tepat.
    explanation: Kritik dijawab, bukan dihapus.
"""


def png_bytes(color=(200, 30, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 3), color).save(buffer, format="PNG")
    return buffer.getvalue()


def make_package(
    lesson=LESSON_MD, quiz=QUIZ_YAML, course=COURSE_YAML, module=MODULE_YAML, files=None
):
    package = PackageFiles(
        {
            "course.yaml": course.encode(),
            "01-modul-1-dasar/module.yaml": module.encode(),
            "01-modul-1-dasar/01-pelajaran-satu.md": lesson.encode(),
            "01-modul-1-dasar/quiz.yaml": quiz.encode(),
        }
    )
    for path, data in (files or {}).items():
        if data is None:
            package.pop(path, None)
        else:
            package[path] = data.encode() if isinstance(data, str) else data
    return package


def lesson_with(body, minutes=2):
    """A lesson file with the standard front matter and ``body``."""
    return (
        LESSON_MD.split("---\n\n", 1)[0].replace("minutes: 2", f"minutes: {minutes}")
        + "---\n\n"
        + body
    )
