import pytest
from django.core.files.storage import storages

from learning.models import RosterImport
from learning.roles import ensure_groups


@pytest.fixture(autouse=True)
def _media_dirs(settings, tmp_path, monkeypatch):
    """Uploads land in a temporary folder, never in the working tree.

    ``RosterImport.file`` resolves its storage callable once, at import, so the
    field is pointed at the overridden private storage too.
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


@pytest.fixture
def groups(db):
    ensure_groups()
