"""`apply` cleans the folders it writes of temporary files that killed writes left behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_apply_end_to_end import make_folder

from captions.cli import main


def _leftover(folder: Path, name: str) -> Path:
    temp = folder / f".{name}.captions-tmp-abcd1234"
    temp.write_bytes(b"half of a picture")
    return temp


def test_apply_removes_and_reports_stale_temps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, folder = make_folder(tmp_path)
    temp = _leftover(folder, "killed.jpg")
    code = main(["apply", str(article), str(folder), "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert not temp.exists()
    report = json.loads(captured.out)
    warnings = [w for f in report["files"] for w in f["warnings"]]
    assert sum(str(temp) in w and "interrupted write" in w for w in warnings) == 1


def test_apply_dry_run_leaves_stale_temps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article, folder = make_folder(tmp_path)
    temp = _leftover(folder, "killed.jpg")
    assert main(["apply", str(article), str(folder), "--dry-run", "--json"]) == 0
    assert temp.exists()
    capsys.readouterr()
