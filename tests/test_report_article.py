"""The article's contact sheet (`captions report ARTICLE DIR`, `captions check --html`): one card
per photo with the article's caption and credit beside the matched file's, the differing words
marked, the evidence and findings; then what stayed unmatched. Safe like the folder sheet."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from match_fixtures import FILES, TEXT_ARTICLE, wire_values
from report_fixtures import HOSTILE_CAPTION, Page, chromium, needs_chromium, photo

from captions.cli import main

COLOURS = {"speaks": (220, 40, 200), "attend": (40, 200, 220), "harbour": (230, 200, 30)}


@pytest.fixture
def desk(tmp_path: Path) -> tuple[Path, Path]:
    """The two-photo article; its two wire files, an unrelated one and a hostile one."""
    story = tmp_path / "talks.txt"
    story.write_text(TEXT_ARTICLE, encoding="utf-8")
    images = tmp_path / "images"
    images.mkdir()
    for key, colour in COLOURS.items():
        photo(images, FILES[key], colour, **wire_values(key))
    hostile: dict[str, Any] = {"caption": HOSTILE_CAPTION, "credit": "Ines Farrow/Kestrel Wire"}
    photo(images, "zz-hostile.jpg", (90, 90, 90), **hostile)
    return story, images


def sheet_of(story: Path, images: Path, out: Path) -> str:
    """`captions report ARTICLE DIR -o OUT`, quietly; the page written."""
    assert main(["report", str(story), str(images), "-o", str(out), "-q"]) == 0
    return out.read_text(encoding="utf-8")


def cards(page: str) -> list[str]:
    return re.findall(r"<article .*?</article>", page, re.S)


def test_one_card_per_photo_then_the_unmatched_files(
    desk: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story, images = desk
    out = tmp_path / "sheet.html"
    assert main(["report", str(story), str(images), "-o", str(out), "-j", "1"]) == 0
    assert "2 photos, 2 matched" in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    found = cards(page)
    assert [re.search(r'data-photo="(\d+)"', c) is not None for c in found] == [
        True,
        True,
        False,
        False,
    ]
    assert FILES["speaks"] in found[0] and FILES["attend"] in found[1]
    unmatched = page[page.index('id="unmatched-images"') :]
    assert FILES["harbour"] in unmatched and "zz-hostile.jpg" in unmatched
    # the wire caption's own credit tail is what the article does not print: marked
    assert "<mark>(Photo</mark>" in found[0]
    assert "Tomas Reyvik" in found[0] and "<mark>Tomas" not in found[0]
    assert "margin over the runner-up" in found[0]


def test_the_page_is_self_contained_and_shows_hostile_text_as_text(
    desk: tuple[Path, Path], tmp_path: Path
) -> None:
    page = sheet_of(*desk, tmp_path / "sheet.html")
    parsed = Page(page)
    assert not parsed.tags("script") and not parsed.tags("b")
    assert [a.get("class") for a in parsed.tags("img")] == ["thumbnail"] * 4
    assert all(str(a.get("src")).startswith("data:image/") for a in parsed.tags("img"))
    assert "script-src 'none'" in page and "default-src 'none'" in page
    assert html.escape("<script>document.title='pwned'", quote=True) in page


def test_check_html_writes_the_same_sheet_and_keeps_its_exit_code(
    desk: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story, images = desk
    by_report, by_check = tmp_path / "a.html", tmp_path / "b.html"
    sheet_of(story, images, by_report)
    code = main(["check", str(story), str(images), "--isolated", "--html", str(by_check), "-q"])
    assert code == 1  # the unmatched files are A002 findings, as without --html
    capsys.readouterr()
    assert cards(by_check.read_text(encoding="utf-8"))
    assert len(cards(by_check.read_text(encoding="utf-8"))) == len(
        cards(by_report.read_text(encoding="utf-8"))
    )


def test_a_photo_no_file_matched_has_its_own_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "talks.txt"
    story.write_text(TEXT_ARTICLE, encoding="utf-8")
    images = tmp_path / "images"
    images.mkdir()
    photo(images, FILES["attend"], COLOURS["attend"], **wire_values("attend"))
    page = sheet_of(story, images, tmp_path / "sheet.html")
    section = page[page.index('id="unmatched-photos"') :]
    assert 'data-photo="0"' in section and "no file" in section


@needs_chromium
def test_chromium_renders_the_cards_and_the_hostile_caption_as_text(
    desk: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "sheet.html"
    sheet_of(*desk, out)
    done = chromium(["--dump-dom", out.as_uri()], tmp_path / "profile")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert len(cards(dom)) == 4
    assert "injected" not in " ".join(str(a.get("id")) for _, a in Page(dom).elements)
    assert "&lt;script&gt;document.title='pwned'" in dom and "<title>pwned" not in dom
    shot = tmp_path / "sheet.png"
    done = chromium(
        [f"--screenshot={shot}", "--window-size=1200,1800", out.as_uri()], tmp_path / "profile"
    )
    assert done.returncode == 0 and shot.stat().st_size > 10_000
    from PIL import Image

    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
    painted = {c for _, c in colours}
    assert any(_close(c, COLOURS["speaks"]) for c in painted)  # a thumbnail is painted


def _close(a: Any, b: tuple[int, int, int]) -> bool:
    return isinstance(a, tuple) and all(abs(x - y) <= 12 for x, y in zip(a, b, strict=False))
