"""Draft answers on attempts, and opaque tokens in the snapshots of open attempts.

Attempts started before this release have no tokens in their snapshot; the take
page needs them, so every attempt still in progress gets them here. Closed
attempts never reach the take page and are left as they are.
"""

import secrets

from django.db import migrations, models


def add_tokens(apps, schema_editor):
    QuizAttempt = apps.get_model("learning", "QuizAttempt")
    for attempt in QuizAttempt.objects.filter(status="in_progress").iterator():
        used = set()
        for question in attempt.questions:
            for item in [question, *question.get("choices", [])]:
                while not item.get("token") or item["token"] in used:
                    item["token"] = secrets.token_urlsafe(9)
                used.add(item["token"])
        attempt.save(update_fields=["questions"])


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0007_compliance_unit_admins_and_renewal"),
    ]

    operations = [
        migrations.AddField(
            model_name="quizattempt",
            name="draft_answers",
            field=models.JSONField(blank=True, default=dict, verbose_name="jawaban sementara"),
        ),
        migrations.RunPython(add_tokens, migrations.RunPython.noop),
    ]
