"""Serving a page without walking the tree: the site and the page from the content cache.

Wagtail finds the site (one query), loads its root page's specific object (one),
then walks the tree two queries a level, and its view-restriction check reads the
ancestors and their restrictions (two more): a lesson five levels down cost eleven
queries before anything of its own ran. ``PageRouteMiddleware`` hands Wagtail's
``serve`` view the route ready-made (``request._wagtail_route_for_request``, which
``Page.route_for_request`` reads first):

* the site comes from the cache (``home.content_cache.site_entry``);
* the page at a URL is kept with the site's content (``memo``, in the process only:
  its key holds the content token, so any page saved, published, moved or deleted
  anywhere reads it again, two queries); each request serves its own copy;
* the site entry also knows which pages have a view restriction and which pages
  that hide their descendants when unpublished (``hides_descendants_when_unpublished``
  on the page class, the course tree's rule) are not live: a page under one of the
  latter is a 404, and a page with no restriction on it or an ancestor carries
  ``known_view_restrictions = []``, so neither Wagtail's check nor the course gate
  asks the database again.

Anything the fast path does not handle (no page at that URL, a page type that routes
its own sub-paths) is left to Wagtail's walk. Redis down: every cache read misses,
pages are found by the database as before.
"""

import copy

from django.http import Http404
from wagtail.models import Page, get_page_models

from .content_cache import memo, site_entry

STEPLEN = Page.steplen


# --- The page ---------------------------------------------------------------------------


def _ancestor_paths(path):
    return [path[:end] for end in range(STEPLEN, len(path), STEPLEN)]


def _routes_own_subpaths():
    """True when a page type routes paths of its own (RoutablePageMixin): then a page's
    URL may not be its ``url_path``, and only Wagtail's walk is right."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    return any(issubclass(model, RoutablePageMixin) for model in get_page_models())


def find_page(site, path):
    """The specific page at ``path`` (URL path below the site root) or None; two queries."""
    root = site.root_page
    page = Page.objects.filter(url_path=root.url_path + path, path__startswith=root.path).first()
    return page.specific if page is not None else None


def fast_route(request, path):
    """Wagtail's route for ``path``, or None to let Wagtail walk the tree.

    Raises Http404 where Wagtail would: the page is not live, or an ancestor that
    hides its descendants is not live.
    """
    entry = site_entry(request)
    site = entry.site
    if site is None or site.root_page_id is None:
        return None
    found = memo(request, "page-at", (path,), lambda: find_page(site, path), shared=False)
    if found is None:
        return None
    page = copy.copy(found)  # this request's own: Wagtail and the gate note things on it
    ancestors = _ancestor_paths(page.path)
    below_root = [p for p in ancestors if len(p) > len(site.root_page.path)]
    if entry.hidden_paths.intersection(below_root):
        raise Http404
    if not entry.restricted_paths.intersection([*ancestors, page.path]):
        page.known_view_restrictions = []
    return page.route(request, [])


class PageRouteMiddleware:
    """Give Wagtail's ``serve`` view the route before it looks (see the module docstring)."""

    def __init__(self, get_response):
        from wagtail.views import serve  # not at import time: models import this module

        self.get_response = get_response
        self.wagtail_serve = serve
        self.enabled = not _routes_own_subpaths()

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not self.enabled or view_func is not self.wagtail_serve:
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        try:
            route = fast_route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
            return None
        if route is not None:
            request._wagtail_route_for_request = route
        return None
