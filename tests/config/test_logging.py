"""The ``make run`` console reads cleanly: Wagtail's background tasks (one reference-index
update per saved page) log nothing below a warning, and Django's lines appear once."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import build_course

ROOT = Path(__file__).resolve().parents[2]


def task_records(caplog):
    return [record for record in caplog.records if record.name.startswith("django_tasks")]


@pytest.mark.django_db
def test_background_task_info_lines_are_quiet_but_warnings_still_show(caplog):
    with caplog.at_level(logging.INFO):
        build_course()  # each saved page enqueues and runs a reference-index task
        assert not task_records(caplog)

        logging.getLogger("django_tasks").warning("Task backend unreachable")

    assert [record.levelno for record in task_records(caplog)] == [logging.WARNING]


def test_django_lines_are_printed_once_and_request_lines_keep_their_time():
    code = (
        "import django; django.setup(); import logging; "
        "logging.getLogger('django.utils.autoreload').info('Watching for file changes'); "
        "logging.getLogger('django.server').info('\"GET / HTTP/1.1\" 200 5', "
        "extra={'status_code': 200, 'request': None, 'server_time': '27/Nov/2026 12:00:00'})"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines.count("Watching for file changes") == 1
    (request_line,) = [line for line in lines if "GET /" in line]
    assert request_line == '[27/Nov/2026 12:00:00] "GET / HTTP/1.1" 200 5'
