"""How credit-like a line is, as a number: for extractors that weigh it with layout features.

`looks_like_credit` answers yes or no for a whole line; `credit_confidence` grades the same
evidence so that a short labelled line (`Foto: anything short`) scores high whatever its body,
and a sentence that mentions an agency scores low. The weights were set by hand on the credit
lines of the development pages (../shared/articles/real, the pages outside
benchmarks/real_pages_validation.txt) and the invented rows of tests/test_credit_split.py.
"""

from __future__ import annotations

import re

from captions.credit.agencies import AgencyTable, active_agencies
from captions.credit.grammar import (
    CREDIT_LOWER_WORDS,
    CreditReading,
    looks_like_credit,
    read_credit,
)
from captions.credit.names import starts_with_given_name
from captions.errors import CreditError

_MAX_CHARS = 200
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z][a-z]+\s+[a-z]")
# Lower-case words a credit line may hold: the grammar's connectors and particles, and labels.
_LOWER_OK = CREDIT_LOWER_WORDS | frozenset(
    ["on", "para", "por", "pour", "per", "photo", "foto", "courtesy", "al."]
)


def credit_confidence(
    text: str, *, own_line: bool = True, agencies: AgencyTable | None = None
) -> float:
    """0 (not a credit) to 1 (certainly one): how credit-like the whole of `text` is.

    `own_line` says the text stands on a line of its own (a tail split off a caption is not).
    """
    agencies = active_agencies(agencies)
    line = " ".join(text.split())
    if not line or len(line) > _MAX_CHARS or not any(ch.isalnum() for ch in line):
        return 0.0
    try:
        reading = read_credit(line, agencies)
    except CreditError:
        return 0.0
    credit = reading.credit
    body_words = len(line.split()) - len((reading.label or "").split())
    score = 0.0
    if reading.label:
        score += 0.55 + (0.25 if body_words <= 8 else 0.0)
    known = [a for a in (*credit.agencies, credit.distributor) if a and agencies.lookup(a)]
    score += 0.3 if known else 0.0
    score += 0.15 if (credit.pool or credit.handout or credit.file_photo) else 0.0
    score += 0.15 if credit.photographers and not reading.unrecognized else 0.0
    score += 0.1 if "/" in line or " via " in line else 0.0
    short_label = bool(reading.label) and body_words <= 8
    lower = [w for w in line.split() if w[:1].islower() and w.casefold() not in _LOWER_OK]
    if not short_label:  # a short labelled line is a credit whatever its body's case
        score -= 0.12 * len(lower) + 0.15 * len(reading.unrecognized)
    score -= 0.3 if _SENTENCE_INSIDE.search(line) else 0.0
    if reading.unrecognized and not (credit.photographers or credit.agencies):
        score = min(score, 0.3)  # `Copyright and Reprint`: a label and nothing it could name
    score += 0.05 if own_line else 0.0
    if looks_like_credit(line, agencies):
        score = max(score, 0.8)
    elif _person_slash_org(reading, line):
        score = max(score, _PERSON_SLASH_ORG)
    return round(min(1.0, max(0.0, score)), 3)


# `Kari Holm/Orsa Tidende`, `Hans Berg / Stadtmuseum Orsa`: a person's name that opens with a
# common given name, one slash, then an organisation the registry does not know: the world's
# commonest credit shape, printed alone where a picture stands. It grades as a credit line (the
# text reader's threshold is 0.6) below one the registry or a label vouches for.
_PERSON_SLASH_ORG = 0.7


def _person_slash_org(reading: CreditReading, line: str) -> bool:
    credit = reading.credit
    if reading.label or reading.unrecognized or line.count("/") != 1:
        return False
    if len(credit.photographers) != 1 or len(credit.agencies) != 1 or credit.distributor:
        return False
    person, _, org = (part.strip() for part in line.partition("/"))
    return (  # the parser's spelling may differ in case only (`KARI HOLM/ORSA TIDENDE`)
        person.casefold() == credit.photographers[0].casefold()
        and starts_with_given_name(person)
        and org.casefold() == credit.agencies[0].casefold()
    )


__all__ = ["credit_confidence"]
