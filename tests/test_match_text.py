"""Caption tokens: dates, position markers and people weigh more than filler."""

from __future__ import annotations

import pytest

from captions.caption import boilerplate as normalize
from captions.caption import markers as positions
from captions.caption.fold import fold
from captions.match import text
from captions.match.folder import Rarity


def test_dates_in_every_usual_form() -> None:
    assert text.find_dates("on Jan. 30, 2024 and 14 March 2025 and 2025-03-15") == [
        "2024-01-30",
        "2025-03-14",
        "2025-03-15",
    ]
    assert text.find_dates("on Sept. 3, 2024") == ["2024-09-03"]


def test_positions_are_keyed_by_surname() -> None:
    found = text.positions("Mira Okonkwo (2nd L) and Tomas Reyvik (centre) meet; Ana Ruiz (L to R)")
    assert found == {"okonkwo": "2nd L", "reyvik": "C", "ruiz": "L to R"}


def test_embedded_agency_credits_are_not_caption_text() -> None:
    wire = "A boat. (Photo by JOAO SILVEIRA / AFP) (Photo by JOAO SILVEIRA/AFP via Getty Images)"
    assert text.strip_embedded_credit(wire) == "A boat."
    assert (
        text.strip_embedded_credit("Crowds gather. AFP PHOTO / JOAO SILVEIRA") == "Crowds gather."
    )


def test_a_changed_position_costs_more_than_changed_filler() -> None:
    said = "Mira Okonkwo ({}) speaks {} meeting in Lisbon on March {}, 2025."
    base = text.weighted_tokens(said.format("C", "during a", 14))
    filler = text.weighted_tokens(said.format("C", "at the", 14))
    moved = text.weighted_tokens(said.format("R", "during a", 14))
    other_day = text.weighted_tokens(said.format("C", "during a", 15))
    assert text.similarity(base, filler) > text.similarity(base, moved)
    assert text.similarity(base, filler) > text.similarity(base, other_day)


def test_similarity_tolerates_spelling_and_case() -> None:
    a = text.weighted_tokens("Tomas Reyvik arrives at the Palacio das Necessidades.")
    b = text.weighted_tokens("TOMAS REYVIK ARRIVES AT THE PALÁCIO DAS NECESSIDADES")
    assert text.similarity(a, b) > 0.95
    assert text.similarity(a, text.weighted_tokens("")) == 0.0


# -- what a caption asserts: boilerplate, markers, rarity (issue 18) -------------------------------

SAID = "Mayor Ana Ruiz (C) opens the Brell bridge in Tesk, Aldoria, on March 3, 2025."


@pytest.mark.parametrize(
    "filed",
    [
        f"TESK, Aldoria (AP) — {SAID} (AP Photo/Oskar Fenn)",
        f"epa11234567 {SAID} EPA/OSKAR FENN",
        f"ALDORIA-BRIDGE/ {SAID}",
        f"ALDORIA-TRANSPORT-BRIDGE - {SAID}",
        f"TESK, ALDORIA - MARCH 3: {SAID} (Photo by Oskar Fenn/Getty Images)",
        f"FILE PHOTO: {SAID}",
        f"{SAID} REUTERS/Oskar Fenn ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
        f"{SAID} (Photo by OSKAR FENN / POOL / AFP) (Photo by OSKAR FENN/POOL/AFP via Getty)",
        f"{SAID} Photo: Oskar Fenn/dpa",
        f"{SAID} Xinhua/Oskar Fenn",
    ],
)
def test_agency_boilerplate_at_either_end_is_removed(filed: str) -> None:
    assert normalize.plain_caption(filed) == SAID


def test_caption_text_that_only_looks_like_boilerplate_stays() -> None:
    for kept in (
        "U.S. Trade Envoy Ana Ruiz (C) speaks.",
        "NATO envoys meet in Tesk.",
        "COVID-19 patients wait outside a clinic in Tesk.",
        "NATO-RUSSIA talks open in Tesk.",
        "ANA RUIZ (left) — the mayor — opens the bridge.",
        SAID,
    ):
        assert normalize.plain_caption(kept) == kept


def test_folding_drops_case_accents_and_strokes() -> None:
    assert fold("Ødegren ŁUCJA Węgrzyn Þóra Straße") == "odegren lucja wegrzyn thora strasse"
    assert normalize.agency_number("epa11234567 Mayor Ana Ruiz") == "11234567"


@pytest.mark.parametrize(
    ("marker", "normal"),
    [("(C)", "C"), ("(centre)", "C"), ("(2nd l)", "2nd L"), ("(second from left)", "2nd L"),
     ("(2nd from R)", "2nd R"), ("(L-R)", "L to R"), ("(far right)", "far R")],
)  # fmt: skip
def test_one_reading_of_position_markers(marker: str, normal: str) -> None:
    assert positions.normalize_position(marker) == normal


def test_markers_follow_names_in_capitals_and_without_accents() -> None:
    assert positions.positions("MIRA OKONKWO (C) AND TOMAS REYVIK (SECOND LEFT) MEET") == {
        "okonkwo": "C",
        "reyvik": "2nd L",
    }
    assert text.positions("Ilse Marrék (2nd R) meets") == text.positions("ILSE MARREK (2nd R)")


def test_a_word_every_file_carries_says_little_and_a_rare_one_a_lot() -> None:
    files = [text.weighted_tokens(f"Mayor Ana Ruiz {verb} in Tesk.") for verb in
             ("speaks", "waves", "arrives", "votes")]  # fmt: skip
    rarity = Rarity(files)
    assert rarity("ruiz") < 0.2 < rarity("wave") == 1.0
    assert Rarity(files[:1])("ruiz") == 1.0  # one file: nothing to tell apart
    said = text.weighted_tokens("Mayor Ana Ruiz waves in Tesk.")
    flat = [text.similarity(said, f) for f in files]
    rare = [text.similarity(said, f, rarity) for f in files]
    assert max(flat) == max(rare) == rare[1]
    assert sorted(rare)[-2] < sorted(flat)[-2]  # the other frames fall further behind
