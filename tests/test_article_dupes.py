"""Printings of one photo on invented pages are one photo; different photos stay apart.

Each page of tests/fixtures/articles/dupes (scraped text or HTML, several languages and scripts)
prints photos twice the ways newsroom pages do (an image viewer's or gallery's copy with a slide
counter, a copy with and one without the credit, other quotes, a dropped full stop, a teaser cut
with an ellipsis, an archive tag or a date stamp on one copy) beside near misses that must not
merge: the same place with another action, a numbered series, one credit-only caption under
several pictures. NAME.expected.json lists, per photo, a part of its caption (`printed`) and how
many printings of it the page holds at least (`printings`); `credit_only`, a credit printed alone
under that many different pictures. Names, places and agencies are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from captions.article import extract
from captions.model import Occurrence

FIXTURES = Path(__file__).parent / "fixtures" / "articles" / "dupes"
PAGES = sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html"))


def _expected(page: str) -> dict[str, list[dict[str, str | int]]]:
    path = FIXTURES / f"{page.rsplit('.', 1)[0]}.expected.json"
    data: dict[str, list[dict[str, str | int]]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _captions(page: str) -> tuple[Occurrence, ...]:
    return extract(page, text=(FIXTURES / page).read_text(encoding="utf-8")).captions


def test_pages_in_both_forms_and_several_scripts() -> None:
    assert sum(p.endswith(".txt") for p in PAGES) >= 5
    assert sum(p.endswith(".html") for p in PAGES) >= 3
    for page in PAGES:
        assert _expected(page)["photos"], page


@pytest.mark.parametrize("page", PAGES)
def test_printings_of_one_photo_are_one_photo(page: str) -> None:
    captions = _captions(page)
    photos = []
    for entry in _expected(page)["photos"]:
        needle = str(entry["printed"]).casefold()
        printings = [o for o in captions if needle in o.text.casefold()]
        assert len(printings) >= int(entry["printings"]), (needle, [o.text for o in captions])
        assert len({o.photo for o in printings}) == 1, (
            needle,
            [(o.line, o.photo) for o in printings],
        )
        photos.append(printings[0].photo)
    # different captions (one verb apart, a numbered series) are different photos
    assert len(set(photos)) == len(photos), photos


@pytest.mark.parametrize("page", [p for p in PAGES if "credit_only" in _expected(p)])
def test_one_credit_under_several_pictures_is_several_photos(page: str) -> None:
    captions = _captions(page)
    for entry in _expected(page)["credit_only"]:
        alone = [o for o in captions if not o.text and o.credit and o.credit.raw == entry["credit"]]
        assert len(alone) == entry["printings"], [(o.line, o.text) for o in captions]
        assert len({o.photo for o in alone}) == len(alone)
        assert not {o.photo for o in alone} & {o.photo for o in captions if o.text}
