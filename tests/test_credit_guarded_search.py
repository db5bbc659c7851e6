"""Guarded patterns answer as the patterns they guard (`labels.GuardedSearch`, the openings
of `LabelPattern`'s head and tail): a guard only spares compiling a pattern that could not match.

Every guarded pattern is compared with its full pattern, compiled here from the same source, on
lines built from every word of the categories it holds (in four cases, at the start, after a
separator, before a colon) and on random texts."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from captions.credit import notes, shapes
from captions.credit.grammar import _lex
from captions.credit.labels import GuardedSearch, openings
from captions.credit.words import active_words


def _span(found: re.Match[str] | None) -> tuple[int, int, dict[str, str | None]] | None:
    return None if found is None else (found.start(), found.end(), found.groupdict())


def _guarded() -> dict[str, GuardedSearch]:
    lex, words = _lex(), active_words()
    return {
        "reproduction_from": lex.reproduction_from,
        "marker_label": lex.marker_label,
        "courtesy_inside": lex.courtesy_inside,
        "trailing_flag": lex.trailing_flag,
        "title": shapes.lex().title,
        "sources_note": notes._sources_note(words),
        "bracketed_note": notes._bracketed_note(words),
        "comma_note": notes._comma_note(words),
        "place_at_end": notes._place_at_end(),
    }


def _lines() -> list[str]:
    words = active_words()
    found = set()
    places = notes._places()
    categories = ("reproduction", "handout", "courtesy", "provided", "by", "from", "file", "pool")
    for category in (*categories, "note", "source", "title", "staff"):
        for word in sorted(words.words(category)):
            for form in (word, word.upper(), word.title(), word.capitalize()):
                found |= {
                    f"{form} Jane Doe",
                    f"{form}: Jane Doe",
                    f"{form} from Orsa TV",
                    f"Photo {form} Jane Doe",
                    f"Photo, {form} Orsa Press",
                    f"Jane Doe. {form} Orsa Press",
                    f"Jane Doe; {form}  Orsa",
                    f"Foto {form}: Ana",
                    f"Photo{form}",
                    f"Jane Doe/{form}",
                    f"Jane Doe - {form} )",
                    f"Jane Doe ({form})",
                    f"Jane Doe, {form}",
                    f"Jane Doe; {form}: NASA",
                }
    for preposition in places["prepositions"]:
        for place in places["places"][:40]:
            found |= {
                f"Jane Doe {preposition} {place}",
                f"Jane Doe {preposition}  {place.upper()} ",
            }
    return sorted(found)


LINES = _lines()


def _assert_same(text: str, pos: int = 0) -> None:
    for name, guarded in _guarded().items():
        full = re.compile(guarded.source, guarded.flags)
        for method in ("search", "match", "fullmatch"):
            got = _span(getattr(guarded, method)(text, pos))
            want = _span(getattr(full, method)(text, pos))
            assert got == want, (name, method, text, pos)
    label = active_words().label
    head = re.compile(label._head.pattern, label._head.flags)
    tail = re.compile(label._tail.pattern, label._tail.flags)
    assert _span(label.head_match(text, pos)) == _span(head.match(text, pos)), (text, pos)
    if label._opening_of_tail.match(text, pos) is None:
        assert tail.match(text, pos) is None, (text, pos)


def test_guarded_patterns_match_as_the_full_ones_on_credit_words() -> None:
    assert len(LINES) > 5_000
    for text in LINES:
        for pos in {0, 5, text.find(" ") + 1, text.find(":") if ":" in text else 0}:
            _assert_same(text, max(pos, 0))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aeioucntdpfhbyrl CPFBYADOR,.;:：/()[]-–©\n\tıſİß"))))
def test_guarded_patterns_match_as_the_full_ones_on_random_text(text: str) -> None:
    for pos in range(0, len(text) + 1, 3):
        _assert_same(text, pos)


def test_a_credit_without_those_words_compiles_none_of_them() -> None:
    guard = GuardedSearch("[:]", r"(?:alpha|beta)\s*:", re.IGNORECASE)
    assert guard.match("REUTERS/Jane Doe") is None
    assert "pattern" not in vars(guard)  # the full pattern was not compiled
    assert guard.match("Beta: x") is not None and "pattern" in vars(guard)


def test_openings_cut_words_at_a_space_and_after_four_letters() -> None:
    pattern = re.compile(openings(["courtesy of", "c/o", "mit freundlicher"]), re.IGNORECASE)
    found = {m.group() for w in ("Courtesy", "C/O", "MIT x") if (m := pattern.match(w))}
    assert found == {"Cour", "C/O", "MIT"}
