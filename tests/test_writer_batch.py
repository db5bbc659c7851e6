"""Batched writes: one durability barrier (an fsync of every temporary file) before any rename.

The order of the calls is recorded through `os.fsync` and `os.replace`, which the writer calls
through the os module: every temporary file renamed over an original must have been fsynced
before the first rename of its batch, and the folder after the last one.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from engine_fixtures import pillow_jpeg, rich_jpeg

from captions import metadata, writer
from captions.cli.app import run
from captions.cli.image_tasks import WriteOptions, set_batch
from captions.errors import WriteError

CAPTION = {"caption": "Batched caption"}


def _photos(folder: Path, count: int) -> dict[Path, bytes]:
    seeds = [rich_jpeg(), pillow_jpeg(icc=False)]
    photos = {}
    for index in range(count):
        photo = folder / f"photo-{index}.jpg"
        photo.write_bytes(seeds[index % 2])
        photos[photo] = photo.read_bytes()
    return photos


def _temps(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if writer.is_temp_name(name))


Call = tuple[str, int]  # ("fsync", inode) or ("replace", inode of the file renamed)


def _record(
    monkeypatch: pytest.MonkeyPatch, fail: Callable[[str, int], None] | None = None
) -> list[Call]:
    """Record every fsync and rename by inode; `fail(kind, count)` may raise to inject an error."""
    calls: list[Call] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append(("fsync", os.fstat(fd).st_ino))
        if fail is not None:
            fail("fsync", sum(kind == "fsync" for kind, _ in calls))
        real_fsync(fd)

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        calls.append(("replace", os.stat(source).st_ino))
        if fail is not None:
            fail("replace", sum(kind == "replace" for kind, _ in calls))
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return calls


def test_every_temporary_file_is_fsynced_before_the_first_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photos = _photos(tmp_path, 5)
    folder_inode = tmp_path.stat().st_ino
    calls = _record(monkeypatch)
    done = set_batch([str(p) for p in photos], CAPTION, WriteOptions())
    assert [d.error for d in done] == [None] * 5
    renames = [i for i, (kind, _) in enumerate(calls) if kind == "replace"]
    assert len(renames) == 5
    synced_before = {inode for kind, inode in calls[: renames[0]] if kind == "fsync"}
    renamed = {inode for kind, inode in calls if kind == "replace"}
    assert renamed <= synced_before  # the barrier: all of them, before any rename
    # one folder fsync, after the last rename (the renames made durable)
    after = calls[renames[-1] + 1 :]
    assert after == [("fsync", folder_inode)]
    assert sum(1 for kind, inode in calls if (kind, inode) == ("fsync", folder_inode)) == 1
    for photo in photos:
        assert metadata.read(photo).fields["caption"].value == "Batched caption"
    assert _temps(tmp_path) == []


def test_a_backup_is_covered_by_the_same_barrier(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photos = _photos(tmp_path, 3)
    calls = _record(monkeypatch)
    done = set_batch([str(p) for p in photos], CAPTION, WriteOptions(backup=True))
    assert [d.error for d in done] == [None] * 3
    first_rename = next(i for i, (kind, _) in enumerate(calls) if kind == "replace")
    synced_before = {inode for kind, inode in calls[:first_rename] if kind == "fsync"}
    assert {inode for kind, inode in calls if kind == "replace"} <= synced_before
    for photo, old in photos.items():
        assert photo.with_name(photo.name + ".bak").read_bytes() == old


def test_a_batch_interrupted_between_renames_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception after two renames (Ctrl-C): those two are new, the rest their old bytes."""
    photos = _photos(tmp_path, 5)

    def fail(kind: str, count: int) -> None:
        if kind == "replace" and count == 3:
            raise KeyboardInterrupt

    _record(monkeypatch, fail)
    with pytest.raises(KeyboardInterrupt):
        set_batch([str(p) for p in photos], CAPTION, WriteOptions())
    assert _temps(tmp_path) == []
    names = sorted(photos)
    for photo in names[:2]:
        assert metadata.read(photo).fields["caption"].value == "Batched caption"
    for photo in names[2:]:
        assert photo.read_bytes() == photos[photo]  # not yet renamed: unchanged


def test_a_failed_barrier_renames_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    photos = _photos(tmp_path, 4)

    def fail(kind: str, count: int) -> None:
        if kind == "fsync" and count == 2:
            raise KeyboardInterrupt  # stopped inside the fsync pass

    calls = _record(monkeypatch, fail)
    with pytest.raises(KeyboardInterrupt):
        set_batch([str(p) for p in photos], CAPTION, WriteOptions())
    assert not any(kind == "replace" for kind, _ in calls)
    assert _temps(tmp_path) == []
    assert all(photo.read_bytes() == old for photo, old in photos.items())


def test_a_file_whose_fsync_fails_keeps_its_original_and_the_others_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photos = _photos(tmp_path, 3)

    def fail(kind: str, count: int) -> None:
        if kind == "fsync" and count == 2:
            raise OSError(5, "Input/output error")

    _record(monkeypatch, fail)
    done = set_batch([str(p) for p in photos], CAPTION, WriteOptions())
    names = sorted(photos)
    assert done[1].error == f"{names[1]}: cannot write (Input/output error)"
    assert done[1].out == ""
    assert photos[names[1]] == names[1].read_bytes()
    for index in (0, 2):
        assert done[index].error is None
        assert metadata.read(names[index]).fields["caption"].value == "Batched caption"
    assert _temps(tmp_path) == []


def test_a_file_changed_before_the_commit_is_refused_alone(tmp_path: Path) -> None:
    photos = _photos(tmp_path, 2)
    first, second = sorted(photos)
    with writer.WriteBatch() as batch:
        for photo in (first, second):
            data, read_as = writer.read_for_write(photo)
            batch.stage(photo, data.replace(b"\xff\xd9", b"\xff\xd9"), read_as=read_as)
        with first.open("ab") as stream:  # another program, between staging and commit
            stream.write(b"MORE")
        outcomes = batch.commit()
    assert outcomes[0].error is not None and "changed while it was being written" in str(
        outcomes[0].error
    )
    assert outcomes[1].error is None
    assert first.read_bytes() == photos[first] + b"MORE"
    assert _temps(tmp_path) == []


def test_leaving_the_batch_without_commit_removes_every_temporary_file(tmp_path: Path) -> None:
    photos = _photos(tmp_path, 3)
    with writer.WriteBatch() as batch:
        for photo in photos:
            batch.stage(photo, b"new bytes")
        assert len(_temps(tmp_path)) == 3
    assert _temps(tmp_path) == []
    assert all(photo.read_bytes() == old for photo, old in photos.items())


def test_a_batch_is_full_at_its_file_or_byte_bound(tmp_path: Path) -> None:
    photos = list(_photos(tmp_path, 3))
    with writer.WriteBatch(max_files=2, max_bytes=10**9) as batch:
        batch.stage(photos[0], b"one")
        assert not batch.full
        batch.stage(photos[1], b"two")
        assert batch.full
        batch.commit()
        assert not batch.full and len(batch) == 0
    with writer.WriteBatch(max_files=100, max_bytes=5) as batch:
        batch.stage(photos[2], b"123456")
        assert batch.full


def test_many_files_never_hold_more_than_a_batch_of_descriptors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write of 80 files commits in batches: open temporary files stay at the bound."""
    photos = _photos(tmp_path, 80)
    most = [0]
    real_check = writer._check

    def check(temp: Path, *args: object) -> None:
        real_check(temp, *args)  # type: ignore[arg-type]
        most[0] = max(most[0], len(_temps(tmp_path)))

    monkeypatch.setattr(writer, "_check", check)
    done = set_batch([str(p) for p in photos], CAPTION, WriteOptions())
    assert all(d.error is None for d in done)
    assert most[0] == writer.BATCH_FILES


def test_the_same_file_twice_in_a_batch_is_written_once_then_unchanged(tmp_path: Path) -> None:
    """The second write must read the first one's result, as one file at a time would."""
    (photo,) = _photos(tmp_path, 1)
    link = tmp_path / "link.jpg"
    link.symlink_to(photo)
    done = set_batch([str(photo), str(link), str(photo)], CAPTION, WriteOptions())
    assert [d.out.split(": ", 1)[1] for d in done] == [
        "changed caption\n",
        "unchanged\n",
        "unchanged\n",
    ]


def test_set_on_a_folder_gives_the_same_files_batched_or_one_by_one(tmp_path: Path) -> None:
    batched, single = tmp_path / "batched", tmp_path / "single"
    batched.mkdir()
    single.mkdir()
    _photos(batched, 40)
    _photos(single, 40)
    mtimes = {photo.name: photo.stat().st_mtime_ns for photo in batched.iterdir()}
    args = ["--caption", "Same either way", "--credit", "ACME", "--keep-mtime"]
    with contextlib.redirect_stdout(io.StringIO()) as out:
        assert run(["set", str(batched), *args, "--jobs", "1"]) == 0
    for photo in sorted(single.iterdir()):
        values = {"caption": "Same either way", "credit": "ACME"}
        metadata.write(photo, values, keep_mtime=True)
    for photo in sorted(batched.iterdir()):
        twin = single / photo.name
        assert photo.read_bytes() == twin.read_bytes()
        assert photo.stat().st_mtime_ns == mtimes[photo.name]  # --keep-mtime
    assert out.getvalue().count(": changed caption, credit\n") == 40


def test_replace_file_raises_what_the_commit_reports(tmp_path: Path) -> None:
    (photo,) = _photos(tmp_path, 1)
    data, read_as = writer.read_for_write(photo)
    photo.write_bytes(data + b"!")  # changed since the read
    with pytest.raises(WriteError, match="changed while it was being written"):
        writer.replace_file(photo, data, read_as=read_as)
    assert _temps(tmp_path) == []
