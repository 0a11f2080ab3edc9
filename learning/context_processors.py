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


_PENDING_ATTR = "_learning_pending_notice"


def _pending_notice(request):
    """Read once per request, however many templates the response renders."""
    if not hasattr(request, _PENDING_ATTR):
        from .selectors.accounts import pending_notice

        setattr(request, _PENDING_ATTR, pending_notice(getattr(request, "user", None)))
    return getattr(request, _PENDING_ATTR)


def account_status(request):
    """``pending_notice`` for base.html: set only while the agency has not confirmed the account."""
    return {"pending_notice": SimpleLazyObject(lambda: _pending_notice(request))}
