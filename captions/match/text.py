"""Caption text as weighted tokens: people, position markers and dates count more than filler.

Wire captions and article captions of the same picture differ in small ways (`Jan. 30` vs
`January 30`, `China's` vs `Chinese`, the agency's credit appended in parentheses), while two
frames of one event differ in exactly the words that matter: who is where (`(C)` vs `(R)`) and
what they do. So a token's weight says how much it tells frames apart.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

# Months as newsrooms write them (AP abbreviations included), mapped to their number.
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

# `(C)`, `(2nd L)`, `(L to R)`, `(far right)`, `(centre)`: normalized to `C`, `2nd L`, `L to R`.
_POSITION = re.compile(
    r"\(\s*((?:far\s+|\d(?:st|nd|rd|th)\s+(?:from\s+)?)?"
    r"(?:l|r|c|left|right|center|centre|front|back|top|bottom)"
    r"(?:\s+to\s+(?:r|l|right|left))?)\s*\)",
    re.IGNORECASE,
)
_POSITION_WORDS = {"left": "L", "right": "R", "center": "C", "centre": "C"}

# Credits that agencies append to their own captions; they are not caption text.
_EMBEDDED_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|photograph|picture|credit)\b[^()]*)\)"
    r"|\b[A-Z]{2,}\s+PHOTO\s*/\s*[^.()]*$"
    r"|\b(?:REUTERS|EPA-EFE|EPA)\s*/\s*[A-Z][^.()]*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’-]+)\s*$")

_STOPWORD_LIST = """a an the and or of in on at to for from by with as is are was were be been
    his her their its this that these those during after before while into over under about up
    out off than then he she they it who which what s"""
STOPWORDS = frozenset(_STOPWORD_LIST.split())

WEIGHT_STOPWORD = 0.1
WEIGHT_WORD = 1.0
WEIGHT_NUMBER = 1.5
WEIGHT_NAME = 2.0
WEIGHT_PERSON = 2.5
WEIGHT_DATE = 3.0
WEIGHT_POSITION = 3.0
FUZZY_TOKEN_RATIO = 88.0


def fold(text: str) -> str:
    """Lower case without accents: `Zoë` and `ZOE` compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def strip_embedded_credit(text: str) -> str:
    """The caption without the credit an agency appended (`(Photo by X / POOL / AFP)`)."""
    return re.sub(r"\s+", " ", _EMBEDDED_CREDIT.sub(" ", text)).strip()


def find_dates(text: str) -> list[str]:
    """ISO dates (`2024-01-30`) written in the text, in any of the usual forms."""
    found: list[str] = []
    for m in _DATE_MDY.finditer(text):
        found.append(_iso(m.group(3), _MONTHS[m.group(1).lower()], m.group(2)))
    for m in _DATE_DMY.finditer(text):
        found.append(_iso(m.group(3), _MONTHS[m.group(2).lower()], m.group(1)))
    for m in _DATE_ISO.finditer(text):
        found.append(f"{m.group(1)}-{m.group(2)}-{m.group(3)}")
    return found


def _iso(year: str, month: int, day: str) -> str:
    return f"{int(year):04d}-{month:02d}-{int(day):02d}"


def normalize_position(marker: str) -> str:
    """`(2nd l)` -> `2nd L`, `(centre)` -> `C`, `(L to R)` -> `L to R`."""
    words = marker.strip("() ").split()
    out = [_POSITION_WORDS.get(w.lower(), w.upper() if len(w) == 1 else w.lower()) for w in words]
    return " ".join(out)


def positions(text: str) -> dict[str, str]:
    """Position markers keyed by the folded surname written just before them."""
    found: dict[str, str] = {}
    for m in _POSITION.finditer(text):
        name = _NAME_BEFORE.search(text[: m.start()])
        if name:
            found[fold(name.group(1).split()[-1])] = normalize_position(m.group(0))
    return found


@dataclass(frozen=True)
class WeightedTokens:
    """A caption reduced to folded tokens and the weight of each."""

    weights: dict[str, float]

    @property
    def total(self) -> float:
        return sum(self.weights.values())


def weighted_tokens(text: str, persons: Iterable[str] = ()) -> WeightedTokens:
    """Tokens of a caption with weights: dates and markers 3, people 2.5, names 2, filler 0.1."""
    text = strip_embedded_credit(text)
    weights: dict[str, float] = {}
    for iso in find_dates(text):
        weights[f"date:{iso}"] = WEIGHT_DATE
    for m in _POSITION.finditer(text):
        weights[f"pos:{normalize_position(m.group(0))}"] = WEIGHT_POSITION
    scrubbed = _POSITION.sub(" ", _DATE_ISO.sub(" ", _DATE_DMY.sub(" ", _DATE_MDY.sub(" ", text))))
    person_words = {fold(w) for name in persons for w in _WORD.findall(name)}
    sentence_start = True
    for m in _WORD.finditer(scrubbed):
        word = m.group(0)
        token = fold(word)
        weight = _word_weight(word, token, person_words, sentence_start)
        weights[token] = max(weights.get(token, 0.0), weight)
        sentence_start = scrubbed[m.end() : m.end() + 2].startswith(".")
    return WeightedTokens(weights)


def _word_weight(word: str, token: str, person_words: set[str], sentence_start: bool) -> float:
    if token in person_words:
        return WEIGHT_PERSON
    if token in STOPWORDS:
        return WEIGHT_STOPWORD
    if token.isdigit():
        return WEIGHT_NUMBER
    if word[0].isupper() and not sentence_start:
        return WEIGHT_NAME
    return WEIGHT_WORD


def similarity(a: WeightedTokens, b: WeightedTokens) -> float:
    """Weighted F1 of the tokens two captions share, 0..1; near-spellings count (rapidfuzz)."""
    if not a.weights or not b.weights:
        return 0.0
    recall = _covered(a, b) / a.total
    precision = _covered(b, a) / b.total
    if recall + precision == 0:
        return 0.0
    return 2 * recall * precision / (recall + precision)


def _covered(a: WeightedTokens, b: WeightedTokens) -> float:
    covered = 0.0
    for token, weight in a.weights.items():
        if token in b.weights:
            covered += weight
        elif len(token) >= 5 and ":" not in token:
            best = max(
                (fuzz.ratio(token, other) for other in b.weights if ":" not in other), default=0.0
            )
            if best >= FUZZY_TOKEN_RATIO:
                covered += weight * best / 100
    return covered
