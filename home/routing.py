"""Serving a page in one query: the site from the cache, the page by its URL path.

Wagtail finds the site (one query), loads its root page's specific object (one),
then walks the tree two queries a level, and its view-restriction check reads the
ancestors and their restrictions (two more): a lesson five levels down cost eleven
queries before anything of its own ran. ``PageRouteMiddleware`` hands Wagtail's
``serve`` view the route ready-made (``request._wagtail_route_for_request``, which
``Page.route_for_request`` reads first):

* the site comes from the cache (``cached_site``), keyed by host and port and
  dropped whenever a site or a site's root page is saved or deleted;
* the page comes from one query on its specific table by ``url_path``. Which page
  type lives at a URL is remembered in the cache (``route:<url_path>``), but only as
  a hint: the query also checks the id, path and ``url_path``, so a moved, renamed
  or deleted page simply misses and the route is looked up again (one more query);
* the same query says whether an ancestor that hides its descendants when it is
  unpublished (``hides_descendants_when_unpublished`` on the page class, the course
  tree's rule) is not live, and whether the page or an ancestor has a view
  restriction. With none, the page carries ``known_view_restrictions = []`` and
  neither Wagtail's check nor the course gate asks the database again.

Anything the fast path does not handle (no page at that URL, a page type that routes
its own sub-paths) is left to Wagtail's walk. Redis down: every cache read misses,
pages are found by the database as before.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Exists, F
from django.db.models.functions import Coalesce
from django.http import Http404
from django.http.request import split_domain_port
from wagtail.models import Page, PageViewRestriction, Site, get_page_models
from wagtail.models.sites import get_site_for_hostname

SITES_KEY = "home:sites:v1"
ROUTE_TIMEOUT = 24 * 60 * 60
STEPLEN = Page.steplen


def route_key(site_id, url_path):
    return f"home:route:v1:{site_id}:{url_path}"


# --- The site --------------------------------------------------------------------------


def cached_site(request):
    """Wagtail's ``Site.find_for_request``, with the answer kept in the cache."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    sites = cache.get(SITES_KEY) or {}
    key = f"{hostname}:{port}"
    if key in sites:
        site = sites[key]
    else:
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            site = None
        sites[key] = site
        cache.set(SITES_KEY, sites, None)
    request._wagtail_site = site
    return site


def forget_sites(sender, instance=None, **kwargs):
    """Signal receiver: a site, or a page that may be a site's root, changed."""
    if isinstance(instance, Site) or (
        isinstance(instance, Page) and (instance.depth is None or instance.depth <= 2)
    ):
        cache.delete(SITES_KEY)


# --- The page ---------------------------------------------------------------------------


def _ancestor_paths(path):
    return [path[:end] for end in range(STEPLEN, len(path), STEPLEN)]


def _hiding_content_type_ids():
    models = [
        model
        for model in get_page_models()
        if getattr(model, "hides_descendants_when_unpublished", False)
    ]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def _routes_own_subpaths():
    """True when a page type routes paths of its own (RoutablePageMixin): then a page's
    URL may not be its ``url_path``, and only Wagtail's walk is right."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    return any(issubclass(model, RoutablePageMixin) for model in get_page_models())


def _specific_page(model, *, page_id, path, url_path, root):
    """The page of ``model`` at ``url_path`` with ``hidden`` and ``restricted``; one query."""
    ancestors = _ancestor_paths(path)
    hidden = Page.objects.filter(
        path__in=[p for p in ancestors if len(p) > len(root.path)],
        live=False,
        content_type_id__in=_hiding_content_type_ids(),
    )
    sources = (
        Page.objects.filter(path__in=[*ancestors, path])
        .annotate(source=Coalesce(F("alias_of_id"), F("id")))
        .values("source")
    )
    restricted = PageViewRestriction.objects.filter(page_id__in=sources)
    return (
        model.objects.filter(pk=page_id, path=path, url_path=url_path)
        .annotate(hidden=Exists(hidden), restricted=Exists(restricted))
        .first()
    )


def find_page(site, path):
    """The specific page at ``path`` (URL path below the site root) or None; with
    ``hidden`` and ``restricted`` set. One query with a cached hint, else two."""
    root = site.root_page
    url_path = root.url_path + path
    key = route_key(site.pk, url_path)
    hint = cache.get(key)
    if hint is not None:
        page_id, content_type_id, page_path = hint
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            page = _specific_page(
                model, page_id=page_id, path=page_path, url_path=url_path, root=root
            )
            if page is not None:
                return page
    row = (
        Page.objects.filter(url_path=url_path, path__startswith=root.path)
        .values_list("pk", "content_type_id", "path")
        .first()
    )
    if row is None:
        return None
    page_id, content_type_id, page_path = row
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    page = _specific_page(model, page_id=page_id, path=page_path, url_path=url_path, root=root)
    if page is not None:
        cache.set(key, row, ROUTE_TIMEOUT)
    return page


def fast_route(request, path):
    """Wagtail's route for ``path``, or None to let Wagtail walk the tree.

    Raises Http404 where Wagtail would: the page is not live, or an ancestor that
    hides its descendants is not live.
    """
    site = cached_site(request)
    if site is None or site.root_page_id is None:
        return None
    page = find_page(site, path)
    if page is None:
        return None
    if page.hidden:
        raise Http404
    if not page.restricted:
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


class KnownViewRestrictionsMixin:
    """Page mixin: view restrictions already known for this request (none) are not
    read again, neither by Wagtail's ``check_view_restrictions`` nor by the gate."""

    def get_view_restrictions(self):
        known = getattr(self, "known_view_restrictions", None)
        if known is not None:
            return known
        return super().get_view_restrictions()
