from django.utils.functional import SimpleLazyObject

from . import access


def _catalogue_url(request):
    from courses.models import CourseIndexPage

    catalogue = CourseIndexPage.objects.live().public().only("url_path", "path").first()
    return catalogue.get_url(request) if catalogue else ""


def roles(request):
    """Navigation needs to know which areas to offer; computed only if a template asks."""
    user = request.user
    return {
        "nav_catalogue_url": SimpleLazyObject(lambda: _catalogue_url(request)),
        "nav_is_admin": SimpleLazyObject(lambda: access.is_admin(user)),
        "nav_can_edit_content": SimpleLazyObject(lambda: access.can_use_wagtail_admin(user)),
    }
