"""How URLs find pages in the course tree.

The rule of the course tree: a page that is not live hides everything under it.
An unpublished course or module takes its lessons and quizzes off the site even
though each of them is still live on its own, so a trainer can withdraw a whole
module with one click.

Wagtail walks the tree a level at a time (two queries a level). The catalogue
routes its descendants in two queries instead: the page by its ``url_path``, and
whether any page between the catalogue and it is not live. Both paths apply the
same rule, and the level-by-level walk stays the fallback for anything the fast
path does not handle (no such page, a page that routes its own sub-paths).
"""

from django.http import Http404
from wagtail.models import Page


class HidesDescendantsWhenUnpublished:
    """Mixin for course-tree pages: not live → no descendant is served through them."""

    # Read by home.routing, whose one-query route applies the same rule.
    hides_descendants_when_unpublished = True

    def route(self, request, path_components):
        if path_components and not self.live:
            raise Http404
        return super().route(request, path_components)


def route_descendant_by_path(parent, request, path_components):
    """The page at ``path_components`` under ``parent`` in two queries, or None.

    None means "use Wagtail's walk": the fast path only serves a live page whose
    own ``route`` needs no further components.
    """
    url_path = parent.url_path + "/".join(path_components) + "/"
    page = Page.objects.filter(url_path=url_path, path__startswith=parent.path).first()
    if page is None or not page.live:
        return None
    hidden_ancestor = (
        Page.objects.ancestor_of(page).filter(depth__gt=parent.depth, live=False).exists()
    )
    if hidden_ancestor:
        raise Http404
    return page.specific.route(request, [])
