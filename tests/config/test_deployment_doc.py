"""docs/DEPLOYMENT.md names every environment variable the settings read."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV_READ = re.compile(r"""env(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]+)["']""")


def test_every_environment_variable_is_documented():
    doc = (ROOT / "docs" / "DEPLOYMENT.md").read_text()
    read = set()
    for path in (ROOT / "config" / "settings").glob("*.py"):
        read |= set(ENV_READ.findall(path.read_text()))
    assert len(read) > 20  # the pattern still finds what the settings read
    missing = sorted(name for name in read if f"`{name}`" not in doc)
    assert not missing, f"not in docs/DEPLOYMENT.md: {missing}"


def test_the_procfile_and_compose_file_run_the_same_processes():
    procfile = (ROOT / "Procfile").read_text()
    compose = (ROOT / "docker-compose.yml").read_text()
    supervisor = (ROOT / "deploy" / "prod_local.py").read_text()
    for command in (
        "gunicorn config.wsgi:application",
        "celery -A config worker",
        "celery -A config beat",
    ):
        assert command in procfile and command in compose, command
    assert '"config.wsgi:application"' in supervisor
    assert '"worker"' in supervisor and '"beat"' in supervisor
