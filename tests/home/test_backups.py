"""`make backup` / `make restore`: a dump restored into an empty database holds every
certificate and completion, and the certificate PDFs come back with it.

PostgreSQL only (pg_dump and pg_restore); skipped with the reason elsewhere.
"""

import shutil
import uuid
from pathlib import Path

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from certificates import tasks
from certificates.models import Certificate
from home import backups
from learning.models import Enrolment, LessonCompletion
from learning.services import progress
from tests.factories import LearnerFactory, build_course

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def empty_database():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL): backups are pg_dump/pg_restore")
    if not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("needs pg_dump and pg_restore on PATH")
    name = f"akademi_ops_restore_{uuid.uuid4().hex[:8]}"
    server = backups.database_url().rsplit("/", 1)[0]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server}/{name}"
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _completed_with_certificate(tree, learner):
    progress.enrol(learner, tree.course)
    progress.complete_lesson(learner, tree.lesson)
    Enrolment.objects.filter(user=learner).update(completed_at="2026-11-01T10:00:00+07:00")
    tasks.issue_certificate_task.delay(learner.pk, tree.course.pk)


def test_a_backup_restored_into_an_empty_database_has_every_certificate_and_completion(
    empty_database, settings, tmp_path
):
    tree = build_course()
    learners = [LearnerFactory() for _ in range(3)]
    for learner in learners:
        _completed_with_certificate(tree, learner)
    certificates = set(Certificate.objects.values_list("number", "learner_id", "pdf"))
    completions = set(LessonCompletion.objects.values_list("user_id", "lesson_id"))
    completed = set(
        Enrolment.objects.filter(completed_at__isnull=False).values_list("user_id", "course_id")
    )
    assert len(certificates) == 3 and all(pdf for _n, _l, pdf in certificates)

    call_command("backup", output=str(tmp_path / "backups"))
    (folder,) = (tmp_path / "backups").iterdir()
    assert {p.name for p in folder.iterdir()} == {"database.dump", "files.tar.gz", "manifest.json"}

    restored_private = tmp_path / "restored-private"
    call_command(
        "restore",
        str(folder),
        database_url=empty_database,
        media_root=str(tmp_path / "restored-media"),
        private_root=str(restored_private),
    )

    with psycopg.connect(empty_database) as restored:
        found_certificates = set(
            restored.execute(
                f"SELECT number, learner_id, pdf FROM {Certificate._meta.db_table}"
            ).fetchall()
        )
        found_completions = set(
            restored.execute(
                f"SELECT user_id, lesson_id FROM {LessonCompletion._meta.db_table}"
            ).fetchall()
        )
        found_completed = set(
            restored.execute(
                f"SELECT user_id, course_id FROM {Enrolment._meta.db_table}"
                " WHERE completed_at IS NOT NULL"
            ).fetchall()
        )
    assert found_certificates == certificates
    assert found_completions == completions and len(completions) == 3
    assert found_completed == completed and len(completed) == 3
    for _number, _learner, pdf in certificates:
        restored_pdf = restored_private / pdf
        assert restored_pdf.read_bytes().startswith(b"%PDF"), pdf
        original = Path(settings.STORAGES["private"]["OPTIONS"]["location"]) / pdf
        assert restored_pdf.read_bytes() == original.read_bytes()


def test_restore_refuses_a_folder_that_is_not_a_backup(tmp_path):
    with pytest.raises(CommandError, match="not a backup folder"):
        call_command("restore", str(tmp_path))


def test_backup_of_sqlite_is_refused_with_a_clear_message(settings, tmp_path):
    sqlite = {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}
    with pytest.raises(backups.BackupError, match="need PostgreSQL"):
        backups.backup(tmp_path, database=sqlite)


def test_with_a_bucket_the_tar_holds_no_local_folder(settings):
    settings.AWS_STORAGE_BUCKET_NAME = "akademi-media"
    assert backups._roots() == {}
    assert set(backups._roots(media_root="/tmp/m", private_root="/tmp/p")) == {"media", "private"}
