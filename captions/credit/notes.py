"""Text printed with a credit that is no part of it: wire boilerplate, licences, dates, crops.

`strip_notes` removes it and returns it as notes, so the parts of the credit stay clean and the
text is not lost: Reuters' `(COUNTRY - Tags: ...)`, `TPX IMAGES OF THE DAY`,
`SEARCH "..." FOR THIS STORY`, AP's `APTOPIX`, a truncation `...more`, `ATTENTION EDITORS - ...`,
a Creative Commons licence, a date after the credit (`Associated Press, Nov. 3`), and a word in
brackets the word file lists as a note (`(Ausschnitt)`, `(screenshot)`). The patterns were written
from the wire formats' documentation and the development pages' credit lines.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from captions.credit.labels import GuardedSearch, openings
from captions.credit.words import CreditWords, active_words, alternation
from captions.package_data import read_text

_PLACES_FILE = "data/places.json"

# Agency instructions printed after a credit (`ATTENTION EDITORS - ...`): to the end of the text.
EDITOR_NOTE = re.compile(
    r"\s*\b(?:ATTENTION EDITORS\b|THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY|"
    r"NO RESALES\b|NO ARCHIVES\b|(?:HANDOUT )?EDITORIAL USE ONLY\b|NO SALES\b|"
    r"MANDATORY CREDIT\b(?!\s*:)|FOR EDITORIAL USE ONLY\b).*$",
    re.DOTALL,
)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_BOILERPLATE = (
    re.compile(r"\s*\(\s*[^()]{0,60}?-?\s*Tags:[^()]*\)?\s*$", re.IGNORECASE),
    re.compile(r"\s*\bTPX IMAGES OF THE (?:DAY|WEEK)\b\s*", re.IGNORECASE),
    re.compile(r"\s*\bSEARCH\s+[\"“'‘].{1,80}?[\"”'’]\s+FOR\s+(?:THIS\s+STORY|ALL\s+IMAGES)\b.*$"),
    re.compile(r"\s*\b(?:APTOPIX|BESTPIX)\b\s*"),
    re.compile(r"\s*(?:\.{3}|…)\s*more\s*$", re.IGNORECASE),
    EDITOR_NOTE,
    re.compile(
        r"[\s,.;/(]*\b(?:CC[ -]BY(?:[ -](?:SA|ND|NC))*|CC0|CC Attribution|Creative Commons)"
        r"(?:[ -][\w.-]+){0,3}\)?(?:\s*\.?\s*$|(?=\s*[,;]\s*\S))",
        re.IGNORECASE,
    ),
    re.compile(r"(?:[:,;]\s*|\s+)(?:https?://|www\.)\S+\s*$", re.IGNORECASE),
    # `, nach Cai, L. et al.: Title. Journal 31, 2021`: the study a figure was drawn after
    re.compile(
        r"[,;]\s*(?:nach|after|adapted from|based on|d['’]après|según|basado en|secondo|naar)"
        r"\s+[^;]*?\bet\s+al\b[^;]*",
        re.IGNORECASE,
    ),
    re.compile(r"\s*\([^()]{1,40}$"),
    re.compile(
        r"\s*[(\[]\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\s*[)\]]\.?\s*$"
    ),  # `(2/11/2023)`  # `Name (Space T`: an aside cut off by a field's limit
    re.compile(rf",\s*{_MONTHS}\s+\d{{1,2}}(?:,?\s+\d{{4}})?\s*\.?\s*$"),
    # `Name, 12.03.2024`, `Name - 12.out.2023/Folhapress`, `Name, 2024-03-12 | dpa`: the day it
    # was taken (numeric, or a month's abbreviation in any language) before a part or the end
    re.compile(
        r"(?:\s*,\s*|\s+[-–—]\s+|\s+)"
        r"(?:\d{1,2}\.\s?(?:\d{1,2}\.|[^\W\d_]{3,5}\.?)\s?(?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)"
        r"(?=\s*(?:[/|]|$))"
    ),
    re.compile(rf"(?:,\s*|\s+)(?:{_MONTHS}\s+)?(?:19|20)\d\d\s*\.?\s*$"),
)


@lru_cache(maxsize=16)
def _sources_note(words_in: CreditWords) -> GuardedSearch:
    """`; sources: NASA, ESA`: where the data of an illustration came from."""
    words = words_in.words("source")
    return GuardedSearch(
        rf"[;.]\s*(?:{openings(words)})",
        rf"\s*[;.]\s*(?:{alternation(words)})\s*[:：]\s*.+$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=16)
def _bracketed_note(words_in: CreditWords) -> GuardedSearch:
    words = words_in.words("note")
    return GuardedSearch(
        rf"[(\[]\s*(?:{openings(words)})",
        rf"\s*[(\[]\s*(?:{alternation(words)})\s*[)\]]\s*$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=16)
def _comma_note(words_in: CreditWords) -> GuardedSearch:
    """`Name/Orsa Press, bearbeitet`: a note on the picture printed after a comma at the end."""
    words = words_in.words("note")
    return GuardedSearch(
        rf",\s*(?:{openings(words)})", rf"\s*,\s*(?:{alternation(words)})\s*$", re.IGNORECASE
    )


def strip_notes(text: str) -> tuple[str, tuple[str, ...]]:
    """(`text` without boilerplate, the boilerplate removed, in the order it was found)."""
    notes: list[str] = []
    changed = True
    while changed:
        changed = False
        for pattern in (
            *_BOILERPLATE,
            _bracketed_note(active_words()),
            _comma_note(active_words()),
            _sources_note(active_words()),
        ):
            match = pattern.search(text)
            if match is not None and (match.start() > 0 or match.end() < len(text)):
                notes.append(match.group(0).strip(" ,;/.-–—"))
                text = (text[: match.start()] + " " + text[match.end() :]).strip()
                changed = True
    return text, tuple(notes)


@lru_cache(maxsize=1)
def _place_after_comma() -> re.Pattern[str]:
    """`, London`, `, NY and`: a place printed after a comma (data/places.json), maybe with a
    year, before another comma, `and` or the end."""
    places = alternation(_places()["places"])
    return re.compile(
        rf"\s*,\s*(?P<place>(?:{places})(?:,?\s+(?:19|20)\d\d)?)"
        r"(?P<end>\s*(?:[,;]|$)|\s+(?:and|&|und|et|y|e|en)\s+)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _places() -> dict[str, list[str]]:
    text = read_text(__file__, _PLACES_FILE)
    data: dict[str, list[str]] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def _place_at_end() -> GuardedSearch:
    """` in London`, ` en Madrid`: a known place after a preposition of place, at the end
    (the places compiled for the first text with a preposition between spaces)."""
    data = _places()
    prepositions = alternation(data["prepositions"])
    return GuardedSearch(
        rf"\s(?-i:{prepositions})\s",
        rf"\s+(?-i:{prepositions})\s+(?P<place>(?:{alternation(data['places'])}))\s*$",
        re.IGNORECASE,
    )


def strip_places(segment: str) -> tuple[str, list[str]]:
    """(`segment` without the places printed after a comma, the places): `VAGA at ARS, NY and
    DACS, London` -> (`VAGA at ARS, DACS`, [`NY`, `London`]). A first piece is never a place."""
    places: list[str] = []

    def drop(match: re.Match[str]) -> str:
        places.append(match.group("place"))
        end = match.group("end").strip()
        return end if end in (",", ";") else (", " if end else "")

    segment = _place_after_comma().sub(drop, segment).strip()
    if (at := _place_at_end().search(segment)) is not None and at.start() > 0:
        places.append(at.group("place"))
        segment = segment[: at.start()].strip()
    return segment, places


__all__ = ["EDITOR_NOTE", "strip_notes", "strip_places"]
