"""Layouts the development articles cover thinly, on fixtures written for these tests.

- orchard-cooperative.html: a WordPress page, `wp-caption` divs and no <figure>; a newspaper
  credit `(Name / The Valley Courier)`; `Photo courtesy of the ... family`; an uncredited caption.
- lighthouse-gallery.html: a gallery of lazy images with `data-caption` / `data-credit`, a hidden
  lightbox printing the first caption again, and a related-story teaser with a data-caption.
- bakery-cooperative.md: a CMS Markdown export with the credit line above the image (credit first),
  a `From left` caption, a caption with no credit and no final stop, a blockquote and alt text.
- ferry-slideshow.txt: a plain-text scrape of a slideshow: `1/4` counters and `Image` labels above
  captions with no credit, a credit on the next line, and a caption without a final stop between
  body paragraphs, among a headline, dek, byline, timestamp, subheading and related link.
The people, places and photographers are fictional; the expected values were written with the
fixtures, before running the extractor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from captions.article import extract
from captions.model import Article, Person

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def _read(name: str) -> Article:
    return extract(FIXTURES / name)


def _offsets_point_at_raw(article: Article, name: str) -> None:
    document = (FIXTURES / name).read_text(encoding="utf-8")
    for occ in article.captions:
        assert document[occ.offset : occ.offset + len(occ.raw)] == occ.raw


def test_wordpress_captions_without_figure() -> None:
    article = _read("orchard-cooperative.html")
    assert [o.text for o in article.captions] == [
        "Grower Idris Pellow, left, and cooperative chair Maud Kestle sort apples at the "
        "Brackenfold press on Sept. 30, 2024.",
        "The Brackenfold press in 1962, the year it opened.",
        "Crates of late-season apples wait to be pressed in the cooperative's barn",
    ]
    first, archive, crates = article.captions
    assert first.credit is not None and first.credit.raw == "Lowri A. Penhale / The Valley Courier"
    assert first.credit.photographers == ("Lowri A. Penhale",)
    assert first.credit.agencies == ("The Valley Courier",)
    # `Grower` opens the sentence; the page prints `growers` in lower case: not part of the name
    assert first.people == (Person("Idris Pellow", "L"), Person("Maud Kestle"))
    assert first.date == "2024-09-30"
    assert first.image_ref is not None and first.image_ref.endswith("orchard-press-1024x683.jpg")
    assert archive.credit is not None and archive.credit.courtesy and archive.credit.handout
    assert (archive.credit.photographers, archive.credit.agencies) == ((), ())
    assert crates.credit is None
    assert len({o.photo for o in article.captions}) == 3


def test_gallery_data_captions() -> None:
    article = _read("lighthouse-gallery.html")
    texts = [o.text for o in article.captions]
    assert texts == [
        "Keeper Brynja Halvorsen climbs the 112 steps to the lamp room at Skarvholm on "
        "May 14, 2025.",
        "Halvorsen, right, and her assistant Odd Rekdal polish the lens before the evening watch.",
        "The keepers' logbook from the winter of 1953, when the supply boat could not land for "
        "six weeks.",
        "Keeper Brynja Halvorsen climbs the 112 steps to the lamp room at Skarvholm on "
        "May 14, 2025.",
    ]  # the related-story teaser inside a link is not a caption
    assert [o.photo for o in article.captions] == [0, 1, 2, 0]
    lead, pair, logbook, _lightbox = article.captions
    assert (
        lead.credit is not None and lead.credit.raw == "Photo by Tobias Lunde/AFP via Getty Images"
    )
    assert pair.credit is not None and pair.credit.raw == "Tobias Lunde/AFP via Getty Images"
    for credit in (lead.credit, pair.credit):
        assert (credit.photographers, credit.agencies, credit.distributor) == (
            ("Tobias Lunde",),
            ("AFP",),
            "Getty Images",
        )
    assert logbook.credit is not None and logbook.credit.courtesy
    assert logbook.credit.agencies == ("Skarvholm Heritage Trust",)
    assert lead.people == (Person("Brynja Halvorsen"),)  # `keepers` is an ordinary word here
    # the lone surname names the keeper named in full in the first caption
    assert pair.people == (Person("Halvorsen", "R"), Person("Odd Rekdal"))
    assert (lead.date, lead.place) == ("2025-05-14", "Skarvholm")
    # lazy images: the data-src, not the blank placeholder in src
    assert [o.image_ref for o in article.captions[:3]] == [
        f"https://cdn.example.org/ledger/skarvholm-0{n}.jpg" for n in (1, 2, 3)
    ]


def test_markdown_export_with_credit_above_the_image() -> None:
    article = _read("bakery-cooperative.md")
    assert article.title == "A bakery run by its bakers marks ten years"
    ovens, founders, queue = article.captions
    assert ovens.text == (
        "Baker Linnea Svedberg loads rye loaves into the wood-fired oven before dawn on April 10."
    )
    assert ovens.credit is not None and ovens.credit.raw == "Photo: Henrik Dahlqvist/TT"
    assert (ovens.credit.photographers, ovens.credit.agencies) == (("Henrik Dahlqvist",), ("TT",))
    assert ovens.image_ref == "images/bakery-ovens.jpg"
    assert ovens.date == "2025-04-10"  # the year comes from the article
    assert founders.credit is not None and founders.credit.photographers == ("Maja Lindfors",)
    assert founders.image_ref == "images/bakery-founders.jpg"
    assert founders.people == (
        Person("Jonas Ekwall", "L"),
        Person("Linnea Svedberg", "2nd L"),
        Person("Amir Haddad", "3rd L"),
    )
    assert queue.text == "Neighbours queue for free bread on Friday morning"
    assert queue.credit is None and queue.image_ref == "images/bakery-queue.jpg"
    _offsets_point_at_raw(article, "bakery-cooperative.md")


def test_plain_text_slideshow_scrape() -> None:
    article = _read("ferry-slideshow.txt")
    assert [o.text for o in article.captions] == [
        "Passengers crowd the upper deck as the Orsa Star leaves Vennesund harbour on its first "
        "crossing",
        "Captain Marit Solvang, center, checks the charging cable with engineers Pål Hove and "
        "Sunniva Lie.",
        "Solvang, who has sailed the route for 18 years, waves to families gathered on the "
        "breakwater at Orsa as the ferry arrives",
    ]
    deck, cable, breakwater = article.captions
    assert deck.credit is None and breakwater.credit is None
    assert cable.credit is not None and cable.credit.raw == "Eirik Dahl/NTB via AP"
    assert (cable.credit.agencies, cable.credit.distributor) == (("NTB",), "AP")
    assert cable.people[0] == Person("Marit Solvang", "C")
    assert breakwater.people == (Person("Solvang"),)
    assert [o.line for o in article.captions] == [13, 19, 26]
    _offsets_point_at_raw(article, "ferry-slideshow.txt")


@pytest.mark.parametrize(
    "name", ["orchard-cooperative.html", "lighthouse-gallery.html", "bakery-cooperative.md"]
)
def test_no_furniture_or_body_text_is_reported(name: str) -> None:
    furniture = ("Share", "Read more", "Related", "according to", "Logo", "Island ferry goes")
    for occ in _read(name).captions:
        assert not occ.text.startswith(furniture) and "according to" not in occ.text
