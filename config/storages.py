"""Where uploads live (local folders, or an S3-compatible bucket when one is named).

``MediaStorage`` is the default storage: images and other public uploads under
MEDIA_ROOT, served under MEDIA_URL. Wagtail documents are the exception. Wagtail
files every document under ``documents/`` in the default storage, and a document
may belong to a gated lesson, so those names resolve into the private storage
(PRIVATE_MEDIA_ROOT, no URL) instead: a document is never a file a web server
hands out under /media/, only a download through /dokumen/<id>/<name>, where the
``before_serve_document`` hook applies the lesson's gate
(WAGTAILDOCS_SERVE_METHOD = "serve_view").
"""

from pathlib import PurePosixPath

from django.core.files.storage import FileSystemStorage, storages

PRIVATE_DIRECTORIES = frozenset({"documents"})


def is_private_name(name) -> bool:
    """True for a stored name in a directory kept out of MEDIA_ROOT (``documents/…``)."""
    parts = PurePosixPath(str(name).replace("\\", "/")).parts
    return bool(parts) and parts[0] in PRIVATE_DIRECTORIES


class MediaStorage(FileSystemStorage):
    """MEDIA_ROOT, except Wagtail documents, which live in the private storage.

    Reading, listing and deleting go through ``path``; saving is handed to the
    private storage whole, so its location and permissions apply.
    """

    def _save(self, name, content):
        if is_private_name(name):
            return storages["private"]._save(name, content)
        return super()._save(name, content)

    def path(self, name):
        if is_private_name(name):
            return storages["private"].path(name)
        return super().path(name)

    def url(self, name):
        if is_private_name(name):
            # Wagtail's document view treats NotImplementedError as "no direct URL".
            raise NotImplementedError("Documents are downloaded through the document view.")
        return super().url(name)


try:
    from storages.backends.s3 import S3Storage
except ImportError:  # pragma: no cover — django-storages is in requirements.txt
    S3Storage = None


if S3Storage is not None:

    class S3MediaStorage(S3Storage):
        """The bucket's ``media/`` prefix, except Wagtail documents, kept under the
        private storage's prefix (``private/documents/…``) of the same bucket.

        Every operation goes through ``_normalize_name``, so saving, opening, listing
        and deleting a document all reach the private prefix; a document has no URL.
        """

        def _normalize_name(self, name):
            if is_private_name(name):
                return storages["private"]._normalize_name(name)
            return super()._normalize_name(name)

        def url(self, name, *args, **kwargs):
            if is_private_name(name):
                raise NotImplementedError("Documents are downloaded through the document view.")
            return super().url(name, *args, **kwargs)
