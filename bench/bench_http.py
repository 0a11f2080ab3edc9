"""Benchmark: learner pages against a bare Wagtail page, over HTTP, side by side.

Budget (PRODUCT.md, issue 12): a logged-in learner's lesson page at least as fast
as the plainest Wagtail page on the same stack.

Two sites are built in a temporary folder and served by gunicorn (2 sync workers
each, 127.0.0.1):

* **bare** — ``wagtail start``'s own project template (its settings, middleware and
  templates; production settings, DEBUG off), with a RichTextField added to its home
  page, which is published with a ~3 KB body and served anonymously;
* **akademi** — this project with ``config.settings.production`` and the demo data
  (``load_demo``); the demo learner is enrolled in "Humas untuk Non-Humas" with half
  its lessons done and is logged in by a session cookie.

Both use the same database engine (and persistent connections): SQLite files in the
temporary folder (``--target sqlite``, the default), or PostgreSQL
(``--target prod-local``: two throwaway databases on the server of ``DATABASE_URL``,
dropped at the end, and the cache at ``CACHE_URL``). The project's cache is Redis
(``CACHE_URL``, default ``redis://127.0.0.1:6379/8``) when it answers, else local memory.

Every URL is fetched once first and must answer 200 with the real page (its title,
and for the learner pages the learner's address in the account menu: not a redirect
to log-in). Then ``wrk -t2 -c16 -d<duration>`` loads each page in turn, round after
round (lesson, bare, course, quiz, catalogue, Belajar Saya, home; again…), and the
table shows each page's median requests per second and its ratio to the bare page's
median. Beside it, the CPU time the server's workers spent per request (from
/proc, median of the rounds) and the bare page's CPU time over the page's: a second
view of the same comparison that leaves out time spent waiting for a busy machine.

``--check`` exits 1 when a goal is missed (lesson, home and catalogue ≥ 1.0;
course, quiz and Belajar Saya ≥ 0.8).

    .venv/bin/python bench/bench_http.py [--rounds 5] [--duration 5] [--check]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/akademi_perf \\
    CACHE_URL=redis://127.0.0.1:6379/8 .venv/bin/python bench/bench_http.py --target prod-local
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LEARNER_EMAIL = "peserta@demo.go.id"
COURSE_TITLE_START = "Humas untuk Non-Humas"
BARE_MARKER = "bench-bare-body"

# label, goal (ratio to the bare page)
GOALS = {
    "lesson": 1.0,
    "course": 0.8,
    "quiz": 0.8,
    "catalogue": 1.0,
    "belajar-saya": 0.8,
    "home (anonymous)": 1.0,
}
ORDER = ["lesson", "bare", "course", "quiz", "catalogue", "belajar-saya", "home (anonymous)"]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="rounds; medians are reported")
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per page a round")
    parser.add_argument("--target", choices=["sqlite", "prod-local"], default="sqlite")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=8101, help="bare site's port; akademi's +1")
    parser.add_argument("--check", action="store_true", help="exit 1 when a goal is missed")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--reuse",
        type=Path,
        help="serve the sites a --keep run left in this folder (SQLite only; no rebuild)",
    )
    return parser.parse_args(argv)


def run(cmd, *, env, cwd, quiet=True):
    result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}")
    if not quiet:
        print(result.stdout, end="")
    return result.stdout


# --- Databases --------------------------------------------------------------------------


class Databases:
    """Where the two sites keep their data: SQLite files, or two PostgreSQL databases."""

    def __init__(self, target, tmpdir):
        self.target = target
        self.tmpdir = tmpdir
        self.created = []
        if target == "prod-local":
            base = os.environ.get(
                "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/akademi_perf_bench"
            )
            parts = urlsplit(base)
            if not parts.scheme.startswith("postgres"):
                raise SystemExit("--target prod-local needs a PostgreSQL DATABASE_URL")
            self.server = parts
            name = parts.path.lstrip("/") or "akademi_perf_bench"
            self.names = {"bare": f"{name}_http_bare", "akademi": f"{name}_http"}

    def url(self, site):
        if self.target == "sqlite":
            return f"sqlite:///{self.tmpdir}/{site}.sqlite3"
        return urlunsplit(self.server._replace(path="/" + self.names[site]))

    def create(self):
        if self.target == "sqlite":
            return
        import psycopg

        admin = urlunsplit(self.server._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as conn:
            for name in self.names.values():
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
                conn.execute(f'CREATE DATABASE "{name}"')
                self.created.append(name)

    def drop(self):
        if not self.created:
            return
        import psycopg

        admin = urlunsplit(self.server._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as conn:
            for name in self.created:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def redis_answers(url):
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


# --- The bare Wagtail site --------------------------------------------------------------

BARE_LOCAL_SETTINGS = """\
import environ

SECRET_KEY = "bench-bare-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
DATABASES = {{"default": environ.Env.db_url_config({database_url!r})}}
DATABASES["default"]["CONN_MAX_AGE"] = 60
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {{"timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"}}
"""

BARE_TEMPLATE = """\
{% extends "base.html" %}
{% load wagtailcore_tags %}
{% block body_class %}template-homepage{% endblock %}
{% block content %}
<main>
  <h1>{{ page.title }}</h1>
  <div class="body">{{ page.body|richtext }}</div>
</main>
{% endblock content %}
"""

PUBLISH_BARE_PAGE = """\
from home.models import HomePage
paragraph = (
    "<p>Setiap <b>aparatur sipil negara</b> ikut menjaga kepercayaan publik: apa yang "
    "ditulis di media sosial dibaca sebagai suara instansi. Tulis dengan <i>jelas</i>, "
    "periksa sumbernya, dan <a href=\\"https://example.org/pedoman\\">baca pedomannya</a> "
    "sebelum membagikan informasi layanan kepada warga.</p>"
)
body = "<h2 data-block-key=\\"{marker}\\">{marker}</h2>" + paragraph * 10
page = HomePage.objects.get(depth=2)
page.title = "Halaman polos"
page.body = body
page.save_revision().publish()
print(len(body))
"""


def build_bare(tmpdir, databases):
    """``wagtail start`` + a RichTextField on the home page, published with ~3 KB."""
    root = tmpdir / "bare"
    root.mkdir()
    env = {**os.environ, "PYTHONPATH": ""}
    run([BIN / "wagtail", "start", "barebench", root], env=env, cwd=tmpdir)
    models = root / "home" / "models.py"
    models.write_text(
        "from wagtail.fields import RichTextField\nfrom wagtail.models import Page\n\n\n"
        "class HomePage(Page):\n    body = RichTextField(blank=True)\n"
    )
    (root / "home" / "templates" / "home" / "home_page.html").write_text(BARE_TEMPLATE)
    (root / "barebench" / "settings" / "local.py").write_text(
        BARE_LOCAL_SETTINGS.format(database_url=databases.url("bare"))
    )
    env["DJANGO_SETTINGS_MODULE"] = "barebench.settings.production"
    manage = [sys.executable, "manage.py"]
    run([*manage, "makemigrations", "home"], env=env, cwd=root)
    run([*manage, "migrate", "--noinput"], env=env, cwd=root)
    run([*manage, "collectstatic", "--noinput"], env=env, cwd=root)
    size = run(
        [*manage, "shell", "-c", PUBLISH_BARE_PAGE.format(marker=BARE_MARKER)], env=env, cwd=root
    )
    return int(size.strip().splitlines()[-1])


# --- The project with the demo data -------------------------------------------------------

PREPARE_LEARNER = """\
import json
from django.test import Client
from courses.models import CoursePage, CourseIndexPage, LessonPage, QuizPage
from learning.models import User
from learning.services import progress

course = CoursePage.objects.live().get(title__startswith={course!r})
learner = User.objects.get(email={email!r})
progress.enrol(learner, course)
lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
for lesson in lessons[: len(lessons) // 2]:
    progress.complete_lesson(learner, lesson)
lesson = lessons[len(lessons) // 2]
quiz = QuizPage.objects.live().descendant_of(course).order_by("path").first()
catalogue = CourseIndexPage.objects.live().first()
client = Client()
client.force_login(learner)
print(json.dumps({{
    "cookie": {{name: morsel.value for name, morsel in client.cookies.items()}},
    "lessons": len(lessons),
    "pages": {{
        "lesson": [lesson.url, lesson.title],
        "course": [course.url, course.title],
        "quiz": [quiz.url, quiz.title],
        "catalogue": [catalogue.url, catalogue.title],
        "belajar-saya": ["/belajar-saya/", course.title],
    }},
}}))
"""


def project_env(tmpdir, databases, port, cache_url):
    # A key prefix per build: entries an earlier build left in a shared Redis never match.
    cache_url += ("&" if "?" in cache_url else "?") + f"key_prefix={tmpdir.name}"
    return {
        **os.environ,
        "PYTHONPATH": str(PROJECT_ROOT),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "bench-http-not-secret",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": databases.url("akademi"),
        "CACHE_URL": cache_url,
        "CELERY_BROKER_URL": os.environ.get("CELERY_BROKER_URL", "memory://"),
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_HOST_USER": "bench",
        "EMAIL_HOST_PASSWORD": "bench",
        "DEFAULT_FROM_EMAIL": "bench@localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_HSTS_SECONDS": "0",
        "MFA_REQUIRED_FOR_ADMINS": "false",
        "MEDIA_ROOT": str(tmpdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmpdir / "private"),
        "STATIC_ROOT": str(tmpdir / "static"),
        "LOG_LEVEL": "WARNING",
    }


def build_project(tmpdir, databases, port, cache_url):
    env = project_env(tmpdir, databases, port, cache_url)
    manage = [sys.executable, str(PROJECT_ROOT / "manage.py")]
    run([*manage, "migrate", "--noinput"], env=env, cwd=PROJECT_ROOT)
    run([*manage, "load_demo", "--verbosity", "0"], env=env, cwd=PROJECT_ROOT)
    run([*manage, "collectstatic", "--noinput"], env=env, cwd=PROJECT_ROOT)
    script = PREPARE_LEARNER.format(course=COURSE_TITLE_START, email=LEARNER_EMAIL)
    out = run([*manage, "shell", "-c", script], env=env, cwd=PROJECT_ROOT)
    return json.loads(out.strip().splitlines()[-1])


# --- Serving and loading ------------------------------------------------------------------


def start_gunicorn(app, port, env, cwd, log):
    cmd = [
        str(BIN / "gunicorn"),
        app,
        "--workers",
        "2",
        "--worker-class",
        "sync",
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(
        cmd, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn for {app} exited; see {log.name}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return process
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn for {app} did not start on port {port}")


def stop(process):
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, cookie=""):
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.read().decode(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace"), error.headers


def verify(label, url, cookie, markers):
    """The page answers 200 and holds every marker (the real page, not a log-in form)."""
    status, body, _headers = fetch(url, cookie)
    missing = [marker for marker in markers if marker not in body]
    if status != 200 or missing:
        raise SystemExit(
            f"{label}: {url} answered {status}; missing {missing!r}. Not timing a wrong page."
        )


WRK_COUNT = re.compile(r"(\d+) requests in")
WRK_RATE = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_BAD = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
WRK_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")


def server_cpu_seconds(process):
    """CPU time (user + system) used so far by the gunicorn master's workers."""
    ticks = os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    total = 0
    for pid in children:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def wrk(url, cookie, duration, connections, server=None):
    """(requests per second, server CPU milliseconds per request or None)."""
    cpu_before = server_cpu_seconds(server) if server else None
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
    if cookie:
        cmd += ["-H", f"Cookie: {cookie}"]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    rate = float(WRK_RATE.search(out).group(1))
    count = int(WRK_COUNT.search(out).group(1))
    cpu_ms = None
    if server is not None and count:
        cpu_ms = (server_cpu_seconds(server) - cpu_before) * 1000 / count
    bad = WRK_BAD.search(out)
    if bad and int(bad.group(1)):
        raise SystemExit(f"{url}: {bad.group(1)} responses were not 2xx/3xx under load")
    errors = WRK_ERRORS.search(out)
    if errors and any(int(n) for n in errors.groups()):
        print(f"  note: socket errors on {url}: {errors.group(0)}", flush=True)
    return rate, cpu_ms


# --- Main ----------------------------------------------------------------------------------


def machine():
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs, {model or 'unknown CPU'}"


def report(rates, cpu, args, info):
    bare = statistics.median(rates["bare"])
    bare_cpu = statistics.median(cpu["bare"])
    print()
    print(
        f"target {args.target}; cache {info['cache']}; {args.rounds} rounds × {args.duration} s; "
        f"wrk -t2 -c{args.connections}; gunicorn 2 sync workers; {machine()}"
    )
    print(f"course: {info['lessons']} lessons, half done; bare page body {info['bare_body']} bytes")
    print(
        f"{'page':18} {'req/s':>7} {'min–max':>9} {'× bare':>7} {'goal':>10}"
        f" {'CPU ms/req':>10} {'bare/page CPU':>13}"
    )
    missed = []
    for label in ORDER:
        values = rates[label]
        median = statistics.median(values)
        ratio = median / bare
        goal = GOALS.get(label)
        verdict = ""
        if goal is not None:
            verdict = f"≥{goal:.1f}" + (" ok" if ratio >= goal else " MISSED")
            if ratio < goal:
                missed.append(label)
        spread = f"{min(values):.0f}–{max(values):.0f}"
        page_cpu = statistics.median(cpu[label])
        print(
            f"{label:18} {median:7.1f} {spread:>9} {ratio:7.2f} {verdict:>10}"
            f" {page_cpu:10.2f} {bare_cpu / page_cpu:13.2f}"
        )
    return missed


def main(argv=None):
    args = parse_args(argv)
    if args.reuse and args.target != "sqlite":
        raise SystemExit("--reuse works with --target sqlite only")
    tmpdir = args.reuse or Path(tempfile.mkdtemp(prefix="akademi-bench-http-"))
    databases = Databases(args.target, tmpdir)
    bare_port, akademi_port = args.port, args.port + 1
    cache_url = os.environ.get("CACHE_URL", "redis://127.0.0.1:6379/8")
    if cache_url.startswith("redis") and not redis_answers(cache_url):
        if args.target == "prod-local":
            raise SystemExit(f"--target prod-local needs Redis at {cache_url}")
        cache_url = "locmemcache://bench"
    servers = []
    try:
        state_file = tmpdir / "state.json"
        if args.reuse:
            state = json.loads(state_file.read_text())
        else:
            databases.create()
            print("building the bare Wagtail site …", flush=True)
            state = {"bare_body": build_bare(tmpdir, databases)}
            print("building the project with the demo data …", flush=True)
            state["prepared"] = build_project(tmpdir, databases, akademi_port, cache_url)
            state_file.write_text(json.dumps(state))
        bare_body, prepared = state["bare_body"], state["prepared"]
        bare_root = tmpdir / "bare"
        bare_env = {
            **os.environ,
            "PYTHONPATH": "",
            "DJANGO_SETTINGS_MODULE": "barebench.settings.production",
        }
        akademi_env = project_env(tmpdir, databases, akademi_port, cache_url)
        log = open(tmpdir / "gunicorn.log", "a")  # noqa: SIM115 (open while the servers run)
        servers.append(start_gunicorn("barebench.wsgi", bare_port, bare_env, bare_root, log))
        servers.append(start_gunicorn("config.wsgi", akademi_port, akademi_env, PROJECT_ROOT, log))
        base = f"http://127.0.0.1:{akademi_port}"
        cookies = prepared["cookie"]
        # The CSRF cookie a browser would hold after its first page.
        _status, _body, headers = fetch(
            base + "/", "; ".join(f"{k}={v}" for k, v in cookies.items())
        )
        for header in headers.get_all("Set-Cookie") or []:
            name, _sep, rest = header.partition("=")
            cookies.setdefault(name, rest.split(";", 1)[0])
        cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
        targets = {"bare": (f"http://127.0.0.1:{bare_port}/", "", ["Halaman polos", BARE_MARKER])}
        for label, (path, title) in prepared["pages"].items():
            targets[label] = (base + path, cookie, [title, LEARNER_EMAIL])
        targets["home (anonymous)"] = (base + "/", "", ["Daftar", "Masuk"])
        for label, (url, page_cookie, markers) in targets.items():
            verify(label, url, page_cookie, markers)
        print("every page verified; warming up, then loading …", flush=True)
        for label in ORDER:  # both workers of each server load their code and caches
            url, page_cookie, _markers = targets[label]
            wrk(url, page_cookie, 1, args.connections)
        rates = {label: [] for label in ORDER}
        cpu = {label: [] for label in ORDER}
        for round_number in range(1, args.rounds + 1):
            for label in ORDER:
                url, page_cookie, _markers = targets[label]
                server = servers[0] if label == "bare" else servers[1]
                rate, cpu_ms = wrk(url, page_cookie, args.duration, args.connections, server)
                rates[label].append(rate)
                cpu[label].append(cpu_ms)
            print(
                f"round {round_number}: "
                + ", ".join(f"{label} {rates[label][-1]:.0f}" for label in ORDER),
                flush=True,
            )
        info = {"cache": cache_url, "lessons": prepared["lessons"], "bare_body": bare_body}
        missed = report(rates, cpu, args, info)
    finally:
        for server in servers:
            stop(server)
        databases.drop()
        if args.keep or args.reuse:
            print(f"kept {tmpdir} (serve it again: --reuse {tmpdir})")
        else:
            shutil.rmtree(tmpdir, ignore_errors=True)
    if missed:
        print("goal missed: " + ", ".join(missed))
        return 1 if args.check else 0
    print("every goal met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
