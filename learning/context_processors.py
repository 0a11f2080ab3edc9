from django.utils.functional import SimpleLazyObject

from . import access


def roles(request):
    """Navigation needs to know which areas to offer; computed only if a template asks."""
    user = request.user
    return {
        "nav_is_admin": SimpleLazyObject(lambda: access.is_admin(user)),
        "nav_can_edit_content": SimpleLazyObject(
            lambda: user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
        ),
    }
