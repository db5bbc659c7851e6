"""Person names in credits: natural case, and whether a piece of text looks like a name.

Case is only repaired where the printed word is ALL CAPS (`SAUL LOEB` -> `Saul Loeb`,
`ŁUKASZ ŻMIJEWSKI` -> `Łukasz Żmijewski`); names printed in mixed case are kept exactly as
printed (`Ng Han Guan`, `McDonald`, `van der Berg`, `Mac Giolla Phádraig`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from typing import Any

from captions.package_data import read_text


def _name_data() -> dict[str, Any]:
    """data/names.json: name particles, hyphen particles and `Mac` surnames (read once, at
    import: the module's word sets are built from it)."""
    text = read_text(__file__, "data/names.json")
    data: dict[str, Any] = json.loads(text)
    return data


_NAME_DATA = _name_data()
# Lower-case name particles (`Ilse van der Meulen`); after the first word they stay lower case.
PARTICLES = frozenset(w for words in _NAME_DATA["particles"].values() for w in words)
# Lower-case words a credit may hold: the particles, and the small words of organisations' names
# and citations (`Museum of the City`, `Ana Berg et al`).
CREDIT_PARTICLES = PARTICLES | frozenset(_NAME_DATA["lower_words"])

# Words that stand where a photographer's name would be but name nobody.
NOT_PEOPLE = frozenset(
    {
        "str",
        "stringer",
        "staff",
        "staff photographer",
        "staff photo",
        "ho",
        "handout",
        "pool",
        "file",
        "files",
        "contributor",
        "photographer",
        "unknown",
        "anonymous",
        "various",
        "agencies",
        "agency",
        "wires",
        "photo",
        "-",
    }
)

# Scottish and Irish `Mac` surnames printed as one word; other `Mac...` words (Machado) are not.
_MAC_SURNAMES = frozenset(_NAME_DATA["mac_surnames"])

# Page furniture that starts a line the way a name would: `By Jane Doe | Reuters` is a byline.
_NOT_FIRST_WORDS = frozenset(
    {
        "the",
        "by",
        "photo",
        "photos",
        "credit",
        "image",
        "picture",
        "updated",
        "published",
        "share",
        "my",
        "this",
        "test",
    }
)
# Arabic articles and particles printed in lower case and joined by a hyphen to the name.
_HYPHEN_PARTICLES = frozenset(_NAME_DATA["hyphen_particles"])
_ROMAN = frozenset({"II", "III", "IV", "VI"})
_NAME_PUNCT = frozenset("'’.-‐\u200c\u200d")  # joiners spell Devanagari, Sinhala, Persian


def _letters(word: str) -> str:
    return "".join(filter(str.isalpha, word))


def _is_caps(word: str) -> bool:
    letters = _letters(word)
    return bool(letters) and letters.isupper()


def _title_part(part: str) -> str:
    """`MCDONALD` -> `McDonald`, `MACGREGOR` -> `MacGregor`, `NEILL` -> `Neill`."""
    lower = part.lower()
    if lower.startswith("mc") and len(lower) > 3:
        return "Mc" + lower[2:].capitalize()
    if lower in _MAC_SURNAMES:
        return "Mac" + lower[3:].capitalize()
    return lower.capitalize()


def _title_word(word: str, first: bool) -> str:
    if word in _ROMAN:
        return word
    if not first and word.lower() in PARTICLES:
        return word.lower()
    pieces = re.split(r"([-‐'’])", word)
    return "".join(p if p in _NAME_PUNCT else _title_part(p) for p in pieces)


def natural_case(name: str) -> str:
    """A person's name in natural case; only ALL-CAPS words are changed.

    When the whole name is in capitals every word is repaired; in a mixed name only capital
    words of three letters or more are (`Łukasz ŻMIJEWSKI`), so `AJ Rahman` keeps its initials.
    """
    words = name.split()
    whole_caps = all(_is_caps(w) or not _letters(w) for w in words)
    fixed = []
    for index, word in enumerate(words):
        repair = _is_caps(word) and (whole_caps or len(_letters(word)) >= 3)
        fixed.append(_title_word(word, index == 0) if repair else word)
    return " ".join(fixed)


def _is_name_char(ch: str) -> bool:
    return ch in _NAME_PUNCT or unicodedata.category(ch)[0] in "LM"


def _glued(word: str) -> bool:
    """`LondonLUKE`, `ParisBenoit`: two words run together, unlike `McGettigan` or `DeShawn`."""
    for index in range(1, len(word) - 1):
        if not (word[index - 1].islower() and word[index].isupper()):
            continue
        if word[index + 1].isupper() or (
            len(_letters(word[:index])) >= 4 and word[:index] != "Fitz"
        ):
            return True
    return False


def _is_name_word(word: str, first: bool) -> bool:
    if not all(_is_name_char(ch) for ch in word) or not _letters(word) or _glued(word):
        return False
    if word.endswith(".") and len(_letters(word)) > 2 and word.lower() not in {"jr.", "sr.", "st."}:
        return False  # `Smith.` ends a sentence; `W.` and `Jr.` belong to a name
    if word.lower() in PARTICLES or word.lower() in {"d'", "d’", "al-", "el-"}:
        return not first or word[0].isupper()
    prefix, hyphen, rest = word.partition("-")
    if hyphen and prefix.lower() in _HYPHEN_PARTICLES and rest[:1].isupper():
        return True  # `al-Rubaye`, `el-Sayed`, `bin-Zayed`
    lead = _letters(word)[0]
    if len(word) > 2 and word[0] in "hnt" and word[1].isupper():
        return True  # Irish mutations before a capital: `Ó hAlmhain`, `Ní hÉigeartaigh`
    return lead.isupper() or is_caseless(word)


def is_caseless(word: str) -> bool:
    """A word of a script without capitals (Hebrew, Arabic, Georgian): every word of a name
    there looks alike, so shape says nothing against it."""
    letters = _letters(word)
    if letters and all("\u10d0" <= ch <= "\u10ff" for ch in letters):
        return True  # Georgian Mkhedruli: "lower case" to Unicode, but printed without capitals
    return bool(letters) and not any(ch.isupper() or ch.islower() for ch in letters)


_SUFFIX = re.compile(r",\s*(?:Jr|Sr|II|III|IV)\.?$")


@cache
def given_names() -> frozenset[str]:
    """Common given names of many languages, casefolded (data/given_names.json, read once)."""
    text = read_text(__file__, "data/given_names.json")
    return frozenset(json.loads(text)["names"])


def starts_with_given_name(text: str) -> bool:
    """`Ana Church`, `Gary Power`: a name that begins with a common given name."""
    words = text.split()
    return len(words) >= 2 and words[0].casefold() in given_names()


def looks_like_person(text: str) -> bool:
    """Whether `text` is shaped like a person's name: 1 to 6 capitalised words or particles,
    maybe a suffix after a comma (`Ana Berg, Jr.`)."""
    words = _SUFFIX.sub("", text).split()
    # Particles do not count: `Ali bin Abdullah bin Hamad Al-Attiyah` is six names and two
    # particles (Arabic, Malay and Dutch names run long; fitted on invented lines).
    named = [w for w in words if w.lower() not in PARTICLES]
    if not 1 <= len(named) <= 6 or len(words) > 9:
        return False
    if all(is_caseless(w) for w in words) and not 2 <= len(named) <= 4:
        return False  # one caseless word is no evidence of a name; five make a sentence
    if text.casefold() in NOT_PEOPLE or words[0].casefold() in _NOT_FIRST_WORDS:
        return False
    if any(w == "der" and words[i - 1].casefold() not in PARTICLES for i, w in enumerate(words)):
        return False  # `Spektrum der Wissenschaft`: `der` joins a name only after `van`, `von`
    return all(_is_name_word(w, i == 0) for i, w in enumerate(words))


# Lower-case words that join parts of a sentence or a credit, never parts of a name.
_JOINERS = frozenset(
    [
        "and",
        "or",
        "for",
        "via",
        "by",
        "of",
        "the",
        "in",
        "on",
        "at",
        "to",
        "with",
        "from",
        "und",
        "et",
        "y",
    ]
)


def looks_like_person_in_credit(text: str) -> bool:
    """A name as a credit prints it before its agency: also three words with a lower-case one
    in the middle (`Shin hyun Kyung/PA`, a given name's second syllable printed apart)."""
    if looks_like_person(text):
        return True
    words = text.split()
    lower = [i for i, w in enumerate(words) if w.islower()]
    if len(words) != 3 or lower != [1]:
        return False
    word = words[lower[0]]
    if not word.isalpha() or len(word) > 6 or word in _JOINERS:
        return False
    return looks_like_person(" ".join(w for w in words if w != word))


def lower_case_full_name(text: str) -> bool:
    """`ana berg`, `joão da silva`: a name printed all in lower case (some sites lower-case
    their credits): two or three words that a common given name opens (data/given_names.json),
    then a surname, with no word that joins a sentence."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not text.islower() or words[0] not in given_names():
        return False
    if any(w in _JOINERS or not w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    return words[-1] not in PARTICLES


__all__ = [
    "NOT_PEOPLE",
    "CREDIT_PARTICLES",
    "PARTICLES",
    "is_caseless",
    "given_names",
    "looks_like_person",
    "looks_like_person_in_credit",
    "lower_case_full_name",
    "natural_case",
    "starts_with_given_name",
]
