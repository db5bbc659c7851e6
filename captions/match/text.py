"""Caption text as weighted claims: dates, people and where they stand count more than filler.

Wire captions and article captions of the same picture differ in their wording (`Jan. 30` vs
`January 30`, `China's` vs `Chinese`, names in another order, the agency's dateline and credit),
while two frames of one event differ in exactly the claims that matter: who is where (`(C)` vs
`(R)`), which day, and what they do. A caption is reduced to what it asserts (boilerplate
removed by captions.caption.boilerplate, markers read by captions.caption.markers), folded, lightly
stemmed; each kind of claim has a weight, and `similarity` can also weigh each token by how
rare it is in the folder (captions.match.folder).

This is likeness, not sameness: whether two texts are one caption is
`captions.caption.normalize.caption_key`'s question alone (dupes, the audit's D001, an article's
photo ids). Matching must differ from it, because a wire caption and the article's rewording of
it are one picture but never one key.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from captions.caption import markers as _markers
from captions.caption.boilerplate import plain_caption, strip_embedded_credit
from captions.caption.fold import fold

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

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

_STOPWORD_LIST = """a an the and or of in on at to for from by with as is are was were be been
    his her their its this that these those during after before while into over under about up
    out off than then he she they it who which what s monday tuesday wednesday thursday friday
    saturday sunday"""  # weekdays: the date already says which day
STOPWORDS = frozenset(_STOPWORD_LIST.split())

WEIGHT_WORD = 1.0
WEIGHT_NAME = 1.5  # a capitalised word inside a sentence: a place, a venue, a title
WEIGHT_NUMBER = 1.5
WEIGHT_PERSON = 2.5
WEIGHT_MARKER = 0.25  # a marker whose person is not known
WEIGHT_DATE = 3.0
WEIGHT_POSITION = 0.5  # a person at a marker: `at:okonkwo=C`
FUZZY_TOKEN_RATIO = 88.0


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


@dataclass(frozen=True)
class WeightedTokens:
    """A caption reduced to folded tokens and the weight of each kind (before rarity)."""

    weights: dict[str, float]

    @property
    def total(self) -> float:
        return sum(self.weights.values())


def stem(token: str) -> str:
    """A light English stem so that `talks`/`talk`, `signed`/`sign`, `China's`/`China` meet."""
    token = re.sub(r"['’]s$", "", token)
    if len(token) > 5 and token.endswith("ing"):
        return token[:-3]
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 5 and token.endswith("ed"):
        return token[:-2]
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def weighted_tokens(text: str, persons: Iterable[str] = ()) -> WeightedTokens:
    """What a caption asserts, as tokens: dates and people at their markers weigh 3, people 2.5,
    numbers and names 1.5, other content words 1; filler and agency boilerplate not at all."""
    text = plain_caption(text)
    weights: dict[str, float] = {}
    for iso in find_dates(text):
        weights[f"date:{iso}"] = WEIGHT_DATE
    placed = _markers.positions(text)
    for surname, marker in placed.items():
        weights[f"at:{surname}={marker}"] = WEIGHT_POSITION
    for marker in _markers.markers(text):
        weights.setdefault(f"pos:{marker}", WEIGHT_MARKER)
    scrubbed = _markers.without_markers(
        _DATE_ISO.sub(" ", _DATE_DMY.sub(" ", _DATE_MDY.sub(" ", text)))
    )
    person_words = {fold(w) for name in persons for w in _WORD.findall(name)} | set(placed)
    capitals = scrubbed.upper() == scrubbed  # an all-capitals caption says nothing by case
    sentence_start = True
    for m in _WORD.finditer(scrubbed):
        word = m.group(0)
        folded = fold(word)
        if folded not in STOPWORDS:
            weight = _word_weight(word, folded, person_words, sentence_start or capitals)
            token = folded if weight == WEIGHT_PERSON else stem(folded)
            weights[token] = max(weights.get(token, 0.0), weight)
        sentence_start = scrubbed[m.end() : m.end() + 2].startswith(".")
    return WeightedTokens(weights)


def _word_weight(word: str, token: str, person_words: set[str], sentence_start: bool) -> float:
    if token in person_words:
        return WEIGHT_PERSON
    if token.isdigit():
        return WEIGHT_NUMBER
    if word[0].isupper() and not sentence_start:
        return WEIGHT_NAME
    return WEIGHT_WORD


Rarity = Callable[[str], float]


def _flat(token: str) -> float:
    return 1.0


def similarity(a: WeightedTokens, b: WeightedTokens, rarity: Rarity = _flat) -> float:
    """Weighted F1 of the tokens two captions share, 0..1; near-spellings count (rapidfuzz).

    `rarity` scales each token by how much it tells the folder's files apart (folder.Rarity).
    """
    if not a.weights or not b.weights:
        return 0.0
    recall = _covered(a, b, rarity) / _total(a, rarity)
    precision = _covered(b, a, rarity) / _total(b, rarity)
    if recall + precision == 0:
        return 0.0
    return 2 * recall * precision / (recall + precision)


def _total(a: WeightedTokens, rarity: Rarity) -> float:
    return sum(w * rarity(t) for t, w in a.weights.items()) or 1.0


def _covered(a: WeightedTokens, b: WeightedTokens, rarity: Rarity) -> float:
    covered = 0.0
    for token, weight in a.weights.items():
        if token in b.weights:
            covered += weight * rarity(token)
        elif len(token) >= 5 and ":" not in token:
            best = max(
                (fuzz.ratio(token, other) for other in b.weights if ":" not in other), default=0.0
            )
            if best >= FUZZY_TOKEN_RATIO:
                covered += weight * rarity(token) * best / 100
    return covered


def positions(text: str) -> dict[str, str]:
    """Position markers of a caption (boilerplate removed), keyed by folded surname."""
    return _markers.positions(plain_caption(text))


__all__ = [
    "STOPWORDS",
    "WeightedTokens",
    "find_dates",
    "fold",
    "plain_caption",
    "positions",
    "similarity",
    "stem",
    "strip_embedded_credit",
    "weighted_tokens",
]
