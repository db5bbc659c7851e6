"""Expanding command-line paths: each file once (by its real path), in name order, as given."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from engine_fixtures import pillow_jpeg

from captions.walk import expand_names


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    picture = pillow_jpeg(icc=False)
    (tmp_path / "desk" / "day1").mkdir(parents=True)
    (tmp_path / "desk" / "a.jpg").write_bytes(picture)
    (tmp_path / "desk" / "day1" / "b.jpg").write_bytes(picture)
    (tmp_path / "desk" / "notes.txt").write_text("not an image")
    os.link(tmp_path / "desk" / "a.jpg", tmp_path / "desk" / "hard.jpg")  # another file name
    (tmp_path / "desk" / "soft.jpg").symlink_to("day1/b.jpg")  # the same file again
    (tmp_path / "desk" / "linked").symlink_to("day1", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def reference(paths: list[str]) -> list[str]:
    """Every file's key is its realpath, computed the slow way."""
    found, seen = [], set()
    for name in paths:
        for path in expand_names([name]):
            if os.path.realpath(path) not in seen:
                seen.add(os.path.realpath(path))
                found.append(path)
    return found


def test_a_folder_is_walked_in_name_order_each_file_once(tree: Path) -> None:
    assert expand_names(["desk"]) == ["desk/a.jpg", "desk/day1/b.jpg", "desk/hard.jpg"]


@pytest.mark.parametrize(
    "paths",
    [
        ["."],
        ["desk", "desk/day1/b.jpg", "./desk/soft.jpg", "desk/linked/b.jpg"],
        ["desk/soft.jpg", "desk"],
        ["desk/day1/../a.jpg", "desk/a.jpg", "desk/hard.jpg"],
    ],
)
def test_names_of_one_file_count_once(tree: Path, paths: list[str]) -> None:
    found = expand_names(paths)
    assert found == reference(paths)
    assert len({os.path.realpath(p) for p in found}) == len(found)


def test_current_folder_names_have_no_dot_prefix(tree: Path) -> None:
    os.chdir(tree / "desk")
    assert expand_names(["."])[:2] == ["a.jpg", "day1/b.jpg"]


@pytest.mark.parametrize(
    "name",
    [
        "a.jpg",
        "./a.jpg",
        "d//a.jpg",
        "d/./a.jpg",
        "d/",
        "d/.",
        ".",
        "..",
        "../d",
        "/x//y/",
        "//x",
        "",
    ],
)
def test_names_are_spelled_as_pathlib_spells_them(name: str) -> None:
    from captions.walk import _spelled

    assert _spelled(name) == str(Path(name))
