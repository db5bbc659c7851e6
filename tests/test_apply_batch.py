"""`apply` writes through `WriteBatch`, as `set` does: every file it writes is fsynced before
the first rename, and a file the commit cannot replace keeps its original and gets one error
line while the others are written (the barrier itself: tests/test_writer_batch.py)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from match_fixtures import FILES
from test_apply_end_to_end import make_folder, snapshot

from captions.cli import main

Call = tuple[str, int]  # ("fsync", inode) or ("replace", inode of the file renamed)


def _record(monkeypatch: pytest.MonkeyPatch, fail_fsync: int = 0) -> list[Call]:
    """Record every fsync and rename by inode; the `fail_fsync`-th fsync fails (EIO)."""
    calls: list[Call] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append(("fsync", os.fstat(fd).st_ino))
        if sum(kind == "fsync" for kind, _ in calls) == fail_fsync:
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        calls.append(("replace", os.stat(source).st_ino))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return calls


def test_apply_fsyncs_every_file_before_the_first_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article, folder = make_folder(tmp_path)
    before = snapshot(folder)
    calls = _record(monkeypatch)
    code = main(["apply", str(article), str(folder)])
    assert code == 0, capsys.readouterr().err
    renames = [i for i, (kind, _) in enumerate(calls) if kind == "replace"]
    assert len(renames) == 2  # the two photos of the article
    synced_before = {inode for kind, inode in calls[: renames[0]] if kind == "fsync"}
    renamed = {inode for kind, inode in calls if kind == "replace"}
    assert renamed <= synced_before  # the barrier: both, before any rename
    assert calls[renames[-1] + 1 :] == [("fsync", folder.stat().st_ino)]  # then the folder
    after = snapshot(folder)
    assert [name for name in before if after[name] != before[name]] == sorted(
        [FILES["speaks"], FILES["attend"]]
    )


def test_a_file_whose_fsync_fails_keeps_its_original_and_the_other_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article, folder = make_folder(tmp_path)
    before = snapshot(folder)
    _record(monkeypatch, fail_fsync=1)  # the barrier's first file
    code = main(["apply", str(article), str(folder)])
    err = capsys.readouterr().err
    assert code != 0
    after = snapshot(folder)
    written = [name for name in before if after[name] != before[name]]
    kept = [FILES[key] for key in ("speaks", "attend") if FILES[key] not in written]
    assert len(written) == 1 and len(kept) == 1
    failed = [line for line in err.splitlines() if "Input/output error" in line]
    assert len(failed) == 1 and kept[0] in failed[0] and "Traceback" not in err
    assert not [p for p in folder.iterdir() if ".captions-tmp-" in p.name]
