"""Clean every stored practice-assignment answer again.

Answers used to be cut at the length limit *after* cleaning, so a stored answer
could end inside a tag, which the admin's review page renders as HTML. Cleaning
the stored HTML again drops an unfinished tag and leaves every well-formed answer
exactly as it was (bleach's output is stable under cleaning).
"""

from django.db import migrations


def reclean_responses(apps, schema_editor):
    from learning.forms.practice import clean_learner_html

    AssignmentSubmission = apps.get_model("learning", "AssignmentSubmission")
    rows = AssignmentSubmission.objects.only("pk", "response").iterator(chunk_size=500)
    for submission in rows:
        cleaned = clean_learner_html(submission.response)
        if cleaned != submission.response:
            AssignmentSubmission.objects.filter(pk=submission.pk).update(response=cleaned)


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0003_rosterimport_retry_state"),
    ]

    operations = [
        migrations.RunPython(reclean_responses, migrations.RunPython.noop),
    ]
