"""Expand command-line paths into the image files under them, in a deterministic order.

Files named explicitly are always returned (so that a non-image gets a clear error). Inside
folders, files are picked by content (`detect_format`), never by extension; hidden entries are
skipped (our own temporary files are hidden) and symlinks are not followed out of the roots.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from captions.formats.detect import HEADER_BYTES, detect_format


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files named by `paths`, folders expanded recursively, each file once."""
    return [Path(name) for name in expand_names(paths)]


def expand_names(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """`expand` as strings (`str(path)`): a tenth of the memory for runs over 10,000 files."""
    seen: set[str] = set()
    found: list[str] = []
    real = _RealFolders()
    for given in paths:
        name = _spelled(os.fspath(given))
        if os.path.isdir(name):
            files = _walk(Path(name), os.path.realpath(name), real)
        else:
            files = iter([(name, None)])
        for path, is_link in files:
            key = real.of_file(path, is_link)
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def _spelled(name: str) -> str:
    """`str(Path(name))` (no `./`, `//`, `/.` or trailing slash), without a Path for the names
    that are spelled so already: 10,000 names on a command line are."""
    if (
        name
        and name != "."
        and not name.startswith("./")
        and not name.endswith(("/", "/."))
        and "//" not in name
        and "/./" not in name
    ):
        return name
    return str(Path(name))


class _RealFolders:
    """`os.path.realpath` of files, each folder resolved once: what tells two names of one file
    apart costs one `lstat` of the file instead of one for every part of its path."""

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def of_file(self, path: str, is_link: bool | None) -> str:
        if is_link is None:
            is_link = os.path.islink(path)
        folder, name = os.path.split(path)
        if is_link or name in ("", ".", ".."):
            return os.path.realpath(path)
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = os.path.realpath(folder or ".")
        return os.path.join(real, name)


def _walk(folder: Path, root: str, real: _RealFolders) -> Iterator[tuple[str, bool | None]]:
    """(path, whether it is a symlink) of the image files under `folder`, in name order."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield os.fspath(folder), None  # unreadable folder: let the reader report it
        return
    prefix = str(folder)  # as `str(folder / name)` spells it, without a Path per file
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = entry.name if prefix == "." else os.path.join(prefix, entry.name)
        is_link = entry.is_symlink()
        if is_link and not _inside(os.path.realpath(path), root):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(path), root, real)
        elif entry.is_file() and is_image(path):
            yield path, is_link


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def is_image(path: str | os.PathLike[str]) -> bool:
    """True when the file's first bytes are an image format we know (unreadable: True)."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(HEADER_BYTES)
    except OSError:
        return True
    return detect_format(head) is not None


__all__ = ["expand", "expand_names", "is_image"]
