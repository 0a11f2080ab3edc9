import pytest

from learning.roles import ensure_groups


@pytest.fixture(autouse=True)
def _media_dirs(settings, tmp_path):
    """Uploads land in a temporary folder, never in the working tree."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private"), "base_url": None},
        },
    }


@pytest.fixture
def groups(db):
    ensure_groups()
