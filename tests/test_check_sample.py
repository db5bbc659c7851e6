"""`captions check` on the README's sample (images/): it finds what the sample was built to show.

The sample (images/make_samples.py): two wire photos matching the article's two photos (the
second printed twice), a third frame of the same event and an unrelated Reuters picture. The
wire files carry the agency's caption with its credit glued on, and credits in agency style.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from captions.audit.config import AuditConfig
from captions.check import CheckResult, check
from captions.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "images"
FIRST, SECOND = "GettyImages-2201458317.jpg", "GettyImages-2201458344.jpg"
THIRD_FRAME, UNRELATED = "Świnoujście_terminal_3.jpg", "reuters_gdansk_harbour.jpg"


@pytest.fixture()
def sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of images/ in a folder without configuration files."""
    folder = tmp_path / "images"
    shutil.copytree(SAMPLE, folder)
    monkeypatch.chdir(tmp_path)
    return folder


@pytest.fixture()
def result(sample: Path) -> CheckResult:
    return check(sample / "article.txt", sample, AuditConfig())


def by_file(result: CheckResult) -> dict[str, set[str]]:
    return {Path(path).name: {f.code for f in found} for path, found in result.by_path()}


def article_lines(article: Path, start: str) -> list[int]:
    """Lines (from 1) of the article that begin with `start`."""
    lines = article.read_text(encoding="utf-8").splitlines()
    return [number for number, line in enumerate(lines, 1) if line.startswith(start)]


def test_the_third_frame_and_the_unrelated_picture_have_no_caption(result: CheckResult) -> None:
    codes = by_file(result)
    assert "A002" in codes[THIRD_FRAME] and "A002" in codes[UNRELATED]
    assert "A002" not in codes[FIRST] | codes[SECOND]
    # Unmatched files are not audited against the house rules: they are not being published.
    assert codes[THIRD_FRAME] == codes[UNRELATED] == {"A002"}


def test_the_third_frame_is_named_as_a_sibling_of_the_first_photo(result: CheckResult) -> None:
    [finding] = [f for f in result.findings if Path(f.path).name == THIRD_FRAME]
    first_caption = result.article.photos[0][0].text
    assert "photo 0" in finding.message and "(C)" in first_caption
    assert "'(C)' -> '(L)'" in finding.message  # the position markers that tell the frames apart
    [other] = [f for f in result.findings if Path(f.path).name == UNRELATED]
    assert "nearly" not in other.message and "Cranes" in other.message


def test_the_repeated_printing_is_one_photo(sample: Path, result: CheckResult) -> None:
    printed = article_lines(sample / "article.txt", "A passenger ferry docks")
    assert len(printed) == 2
    assert len(result.article.photos) == 2
    assert list(result.repeated_photos.values()) == [tuple(printed)]
    assert not [f for f in result.findings if f.path == result.article.path]  # no A001, A006
    assert {m.image for m in result.match.matches} == {str(sample / FIRST), str(sample / SECOND)}


def test_embedded_wire_captions_differ_from_the_article(result: CheckResult) -> None:
    for name in (FIRST, SECOND):
        [a003] = [f for f in result.findings if Path(f.path).name == name and f.code == "A003"]
        assert "adds '(Photo by" in a003.message  # the wire credit glued onto the caption
        assert a003.field == "caption"


def test_embedded_credits_are_not_in_house_style_but_name_the_same_people(
    result: CheckResult,
) -> None:
    for name in (FIRST, SECOND):
        found = [f for f in result.findings if Path(f.path).name == name]
        [c001] = [f for f in found if f.code == "C001"]
        assert "'POOL/AFP via Getty Images'" in c001.message
        assert "'Pool/AFP via Getty Images'" in c001.message
        assert "A004" not in {f.code for f in found}  # same agency and photographer, other case


def test_the_cli_exits_one_with_those_findings(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["check", str(sample / "article.txt"), str(sample), "--isolated", "--output-format", "json"]
    )
    out, err = capsys.readouterr()
    assert code == 1
    pairs = {(f["code"], Path(f["path"]).name) for f in json.loads(out)}
    expected = {("A002", THIRD_FRAME), ("A002", UNRELATED)}
    expected |= {(code, name) for code in ("A003", "C001") for name in (FIRST, SECOND)}
    assert expected <= pairs
    assert not {code for code, _ in pairs} & {"A001", "A004", "A005", "A006", "F001"}
    assert "2 photos" in err and "4 images, 2 matched" in err
