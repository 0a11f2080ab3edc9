import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_models_and_migrations_agree():
    # Exits non-zero (SystemExit) when a model change has no migration.
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db(transaction=True)
def test_migrations_keep_every_row_of_a_demo_database():
    """Fill the database with load_demo (plus a practice answer), take the learning app's
    migrations back before the practice rename and forward again: no row is lost, and
    the groups keep their permission on the renamed model."""
    from django.apps import apps
    from django.contrib.auth.models import Group
    from django.db import connection

    from courses.models import LessonPage
    from learning import roles
    from learning.models import PracticeSubmission, User

    call_command("load_demo", stdout=open("/dev/null", "w"))
    learner = User.objects.get(email="peserta@demo.go.id")
    lesson = LessonPage.objects.live().first()
    PracticeSubmission.objects.create(
        user=learner, lesson=lesson, block_id="b1", prompt_title="Tugas", response="<p>Jawaban</p>"
    )

    def counts():
        return {
            model._meta.db_table: model.objects.count()
            for model in apps.get_app_config("learning").get_models()
        }

    before = counts()
    assert before["learning_practicesubmission"] == 1 and before["learning_user"] > 1

    call_command("migrate", "learning", "0005", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM learning_assignmentsubmission")
        assert cursor.fetchone()[0] == 1
        # Tables that were there before the rename: their rows must survive both ways.
        kept = set(connection.introspection.table_names(cursor)) - {"learning_assignmentsubmission"}
    call_command("migrate", verbosity=0)

    after = counts()
    assert after["learning_practicesubmission"] == 1
    assert {t: n for t, n in after.items() if t in kept} == {
        t: n for t, n in before.items() if t in kept
    }
    assert len(kept & set(before)) >= 8
    trainer = Group.objects.get(name=roles.TRAINER)
    assert trainer.permissions.filter(codename="change_practicesubmission").exists()
