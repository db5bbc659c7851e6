"""A file changed between our read and our rename is refused, never overwritten."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from engine_fixtures import pillow_jpeg, rich_jpeg

from captions import metadata, writer
from captions.audit import fix
from captions.errors import WriteError

OTHER_PROGRAM = b"written by another program meanwhile"


def _edit_behind_our_back(photo: Path) -> bytes:
    """Change the file as another program would: new bytes, same size, a later mtime."""
    data = bytearray(photo.read_bytes())
    data[-len(OTHER_PROGRAM) - 2 : -2] = OTHER_PROGRAM
    photo.write_bytes(bytes(data))
    later = photo.stat().st_mtime_ns + 5_000_000_000
    os.utime(photo, ns=(later, later))
    return bytes(data)


def _temps(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if writer.is_temp_name(p.name)]


def test_set_refuses_a_file_changed_after_it_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(rich_jpeg())
    real_plan = metadata.plan_spliced
    edited: list[bytes] = []

    def plan_while_someone_edits(*args: Any, **kwargs: Any) -> Any:
        edited.append(_edit_behind_our_back(photo))  # between our read and our rename
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(metadata, "plan_spliced", plan_while_someone_edits)
    with pytest.raises(WriteError, match="changed while it was being written"):
        metadata.write(photo, {"caption": "Ours"})
    assert photo.read_bytes() == edited[0]
    assert _temps(tmp_path) == []


def test_set_writes_when_nothing_changed(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(rich_jpeg())
    assert metadata.write(photo, {"caption": "Ours"}).written
    assert metadata.read(photo).fields["caption"].value == "Ours"


def test_audit_fix_refuses_a_file_changed_after_it_was_read(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(rich_jpeg())
    edited: list[bytes] = []

    def change(data: bytes) -> bytes:
        edited.append(_edit_behind_our_back(photo))
        return data.replace(b"Old caption", b"New caption")

    with pytest.raises(WriteError, match="changed while it was being written"):
        fix._rewrite_jpeg(str(photo), change, "caption")
    assert photo.read_bytes() == edited[0]


def test_replace_file_compares_with_the_status_of_the_read(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(pillow_jpeg(icc=False))
    data, read_as = writer.read_for_write(photo)
    _edit_behind_our_back(photo)
    with pytest.raises(WriteError, match="changed"):
        writer.replace_file(photo, data, read_as=read_as)
    writer.replace_file(photo, data)  # without the status of a read: checked from the call on
    assert photo.read_bytes() == data
