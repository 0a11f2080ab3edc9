"""A learner's answer to a practice block is a *practice* submission; "assignment" now
names a mandatory-course assignment (compliance). The table is renamed with its rows."""

from django.conf import settings
from django.db import migrations, models


def rename_permissions(apps, schema_editor):
    """Keep the permissions groups hold: same rows, codenames of the new model name."""
    Permission = apps.get_model("auth", "Permission")
    for action in ("add", "change", "delete", "view"):
        Permission.objects.filter(
            content_type__app_label="learning", codename=f"{action}_assignmentsubmission",
        ).update(codename=f"{action}_practicesubmission")


def restore_permissions(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for action in ("add", "change", "delete", "view"):
        Permission.objects.filter(
            content_type__app_label="learning", codename=f"{action}_practicesubmission",
        ).update(codename=f"{action}_assignmentsubmission")


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("courses", "0001_initial"),
        ("learning", "0005_roster_import_validation_attempts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RenameModel(old_name="AssignmentSubmission", new_name="PracticeSubmission"),
        migrations.AlterField(
            model_name="practicesubmission",
            name="user",
            field=models.ForeignKey(
                on_delete=models.deletion.CASCADE, related_name="practice_submissions",
                to=settings.AUTH_USER_MODEL, verbose_name="peserta"),
        ),
        migrations.RunPython(rename_permissions, restore_permissions),
    ]
