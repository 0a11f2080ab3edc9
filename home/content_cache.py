"""What every page needs about its site, and content rendered once, shared by all processes.

**The site entry** (``site_entry``): per host and port, one cache value holds the
Wagtail site, Wagtail's site root paths (for page URLs), the platform settings, the
paths of restricted pages and of unpublished course-tree pages (for routing) and a
random ``token``. It is dropped (``forget_site_entries``) whenever content or anything
a page's HTML shows changes: a page saved, published, unpublished, moved or deleted, a
view restriction, a site, the platform settings, an image or a document saved or
deleted. The next request builds it again (four or five queries) with a new token.

**Rendered content** (``memo``): HTML or data derived from published content only
(a lesson body, a course outline without any learner's state, the catalogue link) is
kept under a key that holds the site entry's token. A change anywhere drops the
token, so nothing derived from the old content is found again: no invalidation to
forget. Because such a value can never change under its key, each process also
keeps the last few hundred in memory (``_LOCAL``), saving the round trip to Redis;
the token itself is read from the shared cache on every request, so a process never
serves content another one has already replaced. Nothing learner-specific goes in
here: learner state is read from the database on every request.

Redis down: every read misses, every write is dropped; pages are built from the
database (a few more queries), never refused.
"""

import contextlib
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.http.request import split_domain_port
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

SITES_KEY = "home:sites:v2"
MEMO_TIMEOUT = 24 * 60 * 60
LOCAL_SIZE = 512


class _LocalValues:
    """This process's copies of values whose keys name everything they depend on.

    A key holds the content token (or a version read from the shared cache), so a
    value can never be wrong for its key: keeping it between requests is like
    ``functools.lru_cache`` over immutable inputs. A lock keeps it whole under
    threaded servers; the oldest entries go beyond ``size``.
    """

    def __init__(self, size):
        self._size = size
        self._values = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def set(self, key, value):
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            while len(self._values) > self._size:
                self._values.popitem(last=False)

    def clear(self):
        with self._lock:
            self._values.clear()


_LOCAL = _LocalValues(LOCAL_SIZE)


@dataclass
class SiteEntry:
    site: Site | None
    root_paths: list = field(default_factory=list)
    settings: object = None
    token: str = ""
    # Tree paths of pages with a view restriction (and of their aliases), and of pages
    # not live whose type hides its descendants then (home.routing reads both).
    restricted_paths: frozenset = frozenset()
    hidden_paths: frozenset = frozenset()


def _hiding_content_type_ids():
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import get_page_models

    models = [
        model
        for model in get_page_models()
        if getattr(model, "hides_descendants_when_unpublished", False)
    ]
    return [ct.pk for ct in ContentType.objects.get_for_models(*models).values()]


def _routing_paths():
    """(paths of restricted pages and their aliases, paths of hidden pages); one query."""
    from django.db.models import Exists, OuterRef, Q
    from wagtail.models import PageViewRestriction

    restricted_ids = PageViewRestriction.objects.values("page_id")
    hiding = set(_hiding_content_type_ids())
    rows = (
        Page.objects.filter(
            Q(live=False, content_type_id__in=hiding)
            | Q(pk__in=restricted_ids)
            | Q(alias_of_id__in=restricted_ids)
        )
        .annotate(
            restricted=Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk")))
            | Exists(PageViewRestriction.objects.filter(page_id=OuterRef("alias_of_id")))
        )
        .values_list("path", "restricted", "live", "content_type_id")
    )
    restricted, hidden = set(), set()
    for path, is_restricted, live, content_type_id in rows:
        if is_restricted:
            restricted.add(path)
        if not live and content_type_id in hiding:
            hidden.add(path)
    return frozenset(restricted), frozenset(hidden)


def host_key(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    return f"{hostname}:{request.get_port()}"


def _build_entry(request):
    from home.models import PlatformSettings

    hostname = split_domain_port(request._get_raw_host())[0]
    try:
        site = get_site_for_hostname(hostname, request.get_port())
    except Site.DoesNotExist:
        site = None
    settings = None
    if site is not None:
        # None until the row exists: Wagtail's for_request makes it on first use (and
        # settings_created puts it into the cached entry).
        queryset = PlatformSettings.base_queryset().select_related("logo")
        settings = queryset.filter(site=site).first()
    restricted_paths, hidden_paths = _routing_paths()
    return SiteEntry(
        site=site,
        root_paths=Site.get_site_root_paths(),
        settings=settings,
        token=secrets.token_hex(8),
        restricted_paths=restricted_paths,
        hidden_paths=hidden_paths,
    )


def _allowed_host(request):
    from django.core.exceptions import DisallowedHost

    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def site_entry(request, entries=None):
    """The site entry for ``request``, also set where Wagtail looks for each part
    (``request._wagtail_site``, the root paths, the settings), so Wagtail asks nothing.

    ``entries`` is the cached dict when the caller fetched it already (one MGET).
    """
    if hasattr(request, "_home_site_entry"):
        return request._home_site_entry
    if entries is None:
        entries = cache.get(SITES_KEY)
    entries = entries or {}
    key = host_key(request)
    entry = entries.get(key)
    if entry is None:
        entry = _build_entry(request)
        if _allowed_host(request):  # a made-up Host header must not grow the cached dict
            entries[key] = entry
            cache.set(SITES_KEY, entries, None)
        else:
            entry.token = ""  # nothing is kept for such a request either
    request._home_site_entry = entry
    request._wagtail_site = entry.site
    request._wagtail_cached_site_root_paths = entry.root_paths
    if entry.settings is not None:
        from home.models import PlatformSettings

        entry.settings._request = request
        setattr(request, PlatformSettings.get_cache_attr_name(), entry.settings)
    return entry


def forget_site_entries(sender=None, **kwargs):
    """Signal receiver: published content or a site-wide setting changed.

    Dropped now and again once the transaction commits, so a request cannot rebuild
    the entry from the content as it was before the change.
    """
    cache.delete(SITES_KEY)
    transaction.on_commit(lambda: cache.delete(SITES_KEY))


def _settings_saved(sender, instance=None, created=False, **kwargs):
    """A first save (Wagtail creating the row on first use) fills the cached entries in;
    a change drops them."""
    if not created:
        forget_site_entries()
        return
    entries = cache.get(SITES_KEY) or {}
    for entry in entries.values():
        if entry.site is not None and entry.site.pk == instance.site_id:
            entry.settings = instance
    if entries:
        cache.set(SITES_KEY, entries, None)


def _forget_on_page_change(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        forget_site_entries()


def connect_signals():
    """Everything a published page's HTML may show: pages, sites, settings, media."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    from home.models import PlatformSettings

    uid = "home.content_cache"
    changes = (page_published, page_unpublished, page_slug_changed, post_page_move)
    for signal in (*changes, published, unpublished):
        signal.connect(forget_site_entries, dispatch_uid=f"{uid}.{id(signal)}")
    # Any save of a page (a draft too: cheap to rebuild, and nothing can slip by).
    post_save.connect(_forget_on_page_change, dispatch_uid=f"{uid}.page-save")
    post_delete.connect(_forget_on_page_change, dispatch_uid=f"{uid}.page-delete")
    media = (get_image_model(), get_document_model())
    post_save.connect(_settings_saved, sender=PlatformSettings, dispatch_uid=f"{uid}.settings")
    post_delete.connect(forget_site_entries, sender=PlatformSettings, dispatch_uid=f"{uid}.s-del")
    for model in (Site, PageViewRestriction, *media):
        for signal in (post_save, post_delete):
            key = f"{uid}.{model.__name__}.{id(signal)}"
            signal.connect(forget_site_entries, sender=model, dispatch_uid=key)


def _local_get(key):
    return _LOCAL.get(key)


def _local_set(key, value):
    _LOCAL.set(key, value)


def memo(request, name, parts, compute, *, shared=True):
    """``compute()``, kept under ``name``, ``parts`` and the site's content token.

    Only for values derived from content and the given ``parts`` (a revision id, a
    language): never for a learner's state. Values are shared by the requests of a
    process: read them, never change them (copy first). ``shared=False`` keeps the
    value in this process only (objects that need not travel to Redis). Without a
    site entry on the request nothing is cached; None is never cached.
    """
    # Only where PrefetchMiddleware (or the router) read the site entry: a request
    # built by hand (a test's RequestFactory) computes, and writes nothing.
    entry = getattr(request, "_home_site_entry", None)
    if entry is None or not entry.token:
        return compute()
    key = ":".join(["home:memo", name, entry.token, *map(str, parts)])
    value = _local_get(key)
    if value is not None:
        return value
    value = cache.get(key) if shared else None
    if value is None:
        value = compute()
        if value is None:
            return None
        if shared:
            cache.set(key, value, MEMO_TIMEOUT)
    _local_set(key, value)
    return value


PREFETCH_HOOK = "cache_prefetch_keys"


def prefetch_keys():
    """The cache keys other apps read on every request, fetched with the site entry.

    An app names them with the Wagtail hook ``cache_prefetch_keys`` (a function
    returning a list of keys) and reads them back with ``prefetched``.
    """
    from wagtail import hooks

    return [key for hook in hooks.get_hooks(PREFETCH_HOOK) for key in hook()]


def prefetched(request, key):
    """The value of a registered key as the request's round trip found it (None: absent)."""
    return getattr(request, "_home_prefetched", {}).get(key)


def local_memo(key, compute):
    """``compute()`` kept in this process under ``key``, which must name everything the
    value depends on (a version read from the shared cache, for instance)."""
    value = _local_get(key)
    if value is None:
        value = compute()
        if value is not None:
            _local_set(key, value)
    return value


class PrefetchMiddleware:
    """One round trip to the cache per request: the site entry, and the session when
    it is a ``cached_db`` one (placed right after SessionMiddleware)."""

    def __init__(self, get_response):
        from django.contrib.sessions.backends.cached_db import SessionStore

        self.get_response = get_response
        self.cached_db = SessionStore
        self.keys = (SITES_KEY, *prefetch_keys())

    def __call__(self, request):
        keys = list(self.keys)
        session = getattr(request, "session", None)
        session_key = None
        if isinstance(session, self.cached_db) and session.session_key:
            session_key = session.cache_key
            keys.append(session_key)
        values = cache.get_many(keys)
        request._home_prefetched = values
        # The database down: pages fail on their own queries (the friendly error
        # page), and /healthz, which needs no site, says 503.
        with contextlib.suppress(DatabaseError):
            site_entry(request, values.get(SITES_KEY))
        if session_key and values.get(session_key) is not None:
            # What cached_db's load() would have read from the cache.
            session._session_cache = values[session_key]
        return self.get_response(request)
