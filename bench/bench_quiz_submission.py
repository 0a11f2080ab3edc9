"""Benchmark: 100 learners submit a quiz at the same moment, against gunicorn.

Goal (issue 14): report p50/p95 latency of the submission, and show that nothing is
lost or doubled — the attempts written equal the submissions sent.

It makes a fresh database (PostgreSQL ``akademi_bench_quiz`` on 127.0.0.1 when that
server answers, dropped and re-made each run; else SQLite in a temporary folder),
builds a course and N learners, each enrolled with an open attempt and a session,
then starts gunicorn (4 sync workers, DEBUG off; Redis cache on database 9 when
Redis answers) on a free loopback port. Five more learners first submit one at a
time (the latency without a queue). Then N threads each load their take page (for
the CSRF token), wait at a barrier and POST their answers at once; a tenth of them
then post the same answers again (a double click), which must change nothing.

    .venv/bin/python bench/bench_quiz_submission.py [--learners 100] [--workers 4]
        [--database-url postgres://…/akademi_bench_quiz | --sqlite]
"""

import argparse
import http.client
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/akademi_bench_quiz"
REDIS_CACHE = "redis://127.0.0.1:6379/9"
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SERIAL = 5  # learners who submit one at a time first: the latency without a queue
# Each question's fields carry opaque per-attempt tokens: answer from the page itself
# (the first choice of every question; right or wrong does not matter here).
CHOICE_INPUT = re.compile(r'<input type="(?:radio|checkbox)" name="([^"]+)" value="([^"]+)"')


def _pg_available(url):
    try:
        import psycopg

        server, _sep, name = url.rpartition("/")
        with psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return True
    except Exception as error:
        print(f"PostgreSQL not available ({error.__class__.__name__}); using SQLite")
        return False


def _redis_available():
    try:
        import redis

        return redis.Redis.from_url(REDIS_CACHE, socket_connect_timeout=1).ping()
    except Exception:
        return False


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build(learners):
    """Course, learners, enrolments, open attempts and sessions; returns the clients' data."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.core.management import call_command
    from django.urls import reverse
    from django.utils.module_loading import import_string

    call_command("migrate", verbosity=0)
    sys.path.insert(0, str(ROOT))
    from learning.models import Enrolment
    from learning.services import quizzes
    from tests.factories import LearnerFactory, build_course

    tree = build_course()
    store = import_string(settings.SESSION_ENGINE + ".SessionStore")
    people = []
    for _ in range(learners):
        learner = LearnerFactory()
        Enrolment.objects.create(user=learner, course=tree.course)
        attempt = quizzes.start_attempt(learner, tree.quiz)
        session = store()
        session[SESSION_KEY] = str(learner.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = learner.get_session_auth_hash()
        session.create()
        people.append((session.session_key, reverse("learning:quiz_take", args=[attempt.pk])))
    return tree, people


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=100)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_QUIZ_DATABASE_URL"))
    parser.add_argument("--sqlite", action="store_true")
    args = parser.parse_args(argv)

    tmpdir = tempfile.mkdtemp(prefix="bench-quiz-")
    url = args.database_url or DEFAULT_PG
    if args.sqlite or not _pg_available(url):
        url = f"sqlite:///{tmpdir}/bench.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DJANGO_DEBUG": "false",
        "DATABASE_URL": url,
        "MEDIA_ROOT": f"{tmpdir}/media",
        "PRIVATE_MEDIA_ROOT": f"{tmpdir}/private",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "CELERY_BROKER_URL": "",  # nothing is enqueued: the course is not completed
        "LOG_LEVEL": "WARNING",
    }
    if _redis_available():
        env["CACHE_URL"] = REDIS_CACHE
    os.environ.update(env)
    started = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    _tree, people = build(args.learners + SERIAL)
    from learning.models import QuizAttempt

    print(
        f"database: {url.split('@')[-1]}; cache: {env.get('CACHE_URL', 'local memory')}; "
        f"{args.learners} learners ready in {time.perf_counter() - started:.1f} s"
    )

    port = _free_port()
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            f"--workers={args.workers}",
            "--backlog=2048",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        _wait_for_server(port)
        serial = [_submit_all(port, [person]) for person in people[:SERIAL]]
        alone = [ms[0] for ms, _statuses, _doubles in serial]
        serial_ok = sum(statuses.count(302) for _ms, statuses, _doubles in serial)
        result = _submit_all(port, people[SERIAL:])
    finally:
        server.terminate()
        server.wait(timeout=30)

    post_ms, statuses, doubles = result
    submitted = QuizAttempt.objects.filter(status=QuizAttempt.Status.SUBMITTED).count()
    rows = QuizAttempt.objects.count()
    ok = statuses.count(302) + serial_ok
    print(
        f"gunicorn: {args.workers} sync workers, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print(f"POST submission alone (median of {SERIAL}): {statistics.median(alone):.0f} ms")
    print(
        f"POST submissions: {len(post_ms)} sent at once, p50 {_pct(post_ms, 50):.0f} ms, "
        f"p95 {_pct(post_ms, 95):.0f} ms, max {max(post_ms):.0f} ms"
    )
    others = sorted(set(statuses) - {302})
    print(f"responses: {ok} redirects to the result (all {len(people)} posts), others {others}")
    print(f"double submissions re-sent: {doubles} (must change nothing)")
    print(
        f"attempts written: {submitted} submitted of {rows} rows; submissions sent: {len(people)}"
    )
    good = submitted == len(people) == rows == ok
    print("nothing lost, nothing doubled" if good else "MISMATCH: lost or doubled submissions")
    return 0 if good else 1


def _pct(values, percentile):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(percentile / 100 * (len(ordered) - 1)))]


def _wait_for_server(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/healthz")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not start")


def _submit_all(port, people):
    barrier = threading.Barrier(len(people))
    post_ms, statuses, errors = [], [], []
    doubles = []

    def learner(index, session_key, path):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            conn.request("GET", path, headers={"Cookie": f"sessionid={session_key}"})
            response = conn.getresponse()
            page = response.read().decode()
            cookie = SimpleCookie()
            for header in response.headers.get_all("Set-Cookie") or []:
                cookie.load(header)
            token = CSRF_INPUT.search(page).group(1)
            first_choices = {}
            for name, value in CHOICE_INPUT.findall(page):
                first_choices.setdefault(name, value)
            body = urlencode(list(first_choices.items()))
            headers = {
                "Cookie": f"sessionid={session_key}; csrftoken={cookie['csrftoken'].value}",
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"http://127.0.0.1:{port}{path}",
            }
            form = f"{body}&csrfmiddlewaretoken={token}"
            conn.close()
            barrier.wait(timeout=300)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            start = time.perf_counter()
            conn.request("POST", path, body=form, headers=headers)
            response = conn.getresponse()
            response.read()
            post_ms.append((time.perf_counter() - start) * 1000)
            statuses.append(response.status)
            if index % 10 == 0:  # a double click: the same answers again
                conn.request("POST", path, body=form, headers=headers)
                again = conn.getresponse()
                again.read()
                doubles.append(again.status)
            conn.close()
        except Exception as error:
            errors.append(repr(error))
            barrier.abort()

    threads = [
        threading.Thread(target=learner, args=(n, key, path))
        for n, (key, path) in enumerate(people)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        print(f"{len(errors)} client errors, first: {errors[0]}")
    return post_ms, statuses, len(doubles)


if __name__ == "__main__":
    sys.exit(main())
