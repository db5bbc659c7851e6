"""Per-page decisions of the text reader (session 6, text pairing): where the story ends and what
the page's head holds.

Invented pages, one block a line as the shared scraper prints them (tests/fixtures/articles/
pairing): cards of other stories after the story's last paragraph, a story that ends on two
pictures, the lead picture's credit over its caption under the page head's date line, and an
author's line in the page head in languages the label list covers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from captions.article import extract
from captions.article.text_features import names_author

PAGES = Path(__file__).parent / "fixtures" / "articles" / "pairing"


def _photos(name: str) -> list[tuple[str, str | None]]:
    result = extract(name, text=(PAGES / name).read_text(encoding="utf-8"))
    return [(o.text, o.credit.raw if o.credit else None) for o in result.captions]


def test_a_run_of_headlines_after_the_story_is_a_list_of_cards() -> None:
    # `Muuta luettavaa` is no heading the promo list knows: the run of headlines tells
    assert _photos("cards-after-story-fi.txt") == [
        (
            "Kalastajat ottavat uuden laiturin käyttöön Kivilahden satamassa aikaisin "
            "tiistaiaamuna",
            "Kuva: Mikko Laine/Satamalehti",
        )
    ]


def test_cards_with_their_credit_on_the_headline_line_are_cards_too() -> None:
    assert _photos("cards-after-story-pt.txt") == [
        (
            "Pescadores descarregam caixas de sardinha no cais de Vila Serena",
            "Foto: Rui Amaral/Jornal da Costa",
        )
    ]


def test_a_story_that_ends_on_two_pictures_keeps_them() -> None:
    assert _photos("story-ends-on-pictures-en.txt") == [
        (
            "The restored lifeboat Grace Tolley in the boathouse at Marrow Point",
            "Photo: Dana Whitlow/Coast Weekly",
        ),
        (
            "Former crew members and their families at the opening on Saturday",
            "Photo: Coast Weekly",
        ),
    ]


def test_a_gallery_after_the_story_keeps_its_slides() -> None:
    story = (PAGES / "story-ends-on-pictures-en.txt").read_text(encoding="utf-8")
    slides = [
        f"{n}/3\n\nBoat number {n} on the slipway at Marrow Point\n\nPhoto: Coast Weekly"
        for n in (1, 2, 3)
    ]
    page = story.replace("Share this story", "\n\n".join(slides))
    captions = [o.text for o in extract("en.txt", text=page).captions]
    assert [f"Boat number {n} on the slipway at Marrow Point" for n in (1, 2, 3)] == [
        c for c in captions if c.startswith("Boat number")
    ]


@pytest.mark.parametrize(
    "line",
    ["Автор: Ирина Соколова", "Yazar: Deniz Aksoy", "Szerző: Kovács Anna", "Author: Kit Mendel"],
)
def test_an_authors_line_in_the_page_head_is_no_credit_only_picture(line: str) -> None:
    body = (
        "The harbour board met on Tuesday evening and agreed to rebuild the old quay before the "
        "summer, after a winter of storms left the stones loose and the railings bent."
    )
    page = f"Quay to be rebuilt\n\n{line}\n\n{body}\n"
    assert names_author(line)
    assert list(extract("x.txt", text=page).captions) == []


@pytest.mark.parametrize("line", ["Foto: Ирина Соколова", "Yazarlar birliği toplandı: bugün"])
def test_other_labels_name_no_author(line: str) -> None:
    assert not names_author(line)


@pytest.mark.parametrize(
    ("name", "lead"),
    [
        (
            "lead-credit-over-caption-de.txt",
            ("Alte Werfthalle - Blick vom Nordkai auf Kleinholm", "© Studio Leuchtfeuer"),
        ),
        (
            "lead-credit-over-caption-nl.txt",
            ("Oude Veilinghal - Zicht vanaf de Zuidkade van Havendorp", "© Fotobureau Zeewind"),
        ),
    ],
)
def test_the_lead_pictures_credit_under_the_date_line_heads_its_caption(
    name: str, lead: tuple[str, str]
) -> None:
    # a page whose credits come first: the date and tools line of the page head is no caption
    photos = _photos(name)
    assert photos[0] == lead
    assert len(photos) == 2


def test_a_byline_and_date_over_a_cards_credit_do_not_make_its_headline_a_caption() -> None:
    cards = [
        f"By Rosa Lind • May {day}, 2026\n\nNoa Hart via Getty Images\n\n{headline}"
        for day, headline in [
            (3, "Harbour board approves the new quay for the summer"),
            (4, "Ferry timetable changes as the bridge work begins"),
            (5, "Fish market moves to the old customs house on Monday"),
        ]
    ]
    page = "Harbour news\n\n" + "\n\n".join(cards) + "\n"
    texts = [o.text for o in extract("x.txt", text=page).captions]
    assert not any(t.startswith(("Harbour board", "Ferry", "Fish market")) for t in texts)
