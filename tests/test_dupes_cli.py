"""`captions dupes`: exit codes and the JSON shape."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from captions.cli.app import run
from tests.test_dupes_folder import CAPTION, jpeg, picture

MARKER_CAPTION = (
    "Councillor Wren Adebayo-Holt (C) opens the rebuilt Fennwick footbridge with engineer "
    "Piet Sandoval (L) on April 4, 2025."
)


def article(tmp_path: Path, *captions: str) -> Path:
    body = ["Footbridge reopens", "", "The bridge reopened on Friday after two years.", ""]
    for caption in captions:
        body += [caption, "", "Residents crossed it within minutes of the ribbon being cut.", ""]
    path = tmp_path / "story.txt"
    path.write_text("\n".join(body), encoding="utf-8")
    return path


def dupes(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = run(["dupes", *args])
    return code, capsys.readouterr().out


def test_sibling_in_article_exits_1_with_json_groups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    credit = " Mara Quist/Reuters"
    path = article(
        tmp_path,
        MARKER_CAPTION + credit,
        MARKER_CAPTION.replace("(C)", "(2nd R)").replace("(L)", "(C)") + credit,
    )
    code, out = dupes(capsys, str(path), "--json")
    assert code == 1
    groups = json.loads(out)["groups"]
    assert [g["kind"] for g in groups] == ["sibling"]
    group = groups[0]
    assert set(group) >= {"kind", "members", "similarity", "differences"}
    assert all({"path", "line", "photo", "text"} <= set(m) for m in group["members"])
    assert 0.75 <= group["similarity"] < 1
    assert {"before": "(C)", "after": "(2nd R)"}.items() <= group["differences"][0].items()


def test_photo_printed_twice_is_info_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article(
        tmp_path, MARKER_CAPTION + " (Mara Quist/Reuters)", MARKER_CAPTION + " Mara Quist/Reuters"
    )
    code, out = dupes(capsys, str(path), "--json")
    groups = json.loads(out)["groups"]
    assert code == 0
    assert [g["kind"] for g in groups] == ["same-photo"]


def test_folder_copies_exit_0_and_pasted_caption_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    first = jpeg(folder / "a.jpg", picture(1), CAPTION, "Mara Quist/Reuters")
    shutil.copyfile(first, folder / "a-copy.jpg")
    code, out = dupes(capsys, str(folder), "--json")
    assert (code, [g["kind"] for g in json.loads(out)["groups"]]) == (0, ["identical-files"])
    jpeg(folder / "b.jpg", picture(2), CAPTION, "Mara Quist/Reuters")
    code, out = dupes(capsys, str(folder))
    assert code == 1 and "same-caption-different-pictures" in out


def test_nothing_found_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = dupes(capsys, str(article(tmp_path, MARKER_CAPTION)), "--json")
    assert code == 0 and json.loads(out) == {"groups": []}


def test_missing_input_exits_2_with_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["dupes", str(tmp_path / "absent.txt")])
    err = capsys.readouterr().err
    assert code == 2 and "absent.txt" in err and "Traceback" not in err


def test_bad_threshold_is_a_usage_error(tmp_path: Path) -> None:
    assert run(["dupes", str(tmp_path), "--threshold", "3"]) == 2
