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
from captions.credit.names import looks_like_person, starts_with_given_name
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
    if (
        reading.unrecognized
        and not (credit.photographers or credit.agencies)
        and not _handout_source(reading, line)
    ):
        score = min(score, 0.3)  # `Copyright and Reprint`: a label and nothing it could name
    score += 0.05 if own_line else 0.0
    if looks_like_credit(line, agencies):
        score = max(score, 0.8)
    elif _person_then_org(reading, line):
        score = max(score, _PERSON_THEN_ORG)
    return round(min(1.0, max(0.0, score)), 3)


# `Kari Holm/Orsa Tidende`, `Hans Berg / Stadtmuseum Orsa`, `Lena Vogt für die Orsaer Zeitung`:
# a person's name that opens with a common given name, then one slash or a `for` word, then an
# organisation the registry does not know: the world's commonest credit shapes (a staff or agency
# picture; one made for a publication), printed alone where a picture stands. They grade as
# credit lines (the text reader's threshold is 0.6), below one the registry or a label vouches
# for. After `for` the organisation has two words or more: `Jane Doe for Mayor` is a placard.
_PERSON_THEN_ORG = 0.7


# `Фото: пресс-служба администрации района`: a handout label (a press office, a spokesperson),
# then the body it belongs to in words the parser cannot place (a declined noun, lower case):
# the handout's source, as long as an organisation's name runs (the person-then-organisation
# bound, six words) and no sentence.
def _handout_source(reading: CreditReading, line: str) -> bool:
    if not (reading.label and reading.credit.handout) or line.endswith((".", "!", "?")):
        return False
    rest = " ".join(reading.unrecognized)
    return len(rest.split()) <= _ORG_WORDS and not any(ch in rest for ch in ",;:")


def person_then_organisation(text: str, agencies: AgencyTable | None = None) -> bool:
    """Whether `text` is a person's name opening with a common given name, then one slash or a
    `for` word of any language, then an organisation's name, and nothing else: `Kari Holm/Orsa
    Tidende`, `Lena Vogt für die Orsaer Zeitung`."""
    agencies = active_agencies(agencies)
    line = " ".join(text.split())
    try:
        reading = read_credit(line, agencies)
    except CreditError:
        return False
    return _person_then_org(reading, line)


def _person_then_org(reading: CreditReading, line: str) -> bool:
    credit = reading.credit
    if reading.label or reading.unrecognized or credit.distributor:
        return False
    if len(credit.photographers) != 1 or len(credit.agencies) != 1:
        return False
    person, org = credit.photographers[0], credit.agencies[0]
    # the parser's spelling may differ in case only (`KARI HOLM/ORSA`)
    if not line.casefold().startswith(person.casefold()) or not starts_with_given_name(person):
        return False
    # a name in quotes is one whatever its case (`для «Орской правды»`)
    quoted = any(f"{a}{org}{b}" in line for a, b in ("«»", "“”", "„“", '""'))
    if not looks_like_person(person) or not (_org_words(org) or (quoted and org[:1].isupper())):
        return False
    rest = line[len(person) :].strip()
    if rest.startswith("/"):
        return rest[1:].strip().casefold() == org.casefold()
    if not credit.commissioned or len(org.split()) < 2:
        return False
    # `für die Orsaer Zeitung`, `para El Diario de Orsa`, `для «Орской правды»`: a `for` word,
    # maybe an article, then the organisation, nothing else
    head, _, tail = rest.casefold().strip(' «»"“”„').rpartition(org.casefold())
    return not tail.strip(' «»"“”„') and len(head.split()) <= 2 and head.islower()


# The words of an organisation's name: capitalised, short joints (`de`, `of the`, `d'Orsa`) and
# at most one longer word in lower case (`Sjöhistoriska museet`, `Câmara municipal`).
_ORG_WORDS = 6
_JOINT_LETTERS = 3


def _org_words(org: str) -> bool:
    words = org.split()
    if not 1 <= len(words) <= _ORG_WORDS or any(ch in org for ch in ",.;:!?"):
        return False
    lower = [w for w in words if w[:1].islower() and len(w) > _JOINT_LETTERS and "'" not in w]
    return words[0][:1].isupper() and len(lower) <= 1


__all__ = ["credit_confidence", "person_then_organisation"]
