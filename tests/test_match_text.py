"""Caption tokens: dates, position markers and people weigh more than filler."""

from __future__ import annotations

from captions.match import text


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
