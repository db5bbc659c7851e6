"""Output formats: JSON parses with the agreed keys, SARIF validates against the 2.1.0 schema,
JUnit XML parses, GitHub annotations have the workflow-command form."""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from audit_fixtures import make_jpeg

from captions.audit import audit_results
from captions.audit.config import AuditConfig
from captions.audit.reporters import REPORTERS, Summary, get_reporter
from captions.audit.rules import RULES

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
KEYS = {"code", "name", "severity", "path", "field", "message", "fixable", "line"}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three pictures: one clean, one with a caption problem, one with several problems,
    one of them with markup and a comma in its name (escaping)."""
    monkeypatch.chdir(tmp_path)
    photos = tmp_path / "photos"
    photos.mkdir()
    make_jpeg(photos, "clean.jpg", seed=1)
    make_jpeg(photos, "no caption.jpg", seed=2, caption=None)
    make_jpeg(
        photos,
        "a,b<c>.jpg",
        seed=3,
        credit="STR/<b>Reuters</b> 100%",
        byline=None,
        caption="Ada Lindqvist waves in TK on March 4, 2026.",
    )
    return photos


def render(name: str, folder: Path) -> tuple[str, Summary]:
    out = io.StringIO()
    reporter = get_reporter(name, out)
    summary = Summary()
    for result in audit_results([folder], AuditConfig()):
        reporter.file(result.path, result.findings)
        summary.files += 1
        summary.findings += len(result.findings)
    reporter.close(summary)
    return out.getvalue(), summary


def test_reporters_are_looked_up_by_name() -> None:
    assert set(REPORTERS) == {"concise", "full", "json", "json-lines", "github", "junit", "sarif"}
    with pytest.raises(KeyError, match="known"):
        get_reporter("yaml", io.StringIO())


def test_json_parses_with_the_agreed_keys(folder: Path) -> None:
    text, summary = render("json", folder)
    items = json.loads(text)
    assert len(items) == summary.findings > 0
    assert all(set(item) == KEYS for item in items)
    assert {item["severity"] for item in items} <= {"error", "warning", "info"}
    assert not any(item["path"].endswith("clean.jpg") for item in items)


def test_json_lines_one_object_per_line(folder: Path) -> None:
    text, summary = render("json-lines", folder)
    lines = text.splitlines()
    assert len(lines) == summary.findings
    assert all(set(json.loads(line)) == KEYS for line in lines)


def test_sarif_validates_against_the_schema(folder: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    text, summary = render("sarif", folder)
    document = json.loads(text)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(document), key=str)
    assert not errors, errors[0].message
    run = document["runs"][0]
    assert len(run["results"]) == summary.findings
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [r.code for r in RULES]
    for result in run["results"]:
        rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
        assert rule["id"] == result["ruleId"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith("photos/") and " " not in uri


def test_sarif_schema_catches_a_broken_document() -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    broken = {"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": []}]}
    assert list(jsonschema.Draft4Validator(schema).iter_errors(broken))  # driver needs a name


def test_junit_parses(folder: Path) -> None:
    text, summary = render("junit", folder)
    root = ET.fromstring(text.encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    failures = [c for c in cases if c.find("failure") is not None]
    assert int(suite.get("failures", "-1")) == len(failures) == summary.findings
    clean = [c for c in cases if c.get("classname", "").endswith("clean.jpg")]
    assert len(clean) == 1 and clean[0].find("failure") is None
    messages = [failure.get("message", "") for c in cases for failure in c.findall("failure")]
    assert any("<b>Reuters</b>" in message for message in messages)  # escaped, read back


def test_github_annotations(folder: Path) -> None:
    text, summary = render("github", folder)
    lines = text.splitlines()
    assert len(lines) == summary.findings
    command = re.compile(r"^::(error|warning|notice) file=([^,:]+),line=1,title=([^:,]+)::(.+)$")
    for line in lines:
        assert command.match(line), line
    errors = [line for line in lines if line.startswith("::error file=")]
    assert errors  # M001 and T001 are errors
    # Commas and colons in properties are escaped; the message keeps its text.
    assert any("a%2Cb<c>.jpg" in line for line in lines)
    assert any("100%25" in line for line in lines)


def test_concise_and_full_end_with_a_summary(folder: Path) -> None:
    concise, summary = render("concise", folder)
    assert concise.splitlines()[-1].startswith(f"Found {summary.findings} findings")
    assert any(": M001 no caption" in line for line in concise.splitlines())
    full, _ = render("full", folder)
    assert "missing-caption [error]" in full and "captions rule M001" in full
