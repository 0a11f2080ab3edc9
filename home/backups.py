"""Backups: the PostgreSQL database (pg_dump custom format) and the uploaded files.

``manage.py backup`` writes ``<output>/<UTC time>/`` holding ``database.dump``
(``pg_dump --format=custom``: compressed, restorable table by table) and
``files.tar.gz`` (MEDIA_ROOT as ``media/``, PRIVATE_MEDIA_ROOT as ``private/``:
images, documents, rosters, certificate PDFs, exports). ``manage.py restore <dir>``
puts both back: ``pg_restore --clean --if-exists`` into DATABASE_URL (or
``--database-url``), then the files. With S3-compatible storage the bucket is not
in the tar: use the bucket's versioning or replication (docs/DEPLOYMENT.md).
"""

import json
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from django.conf import settings

DUMP_NAME = "database.dump"
FILES_NAME = "files.tar.gz"
MANIFEST_NAME = "manifest.json"


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


def database_url(database=None) -> str:
    """A libpq URL for the Django database settings ``database`` (default: "default")."""
    db = database or settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.postgresql":
        raise BackupError("Backups need PostgreSQL (DATABASE_URL=postgres://…); this is SQLite.")
    user = quote(db.get("USER") or "", safe="")
    password = quote(str(db.get("PASSWORD") or ""), safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgresql://{auth}{host}:{port}/{quote(db['NAME'], safe='')}"


def _roots(media_root=None, private_root=None) -> dict[str, Path]:
    """The local folders of uploaded files; none when they live in a bucket."""
    if getattr(settings, "AWS_STORAGE_BUCKET_NAME", "") and not (media_root or private_root):
        return {}
    private = private_root or settings.STORAGES["private"].get("OPTIONS", {}).get("location")
    return {
        "media": Path(media_root or settings.MEDIA_ROOT),
        "private": Path(private or settings.PRIVATE_MEDIA_ROOT),
    }


def _run(command):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def backup(output, *, database=None, media_root=None, private_root=None) -> Path:
    """Write a backup folder under ``output`` and return it."""
    url = database_url(database)
    target = Path(output) / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target.mkdir(parents=True, exist_ok=False)
    _run(
        ["pg_dump", "--format=custom", "--no-owner", "--no-acl", "--file", target / DUMP_NAME, url]
    )
    roots = _roots(media_root, private_root)
    with tarfile.open(target / FILES_NAME, "w:gz") as archive:
        for name, root in roots.items():
            if root.is_dir():
                archive.add(root, arcname=name)
    manifest = {"created": datetime.now(UTC).isoformat(), "folders": sorted(roots)}
    if not roots:
        manifest["bucket"] = settings.AWS_STORAGE_BUCKET_NAME  # versioned by the bucket
    (target / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2))
    return target


def restore(source, *, database_url_to=None, media_root=None, private_root=None) -> None:
    """Restore the database and the files of the backup folder ``source``."""
    source = Path(source)
    dump, files = source / DUMP_NAME, source / FILES_NAME
    if not dump.is_file() or not files.is_file():
        raise BackupError(f"{source} is not a backup folder (no {DUMP_NAME} and {FILES_NAME}).")
    url = database_url_to or database_url()
    _run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-acl",
            "--single-transaction",
            "--dbname",
            url,
            dump,
        ]
    )
    roots = _roots(media_root, private_root)
    with tarfile.open(files, "r:gz") as archive:
        for member in archive.getmembers():
            top, _sep, rest = member.name.partition("/")
            if top not in roots or not rest:
                continue
            member.name = rest
            roots[top].mkdir(parents=True, exist_ok=True)
            # The "data" filter refuses absolute paths, "..", links out and devices.
            archive.extract(member, roots[top], filter="data")
