"""Reading a package from a folder or an uploaded zip, within limits.

Uploads are untrusted: the zip reader refuses absolute paths, ``..``, links and
anything past the member, per-file and total size limits before it reads a byte
of content, and reads each member with a cap (a zip can lie about sizes). A zip
may hold the package at its root or inside one top-level folder.
"""

import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from .errors import PackageInvalid, Problem

MAX_FILES = 400
MAX_TEXT_BYTES = 512 * 1024
MAX_ASSET_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 3

TEXT_SUFFIXES = {".yaml", ".md"}
IMAGE_SUFFIXES = {".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"}
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"}
ALLOWED_SUFFIXES = TEXT_SUFFIXES | IMAGE_SUFFIXES | DOCUMENT_SUFFIXES
IGNORED_PARTS = {"__MACOSX"}


class PackageFiles(dict):
    """Relative POSIX path → bytes. ``text(path)`` decodes UTF-8 (BOM dropped)."""

    def text(self, path):
        data = self[path]
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise PackageInvalid(
                [
                    Problem(
                        path,
                        None,
                        _("Berkas bukan teks UTF-8 (bita ke-%(pos)s).") % {"pos": error.start},
                    )
                ]
            )

    def under(self, folder):
        """Paths directly inside ``folder`` ("" for the root), sorted."""
        prefix = f"{folder}/" if folder else ""
        return sorted(
            path for path in self if path.startswith(prefix) and "/" not in path[len(prefix) :]
        )

    def folders(self):
        """Top-level folders, sorted."""
        return sorted({path.split("/", 1)[0] for path in self if "/" in path})


def _limit_for(path):
    return (
        MAX_TEXT_BYTES if PurePosixPath(path).suffix.lower() in TEXT_SUFFIXES else MAX_ASSET_BYTES
    )


def _ignored(parts):
    return any(part.startswith(".") or part in IGNORED_PARTS for part in parts)


def _check_path(name, problems):
    """The cleaned relative path, or None (and a problem) when it is not acceptable."""
    if "\\" in name or name.startswith("/") or ":" in name.split("/", 1)[0]:
        problems.append(Problem(name, None, _("Jalur berkas tidak boleh absolut.")))
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if ".." in parts:
        problems.append(
            Problem(name, None, _("Jalur berkas tidak boleh keluar dari folder paket (..)."))
        )
        return None
    if _ignored(parts):
        return None
    return "/".join(parts)


def _check_member(path, size, problems):
    if PurePosixPath(path).suffix.lower() not in ALLOWED_SUFFIXES:
        problems.append(
            Problem(
                path,
                None,
                _(
                    "Jenis berkas tidak didukung. Yang boleh: .yaml, .md, gambar (%(images)s), "
                    "dokumen (%(docs)s)."
                )
                % {
                    "images": ", ".join(sorted(IMAGE_SUFFIXES)),
                    "docs": ", ".join(sorted(DOCUMENT_SUFFIXES)),
                },
            )
        )
        return False
    if size > _limit_for(path):
        problems.append(
            Problem(
                path,
                None,
                _("Berkas terlalu besar (%(size)s KB; batas %(limit)s KB).")
                % {"size": size // 1024, "limit": _limit_for(path) // 1024},
            )
        )
        return False
    if path.count("/") >= MAX_DEPTH:
        problems.append(Problem(path, None, _("Folder bertingkat terlalu dalam.")))
        return False
    return True


def _strip_single_top_folder(names):
    """When everything sits in one folder that holds course.yaml, drop that folder."""
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) == 1 and "course.yaml" not in names:
        top = tops.pop()
        if f"{top}/course.yaml" in names:
            return len(top) + 1
    return 0


def read_zip(fileobj):
    """A package from an uploaded zip. Raises PackageInvalid naming each bad member."""
    try:
        archive = zipfile.ZipFile(fileobj)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise PackageInvalid([Problem("(zip)", None, _("Berkas bukan arsip zip yang sah."))])
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > MAX_FILES:
            raise PackageInvalid(
                [
                    Problem(
                        "(zip)",
                        None,
                        _("Arsip berisi %(count)s berkas; batasnya %(limit)s.")
                        % {"count": len(infos), "limit": MAX_FILES},
                    )
                ]
            )
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            raise PackageInvalid(
                [
                    Problem(
                        "(zip)",
                        None,
                        _("Isi arsip terlalu besar bila dibuka (batas %(limit)s MB).")
                        % {"limit": MAX_TOTAL_BYTES // (1024 * 1024)},
                    )
                ]
            )
        problems, accepted = [], []
        for info in infos:
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                problems.append(Problem(info.filename, None, _("Tautan simbolik tidak diizinkan.")))
                continue
            path = _check_path(info.filename, problems)
            if path and _check_member(path, info.file_size, problems):
                accepted.append((path, info))
        if problems:
            raise PackageInvalid(problems)
        cut = _strip_single_top_folder([path for path, _info in accepted])
        files, total = PackageFiles(), 0
        for path, info in accepted:
            limit = _limit_for(path)
            try:
                with archive.open(info) as member:
                    data = member.read(limit + 1)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError):
                raise PackageInvalid(
                    [
                        Problem(
                            path,
                            None,
                            _(
                                "Berkas di dalam arsip rusak atau tidak sesuai ukurannya; "
                                "paket ditolak."
                            ),
                        )
                    ]
                )
            total += len(data)
            if len(data) > limit or total > MAX_TOTAL_BYTES:
                raise PackageInvalid(
                    [
                        Problem(
                            path,
                            None,
                            _("Berkas lebih besar daripada yang dinyatakan arsip; paket ditolak."),
                        )
                    ]
                )
            files[path[cut:]] = data
    return files


def read_folder(folder):
    """A package from a folder on disk (the shipped courses, ``import_course <folder>``)."""
    root = Path(folder)
    if not (root / "course.yaml").is_file():
        raise PackageInvalid(
            [Problem(str(root), None, _("Folder paket harus berisi course.yaml."))]
        )
    problems, files, total = [], PackageFiles(), 0
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_symlink():
            problems.append(Problem(relative, None, _("Tautan simbolik tidak diizinkan.")))
            continue
        if path.is_dir() or _ignored(relative.split("/")):
            continue
        size = path.stat().st_size
        if not _check_member(relative, size, problems):
            continue
        total += size
        files[relative] = path.read_bytes()
    if len(files) > MAX_FILES or total > MAX_TOTAL_BYTES:
        problems.append(Problem(str(root), None, _("Paket terlalu besar.")))
    if problems:
        raise PackageInvalid(problems)
    return files


def is_package_folder_or_empty(folder):
    """Whether ``folder`` may be written: missing, empty, or an earlier package."""
    root = Path(folder)
    return not root.exists() or (
        root.is_dir() and (not any(root.iterdir()) or (root / "course.yaml").is_file())
    )


def write_folder(files, folder):
    """Write ``files`` into ``folder``, replacing the package files a previous export left.

    Only package files (by suffix) are removed, and only in a folder that
    ``is_package_folder_or_empty`` accepts; the caller checks that first.
    """
    root = Path(folder)
    if root.exists():
        for path in sorted(root.rglob("*"), reverse=True):
            relative = path.relative_to(root).as_posix()
            if _ignored(relative.split("/")):
                continue
            if path.is_file() and path.suffix.lower() in ALLOWED_SUFFIXES:
                path.unlink()
            elif path.is_dir() and not path.is_symlink() and not any(path.iterdir()):
                path.rmdir()
    for relative, data in sorted(files.items()):
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def zip_bytes(files, top_folder):
    """The package as a zip in one top-level folder, with fixed timestamps (same in, same out)."""
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative, data in sorted(files.items()):
            info = zipfile.ZipInfo(f"{top_folder}/{relative}", date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
