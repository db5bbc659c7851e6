"""People named in a caption, with their position markers normalized to `L`, `2nd R`, `C`...

Recognized: `Jen Doe (C)`, `(2nd L)`, `(L to R) A, B and C`, `A, left, and B`,
`from left, A, B and C`.
Names are runs of capitalized words; titles (`Rep.`, `Minister`) are cut off the front, and runs
that name a place or an organisation (`Lee Maritime Museum`, `in Cedar Bend`) are not people.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from captions.caption.markers import MARKER, normalize_position
from captions.credit.names import PARTICLES
from captions.model import Person

# A word of a name: a capital letter, then letters, combining accents, apostrophes, hyphens.
_WORD = r"[^\W\d_][\w\u0300-\u036f'’\-]*\.?"
# The name particles of the credit parser (`van der`, `bin`), except those that also mean `and`
# (`Ortega y Gasset` in a credit, but `Ana y Luis` in a caption are two people).
_PARTICLES = PARTICLES - {"y", "e"}
_PARTICLE_WORDS = {"Mac", "Mc", "Ó", "Ní", "Nic", "Ua", "Al", "El"}

# Words that say "title" or "organisation", not "person": a name starts after the last of them.
_TITLES = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "rep",
    "sen",
    "gov",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "president",
    "minister",
    "mayor",
    "adviser",
    "advisor",
    "secretary",
    "deputy",
    "assistant",
    "chief",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "governor",
    "senator",
    "representative",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "bishop",
    "father",
    "sister",
    "brother",
    "rev",
    "ambassador",
    "commissioner",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "speaker",
    "premier",
    "chancellor",
    "general",
    "commander",
    "officer",
    "coach",
    "manager",
    "judge",
    "justice",
    "prime",
    "vice",
    "executive",
    "ceo",
    "sheriff",
    "detective",
    "inspector",
    "professor",
    "prof",
    "lord",
    "lady",
    "organiser",
    "organizer",
    "captain",
    "security",
    "public",
    "homeland",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "state",
    "national",
    "u.s.",
    "us",
    "uk",
    "eu",
    "un",
}
_PLACES = {
    "museum",
    "street",
    "st.",
    "road",
    "avenue",
    "bridge",
    "terminal",
    "river",
    "lake",
    "bay",
    "gulf",
    "sea",
    "ocean",
    "park",
    "square",
    "house",
    "hall",
    "palace",
    "church",
    "cathedral",
    "stadium",
    "arena",
    "centre",
    "center",
    "city",
    "county",
    "state",
    "island",
    "islands",
    "mountain",
    "mountains",
    "valley",
    "beach",
    "harbour",
    "harbor",
    "port",
    "airport",
    "station",
    "school",
    "university",
    "college",
    "hospital",
    "department",
    "ministry",
    "party",
    "council",
    "committee",
    "court",
    "parliament",
    "congress",
    "senate",
    "company",
    "group",
    "club",
    "union",
    "federation",
    "service",
    "agency",
    "institute",
    "foundation",
    "guesthouse",
    "hotel",
    "marathon",
    "festival",
    "cup",
    "league",
    "championship",
    "games",
    "gallery",
    "library",
    "times",
    "post",
    "news",
    "press",
    "herald",
    "guardian",
    "network",
    "trust",
    "board",
    "monument",
    "tower",
    "temple",
    "mosque",
    "market",
    "plant",
    "factory",
    "motorway",
    "highway",
}
_NOT_NAMES = {
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "and",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "file",
    "photo",
    "left",
    "right",
    "center",
    "centre",
    "top",
    "bottom",
    "above",
    "below",
    "clockwise",
    "from",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan.",
    "feb.",
    "aug.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
    "image",
    "caption",
    "main",
}
# Words before a capitalized run that make it a place or a thing, not a person.
_PLACE_PREPOSITIONS = {
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "along",
    "across",
    "to",
    "into",
    "from",
    "of",
    "the",
    "a",
    "an",
    "on",
    "over",
    "under",
    "through",
    "toward",
    "towards",
    "off",
    "around",
    "between",
    "my",
    "your",
    "our",
    "their",
    "his",
    "her",
    "its",
    "whose",
}
# First words of regions and adjectives of place (`North African`, `South Taranaki`).
_COMPASS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "greater",
}

# How the people of a list are numbered from one side: `2nd L`, `3rd L`...
_ORDINALS = ("", "2nd ", "3rd ", "4th ", "5th ", "6th ", "7th ", "8th ")

_WORD_MARKER = re.compile(
    r"^(?:,\s*[A-Z]-[A-Z][\w.]*)?,\s*(?:(?P<ord>second|third|\d(?:st|nd|rd|th))\s+(?:from\s+)?)?"
    r"(?P<side>left|right|center|centre)\s*(?:,|\)|$)",
    re.IGNORECASE,
)
_LIST_START = re.compile(
    r"\((?:L|R)\s*(?:to|-|–)\s*(?:R|L)\)\s*|\bfrom (?P<side>left|right)\b[,:]?\s*", re.IGNORECASE
)
_ORDINAL_BEFORE = re.compile(r"(?:\d(?:st|nd|rd|th)|second|third|fourth|fifth)\s*$", re.I)
_TOKENS = re.compile(_WORD)


def _clean(word: str) -> str:
    return word.rstrip(".,;:'’").lower() if not word.endswith(".") else word.lower()


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s"))


def _is_name_word(word: str) -> bool:
    bare = word.rstrip(".")
    if word in _PARTICLE_WORDS or word.lower() in _PARTICLES:
        return True
    if not bare[:1].isupper() or word.lower() in _NOT_NAMES:
        return False
    if "-" in bare and bare.rsplit("-", 1)[1][:1].islower():
        return False  # `Amazon-owned`, `Paris-based`: an adjective; `Kwiatkowska-Bąk` is a name
    # An initial (`W.`) or a capitalized word; all-capital words of 3+ letters are acronyms.
    return len(bare) == 1 or not (bare.isupper() and len(bare) > 2)


def _runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Capitalized word runs in `text`: (start, end, words)."""
    runs: list[tuple[int, int, list[str]]] = []
    current: list[str] = []
    start = end = 0
    for m in _TOKENS.finditer(text):
        word = m.group().rstrip("'’")
        gap = text[end : m.start()]
        if current and (gap.strip() or not _is_name_word(word)):
            runs.append((start, end, current))
            current = []
        if _is_name_word(word) or (current and word.lower() in _PARTICLES):
            if not current:
                start = m.start()
            current.append(word)
            end = m.start() + len(word)
            if _possessive(word):  # `Tunis’s Bardo`: the possessive ends the run
                runs.append((start, end, current))
                current = []
    if current:
        runs.append((start, end, current))
    return runs


def _name_from_run(words: list[str]) -> str | None:
    """The person's name in a capitalized run, titles cut off the front; None for a place."""
    return _titled_name(words)[0]


def _titled_name(words: list[str]) -> tuple[str | None, bool]:
    """(name, whether a title preceded it) for a capitalized run."""
    cut = 0
    for i, word in enumerate(words):
        if _clean(word) in _TITLES or word.lower().rstrip(".") in _TITLES:
            cut = i + 1
    words = words[cut:]
    while words and words[-1].lower() in _PARTICLES:
        words = words[:-1]
    if not words or any(_clean(w) in _PLACES for w in words) or _clean(words[0]) in _COMPASS:
        return None, False
    real = [w for w in words if w.lower() not in _PARTICLES and w not in _PARTICLE_WORDS]
    if len(real) < 2 or len(real[-1].rstrip(".")) == 1:
        return None, False
    return " ".join(words).rstrip("."), cut > 0


def _preceding_word(text: str, start: int) -> str:
    before = text[:start].rstrip()
    if before.endswith(("(", ",", ";", ":", "—", "–")) or not before:
        return ""
    return before.split()[-1].lower().strip("“\"'(")


def _marker_after(after: str) -> str | None:
    """The position a marker right after a name gives (`(2nd L)`, `, second from left,`)."""
    paren = MARKER.match(after.lstrip())
    if paren is not None:
        position = normalize_position(paren.group(0))
        return None if " to " in position else position  # `(L to R)` opens a list
    word = _WORD_MARKER.match(after)
    if word is not None:
        return normalize_position(f"{word.group('ord') or ''} {word.group('side')}")
    return None


def _list_people(text: str) -> list[Person]:
    """People of an `(L to R)` / `from left` list, numbered from the left (or right)."""
    # `(second from left)` places one person; it does not open a list.
    starts = (
        m for m in _LIST_START.finditer(text) if not _ORDINAL_BEFORE.search(text, 0, m.start())
    )
    m = next(starts, None)
    if m is None:
        return []
    side = "R" if (m.group("side") or "").lower() == "right" else "L"
    people: list[Person] = []
    tail = text[m.end() :]
    for item in re.split(r",\s*(?:and\s+)?|\s+and\s+|;\s*", tail):
        names = [n for _s, _e, words in _runs(item) if (n := _name_from_run(words))]
        if not names:
            if people:
                break
            continue
        people.append(Person(names[0], f"{_ORDINALS[min(len(people), 7)]}{side}".strip()))
        if item.split(names[0], 1)[-1].strip():
            break  # text after the name: the list has ended (`... and C confer in ...`)
    return people


def find_people(
    text: str, *, known: Iterable[str] = (), common: Collection[str] = ()
) -> tuple[Person, ...]:
    """Every person named in caption `text`, in order, each with a normalized position or None.

    `known` are full names found elsewhere in the article: a lone surname of one of them
    (`Adébáyọ̀ on a training run`) names that person. `common` are words the article prints in
    lower case: one of them capitalised to open a sentence, when shaped like a participle or an
    agent noun (`Armed`, `Grower`), is not the first word of a name.
    """
    listed = _list_people(text)
    found: dict[str, Person] = {p.name: p for p in listed}
    surnames = {name.split()[-1] for name in known if len(name.split()) > 1}
    for start, end, words in _runs(text):
        start, words = _drop_common_opening(text, start, words, common)
        name, titled = _titled_name(words) if words else (None, False)
        if name is None and len(words) == 1 and words[0] in surnames:
            name = words[0]  # a lone surname of someone the article has named in full
            if any(other.split()[-1] == name for other in found):
                continue
        if name is None or name in found or _possessive(words[-1]):
            continue
        if not titled and _preceding_word(text, start) in _PLACE_PREPOSITIONS:
            continue
        if text[max(0, start - 1) : start] in ("“", '"', "‘") or text[end : end + 2] in (
            "’s",
            "'s",
        ):
            continue  # a quoted title or a possessive, not a person
        found[name] = Person(name, _marker_after(text[end:]))
    order = {name: text.find(name) for name in found}
    return tuple(sorted(found.values(), key=lambda p: order[p.name]))


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’]*(?![\w'’-])")


def lower_case_words(text: str) -> set[str]:
    """The words `text` prints in lower case: the article's own list of ordinary words."""
    return set(_LOWER_WORD.findall(text))


# Endings of participles, adjectives and agent nouns (`Armed`, `Striking`, `Grower`), which
# open captions; given names that are also ordinary words (`Rose`, `Mark`, `Bill`) have none.
_COMMON_ENDINGS = (
    "ed",
    "ing",
    "er",
    "ers",
    "or",
    "ors",
    "ist",
    "ists",
    "ive",
    "ous",
    "ful",
    "less",
)


def _is_common(word: str, common: Collection[str]) -> bool:
    """Whether `word` is an ordinary word: printed in lower case in the article (singular or
    plural) and shaped like a participle, an adjective or an agent noun."""
    lower = word.lower()
    if len(lower) < 5 or not lower.endswith(_COMMON_ENDINGS):
        return False
    forms = (lower, f"{lower}s", f"{lower}es", lower.removesuffix("s"))
    return any(form in common for form in forms)


def _drop_common_opening(
    text: str, start: int, words: list[str], common: Collection[str]
) -> tuple[int, list[str]]:
    """Without a first word that is capitalised only because it opens a sentence (`Armed`)."""
    opens_sentence = not text[:start].strip() or text[:start].rstrip()[-1:] in ".!?;:"
    if words and opens_sentence and _is_common(words[0], common):
        rest = words[1:]
        return (text.find(rest[0], start) if rest else start), rest
    return start, words


__all__ = ["find_people", "lower_case_words"]
