"""Whole publisher pages: every page is read without error, and the five pages the annotated
articles were made from yield the annotated captions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from captions.article import extract
from captions.caption.normalize import caption_key

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "articles"
PAGES = SHARED / "pages"
ANNOTATED_FROM = {
    "nytimes-3": "nytimes-winter-infrastructure",
    "wapo-1": "wapo-tunisia-museum",
    "telegraph": "telegraph-zimbabwe-mugabe",
    "theverge": "theverge-vision-pro",
    "citylab-1": "citylab-neon",
}


def _pages() -> list[Path]:
    if not PAGES.is_dir():
        pytest.skip("publisher pages (../shared/articles/pages) are absent")
    return sorted(PAGES.glob("*.html"))


def test_every_page_is_processed_without_error_in_bounded_time() -> None:
    pages = _pages()
    code = (
        "import sys\nfrom captions.article import extract\n"
        "for p in sys.argv[1:]:\n    a = extract(p)\n    print(p, a.format, len(a.captions))\n"
    )
    # A hang must fail the test rather than the whole run; the bound is generous on purpose.
    proc = subprocess.run(
        [sys.executable, "-c", code, *map(str, pages)], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(pages)
    assert all(" html " in line for line in lines)


@pytest.mark.parametrize("page", sorted(ANNOTATED_FROM))
def test_page_yields_the_annotated_captions(page: str) -> None:
    path = PAGES / f"{page}.html"
    if not path.exists():
        pytest.skip("publisher pages (../shared/articles/pages) are absent")
    answer = json.loads(
        (SHARED / "annotated" / f"{ANNOTATED_FROM[page]}.expected.json").read_text()
    )
    article = extract(path)
    found = {caption_key(o.text) for o in article.captions}
    expected = [caption_key(c["caption"]) for c in answer["captions"]]
    assert [e for e in expected if e not in found] == []
    for occ in article.captions:
        assert occ.offset >= 0 and occ.line >= 1
