"""Run the production shape on one machine: ``make prod-local``.

PostgreSQL (DATABASE_URL; by default a local database ``akademi_prodlocal``, created
when missing), Redis as cache and Celery broker, gunicorn with several workers,
WhiteNoise serving the collected static files (manifest storage), a Celery worker
and beat — the processes of the Procfile, started, watched and stopped together.
Media and certificates go to an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is
set, to local folders otherwise.

Before starting it migrates, collects static files and loads the demo data, then
prints the address and the demo logins. Ctrl-C (or SIGTERM) stops every process:
SIGTERM first, SIGKILL to what is still running after 15 seconds. If any process
dies on its own, the others are stopped too and the exit status is 1.

``--smoke`` starts everything, checks ``/healthz`` and the home page, and stops.
"""

import argparse
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / ".prod-local"
BIN = Path(sys.executable).parent
STOP_GRACE = 15  # seconds between SIGTERM and SIGKILL

DEFAULTS = {
    "DJANGO_SETTINGS_MODULE": "config.settings.prod_local",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/akademi_prodlocal",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    # Production requires these; prod_local prints mail to the console instead.
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_HOST_USER": "",
    "EMAIL_HOST_PASSWORD": "",
    "DEFAULT_FROM_EMAIL": "Akademi Humas ASN <noreply@localhost>",
}


def environment(host, port):
    env = dict(os.environ)
    for name, value in DEFAULTS.items():
        env.setdefault(name, value)
    base_url = f"http://{host}:{port}"
    env.setdefault("WAGTAILADMIN_BASE_URL", base_url)
    env.setdefault("DJANGO_ALLOWED_HOSTS", f"{host},localhost,127.0.0.1")
    env.setdefault("DJANGO_CSRF_TRUSTED_ORIGINS", base_url)
    env.setdefault("DJANGO_SECRET_KEY", _secret_key())
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _secret_key():
    """A random key kept in .prod-local/, so sessions outlive a restart."""
    STATE.mkdir(exist_ok=True)
    path = STATE / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def processes(host, port, web_workers, env):
    """The Procfile's processes (same commands), with this machine's values."""
    return {
        "web": [
            str(BIN / "gunicorn"),
            "config.wsgi:application",
            f"--bind={host}:{port}",
            f"--workers={web_workers}",
            "--timeout=60",
            "--graceful-timeout=10",
            "--access-logfile=-",
        ],
        "worker": [str(BIN / "celery"), "-A", "config", "worker", "--loglevel=INFO", "-c", "2"],
        "beat": [
            str(BIN / "celery"),
            "-A",
            "config",
            "beat",
            "--loglevel=INFO",
            f"--schedule={STATE / 'celerybeat-schedule'}",
        ],
    }


def check_services(env):
    import psycopg
    import redis

    problems = []
    url = env["DATABASE_URL"]
    server, _sep, name = url.rpartition("/")
    try:
        with psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=3) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
                print(f"Created database {name}")
    except psycopg.Error as error:
        problems.append(f"PostgreSQL at {server}: {error}".strip())
    for variable in ("CACHE_URL", "CELERY_BROKER_URL"):
        try:
            redis.Redis.from_url(env[variable], socket_connect_timeout=2).ping()
        except redis.RedisError as error:
            problems.append(f"Redis ({variable}={env[variable]}): {error}")
    if problems:
        sys.exit("Cannot start:\n  " + "\n  ".join(problems))


def prepare(env):
    manage = [sys.executable, "manage.py"]
    for step in (["migrate", "--noinput"], ["collectstatic", "--noinput", "--verbosity=0"]):
        print("$ manage.py " + " ".join(step), flush=True)
        subprocess.run(manage + step, cwd=ROOT, env=env, check=True)
    print("$ manage.py load_demo", flush=True)
    demo = subprocess.run(
        manage + ["load_demo"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return demo.stdout


def _relay(name, stream):
    for line in iter(stream.readline, ""):
        sys.stdout.write(f"{name:>6} | {line}")
        sys.stdout.flush()


def start(commands, env):
    running = {}
    for name, command in commands.items():
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # Ctrl-C reaches the supervisor only; it stops them
        )
        threading.Thread(target=_relay, args=(name, process.stdout), daemon=True).start()
        running[name] = process
    return running


def stop(running):
    for process in running.values():
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE
    for name, process in running.items():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            print(f"{name} did not stop in {STOP_GRACE} s; killing it", flush=True)
            process.kill()
            process.wait()


def wait_healthy(url, running, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        dead = [name for name, process in running.items() if process.poll() is not None]
        if dead:
            return f"{', '.join(dead)} exited"
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=3) as response:
                if response.status == 200:
                    return None
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    return f"{url}/healthz did not answer within {timeout} s"


def smoke(url):
    with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
        health = response.read().decode()
    with urllib.request.urlopen(f"{url}/", timeout=10) as response:
        home = response.status
    print(f"healthz: {health}\nhome page: {home}", flush=True)
    return '"status": "ok"' in health and home == 200


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--web-workers", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="start, check, stop")
    args = parser.parse_args(argv)

    env = environment(args.host, args.port)
    check_services(env)
    demo_summary = prepare(env)
    running = start(processes(args.host, args.port, args.web_workers, env), env)
    stopping = threading.Event()

    def request_stop(signum, frame):
        stopping.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    url = f"http://{args.host}:{args.port}"
    status = 0
    try:
        problem = wait_healthy(url, running)
        if problem:
            print(f"Not started: {problem}", flush=True)
            return 1
        print(
            f"\nAkademi Humas ASN (production shape) at {url}/  — Ctrl-C stops it\n"
            f"database {env['DATABASE_URL']}, cache {env['CACHE_URL']}, "
            f"broker {env['CELERY_BROKER_URL']}\n\n{demo_summary}",
            flush=True,
        )
        if args.smoke:
            return 0 if smoke(url) else 1
        while not stopping.is_set():
            dead = [name for name, process in running.items() if process.poll() is not None]
            if dead:
                print(f"{', '.join(dead)} exited; stopping the rest", flush=True)
                status = 1
                break
            stopping.wait(0.5)
        return status
    finally:
        print("Stopping…", flush=True)
        stop(running)
        print("Stopped.", flush=True)


if __name__ == "__main__":
    sys.exit(main())
