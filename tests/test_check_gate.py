"""`captions check` as a gate: each article-gate rule, a clean set after `apply`, errors, options
and output formats. Articles and pictures are built here (fictional people, places, agencies'
names only where a credit must be recognised)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from audit_fixtures import make_jpeg
from cli_fixtures import run

from captions.audit.config import AuditConfig
from captions.check import CheckResult, check
from captions.cli import main
from captions.errors import ArticleError

SAMPLE = Path(__file__).resolve().parents[1] / "images"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
TITLE = "Harbour Festival Opens in Tarnby"
CREDIT = "Piet Brouwer/Reuters"
RIBBON = (
    "Mayor Ada Lindqvist (C) cuts the ribbon at the harbour festival in Tarnby, Denmark, "
    "on March 4, 2026."
)
BOATS = (
    "Fishing boats decorated with flags sail past the old lighthouse in Tarnby, Denmark, "
    "on March 4, 2026."
)
HERRING = (
    "Visitors queue for smoked herring at the harbour market in Tarnby, Denmark, on March 4, 2026."
)


@pytest.fixture(autouse=True)
def _no_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def write_story(folder: Path, *captions: str, credit: str = CREDIT) -> Path:
    """A plain-text article: a title, then each caption with its credit between paragraphs."""
    parts = [TITLE]
    for caption in captions:
        parts += [f"{caption} {credit}", "The festival runs for three days, the organisers said."]
    path = folder / "story.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def line_of(story: Path, caption: str) -> int:
    """The line of the story a caption is printed on, counted from 1."""
    lines = story.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if line.startswith(caption))


def photo(folder: Path, name: str, caption: str, seed: int, **values: Any) -> Path:
    """A JPEG with the caption and the credit the article gives it (before house style)."""
    folder.mkdir(exist_ok=True)
    values = {"credit": CREDIT, "byline": ["Piet Brouwer"], **values}
    return make_jpeg(folder, name, seed=seed, caption=caption, **values)


def applied(story: Path, folder: Path) -> None:
    """Write the article's captions and credits into the files, as `captions apply` does."""
    code = main(["apply", str(story), str(folder)])
    assert code == 0


def codes_of(result: CheckResult) -> list[tuple[str, str]]:
    return [(f.code, Path(f.path).name) for f in result.findings]


# -- the article-gate rules ---------------------------------------------------------------------


def test_a_photo_without_an_image_is_a001_and_exits_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = write_story(tmp_path, RIBBON, BOATS, HERRING)
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON, 1)
    photo(images, "boats.jpg", BOATS, 2)
    applied_code = main(["apply", str(story), str(images)])
    capsys.readouterr()
    assert applied_code == 1  # apply also says one photo had no image
    code, out, _ = run(["check", str(story), str(images), "--isolated"], capsys)
    assert code == 1
    [line] = [line for line in out.splitlines() if " A001 " in line]
    assert line.startswith(f"{story}:11: A001 photo 2 (line 11)")
    assert "Visitors queue for smoked herring" in line and str(images) in line
    assert out.count(": A0") == 1  # nothing else: the two other photos are clean


def test_clean_set_after_apply_exits_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = write_story(tmp_path, RIBBON, BOATS)
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON, 1, credit="PIET BROUWER / REUTERS")
    photo(images, "boats.jpg", BOATS, 2)
    code, _, _ = run(["check", str(story), str(images), "--isolated"], capsys)
    assert code == 1  # before: the credit is not in house style
    applied(story, images)
    capsys.readouterr()
    code, out, err = run(["check", str(story), str(images), "--isolated"], capsys)
    assert (code, out.strip()) == (0, "No findings in 3 files.")
    assert "2 photos" in err and "2 images, 2 matched" in err


def test_the_sample_after_apply_is_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    images = tmp_path / "images"
    images.mkdir()
    for name in ("GettyImages-2201458317.jpg", "GettyImages-2201458344.jpg"):
        shutil.copy(SAMPLE / name, images / name)
    story = tmp_path / "article.txt"
    shutil.copy(SAMPLE / "article.txt", story)
    before = check(story, images, AuditConfig())
    assert {"A003", "C001"} <= {f.code for f in before.findings}
    applied(story, images)
    after = check(story, images, AuditConfig())
    assert after.findings == () and after.errors == ()
    assert after.repeated_photos  # the photo printed twice is still one photo, and no finding
    capsys.readouterr()
    code, out, _ = run(["check", str(story), str(images), "--isolated", "-q"], capsys)
    assert (code, out) == (0, "")


def test_an_edited_caption_is_a003_with_the_changed_words(tmp_path: Path) -> None:
    story = write_story(tmp_path, RIBBON)
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON, 1)
    applied(story, images)
    edited = RIBBON.replace("harbour festival", "summer fair")
    photo(images, "ribbon.jpg", edited, 1, credit="Reuters")
    result = check(story, images, AuditConfig())
    [a003] = [f for f in result.findings if f.code == "A003"]
    assert a003.path == str(images / "ribbon.jpg") and a003.field == "caption"
    assert "'harbour festival' -> 'summer fair'" in a003.message
    assert "photo 0 (line 3)" in a003.message  # the caption's line in the article


def test_a_changed_position_marker_is_another_frame_not_the_photo(tmp_path: Path) -> None:
    story = write_story(tmp_path, RIBBON)
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON.replace("(C)", "(2nd L)"), 1)
    assert codes_of(check(story, images, AuditConfig())) == [
        ("A001", "story.txt"),
        ("A002", "ribbon.jpg"),
    ]


def test_a_credit_naming_others_is_a004(tmp_path: Path) -> None:
    story = write_story(tmp_path, RIBBON, BOATS)
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON, 1, credit="Henrik Valstad/AFP", byline=["Henrik Valstad"])
    photo(images, "boats.jpg", BOATS, 2, credit="PIET BROUWER/REUTERS")  # only the case differs
    found = [f for f in check(story, images, AuditConfig()).findings if f.code == "A004"]
    assert {(Path(f.path).name, f.field) for f in found} == {
        ("ribbon.jpg", "credit"),
        ("ribbon.jpg", "byline"),
    }
    messages = " | ".join(f.message for f in found)
    assert "credit names AFP; the article credits Reuters" in messages
    assert "the article credits Piet Brouwer; the file names Henrik Valstad" in messages


def test_sibling_captions_in_the_article_are_a006(tmp_path: Path) -> None:
    sibling = RIBBON.replace("(C)", "(2nd L)")
    story = write_story(tmp_path, RIBBON, sibling)
    images = tmp_path / "images"
    photo(images, "a.jpg", RIBBON, 1)
    photo(images, "b.jpg", sibling, 2)
    result = check(story, images, AuditConfig())
    [a006] = [f for f in result.findings if f.code == "A006"]
    assert a006.path == str(story)
    assert "photo 0" in a006.message and "photo 1" in a006.message
    assert "'(C)' -> '(2nd L)'" in a006.message
    assert ("A001", "story.txt") not in codes_of(result)


def test_two_equally_good_images_are_a005_not_compared(tmp_path: Path) -> None:
    story = write_story(tmp_path, RIBBON)
    images = tmp_path / "images"
    photo(images, "a.jpg", RIBBON, 1, credit="Henrik Valstad/AFP")
    photo(images, "b.jpg", RIBBON, 2, credit="Henrik Valstad/AFP")
    result = check(story, images, AuditConfig())
    codes = {code for code, _ in codes_of(result)}
    assert ("A005", "story.txt") in codes_of(result)
    assert not codes & {"A003", "A004", "C003"}  # an uncertain pair is not judged
    [a002] = [f for f in result.findings if f.code == "A002"]
    assert "the same caption as photo 0" in a002.message


def test_article_findings_carry_the_line_of_their_photo(tmp_path: Path) -> None:
    sibling = RIBBON.replace("(C)", "(2nd L)")
    story = write_story(tmp_path, RIBBON, sibling)
    first = line_of(story, RIBBON)
    images = tmp_path / "images"
    photo(images, "a.jpg", RIBBON, 1)
    photo(images, "b.jpg", RIBBON, 2)
    found = check(story, images, AuditConfig()).findings
    on_article = {f.code: f.line for f in found if f.path == str(story)}
    assert on_article["A006"] == first  # the group's first member
    assert on_article["A005"] == first  # its message names the same line
    assert f"(line {first})" in next(f.message for f in found if f.code == "A005")
    assert all(f.line is None for f in found if f.path != str(story))  # images have no lines


def test_broken_files_get_file_findings(tmp_path: Path) -> None:
    story = write_story(tmp_path, RIBBON)
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON, 1)
    (images / "cut.jpg").write_bytes(b"\xff\xd8\xff\xe1\x00\x40Exif\x00\x00MM")
    notes = tmp_path / "notes.jpg"
    notes.write_text("not a picture at all", encoding="utf-8")
    result = check(story, [images, notes], AuditConfig())
    pairs = codes_of(result)
    assert ("F002", "cut.jpg") in pairs and ("A002", "cut.jpg") in pairs
    assert ("F001", "notes.jpg") in pairs


# -- errors ---------------------------------------------------------------------------------------


def test_a_missing_article_exits_two_with_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON, 1)
    code, out, err = run(["check", str(tmp_path / "gone.txt"), str(images), "--exit-zero"], capsys)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "gone.txt" in err and "Traceback" not in err


def test_an_unreadable_article_exits_two_with_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON, 1)
    story = tmp_path / "story.txt"
    story.write_bytes(b"Harbour festival\n\xff\xfe\x00 not text")
    with pytest.raises(ArticleError, match="story.txt"):
        check(story, images, AuditConfig())
    code, out, err = run(["check", str(story), str(images), "--isolated"], capsys)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("captions: error: ") and "story.txt" in err


def test_dir_must_be_a_folder_and_selectors_must_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = write_story(tmp_path, RIBBON)
    code, out, err = run(["check", str(story), str(story), "--isolated"], capsys)
    assert (code, out) == (2, "") and "not a folder" in err
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON, 1)
    code, _, err = run(["check", str(story), str(images), "--select", "A999"], capsys)
    assert code == 2 and "A999" in err


# -- options and output formats -------------------------------------------------------------------


@pytest.fixture()
def gate(tmp_path: Path) -> tuple[Path, Path]:
    """One photo without an image (A001, an error) and one extra image (A002, a warning)."""
    story = write_story(tmp_path, RIBBON, HERRING)
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON, 1)
    photo(images, "gulls.jpg", "Gulls circle above the fish market in Bergholm.", 2)
    applied_code = main(["apply", str(story), str(images)])
    assert applied_code == 1
    return story, images


def gate_output(
    gate: tuple[Path, Path], output_format: str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    """`captions check` on the gate's story and images: the exit code and stdout."""
    story, images = gate
    capsys.readouterr()
    code, out, _ = run(["check", str(story), str(images), "--output-format", output_format], capsys)
    return code, out


def test_select_ignore_exit_zero_and_quiet(
    gate: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    story, images = (str(p) for p in gate)
    capsys.readouterr()
    code, out, _ = run(["check", story, images, "--isolated", "--output-format", "json"], capsys)
    assert code == 1 and {f["code"] for f in json.loads(out)} == {"A001", "A002"}
    code, out, _ = run(
        ["check", story, images, "--ignore", "A002", "--output-format", "json"], capsys
    )
    assert code == 1 and {f["code"] for f in json.loads(out)} == {"A001"}
    code, out, _ = run(
        ["check", story, images, "--select", "A002", "--output-format", "json"], capsys
    )
    assert {f["code"] for f in json.loads(out)} == {"A002"}
    code, out, _ = run(["check", story, images, "--ignore", "A", "--output-format", "json"], capsys)
    assert (code, json.loads(out)) == (0, [])
    code, out, err = run(["check", story, images, "--exit-zero", "--quiet"], capsys)
    assert code == 0 and err == "" and out.count("\n") == 2  # the two findings, no summary


def test_json_has_the_agreed_keys(
    gate: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    story, images = gate
    findings = json.loads(gate_output(gate, "json", capsys)[1])
    keys = {"code", "name", "severity", "path", "field", "message", "fixable", "line"}
    assert all(set(f) == keys for f in findings)
    by_code = {f["code"]: f for f in findings}
    assert by_code["A001"]["severity"] == "error" and by_code["A001"]["path"] == str(story)
    assert by_code["A002"]["path"] == str(images / "gulls.jpg")
    assert isinstance(by_code["A001"]["line"], int) and by_code["A002"]["line"] is None
    assert by_code["A002"]["name"] == "image-without-caption"


def test_sarif_validates_and_points_at_the_rules(
    gate: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(gate_output(gate, "sarif", capsys)[1])
    run_ = document["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    for result in run_["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert {r["ruleId"] for r in run_["results"]} == {"A001", "A002"}
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed")
    jsonschema.validate(document, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def test_sarif_locates_article_findings_at_their_line(
    gate: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(gate_output(gate, "sarif", capsys)[1])
    results = {r["ruleId"]: r for r in document["runs"][0]["results"]}
    herring = line_of(gate[0], HERRING)
    location = results["A001"]["locations"][0]["physicalLocation"]
    assert location["region"] == {"startLine": herring}
    assert "region" not in results["A002"]["locations"][0]["physicalLocation"]  # an image


def test_github_annotations_and_junit(
    gate: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    import xml.etree.ElementTree as ET

    story, images = gate
    code, out = gate_output(gate, "github", capsys)
    assert code == 1
    lines = out.splitlines()
    herring = line_of(story, HERRING)
    assert herring > 1  # the photo without an image: annotated at its own line
    assert any(
        line.startswith(f"::error file={story},line={herring},title=A001 ") for line in lines
    )
    assert any(line.startswith("::warning file=") and "gulls.jpg" in line for line in lines)
    assert ET.fromstring(gate_output(gate, "junit", capsys)[1]).iter("testcase")


def test_the_house_style_of_the_configuration_is_what_is_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "captions.toml").write_text("[apply]\nappend-credit = true\n", encoding="utf-8")
    story = write_story(tmp_path, RIBBON)
    images = tmp_path / "images"
    photo(images, "ribbon.jpg", RIBBON, 1)
    applied(story, images)  # apply finds captions.toml: the credit goes after the caption
    capsys.readouterr()
    code, out, _ = run(["check", str(story), str(images)], capsys)
    # C005 (a credit at the end of the caption) is the house style here, not a finding.
    assert (code, out.strip()) == (0, "No findings in 2 files.")
    code, out, _ = run(
        ["check", str(story), str(images), "--isolated", "--output-format", "json"], capsys
    )
    found = {f["code"]: f["message"] for f in json.loads(out)}
    assert code == 1 and set(found) == {"A003", "C005"}
    assert "adds '(Piet Brouwer/Reuters)'" in found["A003"]
