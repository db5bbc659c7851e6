"""data/names.json: the name particles, hyphen particles and `Mac` surnames that
captions/credit/names.py reads (validated here, so that an extension of the file cannot break
the parser's word sets)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from captions.credit.grammar import CREDIT_LOWER_WORDS
from captions.credit.names import CREDIT_PARTICLES, PARTICLES, looks_like_person, natural_case
from captions.credit.words import languages


def data() -> dict[str, Any]:
    text = resources.files("captions.credit").joinpath("data/names.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def test_the_file_has_its_three_lists_and_a_comment() -> None:
    assert set(data()) == {
        "_comment",
        "particles",
        "lower_words",
        "hyphen_particles",
        "mac_surnames",
    }


def test_particles_are_listed_by_a_language_the_word_file_knows() -> None:
    known = set(languages())
    for language, words in data()["particles"].items():
        assert language in known, language
        assert words and len(words) == len(set(words)), language


@pytest.mark.parametrize("key", ["lower_words", "hyphen_particles", "mac_surnames"])
def test_the_flat_lists_hold_no_duplicates(key: str) -> None:
    words = data()[key]
    assert words and len(words) == len(set(words))


def test_every_word_is_one_lower_case_token() -> None:
    everything = [w for words in data()["particles"].values() for w in words]
    everything += data()["hyphen_particles"] + data()["mac_surnames"] + data()["lower_words"]
    for word in everything:
        assert word == word.strip() and " " not in word and word == word.casefold(), word


def test_mac_surnames_begin_with_mac_and_hyphen_particles_are_particles_or_articles() -> None:
    assert all(w.startswith("mac") and len(w) > 4 for w in data()["mac_surnames"])
    assert all(w.isalpha() and len(w) <= 3 for w in data()["hyphen_particles"])


def test_the_parser_reads_its_particles_from_the_file() -> None:
    assert {w for words in data()["particles"].values() for w in words} == PARTICLES
    # one home: the grammar's lower-case words are the file's particles and lower words
    assert PARTICLES | set(data()["lower_words"]) == CREDIT_PARTICLES
    assert CREDIT_PARTICLES <= CREDIT_LOWER_WORDS


@pytest.mark.parametrize(
    ("printed", "natural"),
    [
        ("ILSE VAN DER MEULEN", "Ilse van der Meulen"),
        ("TOMÁS DE LA VEGA", "Tomás de la Vega"),
        ("AMIRA BINTI YUSOF", "Amira binti Yusof"),
        ("KARIM AL-RASHID", "Karim Al-Rashid"),
        ("ANGUS MACGREGOR", "Angus MacGregor"),
        ("JOANA DOS SANTOS", "Joana dos Santos"),
    ],
)
def test_particles_stay_lower_case_when_a_name_is_repaired(printed: str, natural: str) -> None:
    assert natural_case(printed) == natural


def test_particles_do_not_count_towards_a_names_length() -> None:
    # seven names would be too many; two particles between six names are not
    assert looks_like_person("Ali bin Omar bin Said Al-Harthi Nasser")
    assert not looks_like_person("Ali Omar Said Harthi Nasser Karim Rami")
