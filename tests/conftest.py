import pytest
from django.conf import settings
from django.core.files.storage import storages

from certificates.models import Certificate
from compliance.models import Export
from learning.models import RosterImport
from learning.roles import ensure_groups


@pytest.fixture(autouse=True)
def _media_dirs(settings, tmp_path, monkeypatch):
    """Uploads land in a temporary folder, never in the working tree.

    ``RosterImport.file``, ``Certificate.pdf`` and compliance's ``Export.file``
    resolve their storage callable once, at import, so the fields are pointed at the
    overridden private storage too.
    """
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private"), "base_url": None},
        },
    }
    monkeypatch.setattr(RosterImport._meta.get_field("file"), "storage", storages["private"])
    monkeypatch.setattr(Certificate._meta.get_field("pdf"), "storage", storages["private"])
    monkeypatch.setattr(Export._meta.get_field("file"), "storage", storages["private"])


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache (local memory in the test settings, shared
    by the tests of a process) and no page content kept by home.content_cache."""
    from django.core.cache import cache

    from home import content_cache

    cache.clear()
    content_cache._LOCAL.clear()


@pytest.fixture(autouse=True)
def _state_token_guard():
    """Product code that changes a learner's state gives them a new state token
    (tests/state_token_guard.py)."""
    from django.db import connection

    from tests.state_token_guard import StateTokenGuard

    guard = StateTokenGuard()
    with connection.execute_wrapper(guard):
        yield
    assert not guard.pending, (
        f"product code changed a learner's state without learner_state.touch: {guard.pending}"
    )


@pytest.fixture
def groups(db):
    ensure_groups()


@pytest.fixture(autouse=True)
def _wagtail_tree_after_flush(request):
    """Transactional tests flush the database afterwards, taking with it the data
    Wagtail's migrations created (root page and collection, default site, locale). Put it back
    before each such test, so they pass in any order."""
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction")):
        return
    request.getfixturevalue("transactional_db")
    from wagtail.models import Collection, Locale, Page, Site

    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Site.objects.exists():
        Site.objects.create(hostname="localhost", port=80, root_page=root, is_default_site=True)
    ensure_groups()
