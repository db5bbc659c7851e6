"""Image references against file names: CDN sizes, query strings, URL encoding, case, srcset."""

from __future__ import annotations

import pytest

from captions.match import refs

GETTY = "GettyImages-2001234567.jpg"
WP = "https://cdn.example.org/wp-content/uploads/2025/03"
SAME_FILE = [
    (GETTY, GETTY),
    (f"{WP}/GettyImages-2001234567-1024x683.jpg", GETTY),
    ("https://img.example.net/photos/gettyimages-2001234567_800w.JPG?auto=webp&q=80", GETTY),
    ("//static.example.com/a/GettyImages-2001234567@2x.jpeg#zoom", GETTY),
    ("https://cdn.example.org/u/Lisbon%20talks%20Okonkwo-scaled.jpg", "Lisbon talks Okonkwo.jpg"),
    ("https://cdn.example.org/u/lisbon_talks-e1710412345678-768x512.jpg", "lisbon_talks.jpg"),
    ("images/Ok%C3%B3nkwo-portrait.webp", "Okónkwo-portrait.jpg"),
    ("..\\photos\\harbour-dawn.jpg", "harbour-dawn.jpg"),
    ("https://cdn.example.org/u/lisbon-talks-01.jpg", "lisbon_talks_01.jpg"),
]  # fmt: skip

DIFFERENT_FILE = [
    ("https://cdn.example.org/u/GettyImages-2001234567-1024x683.jpg", "GettyImages-2001234590.jpg"),
    ("https://cdn.example.org/u/lisbon-talks-01.jpg", "lisbon-talks-02.jpg"),
    ("", "anything.jpg"),
]  # fmt: skip


@pytest.mark.parametrize(("ref", "name"), SAME_FILE)
def test_reference_names_the_file(ref: str, name: str) -> None:
    assert refs.same_stem(refs.reference_stem(ref), refs.file_stem(name))


@pytest.mark.parametrize(("ref", "name"), DIFFERENT_FILE)
def test_reference_does_not_name_another_file(ref: str, name: str) -> None:
    assert not refs.same_stem(refs.reference_stem(ref), refs.file_stem(name))


def test_srcset_is_split_into_its_urls() -> None:
    srcset = "https://c.example/a-300x200.jpg 300w, https://c.example/a-1024x683.jpg 1024w"
    assert refs.reference_candidates(srcset) == [
        "https://c.example/a-300x200.jpg",
        "https://c.example/a-1024x683.jpg",
    ]
    assert refs.reference_candidates("https://c.example/a,b.jpg") == ["https://c.example/a,b.jpg"]


def test_asset_ids_skip_compact_dates() -> None:
    assert refs.asset_ids("GettyImages-2001234567 20250314_lisbon 123456") == {"2001234567"}


def test_name_words_split_camel_case_and_separators() -> None:
    assert refs.name_words("LisbonTalks_Okonkwo-03.jpg") == ["lisbon", "talks", "okonkwo", "03"]


def test_agency_ids_of_letters_and_digits() -> None:
    found = refs.agency_ids("https://cdn.example.org/RC2X8A9ABCDE/w1200.jpg epa11234567 Lisbon2025")
    assert found == {"rc2x8a9abcde", "11234567"}
    hexadecimal = "9f1b2c3d4e5f6071a829b3c4d5e6f708"
    assert refs.agency_ids(f"https://ap.example/{hexadecimal}.jpg") == {hexadecimal}
    assert refs.agency_ids("GettyImages-Okonkwo talks 2nd-round IMG_1234") == set()
