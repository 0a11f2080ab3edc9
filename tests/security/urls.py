"""Every URL the project serves, found by walking the resolver, with a sample path each.

``all_routes()`` lists one ``Route`` per URL pattern (named or not) of
``config.urls``: its key (the namespaced name, or the route itself when unnamed),
the route text, the dotted path of its view, and a sample path built by filling
each parameter with a harmless value ("1", "x"). The access matrix test checks that
each key has an entry, and the admin rule visits every sample path.
"""

import re
import uuid
from dataclasses import dataclass

from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RoutePattern

_SAMPLES = ("1", "x", "1/", "x/", str(uuid.UUID(int=1)))


@dataclass(frozen=True)
class Route:
    key: str  # "namespace:name", or the route text for an unnamed pattern
    route: str
    view: str
    params: tuple[str, ...]
    positional: int

    @property
    def is_admin(self):
        return self.route.lstrip("^").startswith("admin/")

    def sample_path(self):
        """A path this pattern matches, parameters filled with "1", "x"…; None if none fits."""
        if ":" in self.key or not self.key.startswith(("^", "admin/", "_util/")):
            for value in _SAMPLES:
                try:
                    return reverse(
                        self.key,
                        args=[value] * self.positional if self.positional else None,
                        kwargs=dict.fromkeys(self.params, value) or None,
                    )
                except NoReverseMatch:
                    continue
        return _literal(self.route)


def _literal(route):
    """A route without parameters as a path ("admin/login/" → "/admin/login/")."""
    text = route.replace("^", "").replace("$", "")
    if re.search(r"[<(\[\\*+?]", text):
        return None
    return "/" + text


def _params(pattern):
    if isinstance(pattern, RoutePattern):
        return tuple(pattern.converters), 0
    regex = pattern.regex
    return tuple(regex.groupindex), regex.groups - len(regex.groupindex)


def all_routes():
    routes = []

    def walk(patterns, prefix, namespace, params, positional):
        for entry in patterns:
            names, count = _params(entry.pattern)
            if isinstance(entry, URLResolver):
                ns = namespace
                if entry.namespace:
                    ns = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
                walk(
                    entry.url_patterns,
                    prefix + str(entry.pattern),
                    ns,
                    params + names,
                    positional + count,
                )
            elif isinstance(entry, URLPattern):
                route = prefix + str(entry.pattern)
                if entry.name:
                    key = f"{namespace}:{entry.name}" if namespace else entry.name
                else:
                    key = route
                routes.append(
                    Route(key, route, entry.lookup_str, params + names, positional + count)
                )

    walk(get_resolver().url_patterns, "", None, (), 0)
    return routes


def route_keys():
    return {route.key for route in all_routes()}
