"""Pictures for the contact-sheet tests: solid colours (easy to find again in a screenshot),
metadata written through `captions.metadata.write`. People, places and agencies are invented."""

from __future__ import annotations

import io
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (.ci/run installs Debian's chromium)"
)

# Markup and script in a caption: the page must show it as text and run none of it.
HOSTILE_CAPTION = (
    'Rowan Tilley <b id="injected-bold">opens</b> the Marrow Bridge '
    "<script>document.title='pwned';document.body.dataset.pwned='script'</script>"
    '<img id="injected-img" src=x onerror="document.body.dataset.pwned=\'onerror\'">'
)
HOSTILE_CREDIT = "Ines Farrow/<i>Kestrel Wire</i>"


def picture(
    color: tuple[int, int, int] = (200, 40, 40),
    size: tuple[int, int] = (480, 320),
    fmt: str = "JPEG",
    **options: Any,
) -> bytes:
    """An encoded picture of one colour, with a darker stripe so it is not a flat block."""
    from PIL import Image, ImageDraw

    mode = options.pop("mode", "RGB")
    image = Image.new(mode, size, color if mode == "RGB" else None)
    if mode == "RGB":
        dark = tuple(c // 2 for c in color)
        ImageDraw.Draw(image).rectangle((0, size[1] - size[1] // 8, size[0], size[1]), fill=dark)
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def photo(
    folder: Path,
    name: str,
    color: tuple[int, int, int] = (200, 40, 40),
    size: tuple[int, int] = (480, 320),
    **values: Any,
) -> Path:
    """A JPEG of one colour with `values` (caption, credit, byline, ...) written into it."""
    from captions.metadata import write

    path = folder / name
    path.write_bytes(picture(color, size))
    if values:
        write(path, values)
    return path


class Page(HTMLParser):
    """The elements of a page, with their attributes, and the text of script/style elements."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self.text: list[str] = []
        self._inside: str | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag in self.raw:
            self._inside = tag
            self.raw[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._inside:
            self._inside = None

    def handle_data(self, data: str) -> None:
        if self._inside is not None:
            self.raw[self._inside][-1] += data
        else:
            self.text.append(data)

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.elements if tag == name]


def chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with a throw-away profile and no network of its own."""
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
