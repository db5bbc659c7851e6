"""Person or organisation by evidence, credits of several pictures, and what names nobody.

Every line is invented (fictional people, places and organisations); the rules were fitted on
the credit lines of the development pages of ../shared/articles/real.
"""

from __future__ import annotations

import pytest

from captions.credit import credit_usage, looks_like_credit, read_credit


@pytest.mark.parametrize(
    ("line", "photographers", "agencies"),
    [
        # a lender printed with its city is a gallery or a museum
        ("Photo: Ana Berg, courtesy Harbour Fine Art, Oslo", ["Ana Berg"], ["Harbour Fine Art"]),
        ("Photo: Ana Berg, courtesy Tom Lind", ["Ana Berg"], []),
        # a plain name among three or more organisations, no common given name opening it
        (
            "Foto: Nordwind, Harbour Games, Quiet Devision",
            [],
            ["Nordwind", "Harbour Games", "Quiet Devision"],
        ),
        ("Foto: Nordwind, Harbour Games, Tom Lind", ["Tom Lind"], ["Nordwind", "Harbour Games"]),
        ("NASA, ESA, H. B. Lind", ["H. B. Lind"], ["NASA", "ESA"]),
        # citations: the journal after `et al`, a year in brackets is no part
        (
            "Ana Berg et al, Harbour Science [2007]",
            ["Ana Berg"],
            ["Harbour Science"],
        ),
        ("© Ana Berg (2019)", ["Ana Berg"], []),
        # Nordic and Finnish names: the organisation word in lower case after a place
        ("Foto: Harbour kommune", [], ["Harbour kommune"]),
        ("Kuva: Ana Berg / Harbourin yliopisto", ["Ana Berg"], ["Harbourin yliopisto"]),
        ("Foto: Ana Berg, Harbour kommune", ["Ana Berg"], ["Harbour kommune"]),
    ],
)
def test_person_or_organisation_by_evidence(
    line: str, photographers: list[str], agencies: list[str]
) -> None:
    credit = read_credit(line).credit
    assert list(credit.photographers) == photographers
    assert list(credit.agencies) == agencies


@pytest.mark.parametrize(
    ("line", "photographers", "agencies"),
    [
        ("Left: Ana Berg/AP; right: Tom Lind/Reuters", ["Ana Berg", "Tom Lind"], ["AP", "Reuters"]),
        ("Top: Ana Berg/AP. Bottom: Tom Lind/Reuters", ["Ana Berg", "Tom Lind"], ["AP", "Reuters"]),
        ("Oben links: Ana Berg/dpa, unten: Tom Lind", ["Ana Berg", "Tom Lind"], ["dpa"]),
        ("Ci-dessus : Ana Berg / AFP", ["Ana Berg"], ["AFP"]),
    ],
)
def test_credits_of_several_pictures_keep_their_order(
    line: str, photographers: list[str], agencies: list[str]
) -> None:
    reading = read_credit(line)
    assert list(reading.credit.photographers) == photographers
    assert list(reading.credit.agencies) == agencies
    assert not reading.unrecognized


def test_a_courtesy_for_one_picture_names_its_maker() -> None:
    reading = read_credit(
        "(above photo courtesy Tom Lind) (below, Ana Berg et al, Harbour Science)"
    )
    assert list(reading.credit.photographers) == ["Tom Lind", "Ana Berg"]
    assert reading.credit.courtesy and credit_usage(reading) == "courtesy"


def test_a_lower_case_organisation_word_ends_a_name_only_after_capitalised_words() -> None:
    assert read_credit("Ana Berg at the museum").unrecognized
    assert not looks_like_credit("Ana Berg at the museum")


def test_a_position_alone_is_no_evidence_of_a_credit() -> None:
    assert not looks_like_credit("From left: Ana Berg, Tom Lind")
    assert not looks_like_credit("Left: the mayor at the harbour")
    assert looks_like_credit("Left: Ana Berg/AP; right: Tom Lind/Reuters")
    assert read_credit("Top Gear/BBC").notes == ()  # `Top` opens a name here


@pytest.mark.parametrize("line", ["DIGITAL", "Film", "numérique"])
def test_a_medium_names_no_source(line: str) -> None:
    reading = read_credit(line)
    assert not reading.credit.agencies and not reading.credit.photographers
    assert credit_usage(reading) == "unknown"


def test_a_creator_field_naming_a_work_names_its_maker() -> None:
    reading = read_credit("Harbour Tide Tables by HTX2", byline=True)
    assert reading.credit.agencies == ("HTX2",) and reading.notes == ("Harbour Tide Tables",)
    person = read_credit("Harbour Tide Tables by Ana Berg", byline=True)
    assert person.credit.photographers == ("Ana Berg",)
    assert read_credit("Harbour Tide Tables by HTX2").credit.agencies == ()  # a credit line
