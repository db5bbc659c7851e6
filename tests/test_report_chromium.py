"""The contact sheet rendered by headless Chromium: what a photo editor sees (captions, credits,
thumbnails actually painted), the filters, and hostile captions shown as text that runs nothing.

Skipped when Debian's `chromium` is absent (`.ci/run` installs it).
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from report_fixtures import (
    HOSTILE_CAPTION,
    HOSTILE_CREDIT,
    Page,
    chromium,
    needs_chromium,
    photo,
    picture,
)

from captions.cli import main

pytestmark = needs_chromium

MAGENTA, CYAN = (220, 40, 200), (40, 200, 220)  # colours the page itself never uses
CALM_CAPTION = "Rowan Tilley opens the Marrow Bridge in Quillon on May 2, 2026."
CALM_CREDIT = "Ines Farrow/Kestrel Wire"


@pytest.fixture(scope="module")
def sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """report.html for a folder: a calm picture, a hostile one, and a broken one."""
    root = tmp_path_factory.mktemp("sheet")
    photos = root / "photos"
    photos.mkdir()
    calm: dict[str, Any] = {
        "caption": CALM_CAPTION,
        "credit": CALM_CREDIT,
        "byline": ["Ines Farrow"],
    }
    photo(photos, "1-bridge.jpg", MAGENTA, **calm, source="Kestrel Wire")
    hostile: dict[str, Any] = {
        "caption": HOSTILE_CAPTION,
        "credit": HOSTILE_CREDIT,
        "byline": ["<u>Ines</u> Farrow"],
    }
    photo(photos, "2-hostile.jpg", CYAN, **hostile)
    broken = picture((90, 90, 90), (640, 480), quality=95)
    (photos / "3-broken.jpg").write_bytes(broken[: len(broken) // 2])
    out = root / "report.html"
    assert main(["report", str(photos), "-o", str(out), "-j", "1", "-q"]) == 0
    return out


def dump_dom(page: Path, profile: Path, fragment: str = "") -> str:
    done = chromium(["--dump-dom", page.as_uri() + fragment], profile)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<html" in done.stdout
    return done.stdout


def field_texts(dom: str, name: str) -> list[str]:
    """The text of every `<dd class="NAME">` in a serialized DOM, unescaped."""
    pattern = rf'<dd class="{name}"[^>]*>(.*?)</dd>'
    return [html.unescape(text) for text in re.findall(pattern, dom, re.S)]


def test_rendered_page_shows_captions_credits_and_loaded_thumbnails(
    sheet: Path, tmp_path: Path
) -> None:
    dom = dump_dom(sheet, tmp_path / "profile")
    assert field_texts(dom, "caption") == [CALM_CAPTION, HOSTILE_CAPTION]
    assert field_texts(dom, "credit") == [CALM_CREDIT, HOSTILE_CREDIT]
    assert field_texts(dom, "byline") == ["Ines Farrow", "<u>Ines</u> Farrow"]
    # Set by the page's own script on `load`: it ran (the CSP hash matched) and both
    # thumbnails decoded (naturalWidth > 0).
    assert re.search(r'<body[^>]* data-thumbnails="2/2"', dom)
    assert '<output id="shown">3 of 3 images shown</output>' in dom
    broken = dom[dom.index("3-broken.jpg") :]
    assert 'data-rule="F001"' in broken and "no-preview" in broken


def test_hostile_caption_is_text_and_runs_nothing(sheet: Path, tmp_path: Path) -> None:
    dom = dump_dom(sheet, tmp_path / "profile")
    page = Page(dom)
    ids = {str(attrs.get("id")) for _, attrs in page.elements}
    assert not {i for i in ids if i.startswith("injected")}  # no element from the caption
    assert [t for t, _ in page.elements].count("script") == 1  # only the page's own
    assert [a.get("class") for a in page.tags("img")] == ["thumbnail", "thumbnail"]
    assert not page.tags("b") and not page.tags("i") and not page.tags("u")
    assert "pwned" not in re.sub(r"<dd .*?</dd>", "", dom, flags=re.S)  # no marker set
    assert "<title>Contact sheet</title>" in dom
    assert "&lt;script&gt;document.title='pwned'" in dom  # shown, as text


def cards_with(page_html: str, attribute: str) -> list[bool]:
    """For each card of a page, whether one of its findings has `attribute` (`data-rule="X"`)."""
    cards = re.findall(r"<article .*?</article>", page_html, re.S)
    return [attribute in card for card in cards]


def shown_cards(dom: str) -> list[bool]:
    return ["hidden" not in attrs for attrs in re.findall(r"<article ([^>]*)>", dom)]


def test_filters_from_the_address(sheet: Path, tmp_path: Path) -> None:
    static = sheet.read_text(encoding="utf-8")
    for fragment, attribute in (
        ("#severity=error", 'data-severity="error"'),
        ("#severity=warning", 'data-severity="warning"'),
        ("#rule=F001", 'data-rule="F001"'),
        ("#rule=F001&severity=warning", "no card has this"),
    ):
        expected = cards_with(static, attribute)
        dom = dump_dom(sheet, tmp_path / "profile", fragment)
        assert shown_cards(dom) == expected, fragment
        assert f'<output id="shown">{sum(expected)} of 3 images shown</output>' in dom
    assert cards_with(static, 'data-rule="F001"') == [False, False, True]
    assert True in cards_with(static, 'data-severity="warning"')
    assert False in cards_with(static, 'data-severity="error"')


def test_screenshot_shows_the_thumbnails(sheet: Path, tmp_path: Path) -> None:
    shot = tmp_path / "sheet.png"
    done = chromium(
        [f"--screenshot={shot}", "--window-size=1200,1600", sheet.as_uri()], tmp_path / "profile"
    )
    assert done.returncode == 0, done.stderr[-2000:]
    with Image.open(shot) as image:
        assert image.size == (1200, 1600)
        rgb = image.convert("RGB")
    colours = rgb.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50  # not a blank page
    for colour in (MAGENTA, CYAN):
        near = sum(count for count, c in colours if isinstance(c, tuple) and _close(c, colour))
        assert near > 20_000, (colour, near)  # a painted thumbnail, not a stray pixel


def _close(a: tuple[int, ...], b: tuple[int, ...], tolerance: int = 24) -> bool:
    return all(abs(x - y) < tolerance for x, y in zip(a, b, strict=True))
