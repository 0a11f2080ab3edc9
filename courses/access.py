"""Who may do what with course content in the admin: one place, built on Wagtail's
page permissions (courses knows no roles; learning gives the trainer and reviewer
groups their page permissions on the catalogue).

* a course package may be downloaded by anyone who may edit the course page;
* a package may be uploaded by anyone who may add pages under the catalogue
  (a new course) — an existing course additionally needs edit permission on it;
* the quiz-quality report lists the quizzes the user may edit.
"""

from wagtail.permission_policies.pages import PagePermissionPolicy

from courses.models import CourseIndexPage, QuizPage


def may_edit_page(user, page) -> bool:
    return bool(user.is_authenticated and page.permissions_for_user(user).can_edit())


def may_export_course(user, course) -> bool:
    return may_edit_page(user, course)


def catalogues_for_import(user):
    """The catalogues under which ``user`` may add a course."""
    if not user.is_authenticated:
        return []
    return [
        catalogue
        for catalogue in CourseIndexPage.objects.order_by("path")
        if catalogue.permissions_for_user(user).can_add_subpage()
    ]


def may_import_into(user, catalogue, existing_course=None) -> bool:
    if catalogue not in catalogues_for_import(user):
        return False
    return existing_course is None or may_edit_page(user, existing_course)


def editable_quizzes(user):
    """QuizPages ``user`` may edit, in tree order."""
    if not user.is_authenticated:
        return QuizPage.objects.none()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return QuizPage.objects.filter(pk__in=editable.values("pk")).order_by("path")


def may_see_quiz_quality(user) -> bool:
    return editable_quizzes(user).exists()
