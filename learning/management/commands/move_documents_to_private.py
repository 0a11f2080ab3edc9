"""Move Wagtail document files uploaded before documents went private out of MEDIA_ROOT.

The default storage now resolves ``documents/…`` into the private storage; a file
still lying under MEDIA_ROOT/documents/ would be unreadable by the document view
and reachable by a web server serving /media/. Idempotent: run it once after
deploying, again any time.
"""

import shutil
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model


class Command(BaseCommand):
    help = "Move Wagtail document files from MEDIA_ROOT to the private storage."

    def handle(self, *args, **options):
        moved = 0
        media_root = Path(settings.MEDIA_ROOT)
        for name in get_document_model().objects.values_list("file", flat=True):
            source = media_root / name
            target = Path(default_storage.path(name))
            if source == target or not source.is_file():
                continue
            if target.exists():
                source.unlink()  # already moved; the public copy must not stay
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(source, target)
            moved += 1
        self.stdout.write(f"{moved} document file(s) moved out of MEDIA_ROOT.")
