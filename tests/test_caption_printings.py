"""Two printings of one photo's caption share `caption_key`; captions of different photos do not.

The shapes are the ways a newsroom page prints one photo twice (issue 12): an image viewer's copy
with a slide counter in many languages and scripts, a copy with and one without the credit (also
glued on by a scraper that joins inline elements with no space), other quotes, a dropped final
full stop, an archive tag or a date stamp on one copy. The near misses are captions of different
photos: the same place with another action, a numbered series, dates that differ. All text is
invented.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from captions.article.grouping import same_key
from captions.caption.counters import COUNTER
from captions.caption.normalize import caption_key
from captions.dupes.groups import match_texts

EN = "Ferries wait at the north pier of Velmar harbour at dawn."
DE = "Fähren warten am Nordkai des Hafens von Velmar im Morgengrauen."
JA = "早朝、ヴェルマー港の北桟橋で出航を待つフェリー。"
ZH = "清晨，渡轮停靠在维尔马港北码头。"
RU = "Паромы ждут у северного причала гавани Велмар на рассвете."
ES = "Los transbordadores esperan en el muelle norte del puerto de Velmar."
FR = "Les ferries attendent au quai nord du port de Velmar à l'aube."
PL = "Promy czekają przy północnym nabrzeżu portu w Velmar o świcie."
QUOTED = "The harbour master says: \u201cWe will rebuild the pier\u201d"
QUOTED_JA = "\u300c桟橋を建て直す\u300dと話す港長"

SAME = [
    # a viewer's or gallery's slide counter
    (DE, "Bild 3 von 12 " + DE),
    (DE, "Bild 3 von 12: " + DE),
    (JA, "写真 2/5 " + JA),
    (JA, "写真2/5\uff1a" + JA),
    (ZH, "图 2/5 " + ZH),
    (ES, "Foto 1 de 4 " + ES),
    (RU, "Фото 2 из 5 " + RU),
    (PL, "Zdjęcie 2 z 5 " + PL),
    (FR, "Photo 2 sur 5 " + FR),
    (EN, "1 / 5 " + EN),
    (EN, "(2/5) " + EN),
    (EN, "Slide 2 of 5 " + EN),
    (EN, "2/5 \u201c" + EN + "\u201d"),
    (EN, "1/5" + EN),  # the scraper glues the caption to the counter
    # with and without the credit, glued on or not
    (EN, EN + " Photo: Ana Berg/Orsa Times"),
    (EN, EN + "Photo: Ana Berg/Orsa Times"),
    (EN, EN + "(Photo: Ana Berg/Orsa Times)"),
    (EN, EN + " | Foto: Ana Berg"),
    (RU, RU + " Фото: Анна Берг"),
    (FR, FR + " \u00a9 Ana Berg / AFP"),
    # quotes of other languages and scripts
    (QUOTED, QUOTED.replace("\u201c", "\u00ab").replace("\u201d", "\u00bb")),
    (QUOTED, QUOTED.replace("\u201c", "\u201e").replace("\u201d", "\u201c")),
    (QUOTED, QUOTED.replace("\u201c", "\u300c").replace("\u201d", "\u300d")),
    (QUOTED_JA, QUOTED_JA.replace("\u300c", "\u300e").replace("\u300d", "\u300f")),
    (QUOTED_JA, QUOTED_JA.replace("\u300c", "\u201c").replace("\u300d", "\u201d")),
    # French typography: spaced quotes and colon, a full stop inside the closing quote
    (
        "Le maire sur la digue réparée : « Le port est rendu à la ville. »",
        "Le maire sur la digue réparée: \u201cLe port est rendu à la ville\u201d",
    ),
    # a final full stop dropped, in any script
    (EN, EN.rstrip(".")),
    (JA, JA.rstrip("。")),
    (ZH, ZH.rstrip("。")),
    # an archive tag or a date stamp on one copy
    (EN, "FILE - " + EN),
    (EN, "FILE \u2013 " + EN),
    (ES, "Archivo: " + ES),
    (ES, "Foto de archivo: " + ES),
    (DE, "Archivbild: " + DE),
    (FR, "Photo d'archives : " + FR),
    (RU, "Архивное фото: " + RU),
    (ZH, "资料图：" + ZH),
    (JA, "資料写真：" + JA),
    (EN, "March 12, 2026: " + EN),
    (EN, "12 March 2026 " + EN),
    (DE, "12.03.2026 " + DE),
    (EN, "2026-03-12 | " + EN),
]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_printings_of_one_photo_share_a_key(first: str, second: str) -> None:
    assert caption_key(first)
    assert caption_key(second) == caption_key(first)


APART = [
    ("A ferry leaves Velmar harbour at dawn.", "A ferry enters Velmar harbour at dawn."),
    ("Ferry 1", "Ferry 2"),
    (
        "The ferry Nordlys at the north pier of Velmar, picture 1",
        "The ferry Nordlys at the north pier of Velmar, picture 2",
    ),
    (EN.replace(".", " (L)."), EN.replace(".", " (R).")),
    ("1998: " + EN, "2026: " + EN),  # then and now: a year alone is no stamp
    (EN.replace("dawn", "dawn on May 2"), EN.replace("dawn", "dawn on May 3")),
    ("写真 港の北桟橋", "写真 港の南桟橋"),
    ("2 of 5 ferries wait at the pier", "3 of 5 ferries wait at the pier, one leaves"),
]


@pytest.mark.parametrize(("first", "second"), APART)
def test_captions_of_different_photos_keep_apart(first: str, second: str) -> None:
    assert not same_key(caption_key(first), caption_key(second))


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Ana Berg/Orsa Times",
        "Foto: Ana Berg",
        "写真：アナ・ベルク",
        "Courtesy of Velmar Port",
    ],
)
def test_a_credit_alone_has_no_key(credit: str) -> None:
    """A page credits many pictures alike: a credit-only caption is never merged by its text."""
    assert caption_key(credit) == ""
    assert caption_key("1/5 " + credit) == ""


def test_a_counter_alone_is_not_a_caption_of_its_own() -> None:
    # a counter line read as a caption has nothing left to share with another counter
    assert not same_key(caption_key("Bild 3 von 12"), caption_key("Bild 4 von 12"))


def test_the_counter_words_are_valid_data() -> None:
    """captions/caption/data/slide_counters.json: unique, trimmed, case-folded words, each of
    which opens (a noun) or joins (a connector) a counter the key leaves out."""
    words = json.loads(
        resources.files("captions.caption").joinpath("data/slide_counters.json").read_text("utf-8")
    )
    for part in ("nouns", "connectors"):
        found = words[part]
        assert found and len(set(found)) == len(found), part
        assert all(w == w.strip().casefold() and w for w in found), part
    for noun in words["nouns"]:
        assert COUNTER.sub("", f"{noun} 2/5 Harbour at dawn") == "Harbour at dawn", noun
    for join in words["connectors"]:
        assert COUNTER.sub("", f"2 {join} 5: Harbour at dawn") == "Harbour at dawn", join


def test_duplicate_files_group_printings_by_the_same_key() -> None:
    """`captions dupes` (and the audit's D001) compare captions with the key an article's
    grouping uses: each pair of printings is one group of identical captions there too."""
    texts = [text for pair in SAME[:12] for text in pair]
    identical = match_texts(texts).identical
    for index in range(0, len(texts), 2):
        assert any(index in group and index + 1 in group for group in identical), texts[index]


def test_the_archive_tags_are_valid_data() -> None:
    """captions/caption/data/archive_tags.json: unique, trimmed, case-folded tags, each of which
    the key leaves out before a caption."""
    tags = json.loads(
        resources.files("captions.caption").joinpath("data/archive_tags.json").read_text("utf-8")
    )["tags"]
    assert tags and len(set(tags)) == len(tags)
    for tag in tags:
        assert tag == tag.strip().casefold(), tag
        assert caption_key(f"{tag.upper()} - {EN}") == caption_key(EN), tag
