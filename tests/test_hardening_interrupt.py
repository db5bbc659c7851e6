"""Interrupted and concurrent writes: SIGKILL `captions set` at random moments; two writers at once.

After every kill each file is either its old bytes or its new bytes (both valid JPEGs); the next
run removes the temporary files a killed write left (`.NAME.captions-tmp-XXXXXXXX`), says so,
and finishes the job. Two processes writing the same file never leave it corrupt: each write
replaces the file whole (atomic rename), so the file is always one writer's complete result
(last writer wins; a write that sees the file change under it is refused, the file unchanged).
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from engine_fixtures import pillow_jpeg, rich_jpeg

from captions import metadata
from captions.cli.app import run
from captions.formats import jpeg
from captions.writer import TEMP_MARKER, is_temp_name

SLOW = pytest.mark.skipif(
    not os.environ.get("CAPTIONS_SLOW"), reason="long run: set CAPTIONS_SLOW=1"
)
ARGS = [
    "--caption",
    "Killed mid-write: Zoë Łukasz 東京",
    "--byline",
    "Ana Kill",
    "--credit",
    "KILL",
]
FILES = 6


def _quiet_run(args: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = run(args)
    return code, err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[tuple[Path, dict[str, bytes], dict[str, bytes]]]:
    """A folder of small JPEGs, their old bytes, and the bytes `set ARGS` makes of them."""
    work = tmp_path / "photos"
    work.mkdir()
    seeds = [rich_jpeg(), pillow_jpeg(icc=False), pillow_jpeg(size=(48, 8))]
    old = {f"photo-{i}.jpg": seeds[i % len(seeds)] for i in range(FILES)}
    expected = tmp_path / "expected"
    expected.mkdir()
    for name, data in old.items():
        (expected / name).write_bytes(data)
    assert _quiet_run(["set", str(expected), *ARGS])[0] == 0
    new = {name: (expected / name).read_bytes() for name in old}
    assert all(new[name] != old[name] for name in old)
    yield work, old, new


def _reset(work: Path, old: dict[str, bytes]) -> None:
    for name, data in old.items():
        (work / name).write_bytes(data)


def _temps(work: Path) -> list[str]:
    return sorted(name for name in os.listdir(work) if is_temp_name(name))


def _state(work: Path, old: dict[str, bytes], new: dict[str, bytes]) -> Counter[str]:
    """How many files hold their old bytes, their new bytes; fails on anything else."""
    states: Counter[str] = Counter()
    for name in old:
        data = (work / name).read_bytes()
        assert data in (old[name], new[name]), f"{name} is neither its old nor its new bytes"
        jpeg.split(data)  # both are valid JPEGs
        states["new" if data == new[name] else "old"] += 1
    return states


def _forked(args: list[str]) -> int:
    """A child process running the CLI (already imported: no start-up time), its pid."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 70
        try:
            code = _quiet_run(args)[0]
        finally:
            os._exit(code)
    return pid


def _kill_after(pid: int, delay: float) -> int:
    time.sleep(delay)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1]


def _recover(work: Path, old: dict[str, bytes], new: dict[str, bytes], temps: list[str]) -> None:
    """The next run finishes the job, removes the leftovers and reports each one."""
    code, stderr = _quiet_run(["set", str(work), *ARGS])
    assert code == 0, stderr
    for temp in temps:
        assert f"{temp}: removed a temporary file left by an interrupted write" in stderr
    assert _temps(work) == []
    assert _state(work, old, new)["new"] == len(old)


def _trials(
    work: Path,
    old: dict[str, bytes],
    new: dict[str, bytes],
    count: int,
    start: Callable[[], int],
    duration: float,
) -> Counter[str]:
    outcomes: Counter[str] = Counter()
    rng = random.Random(20240611)
    for _ in range(count):
        _reset(work, old)
        pid = start()
        status = _kill_after(pid, rng.uniform(0, duration))
        states = _state(work, old, new)
        temps = _temps(work)
        outcomes["killed" if os.WIFSIGNALED(status) else "finished"] += 1
        outcomes[
            "mid-batch"
            if states["old"] and states["new"]
            else "all-old"
            if not states["new"]
            else "all-new"
        ] += 1
        outcomes["left a temporary file"] += bool(temps)
        _recover(work, old, new, temps)
    return outcomes


def _duration(start: Callable[[], int]) -> float:
    began = time.monotonic()
    _, status = os.waitpid(start(), 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    return time.monotonic() - began


def test_sigkill_at_random_moments_leaves_old_or_new_bytes(
    folder: tuple[Path, dict[str, bytes], dict[str, bytes]],
) -> None:
    work, old, new = folder
    args = ["set", str(work), *ARGS]
    _reset(work, old)
    duration = _duration(lambda: _forked(args))
    outcomes = _trials(work, old, new, 200, lambda: _forked(args), duration * 1.1)
    print(f"\n200 SIGKILL trials of `captions set` over {FILES} files: {dict(outcomes)}")
    assert outcomes["killed"] + outcomes["finished"] == 200
    # Some kills landed inside the batch (not all before or after it), or the test proves nothing.
    assert outcomes["mid-batch"] + outcomes["left a temporary file"] > 0


def test_sigkill_with_backup_never_leaves_a_short_backup(
    folder: tuple[Path, dict[str, bytes], dict[str, bytes]],
) -> None:
    work, old, new = folder
    args = ["set", str(work), *ARGS, "--backup"]
    _reset(work, old)
    duration = _duration(lambda: _forked(args))
    rng = random.Random(7)
    for _ in range(60):
        for leftover in work.glob("*.bak*"):
            leftover.unlink()
        _reset(work, old)
        _kill_after(_forked(args), rng.uniform(0, duration * 1.1))
        _state(work, old, new)
        for backup in work.glob("*.bak*"):
            original = backup.name.split(".bak")[0]
            assert backup.read_bytes() == old[original], f"{backup.name} is not a full backup"
        _recover(work, old, new, _temps(work))


def _kill_the_command_line(
    folder: tuple[Path, dict[str, bytes], dict[str, bytes]], trials: int
) -> dict[str, int]:
    """SIGKILL `python -m captions set` started by Popen (start-up time included) `trials` times."""
    work, old, new = folder
    command = [sys.executable, "-m", "captions", "set", str(work), *ARGS]

    def start() -> int:
        return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).pid

    _reset(work, old)
    duration = _duration(start)
    outcomes = _trials(work, old, new, trials, start, duration * 1.2)
    assert outcomes["killed"] + outcomes["finished"] == trials
    return dict(outcomes)


def test_sigkill_of_the_real_command_line(
    folder: tuple[Path, dict[str, bytes], dict[str, bytes]],
) -> None:
    _kill_the_command_line(folder, 25)


@SLOW
def test_sigkill_of_the_real_command_line_many_times(
    folder: tuple[Path, dict[str, bytes], dict[str, bytes]],
) -> None:
    outcomes = _kill_the_command_line(folder, 500)
    print(f"\n500 SIGKILL trials of `python -m captions set`: {outcomes}")


def test_a_stale_temporary_file_is_removed_but_one_in_use_is_kept(tmp_path: Path) -> None:
    import fcntl

    from captions.writer import remove_stale_temps

    stale = tmp_path / f".a.jpg{TEMP_MARKER}abcd1234"
    busy = tmp_path / f".b.jpg{TEMP_MARKER}efgh5678"
    other = tmp_path / ".a.jpg.tmp"
    for path in (stale, busy, other):
        path.write_bytes(b"partial")
    holder = os.open(busy, os.O_RDONLY)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - a writer still at work holds the lock
        fcntl.flock(holder, fcntl.LOCK_EX)
        time.sleep(5)
        os._exit(0)
    try:
        for _ in range(100):  # wait until the child holds the lock
            probe = os.open(busy, os.O_RDONLY)
            try:
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                break
            finally:
                os.close(probe)
            time.sleep(0.02)
        assert remove_stale_temps(tmp_path) == [stale]
        assert not stale.exists() and busy.exists() and other.exists()
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(holder)


# --- concurrent writers -------------------------------------------------------------------------


def test_two_writers_at_once_never_corrupt_the_file(tmp_path: Path) -> None:
    photo = tmp_path / "shared.jpg"
    original = rich_jpeg()
    photo.write_bytes(original)
    scan = original[jpeg.split(original).scan_offset :]
    writers = [_forked_loop(photo, f"Writer {label}", 40) for label in ("A", "B")]
    statuses: dict[int, int] = {}
    reads = 0
    deadline = time.monotonic() + 120
    while len(statuses) < len(writers) and time.monotonic() < deadline:
        data = photo.read_bytes()
        header = jpeg.split(data)  # always a whole, valid JPEG
        assert data[header.scan_offset :] == scan
        caption = str(metadata.read(photo).fields["caption"].value)
        assert caption.startswith(("Writer A", "Writer B", "Old caption")), caption
        reads += 1
        for pid in writers:
            done, status = os.waitpid(pid, os.WNOHANG) if pid not in statuses else (0, 0)
            if done:
                statuses[pid] = status
    codes = [os.waitstatus_to_exitcode(statuses[pid]) for pid in writers]
    assert all(code in (0, 2) for code in codes), codes  # 2: a write refused under contention
    final = str(metadata.read(photo).fields["caption"].value)
    assert final.startswith(("Writer A", "Writer B"))
    assert _temps(tmp_path) == []
    assert reads > 0


def _forked_loop(photo: Path, label: str, rounds: int) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        worst = 0
        try:
            for n in range(rounds):
                code, _ = _quiet_run(["set", str(photo), "--caption", f"{label} round {n}"])
                worst = max(worst, code)
        finally:
            os._exit(worst)
    return pid


def test_the_temporary_name_is_recognizable_and_short_enough(tmp_path: Path) -> None:
    from captions.writer import temp_prefix

    long_name = "L" * 251 + ".jpg"
    prefix = temp_prefix(tmp_path / long_name)
    assert is_temp_name(prefix + "abcdefgh")
    assert len(os.fsencode(prefix + "abcdefgh")) <= 255
    assert not is_temp_name("photo.jpg") and not is_temp_name(".hidden.jpg")
    shutil.rmtree(tmp_path, ignore_errors=True)
