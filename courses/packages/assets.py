"""Images and documents in a package, and page links.

On import a file is matched to an existing Wagtail image or document by its
content hash (SHA-1, the ``file_hash`` Wagtail keeps), so importing the same
package twice, or a package exported from this site, reuses what is there;
otherwise it is created once. On export each asset is written under
``images/`` or ``documents/`` named after its title (an imported file's title is
its file name), never after the storage name, which can carry a random suffix.
"""

import contextlib
import hashlib
import io
from pathlib import PurePosixPath

import willow
from django.core.files.base import ContentFile
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from .errors import PackageInvalid, Problem
from .fences import Context
from .files import DOCUMENT_SUFFIXES, IMAGE_SUFFIXES


def _sha1(data):
    return hashlib.sha1(data).hexdigest()


def _image_size(data, path, file, line):
    """(width, height) read by Willow, as Wagtail reads uploads; a problem when unreadable."""
    try:
        width, height = willow.Image.open(io.BytesIO(data)).get_size()
    except Exception:  # Willow raises many kinds for a file that is not an image
        width = height = None
    if not width or not height:
        raise PackageInvalid(
            [Problem(file, line, _('"%(path)s" bukan gambar yang bisa dibaca.') % {"path": path})]
        )
    return int(width), int(height)


class ImportContext(Context):
    """Resolves a package's asset paths and page links while it is imported."""

    def __init__(self, files, catalogue=None):
        self.files = files
        self.catalogue = catalogue
        self.created_files = []  # storage files to remove if the import is rolled back
        self._images, self._documents = {}, {}

    def _data(self, path, suffixes, folder, file, line):
        clean = PurePosixPath(path).as_posix()
        if clean not in self.files:
            raise PackageInvalid(
                [Problem(file, line, _('Berkas "%(path)s" tidak ada di paket.') % {"path": path})]
            )
        if (
            not clean.startswith(f"{folder}/")
            or PurePosixPath(clean).suffix.lower() not in suffixes
        ):
            raise PackageInvalid(
                [
                    Problem(
                        file,
                        line,
                        _(
                            '"%(path)s" harus berada di folder %(folder)s/ dengan akhiran '
                            "%(suffixes)s."
                        )
                        % {"path": path, "folder": folder, "suffixes": ", ".join(sorted(suffixes))},
                    )
                ]
            )
        return clean, self.files[clean]

    def image_object(self, path, file, line):
        clean, data = self._data(path, IMAGE_SUFFIXES, "images", file, line)
        if clean not in self._images:
            Image = get_image_model()
            digest = _sha1(data)
            image = Image.objects.filter(file_hash=digest).order_by("pk").first()
            if image is None:
                width, height = _image_size(data, path, file, line)
                name = PurePosixPath(clean).name
                image = Image(title=PurePosixPath(clean).stem, width=width, height=height)
                image.file.save(name, ContentFile(data, name=name), save=False)
                self.created_files.append(image.file)
                image.width, image.height = width, height
                image.file_hash, image.file_size = digest, len(data)
                image.save()
            self._images[clean] = image
        return self._images[clean]

    def image(self, path, file, line):
        return self.image_object(path, file, line).pk

    def document(self, path, file, line):
        clean, data = self._data(path, DOCUMENT_SUFFIXES, "documents", file, line)
        if clean not in self._documents:
            Document = get_document_model()
            digest = _sha1(data)
            document = Document.objects.filter(file_hash=digest).order_by("pk").first()
            if document is None:
                document = Document(title=PurePosixPath(clean).stem)
                document.file.save(PurePosixPath(clean).name, ContentFile(data), save=False)
                self.created_files.append(document.file)
                document.file_hash, document.file_size = digest, len(data)
                document.save()
            self._documents[clean] = document
        return self._documents[clean].pk

    def page(self, path):
        """The id of the page at ``path`` under the catalogue (``course/module/lesson``)."""
        if self.catalogue is None:
            return None
        url_path = f"{self.catalogue.url_path}{path.strip('/')}/"
        return Page.objects.filter(url_path=url_path).values_list("pk", flat=True).first()

    def discard_created_files(self):
        """After a rollback: the rows are gone, so remove the files they pointed to."""
        for stored in self.created_files:
            with contextlib.suppress(OSError):
                stored.storage.delete(stored.name)


class ExportAssets:
    """Collects the files an exported course needs and names them uniquely."""

    def __init__(self, catalogue):
        self.catalogue = catalogue
        self.files = {}
        self._paths = {}

    def _add(self, kind, obj, folder):
        key = (kind, obj.pk)
        if key not in self._paths:
            suffix = PurePosixPath(obj.file.name).suffix.lower()
            name = f"{slugify(obj.title) or f'{kind}-{obj.pk}'}{suffix}"
            path = f"{folder}/{name}"
            if path in self.files:
                stem, suffix = PurePosixPath(name).stem, PurePosixPath(name).suffix
                path = f"{folder}/{stem}-{obj.pk}{suffix}"
            with obj.file.open("rb") as handle:
                self.files[path] = handle.read()
            self._paths[key] = path
        return self._paths[key]

    def image_path(self, image_or_id):
        image = (
            image_or_id
            if hasattr(image_or_id, "file")
            else get_image_model().objects.get(pk=image_or_id)
        )
        return self._add("image", image, "images")

    def document_path(self, document_id):
        return self._add("document", get_document_model().objects.get(pk=document_id), "documents")

    def page_path(self, page_id):
        page = Page.objects.filter(pk=page_id).only("url_path").first()
        if page is None or self.catalogue is None:
            return str(page_id)
        return page.url_path[len(self.catalogue.url_path) :].strip("/")
