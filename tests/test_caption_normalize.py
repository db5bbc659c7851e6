"""Caption normalization and the words that differ."""

from __future__ import annotations

import pytest

from captions.caption.normalize import caption_key, caption_tokens, normalize_caption
from captions.dupes.diff import Change, caption_words, word_changes

BASE = "Mayor Ilka Brandt (C) opens the Fennwick ferry terminal on June 2, 2025"


@pytest.mark.parametrize(
    "printed",
    [
        BASE + ".",
        BASE + ". Ossian Leclerc/Reuters",
        BASE + ". (Ossian Leclerc/Reuters)",
        BASE + ". (Photo by Ossian Leclerc/AFP via Getty Images)",
        BASE + ".Photograph: Ossian Leclerc/EPA",
        "Main image: " + BASE + ". Photograph: Ossian Leclerc for The Guardian",
        "*" + BASE + ".*",
        BASE.replace(" ", "  ").replace("Mayor", "\nMayor") + ".\nCredit: Ossian Leclerc/AP",
        BASE + ". Ossian Leclerc | AP",
        # what one printing of a photo carries and another not (gallery, archive, article)
        "3/12 " + BASE,
        "Image 3 of 12: " + BASE,
        "FILE - " + BASE,
        "\u201c" + BASE + ".\u201d",
        "[" + BASE + "]",
        BASE + " | Foto: Ossian Leclerc",
    ],
)
def test_printings_of_one_caption_share_a_key(printed: str) -> None:
    assert caption_key(printed) == caption_key(BASE)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Senator Alva Ruiz (D-Calif.) speaks in Sacramento.", "(D-Calif.)"),
        ("Wardens, with Jonas Pike (not pictured), inspect the dam.", "(not pictured)"),
        ("Talks in Oslo on Jan. 30, 2024", "Jan. 30, 2024"),
        ("Crews repair the A and/or B lines in Dunmore", "and/or"),
        ("(L to R) Ana Ruiz, Ben Oduya and Cy Lam pose", "(L to R)"),
    ],
)
def test_what_is_not_a_credit_stays(text: str, kept: str) -> None:
    assert kept in normalize_caption(text)


def test_quotes_and_case_do_not_matter_but_markers_do() -> None:
    assert caption_key("The \u201cBlue Hall\u201d reopens") == caption_key(
        'the "blue hall" reopens'
    )
    assert caption_key(BASE) != caption_key(BASE.replace("(C)", "(2nd L)"))


def test_a_bar_before_words_that_are_no_credit_stays() -> None:
    assert caption_key(BASE + " | the new quay") != caption_key(BASE)


def test_credit_only_caption_normalizes_to_nothing() -> None:
    assert normalize_caption("Image source, Northfold Images") == ""
    assert normalize_caption("(Photo by Ossian Leclerc/AFP via Getty Images)") == ""


def test_position_markers_are_one_token() -> None:
    assert caption_tokens("Ana Ruiz (2nd L) waves") == ["ana", "ruiz", "(2nd l)", "waves"]
    assert caption_words("Ana Ruiz (2nd L) waves") == ["Ana", "Ruiz", "(2nd L)", "waves"]


def test_word_changes_show_the_markers() -> None:
    changes = word_changes(BASE, BASE.replace("(C)", "(2nd R)"))
    assert changes == (Change("(C)", "(2nd R)"),)


def test_word_changes_ignore_punctuation_moves_and_show_insertions() -> None:
    assert word_changes("Rain, in Kessmoor today", "Rain in Kessmoor, today") == ()
    assert word_changes("Crowds in Kessmoor", "Crowds gather in Kessmoor") == (
        Change("", "gather"),
    )
