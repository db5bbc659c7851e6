"""Every output stays valid and harmless whatever text a file holds, and `-o` is the output file.

Captions, credits, paths and messages come from the files audited: arbitrary text (hypothesis)
goes through every reporter, which must still parse with a real parser (XML, JSON, the SARIF
schema) or unescape to the same text (GitHub workflow commands); text meant for a terminal carries
no control characters. Findings on an article's line keep that line in every format.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from audit_fixtures import make_jpeg, patch_iim
from cli_fixtures import run
from hypothesis import given, settings
from hypothesis import strategies as st

from captions.audit.reporters import Summary, get_reporter, reporter_names
from captions.model import Finding, Severity
from captions.textsafe import one_line, unicode_breaks, visible, xml_forbidden, xml_text

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Any text a file may hold: every code point but lone surrogates, which no decoder produces.
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


def finding(path: str, message: str, field: str | None, line: int | None) -> Finding:
    return Finding(
        code="M001",
        name="missing-caption",
        severity=Severity.ERROR,
        path=path,
        message=message,
        field=field,
        line=line,
    )


def render(name: str, findings: list[Finding]) -> str:
    out = io.StringIO()
    reporter = get_reporter(name, out)
    for f in findings:
        reporter.file(f.path, [f])
    reporter.close(Summary(files=len(findings), findings=len(findings)))
    return out.getvalue()


def github_unescape(text: str) -> str:
    """What the Actions runner reads back from a command's data part."""
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


@settings(max_examples=150, deadline=None)
@given(
    path=ANY_TEXT,
    message=ANY_TEXT,
    field=st.none() | ANY_TEXT,
    line=st.none() | st.integers(1, 9999),
)
def test_every_reporter_stays_valid_for_any_text(
    path: str, message: str, field: str | None, line: int | None
) -> None:
    findings = [finding(path or "x", message, field, line)]
    ET.fromstring(render("junit", findings).split("\n", 1)[1])  # a real XML parser accepts it
    [record] = json.loads(render("json", findings))
    assert (record["path"], record["message"], record["line"]) == (path or "x", message, line)
    # splitlines(), as many readers do: NEL and U+2028 in a message must not split a record
    [record] = [json.loads(item) for item in render("json-lines", findings).splitlines()]
    assert record["message"] == message and record["line"] == line
    json.loads(render("sarif", findings))
    [command] = render("github", findings).splitlines()  # one line, whatever the message holds
    data = command.split("::", 2)[2]
    assert github_unescape(data) == unicode_breaks(visible(message))
    for name in ("concise", "full"):
        assert not CONTROLS.search(render(name, findings).replace("\n", ""))


def test_sarif_with_hostile_text_validates_against_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a test extra")
    hostile = "caption \x1b[2J \x10\x15\x12 <b>&amp;</b> %0A ,:"
    findings = [finding(f"photos/{hostile}.jpg", hostile, "caption", None)]
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(render("sarif", findings)), schema)


def test_junit_keeps_a_serial_number_with_control_bytes_readable() -> None:
    text = render("junit", [finding("cam.jpg", "serial AB\x10\x15\x12CD", None, None)])
    failure = ET.fromstring(text.split("\n", 1)[1]).find(".//failure")
    assert failure is not None and failure.get("message") == "serial AB\\x10\\x15\\x12CD"


def test_a_line_separator_in_a_message_keeps_a_github_command_on_one_line() -> None:
    findings = [finding("a.jpg", "first\u2028second\u2029third", None, None)]
    [command] = render("github", findings).splitlines()
    assert command.endswith("::first\\u2028second\\u2029third")
    assert one_line("a\u2028b") == "a\\u2028b"


def test_one_line_returns_a_safe_text_as_it_is_and_escapes_the_rest_as_before() -> None:
    # `one_line` returns a text none of whose characters it would escape without escaping it
    # (issue 16: one scan); compared, at every code point, with the steps it is made of.
    def stepwise(text: str) -> str:
        return unicode_breaks(visible(text).replace("\r", "\\r").replace("\n", "\\n"))

    for code in range(0x110000):
        text = f"a{chr(code)}b"
        assert one_line(text) == stepwise(text), hex(code)
    for text in ("", "plain", "tab\there", "cr\r\nlf", "\u2029", "\x1b[2J"):
        assert one_line(text) == stepwise(text)


def test_textsafe_escapes_only_what_the_format_forbids() -> None:
    assert visible("a\x1b[2Jb\tc\nd\u202ee") == "a\\x1b[2Jb\tc\nd\\u202ee"
    assert xml_text("ok\x10\tå\r\n") == "ok\\x10\tå\r\n"


def test_xml_forbidden_finds_exactly_the_characters_outside_xml_chars() -> None:
    # The XML 1.0 Char production as written in the standard, checked over every code point
    # against the cheaper class of the characters outside it (what the XMP writer refuses).
    allowed = re.compile("[\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    every = [chr(code) for code in range(0x110000)]
    outside = [c for c in every if not allowed.match(c)]
    assert [c for c in every if xml_forbidden(c)] == outside
    assert xml_forbidden("fine\ttext\U0001f600") is None


def test_a_finding_line_shows_in_every_format() -> None:
    findings = [finding("story.md", "photo 2 matched no image", None, 14)]
    assert render("concise", findings).startswith("story.md:14: M001 ")
    assert render("full", findings).startswith("story.md:14: M001 ")
    assert json.loads(render("json", findings))[0]["line"] == 14
    assert json.loads(render("json-lines", findings).splitlines()[0])["line"] == 14
    assert ",line=14," in render("github", findings)
    image = [finding("a.jpg", "no caption", "caption", None)]
    assert render("concise", image).startswith("a.jpg: M001 ")


def test_show_makes_a_caption_escape_sequence_visible(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `set` refuses control characters (XMP cannot hold them), so the IIM bytes are patched.
    photo = make_jpeg(tmp_path, "screen.jpg", seed=1, caption="Gulls before@@@@after noon.")
    patch_iim(photo, b"@@@@", b"\x1b[2J")
    code, out, _ = run(["show", str(photo)], capsys)
    assert code == 0
    assert "\x1b" not in out and "before\\x1b[2Jafter" in out
    code, out, _ = run(["show", "--json", str(photo)], capsys)  # JSON keeps the value as stored
    assert json.loads(out)[0]["fields"]["caption"]["iptc"] == "Gulls before\x1b[2Jafter noon."


def test_an_error_line_naming_a_hostile_path_stays_one_visible_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["show", str(tmp_path / "evil\x1b[2J\n.jpg")], capsys)
    assert code == 2
    assert "\x1b" not in err and "evil\\x1b[2J" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("output_format", reporter_names())
def test_dash_o_writes_the_findings_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], output_format: str
) -> None:
    make_jpeg(tmp_path, "nocap.jpg", seed=2, caption=None)
    target = tmp_path / "out" / f"findings.{output_format}"
    target.parent.mkdir()
    args = ["audit", str(tmp_path), "--isolated", "--output-format", output_format]
    code, stdout, _ = run([*args, "-o", str(target)], capsys)
    assert code == 1 and stdout == ""
    code, expected, _ = run(args, capsys)
    assert target.read_text(encoding="utf-8") == expected
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left


def test_dash_o_into_a_missing_folder_is_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_jpeg(tmp_path, "a.jpg", seed=1)
    code, out, err = run(["audit", str(tmp_path), "-o", str(tmp_path / "no" / "x.txt")], capsys)
    assert code == 2 and out == ""
    [line] = err.splitlines()
    assert "x.txt" in line and "Traceback" not in err


def test_check_dash_o_writes_the_gate_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.md"
    story.write_text(
        "# Harbour day\n\nBoats leave at dawn.\n\n"
        "The ferry Morgana leaves the harbour of Orsa at dawn. Photo: Ada Lindqvist/Nordbild\n",
        encoding="utf-8",
    )
    images = tmp_path / "images"
    images.mkdir()
    make_jpeg(images, "other.jpg", seed=4, caption="Gulls over the pier at noon.")
    target = tmp_path / "gate.json"
    args = ["check", str(story), str(images), "--isolated", "--output-format", "json"]
    code, stdout, _ = run([*args, "-o", str(target)], capsys)
    assert code == 1 and stdout == ""
    codes = {f["code"] for f in json.loads(target.read_text(encoding="utf-8"))}
    assert "A002" in codes


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the project")
@pytest.mark.parametrize("output_format", ["junit", "sarif", "json", "json-lines", "github"])
def test_the_audit_of_the_whole_corpus_parses_in_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], output_format: str
) -> None:
    target = tmp_path / "findings"
    args = ["audit", str(CORPUS), "--isolated", "--output-format", output_format, "-q"]
    code, _, _ = run([*args, "-o", str(target)], capsys)
    assert code in (1, 2)  # the corpus has findings, and unreadable files among its broken ones
    text = target.read_text(encoding="utf-8")
    if output_format == "junit":
        cases = ET.fromstring(text.split("\n", 1)[1]).iter("testcase")
        assert sum(1 for _ in cases) > 100
    elif output_format == "json-lines":
        assert len([json.loads(line) for line in text.splitlines()]) > 100
    elif output_format == "github":
        commands = text.splitlines()
        assert len(commands) > 100
        assert all(
            re.match(r"::(error|warning|notice) file=[^:]*,line=\d+,title=", c) for c in commands
        )
        assert not any(CONTROLS.search(c) for c in commands)
    else:
        assert json.loads(text)


@pytest.mark.parametrize("command", [["show", "--json"], ["show"]])
def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path, command: list[str]) -> None:
    import subprocess
    import sys

    long_caption = "Gulls circle the ferry Morgana at the quay of Orsa at dawn. " * 30
    for seed in range(30):  # more output than a pipe holds, so the writes meet the closed end
        make_jpeg(tmp_path, f"p{seed:02d}.jpg", seed=seed, caption=long_caption, source=None)
    process = subprocess.Popen(
        [sys.executable, "-m", "captions", *command, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()  # as `| head -c 100` does
    err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 2
    assert "Traceback" not in err and "Broken pipe" not in err
