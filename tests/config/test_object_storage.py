"""Media and certificates go to an S3-compatible bucket when one is named.

No object store runs here: the check is the configuration and the key each name
maps to (computed locally by django-storages, no request is sent).
"""

import json

from tests.config.test_settings import PRODUCTION_ENV, run_manage

S3_ENV = {
    **PRODUCTION_ENV,
    "AWS_STORAGE_BUCKET_NAME": "akademi-media",
    "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
    "AWS_ACCESS_KEY_ID": "test-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret",
    "AWS_S3_REGION_NAME": "us-east-1",
}

SCRIPT = """
import json
from django.conf import settings
from django.core.files.storage import default_storage, storages
from certificates.models import Certificate
private = storages["private"]
try:
    default_storage.url("documents/modul.pdf")
    document_url = "given"
except NotImplementedError:
    document_url = "refused"
print(json.dumps({
    "default": settings.STORAGES["default"]["BACKEND"],
    "private": settings.STORAGES["private"]["BACKEND"],
    "bucket": default_storage.bucket_name,
    "image_key": default_storage._normalize_name("images/foto.png"),
    "document_key": default_storage._normalize_name("documents/modul.pdf"),
    "certificate_key": private._normalize_name("certificates/AHA-2026-000001.pdf"),
    "certificate_storage": type(Certificate._meta.get_field("pdf").storage).__name__,
    "document_url": document_url,
    "image_url_signed": "Signature=" in default_storage.url("images/foto.png")
        or "X-Amz-Signature=" in default_storage.url("images/foto.png"),
}))
"""


def test_a_named_bucket_holds_media_documents_and_certificates_apart():
    result = run_manage("shell", "-c", SCRIPT, env=S3_ENV)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["default"] == "config.storages.S3MediaStorage"
    assert found["private"] == "storages.backends.s3.S3Storage"
    assert found["bucket"] == "akademi-media"
    assert found["image_key"] == "media/images/foto.png"
    assert found["document_key"] == "private/documents/modul.pdf"
    assert found["certificate_key"] == "private/certificates/AHA-2026-000001.pdf"
    assert found["certificate_storage"] == "S3Storage"
    assert found["document_url"] == "refused"
    assert found["image_url_signed"] is True


def test_without_a_bucket_files_stay_in_local_folders():
    result = run_manage(
        "shell",
        "-c",
        "import json; from django.conf import settings as s; "
        "print(json.dumps({k: v['BACKEND'] for k, v in s.STORAGES.items()}))",
        env=PRODUCTION_ENV,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["default"] == "config.storages.MediaStorage"
    assert found["private"] == "django.core.files.storage.FileSystemStorage"
