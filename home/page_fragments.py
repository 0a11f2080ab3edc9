"""Fragments of pages that show the person reading them, kept while nothing they show changes.

``{% page_fragment "name" part… %}…{% endpage_fragment %}`` (``ui_tags``) keeps the
enclosed HTML in the shared cache under a key made of everything it may depend on:

* the name, the parts the template passes, and the request's full path (its GET
  filters and page number);
* the site's content token (``content_cache``): any save, publish, settings or media
  change replaces it;
* the interface language and today's date in the site's time zone (deadlines, the
  JP year);
* the visitor's CSRF secret, since forms inside carry a token made from it;
* what apps add through the Wagtail hook ``page_fragment_vary`` (a function of the
  request): learning adds the account, its state token (replaced in the
  transaction of every change to what the learner's own pages show) and the roles
  version. A hook returning None means "not for this request": nothing is kept.

No key is ever invalidated: a change makes a new key, and the old value expires
(``TIMEOUT``, or sooner where the page changes with time: ``expire_within``). A view
that would build an expensive context first asks ``cached`` and skips that work when
the fragment is there. Without a site entry (a request
made by hand), in a preview, after ``skip(request)``, or while the cache is down,
the fragment is rendered every time. Values are stored as the template rendered
them (autoescaped ``SafeString``), never altered.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

if TYPE_CHECKING:
    from collections.abc import Callable

    from django.http import HttpRequest

VARY_HOOK = "page_fragment_vary"
TIMEOUT = 10 * 60
_SEEN = "_home_page_fragments"


def expire_within(request: HttpRequest, seconds: float) -> None:
    """What this request draws changes by itself within ``seconds`` (an attempt's time
    running out): the fragment is kept no longer than that."""
    current = getattr(request, "_home_page_fragment_ttl", TIMEOUT)
    request._home_page_fragment_ttl = min(current, seconds)


def skip(request: HttpRequest) -> None:
    """This request shows something its key cannot name (an answer handed back from the
    session, say): its fragments are rendered, neither read nor kept."""
    request._home_no_page_fragments = True


def fragment_key(request: HttpRequest, name: str, parts=()) -> str | None:
    """The cache key of this request's copy of fragment ``name``; None: do not keep it."""
    from wagtail import hooks

    entry = getattr(request, "_home_site_entry", None)
    if entry is None or not entry.token or getattr(request, "is_preview", False):
        return None
    if getattr(request, "_home_no_page_fragments", False):
        return None
    csrf_secret = request.META.get("CSRF_COOKIE")
    if not csrf_secret:
        return None
    vary = []
    for hook in hooks.get_hooks(VARY_HOOK):
        value = hook(request)
        if value is None:
            return None
        vary.append(value)
    raw = repr(
        (
            name,
            tuple(map(str, parts)),
            request.get_full_path(),
            entry.token,
            get_language(),
            timezone.localdate().isoformat(),
            csrf_secret,
            vary,
        )
    )
    return "home:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _seen(request):
    seen = getattr(request, _SEEN, None)
    if seen is None:
        seen = {}
        setattr(request, _SEEN, seen)
    return seen


def _kept(request, key):
    """The kept HTML under ``key`` (None: none); read from the cache once a request."""
    seen = _seen(request)
    if key not in seen:
        seen[key] = cache.get(key)
    return seen[key]


def cached(request: HttpRequest, name: str, parts=()) -> bool:
    """True when fragment ``name`` is kept for this request (the template will not need
    the context it encloses). One cache read, remembered for the template."""
    key = fragment_key(request, name, parts)
    return key is not None and _kept(request, key) is not None


def render(request: HttpRequest | None, name: str, parts, build: Callable[[], str]) -> str:
    """The kept HTML of fragment ``name``, or ``build()``'s, kept for the next request."""
    key = fragment_key(request, name, parts) if request is not None else None
    if key is None:
        return build()
    html = _kept(request, key)
    if html is None:
        html = build()  # may shorten the time it can be kept (expire_within)
        ttl = int(getattr(request, "_home_page_fragment_ttl", TIMEOUT))
        if ttl >= 1:
            cache.set(key, html, ttl)
        _seen(request)[key] = html
    return html
