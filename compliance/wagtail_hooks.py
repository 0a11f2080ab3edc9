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
