"""The writer's temporary files: made as `tempfile.mkstemp` makes them, without importing it.

A temporary file is `.NAME.captions-tmp-` and 8 random characters beside its target, created
for us alone (O_EXCL: a name taken is never opened, another is drawn) with mode 0600, and the
stale-file cleanup recognises it.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from captions import writer
from captions.errors import WriteError


def test_a_temporary_file_is_new_private_and_named_for_its_target(tmp_path: Path) -> None:
    target = tmp_path / "photo.jpg"
    target.write_bytes(b"original")
    fd, temp = writer._locked_temp(target, target)
    try:
        assert temp.parent == tmp_path
        assert re.fullmatch(r"\.photo\.jpg\.captions-tmp-[a-z0-9_]{8}", temp.name), temp.name
        assert writer.is_temp_name(temp.name)
        assert stat.S_IMODE(os.fstat(fd).st_mode) == 0o600
        assert temp.read_bytes() == b""
        assert target.read_bytes() == b"original"
    finally:
        os.close(fd)


def test_two_temporary_files_for_one_target_differ(tmp_path: Path) -> None:
    target = tmp_path / "photo.jpg"
    first, first_name = writer._new_temp(str(tmp_path), writer.temp_prefix(target))
    second, second_name = writer._new_temp(str(tmp_path), writer.temp_prefix(target))
    os.close(first)
    os.close(second)
    assert first_name != second_name


def test_a_name_already_taken_is_never_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = writer.temp_prefix(tmp_path / "photo.jpg")
    draws = iter([b"\x00" * 8, b"\x00" * 8, b"\x01" * 8])
    monkeypatch.setattr(writer.os, "urandom", lambda size: next(draws))
    taken = tmp_path / (prefix + "a" * 8)  # what the zero bytes name
    taken.write_bytes(b"someone else's")
    fd, name = writer._new_temp(str(tmp_path), prefix)
    os.close(fd)
    assert name == str(tmp_path / (prefix + "b" * 8))  # the third draw
    assert taken.read_bytes() == b"someone else's"


def test_a_folder_whose_every_name_is_taken_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "photo.jpg"
    monkeypatch.setattr(writer.os, "urandom", lambda size: b"\x00" * size)
    (tmp_path / (writer.temp_prefix(target) + "a" * 8)).write_bytes(b"")
    with pytest.raises(WriteError, match="cannot create a temporary file"):
        writer._locked_temp(target, target)
    assert sorted(os.listdir(tmp_path)) == [writer.temp_prefix(target) + "a" * 8]
