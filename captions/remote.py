"""Images named by URL (`s3://`, `gcs://`, `file://`, `memory://`): opened and listed with fsspec.

Plain paths never come here: the engine opens them with the OS, as before. fsspec, and the
package of the protocol (s3fs, gcsfs), are imported only when a URL is read; both come with
`pip install 'photodesk-captions[dask]'` (plus s3fs or gcsfs for those stores).

Folders are listed like `captions.walk.expand` lists local ones: files picked by content (their
first bytes), hidden entries skipped, in the same order (name by name, folders depth first).
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, BinaryIO, cast

from captions.errors import UnsupportedError

if TYPE_CHECKING:
    from fsspec import AbstractFileSystem

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]+://")
_BLOCK_SIZE = 256 * 1024  # one request holds most headers (the engine asks for 128 KB first)
_SNIFF_BATCH = 256  # files whose first bytes are fetched together (concurrently on s3/gcs)


def is_url(name: str) -> bool:
    """True for `scheme://...` names, which are read through fsspec."""
    return "://" in name and _URL.match(name) is not None


def open_binary(name: str) -> BinaryIO:
    """`name` opened for reading: by the OS for a path, through fsspec for a URL."""
    if not is_url(name):
        return open(name, "rb")
    fs, path = filesystem(name)
    try:
        return cast(BinaryIO, fs.open(path, "rb", block_size=_BLOCK_SIZE, cache_type="readahead"))
    except FileNotFoundError:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), name) from None


def size_of(stream: BinaryIO) -> int:
    """The size of an open file: OS files ask the OS, fsspec files know it."""
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, ValueError):  # io.UnsupportedOperation: no file descriptor (s3, memory)
        return int(getattr(stream, "size"))  # noqa: B009 (not in BinaryIO)


def filesystem(url: str) -> tuple[AbstractFileSystem, str]:
    """The fsspec filesystem of `url` and the path inside it."""
    try:
        from fsspec.core import url_to_fs  # lazy: an optional dependency, for URLs only

        fs, path = url_to_fs(url)
    except ImportError as exc:  # fsspec itself, or s3fs/gcsfs for the protocol
        raise UnsupportedError(
            f"{url}: cannot read URLs ({exc}); install photodesk-captions[dask]"
        ) from None
    except ValueError as exc:  # an unknown protocol
        raise UnsupportedError(f"{url}: {exc}") from None
    return fs, str(path)


def exists(url: str) -> bool:
    """Whether the file or folder named by `url` exists."""
    fs, path = filesystem(url)
    return bool(fs.exists(path))


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """`captions.walk.expand` for paths and URLs alike: folders expanded, each file once."""
    from captions.walk import expand, expand_names  # lazy: walk imports this module

    names = [os.fspath(p) for p in paths]
    if not any(is_url(name) for name in names):
        return expand_names(names)
    seen: set[str] = set()
    found: list[str] = []
    for name in names:
        files = find_images(name) if is_url(name) else [os.fspath(p) for p in expand([name])]
        for file in files:
            key = file if is_url(file) else os.path.realpath(file)
            if key not in seen:
                seen.add(key)
                found.append(file)
    return found


def find_images(url: str) -> list[str]:
    """The image files under the folder `url` as URLs, or `[url]` when it is not a folder."""
    fs, root = filesystem(url)
    if not fs.isdir(root):
        return [url]
    prefix = root.rstrip("/") + "/"
    base = url.rstrip("/") + "/"
    relative = sorted(
        (path.removeprefix(prefix) for path in fs.find(root) if path.startswith(prefix)),
        key=lambda name: name.split("/"),  # the local walk's order: a/x.jpg before a.jpg
    )
    visible = [name for name in relative if not any(p.startswith(".") for p in name.split("/"))]
    return [base + name for name in _images(fs, prefix, visible)]


def _images(fs: AbstractFileSystem, prefix: str, names: list[str]) -> Iterator[str]:
    """The names whose first bytes are an image format we know (unreadable ones count)."""
    from captions.formats.detect import HEADER_BYTES, detect_format  # lazy: URLs only

    for start in range(0, len(names), _SNIFF_BATCH):
        batch = names[start : start + _SNIFF_BATCH]
        heads = fs.cat_ranges(
            [prefix + name for name in batch],
            [0] * len(batch),
            [HEADER_BYTES] * len(batch),
            on_error="return",
        )
        for name, head in zip(batch, heads, strict=True):
            if not isinstance(head, bytes) or detect_format(head) is not None:
                yield name


__all__ = ["exists", "expand_paths", "filesystem", "find_images", "is_url", "open_binary"]
