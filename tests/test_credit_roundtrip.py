"""Property tests: a credit formatted in any house style parses back to the same parts."""

from __future__ import annotations

import dataclasses

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from captions.credit import (
    DEFAULT_AGENCIES,
    format_credit,
    looks_like_credit,
    parse_credit,
    split_trailing_credit,
)
from captions.credit.grammar import MAX_CREDIT_CHARS
from captions.errors import CreditError
from captions.model import Credit

# Fictional name parts in natural case, from many languages; particles and prefixes included.
FIRST = [
    "Ana",
    "Łukasz",
    "Siobhán",
    "Nguyễn",
    "Oluwaseun",
    "Ærin",
    "Zoë",
    "Jean-Luc",
    "Mei",
    "Ngozi",
    "Søren",
    "Ayşe",
    "Iñaki",
    "Þóra",
    "Chidi",
    "Dara",
    "Ilse",
    "Kwabena",
    "Yūki",
    "Émile",
    "Grzegorz",
    "Leilani",
    "Ōta",
    "Raúl",
    "Björk",
    "Małgorzata",
    "Tomás",
    "Aisling",
]
LAST = [
    "Żmijewski",
    "O'Driscoll",
    "McAllister",
    "MacGregor",
    "van der Meulen",
    "Mac Giolla Phádraig",
    "de la Cruz",
    "Adébáyọ̀",
    "Nørgaard",
    "Yıldırım",
    "Han Guan",
    "Okonkwo-Bright",
    "Ní Bhriain",
    "dos Santos",
    "Østergaard",
    "Kowalczyk",
    "Ferreira",
    "Ó Súilleabháin",
    "Nakamura",
    "Schäfer",
    "von Holst",
    "D'Angelo",
    "Lindqvist",
    "Bakare",
    "Haddad",
    "Çelik",
    "Vu",
    "Quintero",
]
AGENCIES = list(DEFAULT_AGENCIES.names)
TEMPLATE_FULL = "Photo: {credit}"
TEMPLATE_PARTS = "[{photographers}/][{pool}/]{agencies}[/{handout}][ via {distributor}][, {file}]"

names = st.builds(lambda f, last: f"{f} {last}", st.sampled_from(FIRST), st.sampled_from(LAST))


@st.composite
def credits(draw: st.DrawFn, plain: bool = False) -> Credit:
    """Credits in canonical form: what the parser returns for some printed line."""
    photographers = tuple(draw(st.lists(names, max_size=3, unique=True)))
    agencies = tuple(draw(st.lists(st.sampled_from(AGENCIES), max_size=3, unique=True)))
    distributor = draw(st.none() | st.sampled_from(AGENCIES))
    courtesy = False if plain else draw(st.booleans())
    commissioned = False if plain else draw(st.booleans()) and bool(photographers and agencies)
    assume(photographers or agencies)
    assume(distributor not in agencies)
    # `AFP/Getty Images` reads as agency AFP distributed by Getty Images, so a canonical credit
    # never ends its agencies with a distributor unless it is the only one or commissioned.
    wire = agencies[:-1] if commissioned else agencies
    assume(
        distributor is not None or len(wire) < 2 or not DEFAULT_AGENCIES.is_distributor(wire[-1])
    )
    return Credit(
        raw="",
        photographers=photographers,
        pool=draw(st.booleans()),
        agencies=agencies,
        distributor=distributor,
        handout=courtesy or draw(st.booleans()),
        file_photo=draw(st.booleans()),
        courtesy=courtesy,
        commissioned=commissioned,
    )


def has_credit_marks(credit: Credit) -> bool:
    return bool(credit.agencies or credit.distributor or credit.pool or credit.handout)


def parts_after_roundtrip(credit: Credit, style: str) -> dict[str, object]:
    printed = format_credit(credit, style)
    parsed = parse_credit(printed)
    assert parsed.raw == printed.removeprefix("(").removesuffix(")")
    return parsed.parts()


@settings(max_examples=400, deadline=None)
@given(credits())
def test_getty_roundtrip(credit: Credit) -> None:
    assert parts_after_roundtrip(credit, "getty") == credit.parts()


@settings(max_examples=400, deadline=None)
@given(credits())
def test_ap_roundtrip(credit: Credit) -> None:
    assert parts_after_roundtrip(credit, "ap") == credit.parts()


@settings(max_examples=200, deadline=None)
@given(credits())
def test_full_template_roundtrip(credit: Credit) -> None:
    assert parts_after_roundtrip(credit, TEMPLATE_FULL) == credit.parts()


@settings(max_examples=300, deadline=None)
@given(credits(plain=True))
def test_parts_template_roundtrip(credit: Credit) -> None:
    assert parts_after_roundtrip(credit, TEMPLATE_PARTS) == credit.parts()


@settings(max_examples=200, deadline=None)
@given(credits())
def test_all_caps_names_come_back_in_natural_case(credit: Credit) -> None:
    shouted = dataclasses.replace(
        credit, photographers=tuple(p.upper() for p in credit.photographers)
    )
    parsed = parse_credit(format_credit(shouted))
    # Compared in capitals: `YILDIRIM` cannot tell which of its I's were dotless.
    assert [p.upper() for p in parsed.photographers] == [p.upper() for p in credit.photographers]
    assert all(not p.isupper() for p in parsed.photographers)


@settings(max_examples=200, deadline=None)
@given(credits())
def test_formatted_credits_look_like_credits(credit: Credit) -> None:
    assume(has_credit_marks(credit))  # a bare name is a credit only where a label says so
    printed = [format_credit(credit), format_credit(credit, "ap")]
    assume(all(len(line) <= MAX_CREDIT_CHARS for line in printed))  # longer reads as prose
    for line in printed:
        assert looks_like_credit(line), line


@settings(max_examples=200, deadline=None)
@given(credits(), st.sampled_from(["getty", "ap"]))
def test_credit_after_a_caption_is_split_off(credit: Credit, style: str) -> None:
    assume(has_credit_marks(credit))
    caption = "Dock workers gather at the gate of the container terminal on Feb. 12, 2025."
    printed = format_credit(credit, style)
    assume(len(printed) <= MAX_CREDIT_CHARS)  # a longer line is read as no credit, by design
    got_caption, got_credit = split_trailing_credit(f"{caption} {printed}")
    assert got_caption == caption
    assert got_credit == printed.removeprefix("(").removesuffix(")")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        parse_credit(text)
    except CreditError:
        assert not any(ch.isalnum() for ch in text)
    looks_like_credit(text)
    caption, credit = split_trailing_credit(text)
    assert caption in text
    assert credit is None or credit in text
