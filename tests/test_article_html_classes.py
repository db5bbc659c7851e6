"""The HTML reader on invented pages, one file per class of caption and credit markup and per
language (tests/fixtures/articles/html_classes/NAME.html). Each page's NAME.expected.json lists
its captions in document order as [caption text, credit as printed or null] and, optionally,
`photos`: the photo id of each caption (printings of one picture share one), and `images`: the
address of each caption's picture.

The classes are the shapes the development pages of ../shared/articles/real showed, written again
in other words and other languages, so that a rule fitted on one publisher is checked on markup
it has not seen. All names, places and agencies are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from captions.article import extract

FIXTURES = Path(__file__).parent / "fixtures" / "articles" / "html_classes"
PAGES = sorted(p.stem for p in FIXTURES.glob("*.html"))


def test_every_page_has_its_expectations() -> None:
    assert len(PAGES) >= 10
    for name in PAGES:
        assert (FIXTURES / f"{name}.expected.json").is_file(), name


@pytest.mark.parametrize("name", PAGES)
def test_class_page(name: str) -> None:
    page = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    captions = extract(f"{name}.html", text=page).captions
    found = [[o.text, o.credit.raw if o.credit else None] for o in captions]
    assert found == expected["captions"]
    if "photos" in expected:
        assert [o.photo for o in captions] == expected["photos"]
    if "images" in expected:
        assert [o.image_ref for o in captions] == expected["images"]
