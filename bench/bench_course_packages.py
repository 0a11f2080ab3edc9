"""Benchmark: course packages and item analysis.

Builds a throwaway SQLite database in a temporary folder (migrate, a home page and
a catalogue) and times, median of --runs:

* import (new) — ``import_course_package`` of the largest shipped package, published
  (parse, validate every block through Wagtail, create and publish every page);
* import (unchanged) — the same package again: parse, compare every page, write nothing;
* export — ``export_course_package`` of the course (the files for git);
* item analysis — ``item_analysis`` of one module quiz with --attempts submitted
  attempts (SQL aggregates over the attempt snapshots).

    .venv/bin/python bench/bench_course_packages.py [--runs 5] [--attempts 2000]
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "humas-untuk-non-humas"


def setup_django(tmpdir):
    sys.path.insert(0, str(PROJECT_ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{tmpdir}/bench.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{tmpdir}/media"
    os.environ["DJANGO_DEBUG"] = "false"
    import django

    django.setup()
    import logging

    logging.disable(logging.INFO)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def timed(function, runs):
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def make_attempts(quiz, course, count):
    from django.contrib.auth import get_user_model

    from courses.blocks import question_snapshot
    from learning.models import QuizAttempt
    from learning.services.quizzes import is_answered_correctly

    rng = random.Random(2026)
    blocks = list(quiz.questions)
    users = get_user_model().objects.bulk_create(
        get_user_model()(email=f"bench{index}@contoh.go.id", full_name="Bench")
        for index in range(count)
    )
    attempts = []
    for user in users:
        drawn = [question_snapshot(block) for block in rng.sample(blocks, quiz.draw_count)]
        answers, correct = {}, 0
        for question in drawn:
            choice = rng.choice(question["choices"])
            answers[question["id"]] = [choice["id"]]
            correct += is_answered_correctly(question, answers[question["id"]])
        attempts.append(
            QuizAttempt(
                user=user,
                quiz=quiz,
                course=course,
                number=1,
                pass_mark=70,
                questions=drawn,
                answers=answers,
                correct_count=correct,
                score=100 * correct / len(drawn),
                passed=correct / len(drawn) >= 0.7,
                status=QuizAttempt.Status.SUBMITTED,
            )
        )
    QuizAttempt.objects.bulk_create(attempts, batch_size=500)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--attempts", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmpdir:
        setup_django(tmpdir)
        from django.db import connection, transaction
        from django.test.utils import CaptureQueriesContext

        from courses.models import CourseIndexPage, QuizPage
        from courses.packages.exporter import export_course_package
        from courses.packages.files import read_folder
        from courses.packages.importer import import_course_package
        from courses.packages.shipped import CONTENT_DIR
        from learning.management.commands.load_demo import ensure_home_page, ensure_site
        from learning.selectors.item_analysis import item_analysis

        home = ensure_home_page()
        ensure_site(home)
        catalogue = CourseIndexPage(title="Katalog", slug="katalog")
        home.add_child(instance=catalogue)
        files = read_folder(CONTENT_DIR / PACKAGE)

        def fresh_import():
            with transaction.atomic():
                import_course_package(files=files, publish=True, catalogue=catalogue)
                transaction.set_rollback(True)

        new, _ = timed(fresh_import, args.runs)
        result = import_course_package(files=files, publish=True, catalogue=catalogue)
        course = result.course
        pages = len(result.created)
        unchanged, _ = timed(
            lambda: import_course_package(files=files, catalogue=catalogue), args.runs
        )
        export, _ = timed(lambda: export_course_package(course=course), args.runs)
        quiz = QuizPage.objects.descendant_of(course).order_by("path").first()
        make_attempts(quiz, course, args.attempts)
        analysis, _ = timed(lambda: item_analysis(quiz_id=quiz.pk), args.runs)
        with CaptureQueriesContext(connection) as queries:
            item_analysis(quiz_id=quiz.pk)
        print(f"package {PACKAGE}: {len(files)} files, {pages} pages")
        print(f"import (new, published)   {new * 1000:8.0f} ms")
        print(f"import (unchanged)        {unchanged * 1000:8.0f} ms")
        print(f"export                    {export * 1000:8.0f} ms")
        print(
            f"item analysis ({args.attempts} attempts, {quiz.draw_count} of "
            f"{len(quiz.questions)} questions each) {analysis * 1000:8.1f} ms, "
            f"{len(queries)} queries"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
