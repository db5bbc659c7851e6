"""Atomic file replacement: a temporary file in the same folder, fsync, check, rename.

The original is replaced only after the new bytes have been written, flushed to disk, read back
and checked by the caller's `verify`; on any failure the temporary file is removed and the
original is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from captions.errors import CaptionsError, WriteError


def replace_file(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    verify: Callable[[bytes], None] | None = None,
    keep_mtime: bool = False,
    backup: bool = False,
) -> Path | None:
    """Replace the file at `path` with `data`; returns the backup's path when one was made.

    `verify` gets the bytes as read back from disk and raises to refuse the write. The file mode
    is kept; with `keep_mtime` the access and modification times are too. A symlink is followed:
    its target is replaced, the link stays.
    """
    target = Path(os.path.realpath(path))
    try:
        before = target.stat()
    except OSError as exc:
        raise WriteError(f"{path}: cannot write ({exc.strerror or exc})") from None
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, stat.S_IMODE(before.st_mode))
        _check(temp, data, verify, path)
        if keep_mtime:
            os.utime(temp, ns=(before.st_atime_ns, before.st_mtime_ns))
        saved = _backup(target) if backup else None
        os.replace(temp, target)
    except CaptionsError:
        temp.unlink(missing_ok=True)
        raise
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise WriteError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return saved


def _check(temp: Path, data: bytes, verify: Callable[[bytes], None] | None, path: object) -> None:
    written = temp.read_bytes()
    if written != data:
        raise WriteError(f"{path}: the bytes read back differ from the bytes written")
    if verify is None:
        return
    try:
        verify(written)
    except CaptionsError as exc:
        raise WriteError(f"{path}: refused to write: {exc}") from None


def backup_path(target: Path) -> Path:
    """`NAME.bak`, or `NAME.bak.1`, `NAME.bak.2`... so an earlier backup is never overwritten."""
    candidate = target.with_name(target.name + ".bak")
    number = 0
    while candidate.exists():
        number += 1
        candidate = target.with_name(f"{target.name}.bak.{number}")
    return candidate


def _backup(target: Path) -> Path:
    saved = backup_path(target)
    shutil.copy2(target, saved)
    return saved


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable; not every platform lets us open a folder.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


__all__ = ["backup_path", "replace_file"]
