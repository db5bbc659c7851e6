"""One registry everywhere: an alias configured in `[tool.captions.credit]` reaches `credit`,
`extract`, `apply` and `audit` (issue 17's example: `NWP` means Northwind Press)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audit_fixtures import make_jpeg
from cli_fixtures import run

STORY = """Ferry Line Returns to Orsa After Winter Break

The first sailing of the season left the quay on Tuesday morning with two hundred passengers.

The ferry Morgana leaves the harbour of Orsa at dawn on Tuesday. Photo: Ada Lindqvist/NWP

Crews spent the winter repainting the hull and replacing the engines, the line said.

The line expects to carry more than forty thousand passengers before the autumn storms.
"""


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.captions.credit]\naliases = {NWP = "Northwind Press"}\n', encoding="utf-8"
    )
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    images = tmp_path / "images"
    images.mkdir()
    caption = "The ferry Morgana leaves the harbour of Orsa at dawn on Tuesday."
    make_jpeg(images, "ferry.jpg", caption=caption, credit="Ada Lindqvist/NWP", source="NWP")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_credit(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["credit", "--json", "Ada Lindqvist/NWP"], capsys)
    assert code == 0 and json.loads(out)[0]["agencies"] == ["Northwind Press"]


def test_extract(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", "--json", "story.txt"], capsys)
    [caption] = json.loads(out)["captions"]
    assert code == 0 and caption["credit"]["agencies"] == ["Northwind Press"]


def test_apply(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["apply", "story.txt", "images", "--dry-run", "--json"], capsys)
    [report] = json.loads(out)["files"]
    after = {change["field"]: change["after"] for change in report["changes"]}
    assert code == 0 and after["source"] == "Northwind Press"


def test_audit(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["audit", "images", "--select", "C001", "--output-format", "json"], capsys)
    [finding] = json.loads(out)
    assert code == 1 and "Northwind Press" in finding["message"]


UNLABELLED = """Ferry Line Returns to Orsa After Winter Break

The first sailing of the season left the quay on Tuesday morning with two hundred passengers and
their bicycles, the line said.

The ferry Morgana leaves the harbour of Orsa at dawn on Tuesday.
Ada Lindqvist, NWPB

Crews spent the winter repainting the hull and replacing the engines, the line said in a
statement on Monday.

The line expects to carry more than forty thousand passengers before the autumn storms arrive.
"""


@pytest.mark.parametrize("configured", [True, False])
def test_extract_finds_a_credit_only_the_configured_alias_names(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    configured: bool,
) -> None:
    # An unlabelled `Name, AGENCY` line is a credit only when the agency is known: the reader
    # finds credits with the configured table, not the built-in registry alone.
    if configured:
        (tmp_path / "pyproject.toml").write_text(
            '[tool.captions.credit]\naliases = {NWPB = "Northwind Press"}\n', encoding="utf-8"
        )
    (tmp_path / "story.txt").write_text(UNLABELLED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["extract", "--json", "story.txt"], capsys)
    credits = [c["credit"] for c in json.loads(out)["captions"] if c["credit"]]
    assert code == 0
    if configured:
        assert [c["agencies"] for c in credits] == [["Northwind Press"]]
    else:
        assert credits == []
