"""Benchmark: learner pages against a bare Wagtail page on the same stack.

Budget (PRODUCT.md): a logged-in learner's lesson page at least as fast as a bare
Wagtail page, and a constant number of SQL queries whatever the course size.

It builds a throwaway SQLite database in a temporary folder (migrate + load_demo),
enrols a learner in the demo's main course, completes half its lessons, then times
GET requests through Django's test client (no network, no server): the home page for
an anonymous visitor (the bare page), and for the learner the course page, a lesson
page, a quiz page, the catalogue and "Belajar Saya". Prints the median time and the
query count of each, and each page's ratio to the bare page, twice: **kept** (the
learner's page as ``home.page_fragments`` keeps it between visits while nothing they
see changes) and **drawn** (the learner's state token replaced before every request,
as after a completion or an enrolment: the whole page built from the database).

    .venv/bin/python bench/bench_learner_pages.py [--runs 200]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def setup_django(tmpdir):
    sys.path.insert(0, str(PROJECT_ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{tmpdir}/bench.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{tmpdir}/media"
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)


def measure(client, url, runs, before=lambda: None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    before()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    query_count = len(queries)  # read now: later requests reset the query log
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, query_count


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmpdir:
        setup_django(tmpdir)
        from django.test import Client

        from courses.models import CoursePage, LessonPage, QuizPage
        from learning.models import User
        from learning.services import learner_state, progress

        course = CoursePage.objects.live().order_by("-jp").first()
        learner = User.objects.get(email="peserta@demo.go.id")
        progress.enrol(learner, course)
        lessons = list(LessonPage.objects.live().descendant_of(course))
        for lesson in lessons[: len(lessons) // 2]:
            progress.complete_lesson(learner, lesson)
        quiz = QuizPage.objects.live().descendant_of(course).first()

        anonymous, client = Client(), Client()
        client.force_login(learner)
        baseline_ms, baseline_queries = measure(anonymous, "/", args.runs)
        rows = [("bare page (home, anonymous)", baseline_ms, baseline_queries, None, None)]

        def redraw():
            learner_state.touch([learner.pk])

        for label, url in [
            (f"course page ({len(lessons)} lessons)", course.url),
            ("lesson page", lessons[len(lessons) // 2].url),
            ("quiz page", quiz.url),
            ("catalogue", course.get_parent().url),
            ("Belajar Saya", "/belajar-saya/"),
        ]:
            kept = measure(client, url, args.runs)
            drawn = measure(client, url, args.runs, before=redraw)
            rows.append((label, *kept, *drawn))
        print(f"{'':34} {'kept':>26} {'drawn':>26}")
        columns = f"{'ms':>8} {'queries':>8} {'× bare':>8}"
        print(f"{'page':34} {columns} {columns}")
        for label, ms, queries, drawn_ms, drawn_queries in rows:
            line = f"{label:34} {ms:8.2f} {queries:8d} {ms / baseline_ms:8.2f}"
            if drawn_ms is not None:
                line += f" {drawn_ms:8.2f} {drawn_queries:8d} {drawn_ms / baseline_ms:8.2f}"
            print(line)


if __name__ == "__main__":
    main()
