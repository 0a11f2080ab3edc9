from django.utils.functional import SimpleLazyObject

from . import access


def _catalogue_url(request):
    from courses.models import CourseIndexPage
    from home.content_cache import memo

    def find():
        catalogue = CourseIndexPage.objects.live().public().only("url_path", "path").first()
        return catalogue.get_url(request) if catalogue else ""

    # Kept with the site's published content: any publish or move finds it again.
    return memo(request, "catalogue-url", (), find)


def roles(request):
    """Navigation needs to know which areas to offer; computed only if a template asks
    (``access.nav_flags``: kept per user and roles version, no query on most pages)."""
    return {
        "nav_catalogue_url": SimpleLazyObject(lambda: _catalogue_url(request)),
        "nav_is_admin": SimpleLazyObject(lambda: access.nav_flags(request)[0]),
        "nav_can_edit_content": SimpleLazyObject(lambda: access.nav_flags(request)[1]),
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
