"""`.pre-commit-hooks.yaml`: each hook runs a real command with options that command accepts."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest

from captions.cli import main

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / ".pre-commit-hooks.yaml"
SAMPLE = ROOT / "images"


@pytest.fixture()
def hooks() -> dict[str, dict[str, Any]]:
    yaml = pytest.importorskip("yaml", reason="PyYAML is not installed")
    loaded = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert isinstance(loaded, list)
    return {hook["id"]: hook for hook in loaded}


@pytest.fixture()
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(SAMPLE, tmp_path / "images")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "images"


def entry_args(hook: dict[str, Any]) -> list[str]:
    program, *args = shlex.split(hook["entry"])
    assert program == "captions" and hook["language"] == "python"
    return args


def test_every_hook_has_the_keys_pre_commit_needs(hooks: dict[str, dict[str, Any]]) -> None:
    assert set(hooks) == {"captions-audit", "captions-check"}
    for hook in hooks.values():
        assert {"id", "name", "entry", "language", "description"} <= set(hook)


def test_audit_hook_runs_on_staged_images(
    hooks: dict[str, dict[str, Any]], sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hook = hooks["captions-audit"]
    assert hook["types"] == ["image"] and hook.get("pass_filenames", True)
    assert hook["exclude_types"] == ["svg"]  # identify tags SVG as image; it is no photo
    names = ("GettyImages-2201458317.jpg", "reuters_gdansk_harbour.jpg")
    staged = [str(sample / name) for name in names]
    code = main([*entry_args(hook), *staged])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""  # findings (credits in agency style), no errors
    assert {line.split(":")[0] for line in out.splitlines()} == set(staged)


def test_check_hook_takes_article_and_folder_from_args(
    hooks: dict[str, dict[str, Any]], sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hook = hooks["captions-check"]
    assert hook["pass_filenames"] is False
    pattern = re.compile(hook["files"])
    for name in ("article.txt", "story.md", "page.html", "A.JPG", "b.jpeg", "c.png"):
        assert pattern.search(f"stories/{name}"), name
    assert not pattern.search("captions/check.py")
    code = main([*entry_args(hook), str(sample / "article.txt"), str(sample)])
    out, _ = capsys.readouterr()
    assert code == 1 and " A002 " in out
