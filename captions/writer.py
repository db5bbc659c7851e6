"""Atomic file replacement: temporary files in the same folder, one durability barrier, renames.

A write stages each file: its new bytes go to a temporary file beside it, which is read back
and checked by the caller's `verify`. A batch of staged files then commits behind one barrier:
every temporary file is fsynced (one pass, after the kernel was asked to start writing each back
as it was staged), and only then is any of them renamed over its original; the renames are made
durable by one fsync of each folder. On any failure a file's temporary file is removed and its
original is left exactly as it was. A write killed half-way (SIGKILL, power cut) leaves every
original either its old bytes or its new bytes, plus at most one temporary file per file, named
`.NAME.captions-tmp-XXXXXXXX`; the write holds an exclusive lock on it until the rename, so
`remove_stale_temps` can tell a leftover from a write still in progress.

    with WriteBatch() as batch:                  # what `replace_file` does for one file
        batch.stage(path, data, verify=check)    # temporary file written, read back, checked
        outcomes = batch.commit()                # the barrier, the renames, the folder fsyncs

The barrier is an fsync of every temporary file, not `syncfs`: fsync is the one call whose
guarantee is per file and portable (NFS sends COMMIT, FUSE forwards FSYNC), and it reports a
write-back error on the file it concerns. `syncfs` waits for every other program's dirty data on
the same file system too, reports write-back errors only since Linux 5.8, and on FUSE file
systems other than virtiofs writes pages back to the server without asking it to make them
durable. Starting the write-back early (`sync_file_range`, Linux) lets the kernel write all the
files of a batch at once, so the fsync pass mostly waits for I/O already under way: measured on
200 files of 1.8 MB (ext4, 2 cores), fsync per file 0.77 s, fsync pass 0.67 s, `syncfs` 0.50 s,
write-back started early plus fsync pass 0.40 s (medians of 7).

Two processes writing the same file at once: each replaces it whole, so the file is always one
writer's complete, checked result (atomic last-writer-wins); one update can be lost, never mixed.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import stat
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

from captions.errors import CaptionsError, WriteError
from captions.formats.spliced import Spliced, as_spliced

TEMP_MARKER = ".captions-tmp-"
"""Part of the name of every temporary file a write makes (hidden: the name starts with a dot)."""

BATCH_FILES = 32
"""Files staged before a batch is full: each holds one open, locked temporary file until it
commits (two with a backup), so 10,000 files never hold 10,000 descriptors."""
BATCH_BYTES = 128 * 1024 * 1024
"""Bytes of temporary files staged before a batch is full: the dirty page cache one barrier
waits for (32 wire photos of up to 6 MB; the generated corpus's mean is 1.8 MB)."""

_NAME_MAX = 255  # bytes in one file name on the usual file systems
_RANDOM_CHARS = 8  # what tempfile adds
_RANDOM_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"  # tempfile's
_TEMP_FLAGS = (
    os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
)
_TEMP_TRIES = 100  # names taken in a row before giving up (tempfile tries 10,000)
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
    data: bytes | Spliced,
    *,
    verify: Callable[[Any], None] | None = None,
    keep_mtime: bool = False,
    backup: bool = False,
    read_as: os.stat_result | None = None,
) -> Path | None:
    """Replace the file at `path` with `data`; returns the backup's path when one was made.

    `verify` gets `data` once the file has read back as it (bytes, or the `Spliced` pieces
    given, compared in place) and raises to refuse the write. The file mode
    is kept; with `keep_mtime` the access and modification times are too. A symlink is followed:
    its target is replaced, the link stays. Read-only files and folders are refused, and so is a
    file that changes while it is being written: from `read_as` (the status taken when the
    caller read the file, see `read_for_write`) or else from the start of this call.
    A batch of one: `WriteBatch` replaces many files behind one barrier.
    """
    with WriteBatch(max_files=1) as batch:
        batch.stage(path, data, verify=verify, keep_mtime=keep_mtime, backup=backup,
                    read_as=read_as)  # fmt: skip
        (outcome,) = batch.commit()
    if outcome.error is not None:
        raise outcome.error
    return outcome.backup


class Outcome(NamedTuple):
    """What became of one staged file: its path as given, the error that kept its original
    (None: replaced), and its backup's path when one was made."""

    path: str
    error: WriteError | None = None
    backup: Path | None = None


class _Staged:
    """A file written to its temporary file and checked, waiting for the batch's commit."""

    __slots__ = ("backup", "closed", "fd", "path", "reference", "size", "target", "temp")

    def __init__(
        self,
        path: str,  # as given, for messages
        target: Path,  # the real path: a symlink's target
        reference: os.stat_result,  # the file as the caller read it
        fd: int,  # the temporary file, open and locked until after the rename
        temp: Path,
        size: int,
    ) -> None:
        self.path = path
        self.target = target
        self.reference = reference
        self.fd = fd
        self.temp = temp
        self.size = size
        self.backup: tuple[int, Path] | None = None  # the backup's temporary file
        self.closed = False


class WriteBatch:
    """Files replaced together: every temporary file written and checked, then one barrier
    (an fsync pass), then the renames, then one fsync of each folder.

    Stage files until `full`, then `commit`; the batch can be used again. Leaving the `with`
    block removes every temporary file not yet renamed (an exception, a commit never made).
    """

    def __init__(self, *, max_files: int = BATCH_FILES, max_bytes: int = BATCH_BYTES) -> None:
        self.max_files = max_files
        self.max_bytes = max_bytes
        self._staged: list[_Staged] = []
        self._held: set[str] = set()  # the staged files' real paths, for `holds`
        self._bytes = 0
        self._read_back = bytearray(_READ_BACK_CHUNK)  # one buffer for every file's read-back
        self._targets: dict[str, Path] = {}  # `holds`' last answers: `stage` asks the same

    def __enter__(self) -> WriteBatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()

    def __len__(self) -> int:
        return len(self._staged)

    @property
    def full(self) -> bool:
        """Whether the batch should commit before another file is staged."""
        return len(self._staged) >= self.max_files or self._bytes >= self.max_bytes

    def holds(self, path: str | os.PathLike[str]) -> bool:
        """Whether a staged file is the file at `path` (a second write of it must wait for the
        commit: it has to read the first one's result)."""
        target = self._target(path)
        return os.fspath(target) in self._held

    def _target(self, path: str | os.PathLike[str]) -> Path:
        """The real path of `path` (a symlink's target), resolved once for `holds` and `stage`."""
        name = os.fspath(path)
        target = self._targets.pop(name, None)
        if target is None:
            target = Path(os.path.realpath(name))
            self._targets = {name: target}  # only the last: `stage` follows `holds`
        return target

    def stage(
        self,
        path: str | os.PathLike[str],
        data: bytes | Spliced,
        *,
        verify: Callable[[Any], None] | None = None,
        keep_mtime: bool = False,
        backup: bool = False,
        read_as: os.stat_result | None = None,
    ) -> None:
        """Write `data` to a temporary file beside `path` and check it (see `replace_file`);
        raises WriteError, with nothing left behind, when the file cannot be written."""
        name = os.fspath(path)
        target = self._target(path)
        self._targets.clear()  # resolved again for the next write of the same path
        try:
            before = target.stat()
        except OSError as exc:
            raise WriteError(f"{name}: cannot write ({exc.strerror or exc})") from None
        reference = before if read_as is None else read_as
        _refuse_changed(target, reference, name, now=before)  # early: no temporary file for nothing
        _refuse_read_only(target, before, name)
        fd, temp = _locked_temp(target, name)
        pieces = as_spliced(data)
        staged = _Staged(name, target, reference, fd, temp, pieces.size)
        try:
            os.fchmod(fd, stat.S_IMODE(before.st_mode))  # before the barrier, which covers it
            _write_all(fd, pieces)
            _check(temp, pieces, data, verify, name, self._read_back)
            if keep_mtime:
                os.utime(temp, ns=(reference.st_atime_ns, reference.st_mtime_ns))
            if backup:
                staged.backup = _stage_backup(target, name)
        except CaptionsError:
            _discard(staged)
            raise
        except OSError as exc:
            _discard(staged)
            raise WriteError(f"{name}: cannot write ({exc.strerror or exc})") from None
        except BaseException:
            _discard(staged)
            raise
        self._staged.append(staged)
        self._held.add(os.fspath(target))
        self._bytes += staged.size

    def commit(self) -> list[Outcome]:
        """The barrier, then the renames, then the folder fsyncs; one outcome per staged file,
        in staging order. A file whose fsync fails, or that changed since it was read, keeps
        its original; the others are still replaced."""
        staged, self._staged, self._bytes = self._staged, [], 0
        self._held = set()
        outcomes: list[Outcome] = []
        folders: dict[Path, None] = {}
        try:
            failed = _barrier(staged)
            for item in staged:
                error = failed.get(item.temp)
                saved = None
                if error is None:
                    try:
                        saved = _rename(item)
                        folders[item.target.parent] = None
                    except WriteError as exc:
                        error = exc
                if error is not None:
                    _discard(item)
                _close(item)
                outcomes.append(Outcome(item.path, error, saved))
        finally:
            for item in staged:  # an exception on the way: nothing half-done stays behind
                if not item.closed:
                    _discard(item)
        for folder in folders:
            _sync_folder(folder)
        return outcomes

    def abort(self) -> None:
        """Remove every temporary file not yet renamed; the originals stay as they are."""
        staged, self._staged, self._bytes = self._staged, [], 0
        self._held = set()
        for item in staged:
            _discard(item)


def _barrier(staged: list[_Staged]) -> dict[Path, WriteError]:
    """fsync every temporary file (and backup copy); the files whose fsync failed."""
    failed: dict[Path, WriteError] = {}
    for item in staged:
        fds = [item.fd] + ([item.backup[0]] if item.backup else [])
        try:
            for fd in fds:
                os.fsync(fd)
        except OSError as exc:
            failed[item.temp] = WriteError(f"{item.path}: cannot write ({exc.strerror or exc})")
    return failed


def _rename(item: _Staged) -> Path | None:
    """Make the backup (if any) and put the new file in place; the backup's path."""
    try:
        _refuse_changed(item.target, item.reference, item.path)
        saved = None
        if item.backup is not None:
            saved = backup_path(item.target)
            os.replace(item.backup[1], saved)
            os.close(item.backup[0])
            item.backup = None
        os.replace(item.temp, item.target)
    except OSError as exc:
        raise WriteError(f"{item.path}: cannot write ({exc.strerror or exc})") from None
    return saved


def _close(item: _Staged) -> None:
    if item.closed:
        return
    item.closed = True
    os.close(item.fd)  # releases the lock, after the rename
    if item.backup is not None:
        os.close(item.backup[0])


def _discard(item: _Staged) -> None:
    """Remove the temporary files of a file that will not be replaced."""
    item.temp.unlink(missing_ok=True)
    if item.backup is not None:
        item.backup[1].unlink(missing_ok=True)
    _close(item)


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


def _write_all(fd: int, data: Spliced) -> None:
    """Write the pieces in order, in one `writev` when the kernel takes them whole."""
    views = list(data.views())
    while views:
        written = os.writev(fd, views)
        while views and written >= len(views[0]):
            written -= len(views.pop(0))
        if views:
            views[0] = views[0][written:]
    start_writeback(fd)


def start_writeback(fd: int) -> None:
    """Ask the kernel to start writing the file's dirty pages to disk, without waiting.

    Only a hint: durability comes from the fsync of the barrier, which then mostly waits for
    I/O already under way instead of starting each file's in turn. Linux's `sync_file_range`
    (which Python's os module lacks); elsewhere, or when it fails, nothing happens.
    """
    call = _sync_file_range()
    if call is not None:
        call(fd, 0, 0, _SYNC_FILE_RANGE_WRITE)  # its errors are the fsync's to report


_SYNC_FILE_RANGE_WRITE = 2  # <linux/fs.h>


def load_writeback() -> None:
    """Load now what `start_writeback` loads at its first call (ctypes and the C function): a
    process about to fork workers loads it once for all of them."""
    _sync_file_range()


@functools.cache
def _sync_file_range() -> Callable[[int, int, int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # 1.3 ms of imports, for writes only

    try:
        function = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (AttributeError, OSError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def _check(
    temp: Path,
    data: Spliced,
    given: bytes | Spliced,
    verify: Callable[[Any], None] | None,
    path: object,
    buffer: bytearray,
) -> None:
    if not _reads_back_as(temp, data, buffer):
        raise WriteError(f"{path}: the bytes read back differ from the bytes written")
    if verify is None:
        return
    try:
        verify(given)  # the bytes on disk, as just compared
    except CaptionsError as exc:
        raise WriteError(f"{path}: refused to write: {exc}") from None


def _reads_back_as(temp: Path, data: Spliced, buffer: bytearray) -> bool:
    """Whether the file holds exactly `data`, read back into `buffer` in chunks compared in
    place.

    A second whole copy of a file of megabytes costs more in page faults than the reading; a
    new chunk buffer for every file, zeroed and faulted in, cost 0.07 ms a file in `memset`.
    """
    view = memoryview(buffer)
    position = 0
    with open(temp, "rb", buffering=0) as stream:
        while count := stream.readinto(buffer):
            if not data.matches(position, view[:count]):
                return False
            position += count
    return position == data.size


def backup_path(target: Path) -> Path:
    """`NAME.bak`, or `NAME.bak.1`, `NAME.bak.2`... so an earlier backup is never overwritten."""
    candidate = target.with_name(target.name + ".bak")
    number = 0
    while candidate.exists():
        number += 1
        candidate = target.with_name(f"{target.name}.bak.{number}")
    return candidate


def _stage_backup(target: Path, path: object) -> tuple[int, Path]:
    # Copied to a temporary file first, renamed after the barrier, so a write killed mid-copy
    # never leaves a short backup.
    import shutil  # lazy (start-up): only a backup copies a file

    fd, temp = _locked_temp(target, path)
    try:
        with open(target, "rb") as source, open(fd, "wb", closefd=False) as sink:
            shutil.copyfileobj(source, sink)
        start_writeback(fd)
        shutil.copystat(target, temp)
    except BaseException:
        temp.unlink(missing_ok=True)
        os.close(fd)
        raise
    return fd, temp


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
        fd, name = _new_temp(os.fspath(target.parent), temp_prefix(target))
    except OSError as exc:
        raise WriteError(
            f"{path}: cannot create a temporary file in {target.parent} ({exc.strerror or exc})"
        ) from None
    _try_lock(fd)
    return fd, Path(name)


def _new_temp(folder: str, prefix: str) -> tuple[int, str]:
    """A new file `folder/PREFIX` + 8 random characters, created for us alone (O_EXCL, mode
    0600): `tempfile.mkstemp`'s way, without importing tempfile (and shutil and random with it,
    15 M instructions, 6% of a one-file `set`)."""
    for _ in range(_TEMP_TRIES):
        drawn = os.urandom(_RANDOM_CHARS)
        chosen = "".join(_RANDOM_ALPHABET[byte % len(_RANDOM_ALPHABET)] for byte in drawn)
        name = os.path.join(folder, prefix + chosen)
        try:
            return os.open(name, _TEMP_FLAGS, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", folder)


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
    import fcntl  # lazy: POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


__all__ = [
    "BATCH_BYTES",
    "BATCH_FILES",
    "TEMP_MARKER",
    "Outcome",
    "WriteBatch",
    "backup_path",
    "is_temp_name",
    "load_writeback",
    "read_for_write",
    "remove_stale_temps",
    "remove_stale_temps_near",
    "replace_file",
    "start_writeback",
]
