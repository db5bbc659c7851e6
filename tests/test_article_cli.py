"""`captions extract`: exit codes, the JSON shape, stdin, the table."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from captions.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
CREDIT_KEYS = {
    "raw", "photographers", "pool", "agencies", "distributor", "handout", "file_photo",
    "courtesy", "commissioned", "normalized",
}  # fmt: skip
CAPTION_KEYS = {
    "index", "photo", "line", "offset", "text", "credit", "people", "date", "place", "image_ref",
}  # fmt: skip


def _json(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def test_json_output_has_every_key(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "harbour-festival.txt"
    data = _json(capsys, ["extract", str(path), "--json"])
    assert set(data) == {"article", "title", "captions"}
    assert data["article"] == str(path)
    assert [c["index"] for c in data["captions"]] == list(range(len(data["captions"])))
    for caption in data["captions"]:
        assert set(caption) == CAPTION_KEYS
        if caption["credit"] is not None:
            assert set(caption["credit"]) == CREDIT_KEYS
        for person in caption["people"]:
            assert set(person) == {"name", "position"}
    lead = data["captions"][0]
    assert lead["credit"]["normalized"] == "Ivo Brandt/Pool/AFP via Getty Images"
    assert lead["credit"]["photographers"] == ["Ivo Brandt"]


def test_format_option_overrides_detection(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "quarry-reopening.html"
    as_html = _json(capsys, ["extract", str(path), "--json"])
    as_text = _json(capsys, ["extract", str(path), "--json", "--format", "text"])
    assert len(as_html["captions"]) == 4
    assert as_text["captions"] != as_html["captions"]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Divers check the reef wall near Orsa on Monday. (AP Photo/Ida Berg)\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    data = _json(capsys, ["extract", "-", "--json"])
    assert data["article"] == "<stdin>"
    assert data["captions"][0]["credit"]["agencies"] == ["AP"]


def test_table_output(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # rich wraps the table to the console's width: fixed here, so the words stay whole under
    # any terminal (CI runs the CLI tests again with COLUMNS=40)
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["extract", str(FIXTURES / "river-race.md")]) == 0
    out = capsys.readouterr().out
    assert "Tove" in out and "Shutterst" in out and "3 captions" in out


def test_unreadable_input_exits_2_with_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(tmp_path / "missing.txt"), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("captions: error:") and "missing.txt" in lines[0]
    assert "Traceback" not in captured.err


def test_bad_format_is_a_usage_error() -> None:
    assert main(["extract", str(FIXTURES / "river-race.md"), "--format", "pdf"]) == 2


def test_help_documents_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--help"]) == 0
    assert "captions extract" in capsys.readouterr().out
