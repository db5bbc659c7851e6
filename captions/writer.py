"""Atomic file replacement: a temporary file in the same folder, fsync, check, rename.

The original is replaced only after the new bytes have been written, flushed to disk, read back
and checked by the caller's `verify`; on any failure the temporary file is removed and the
original is left exactly as it was. A write killed half-way (SIGKILL, power cut) leaves the
original intact plus at most one temporary file, named `.NAME.captions-tmp-XXXXXXXX`; the
write holds an exclusive lock on it until the rename, so `remove_stale_temps` can tell a
leftover from a write still in progress.

Two processes writing the same file at once: each replaces it whole, so the file is always one
writer's complete, checked result (atomic last-writer-wins); one update can be lost, never mixed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from captions.errors import CaptionsError, WriteError

TEMP_MARKER = ".captions-tmp-"
"""Part of the name of every temporary file a write makes (hidden: the name starts with a dot)."""

_NAME_MAX = 255  # bytes in one file name on the usual file systems
_RANDOM_CHARS = 8  # what tempfile adds
_READ_BACK_CHUNK = 256 * 1024


def read_for_write(path: str | os.PathLike[str]) -> tuple[bytes, os.stat_result]:
    """The bytes of the file and its status, taken from the same open file.

    Give the status to `replace_file` (`read_as`): a file changed after this read (by another
    program, between our read and our rename) is then refused instead of overwritten.
    Raises OSError.
    """
    with open(path, "rb") as stream:
        status = os.fstat(stream.fileno())
        return stream.read(), status


def replace_file(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    verify: Callable[[bytes], None] | None = None,
    keep_mtime: bool = False,
    backup: bool = False,
    read_as: os.stat_result | None = None,
) -> Path | None:
    """Replace the file at `path` with `data`; returns the backup's path when one was made.

    `verify` gets the bytes as read back from disk and raises to refuse the write. The file mode
    is kept; with `keep_mtime` the access and modification times are too. A symlink is followed:
    its target is replaced, the link stays. Read-only files and folders are refused, and so is a
    file that changes while it is being written: from `read_as` (the status taken when the
    caller read the file, see `read_for_write`) or else from the start of this call.
    """
    target = Path(os.path.realpath(path))
    try:
        before = target.stat()
    except OSError as exc:
        raise WriteError(f"{path}: cannot write ({exc.strerror or exc})") from None
    reference = before if read_as is None else read_as
    _refuse_changed(target, reference, path, now=before)  # early: no temporary file for nothing
    _refuse_read_only(target, before, path)
    fd, temp = _locked_temp(target, path)
    try:
        os.fchmod(fd, stat.S_IMODE(before.st_mode))  # before the fsync, which then covers it
        _write_all(fd, data)
        _check(temp, data, verify, path)
        if keep_mtime:
            os.utime(temp, ns=(reference.st_atime_ns, reference.st_mtime_ns))
        saved = _backup(target, path) if backup else None
        _refuse_changed(target, reference, path)
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
    finally:
        os.close(fd)  # releases the lock, after the rename
    _sync_folder(target.parent)
    return saved


def _refuse_read_only(target: Path, before: os.stat_result, path: object) -> None:
    # Checked on the mode bits as well as with access(): root may write anything, but a desk
    # that made a file or folder read-only does not want it changed, whoever runs the tool.
    if not before.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise WriteError(f"{path}: the file is read-only; not writing it")
    folder = target.parent
    try:
        folder_mode = folder.stat().st_mode
    except OSError as exc:
        raise WriteError(f"{path}: cannot write ({exc.strerror or exc})") from None
    if not folder_mode & 0o222 or not os.access(folder, os.W_OK | os.X_OK):
        raise WriteError(f"{path}: its folder {folder} is read-only; not writing it")


def _refuse_changed(
    target: Path, before: os.stat_result, path: object, *, now: os.stat_result | None = None
) -> None:
    try:
        now = target.stat() if now is None else now
    except OSError as exc:
        message = f"{path}: the file went away while it was being written ({exc.strerror})"
        raise WriteError(message) from None
    if (now.st_ino, now.st_size, now.st_mtime_ns) != (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    ):
        raise WriteError(f"{path}: the file changed while it was being written; not replacing it")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def _check(temp: Path, data: bytes, verify: Callable[[bytes], None] | None, path: object) -> None:
    if not _reads_back_as(temp, data):
        raise WriteError(f"{path}: the bytes read back differ from the bytes written")
    if verify is None:
        return
    try:
        verify(data)  # the bytes on disk, as just compared
    except CaptionsError as exc:
        raise WriteError(f"{path}: refused to write: {exc}") from None


def _reads_back_as(temp: Path, data: bytes) -> bool:
    """Whether the file holds exactly `data`, read back in chunks compared in place.

    A second whole copy of a file of megabytes costs more in page faults than the reading.
    """
    buffer = bytearray(_READ_BACK_CHUNK)
    view = memoryview(buffer)
    position = 0
    with open(temp, "rb", buffering=0) as stream:
        while count := stream.readinto(buffer):
            if not data.startswith(view[:count], position):
                return False
            position += count
    return position == len(data)


def backup_path(target: Path) -> Path:
    """`NAME.bak`, or `NAME.bak.1`, `NAME.bak.2`... so an earlier backup is never overwritten."""
    candidate = target.with_name(target.name + ".bak")
    number = 0
    while candidate.exists():
        number += 1
        candidate = target.with_name(f"{target.name}.bak.{number}")
    return candidate


def _backup(target: Path, path: object) -> Path:
    # Copied to a temporary file first, so a write killed mid-copy never leaves a short backup.
    saved = backup_path(target)
    fd, temp = _locked_temp(target, path)
    try:
        with open(target, "rb") as source, open(fd, "wb", closefd=False) as sink:
            shutil.copyfileobj(source, sink)
        os.fsync(fd)
        shutil.copystat(target, temp)
        os.replace(temp, saved)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    return saved


def _sync_folder(folder: Path) -> None:
    # Make the rename itself durable; not every platform lets us open a folder.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --- temporary files ---------------------------------------------------------------------------


def temp_prefix(target: Path) -> str:
    """`.NAME.captions-tmp-`, NAME shortened so the whole temporary name stays a legal name."""
    name = target.name
    room = _NAME_MAX - len(TEMP_MARKER) - 1 - _RANDOM_CHARS
    while len(os.fsencode(name)) > room:
        name = name[:-1]
    return f".{name}{TEMP_MARKER}"


def is_temp_name(name: str) -> bool:
    """Whether a file name is one of our temporary files."""
    return name.startswith(".") and TEMP_MARKER in name


def _locked_temp(target: Path, path: object) -> tuple[int, Path]:
    try:
        fd, name = tempfile.mkstemp(prefix=temp_prefix(target), dir=target.parent)
    except OSError as exc:
        raise WriteError(
            f"{path}: cannot create a temporary file in {target.parent} ({exc.strerror or exc})"
        ) from None
    _try_lock(fd)
    return fd, Path(name)


def remove_stale_temps(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files that interrupted writes left in `folder`; return them.

    A temporary file still locked belongs to a write in progress and is left alone.
    """
    removed: list[Path] = []
    try:
        entries = [e for e in os.scandir(folder) if is_temp_name(e.name)]
    except OSError:
        return removed
    for entry in entries:
        if entry.is_file(follow_symlinks=False) and _remove_if_unlocked(entry.path):
            removed.append(Path(entry.path))
    return removed


def remove_stale_temps_near(files: Iterable[str | os.PathLike[str]]) -> dict[str, list[Path]]:
    """`remove_stale_temps` once for each folder a write of `files` puts its temporary file in
    (a symlink's target folder); the files removed, by the path of the first file of the folder.
    """
    removed: dict[str, list[Path]] = {}
    seen: set[str] = set()
    for file in files:
        folder = os.path.dirname(os.path.realpath(file))
        if folder in seen:
            continue
        seen.add(folder)
        found = remove_stale_temps(folder)
        if found:
            removed[os.fspath(file)] = found
    return removed


def _remove_if_unlocked(name: str) -> bool:
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        if not _try_lock(fd):
            return False
        os.unlink(name)  # while we hold the lock
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    """Take an exclusive lock on `fd` without waiting; False when another process holds one."""
    if sys.platform == "win32":
        return False  # no flock: we cannot tell, so a temporary file is never removed by others
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


__all__ = [
    "TEMP_MARKER",
    "backup_path",
    "is_temp_name",
    "read_for_write",
    "remove_stale_temps",
    "remove_stale_temps_near",
    "replace_file",
]
