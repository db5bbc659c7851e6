"""`captions audit` and `captions rule` through `captions.cli.main`: exit codes and streams."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audit_fixtures import CORPUS, make_jpeg, needs_corpus
from cli_fixtures import run


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no configuration file of the repository is picked up


def test_clean_folder_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_jpeg(tmp_path, "a.jpg")
    code, out, err = run(["audit", str(tmp_path), "--jobs", "1"], capsys)
    assert (code, err) == (0, "")
    assert out.strip() == "No findings in 1 file."


def test_findings_exit_one_and_go_to_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_jpeg(tmp_path, "a.jpg", caption=None)
    code, out, err = run(["audit", str(path), "--output-format", "json", "-j", "1"], capsys)
    assert code == 1 and err == ""
    assert [item["code"] for item in json.loads(out)] == ["M001"]
    code, _, _ = run(["audit", str(path), "--exit-zero", "-q"], capsys)
    assert code == 0


def test_missing_path_is_an_error_not_hidden_by_exit_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["audit", str(tmp_path / "nowhere"), "--exit-zero"], capsys)
    assert code == 2 and out == ""
    assert "nowhere" in err and "Traceback" not in err


def test_bad_configuration_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_jpeg(tmp_path, "a.jpg")
    (tmp_path / "captions.toml").write_text('ignore = ["Q999"]\n')
    code, out, err = run(["audit", str(tmp_path), "--exit-zero"], capsys)
    assert code == 2 and out == ""
    assert "captions.toml" in err and "Q999" in err and err.count("\n") == 1
    code, _, _ = run(["audit", str(tmp_path), "--isolated", "-q"], capsys)
    assert code == 0


def test_select_ignore_and_unknown_selector(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make_jpeg(tmp_path, "a.jpg", caption=None, byline=None)
    code, out, _ = run(
        ["audit", str(path), "--output-format", "json-lines", "--select", "M001,M003"], capsys
    )
    assert code == 1
    assert sorted(json.loads(line)["code"] for line in out.splitlines()) == ["M001", "M003"]
    code, out, _ = run(["audit", str(path), "-q", "--ignore", "M"], capsys)
    assert (code, out) == (0, "")
    code, _, err = run(["audit", str(path), "--select", "X12"], capsys)
    assert code == 2 and "X12" in err


def test_exclude(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "thumbs").mkdir()
    make_jpeg(tmp_path / "thumbs", "t.jpg", caption=None)
    make_jpeg(tmp_path, "a.jpg")
    code, out, _ = run(["audit", str(tmp_path), "--exclude", "thumbs"], capsys)
    assert code == 0 and "1 file" in out


def test_baseline_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    make_jpeg(photos, "old.jpg", byline=None)
    baseline = tmp_path / "baseline.json"
    code, out, err = run(["audit", str(photos), "--write-baseline", str(baseline)], capsys)
    assert code == 0 and out == "" and "wrote 1 findings" in err
    code, out, _ = run(["audit", str(photos), "--baseline", str(baseline)], capsys)
    assert code == 0 and "1 accepted by the baseline" in out
    make_jpeg(photos, "new.jpg", seed=4, caption="Piet Brouwer at the harbour.", source=None)
    code, out, _ = run(
        ["audit", str(photos), "--baseline", str(baseline), "--output-format", "json"], capsys
    )
    assert code == 1
    assert [(Path(i["path"]).name, i["code"]) for i in json.loads(out)] == [("new.jpg", "M004")]


def test_fix_reports_changes_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_jpeg(tmp_path, "a.jpg", credit="REUTERS / Ada Lindqvist")
    code, out, err = run(["audit", str(path), "--fix", "--output-format", "json"], capsys)
    assert code == 0 and json.loads(out) == []
    assert f"fixed {path}: credit:" in err


def test_parallel_output_is_in_input_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(6):
        make_jpeg(
            tmp_path, f"p{i}.jpg", seed=i, caption=f"Picture {i} of the harbour.", byline=None
        )
    _, serial, _ = run(["audit", str(tmp_path), "-j", "1", "--output-format", "json-lines"], capsys)
    _, parallel, _ = run(
        ["audit", str(tmp_path), "-j", "2", "--output-format", "json-lines"], capsys
    )
    assert serial == parallel and serial.count("\n") >= 6


def test_statistics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_jpeg(tmp_path, "a.jpg", caption=None)
    make_jpeg(tmp_path, "b.jpg", seed=2, caption=None)
    code, out, _ = run(["audit", str(tmp_path), "--statistics"], capsys)
    assert code == 1
    assert out.split() == ["2", "M001", "missing-caption"]


def test_rule_explains_one_and_lists_all(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rule", "C001"], capsys)
    assert code == 0 and "credit-not-in-house-style" in out
    assert "What it does" in out and "Why it matters" in out and "Example" in out
    code, out, _ = run(["rule", "gps-position", "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["code"] == "P001"
    code, out, _ = run(["rule", "--all", "--format", "markdown"], capsys)
    assert code == 0 and out.startswith("| code |")
    code, _, err = run(["rule", "Z999"], capsys)
    assert code == 2 and "Z999" in err
    code, _, _ = run(["rule"], capsys)
    assert code == 2


def test_help_documents_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["audit", "--help"], capsys)
    assert code == 0 and "--output-format" in out and "Example" in out
    code, out, _ = run(["rule", "--help"], capsys)
    assert code == 0 and "--all" in out


@needs_corpus
@pytest.mark.parametrize("part", ["real", "malformed"])
def test_corpus_finishes_without_traceback(part: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        ["audit", str(CORPUS / part), "--output-format", "json", "-j", "2"], capsys
    )
    assert code in (0, 1), err
    assert "Traceback" not in err and err == ""
    findings = json.loads(out)
    assert findings and all(item["path"].startswith(str(CORPUS / part)) for item in findings)


def test_a_failing_check_is_an_error_that_exit_zero_keeps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from captions.audit import checks

    def broken(raw: str, config: object) -> None:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(checks, "parse_credit", broken)
    path = make_jpeg(tmp_path, "a.jpg", caption=None)
    code, out, err = run(
        ["audit", str(path), "-j", "1", "--exit-zero", "--output-format", "json"], capsys
    )
    assert code == 2
    assert "rule C001 failed: RuntimeError: parser exploded" in err and "Traceback" not in err
    assert "M001" in {item["code"] for item in json.loads(out)}  # the other rules still ran
