"""compliance's places on learning's pages (learning names no app; apps register here)."""

from django.template.loader import render_to_string
from wagtail import hooks

from compliance.selectors.learner import assigned_courses


@hooks.register("learner_panels")
def assigned_courses_panel(name, context):
    """ "Belajar Saya": the learner's mandatory courses and deadlines, first on the page."""
    if name != "my_learning_first":
        return ""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    rows = assigned_courses(user_id=user.pk)
    if not rows:
        return ""
    return render_to_string("compliance/panels/my_learning.html", {"rows": rows}, request=request)


@hooks.register("personal_data")
def assignments_of_learner(user_id):
    """The learner's mandatory courses and deadlines, for "Unduh data saya"."""
    return {
        "assignments": [
            {
                "course": row.course.title,
                "due_on": row.due_on.isoformat(),
                "completed": row.completed,
                "exempt": row.exempt,
                "recurring": row.recurring,
            }
            for row in assigned_courses(user_id=user_id)
        ]
    }
