"""Person or organisation by the shape of a name, and the word sets credits are read with.

`Harbour Trust`, `The Verge`, `UCG`, `WAB e.V.`, `Musée national d'art moderne` are shaped like
organisations (organisation words and legal forms of many languages come from the word file);
`Ana Church` is a person (a common given name before an organisation word, data/given_names.json);
`The Alden Times` is a newspaper. `lex()` gives the patterns and word sets of the word set in
use (the built-in one, or one extended from the configuration).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property, lru_cache

from captions.credit.labels import GuardedSearch, openings
from captions.credit.names import (
    PARTICLES,
    given_names,
    is_caseless,
    looks_like_person,
    starts_with_given_name,
)
from captions.credit.words import SOURCE_KINDS, CreditWords, active_words, alternation

_ABBREVIATION_TEXT = "dept. st. bros. u.s."


class _Lexicon:
    """The word sets and patterns the parts are read with, built from one word set (the
    built-in one, or one extended from the configuration)."""

    def __init__(self, words: CreditWords) -> None:
        self.words = words
        ands = words.words("and")
        self.and_ = re.compile(
            r"\s+(?:"
            + alternation(w for w in ands if len(w) > 1 and w != "&")
            + r")\s+|\s*[&+]\s*",
            re.IGNORECASE,
        )
        # `Tom Lark and Harbour Gallery`: `and` spelled as a word
        self.and_word = re.compile(
            r"\s+(?:" + alternation(w for w in ands if w.isalpha()) + r")\s+", re.IGNORECASE
        )
        # `NASA, ESA, and J. Olsen`: the `and` after the list's last comma
        self.leading_and = re.compile(
            r"^(?:" + alternation(w for w in ands if len(w) > 1 and w.isalpha()) + r")\s+",
            re.IGNORECASE,
        )
        # `y`, `e`, `i`, `a` join two names only between full names (`Ana Berg y Tomás Lind`);
        # in `José Ortega y Gasset` it belongs to the name.
        self.short_and = re.compile(
            r"\s+(?:"
            + alternation(w for w in ands if len(w) == 1 and w.isalpha())
            + r")\s+(?=(?-i:[^\W\d_a-z]))",
            re.IGNORECASE,
        )
        # lower-case words inside an organisation's name: `and` in every language (`Eriksen og
        # Sønner`, `Linares y Olvera e Hijos`) and the name particles (`Koninklijke van Heusden`)
        self.connectors = ands | PARTICLES
        # Words ending in a period inside a name: abbreviations and legal forms' tokens (`e.V.`).
        forms = words.words("legal_form")
        self.legal_forms = forms
        self.abbreviations = frozenset(_ABBREVIATION_TEXT.split()) | {
            token for form in forms for token in form.split() if token.endswith(".")
        }
        self.pool = words.words("pool")
        self.handout = words.words("handout")
        self.file = words.words("file")
        self.org_words = words.words("organisation")
        # `Landratsamt`, `Trafikverket`: a compound whose end is an organisation word; the stem
        # before it is three letters at least (`Amt` alone is a word of its own)
        self._org_suffixes = alternation(words.words("organisation_suffix"))
        self.staff = words.words("staff")
        self.illustration = words.words("illustration")
        nouns = words.words("photo") | words.words("image") | words.words("credit")
        self.label_nouns = (nouns | words.words("source")) - self.illustration
        self.title = GuardedSearch(
            openings(words.words("title")),
            r"^(?:" + alternation(words.words("title")) + r")\s+",
            re.IGNORECASE,
            at_start=True,
        )
        # where a picture that names nobody came from (words.json `private`, `reproduction`,
        # `social_media`); each kind is also a word that names nobody (`anonymous`)
        self.source_kinds = {kind: words.words(kind) for kind in SOURCE_KINDS}
        self.anonymous = words.words("anonymous").union(*self.source_kinds.values())
        # words that stand for a part as a marker (`Archivbild`, `privat`), label nouns or not
        self.markers = self.anonymous | self.file | self.pool | self.handout
        # markers printed after an organisation (`Harbour Press file photo`)
        self.flags = self.file | self.pool | self.handout | self.staff | self.label_nouns
        self.flags |= self.illustration
        # words that name nobody where a name would stand (`Staff`, `privat`, `courtesy`)
        self.nobody = self.staff | self.anonymous | self.illustration | words.words("courtesy")

    @cached_property  # compiled when a name first needs it: one credit line often does not
    def org_compound(self) -> re.Pattern[str]:
        return re.compile(rf"^[^\W\d_]{{3,}}(?:{self._org_suffixes})$", re.IGNORECASE)


@lru_cache(maxsize=16)
def _lexicon(words: CreditWords) -> _Lexicon:
    return _Lexicon(words)


def lex() -> _Lexicon:
    """The lexicon of the parse under way (see `captions.credit.words.using_words`)."""
    return _lexicon(active_words())


def abbreviations() -> frozenset[str]:
    """Words ending in a period that belong to a name (`e.V.`, `Inc.`, `St.`)."""
    return lex().abbreviations


# Sources that are neither an agency nor a photographer: `the Smith family`, `the artist`.
_GROUP_WORDS = frozenset(
    {"family", "families", "friends", "relatives", "artist", "artists"}
    # `gentileza Familia Prado`, `Foto: Familie Berg`: a family in other languages
    | {"familia", "família", "famille", "familie", "famiglia", "familj", "gezin", "rodzina"}
    | {"rodina", "perhe", "keluarga", "aile", "семья", "сім'я", "οικογένεια"}
)
_CONNECTORS = frozenset(
    [
        "of",
        "and",
        "for",
        "the",
        "de",
        "del",
        "du",
        "des",
        "la",
        "le",
        "di",
        "da",
        "y",
        "on",
        "in",
        "at",
        "und",
        "der",
        "et",
        "&",
    ]
)
# Last words of newspaper mastheads: `The Seattle Times`, `Star Tribune`, `Review-Journal`.
_MASTHEAD_TEXT = """times post herald tribune journal globe star news gazette chronicle observer
    examiner inquirer enquirer sun mail telegraph independent guardian courier bee register
    dispatch press standard record democrat republic republican advocate mercury sentinel monitor
    express statesman bulletin citizen dealer constitution oregonian times-picayune"""
_MASTHEAD_WORDS = frozenset(_MASTHEAD_TEXT.split())
# A contributor brand before a stock library: `AerialPerspective Images/Getty Images`.
BRAND_ENDS = ("images", "photos", "photography", "pictures", "stock", "studio")


# A word of capital Latin consonants (`SBB`, `CFF`): an abbreviation, never a name's word.
_VOWELLESS_CAPS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,6}")


def _is_org_word(word: str, first: bool) -> bool:
    if not all(ch.isalnum() or ch in "&.,-'’" or unicodedata.category(ch)[0] == "M" for ch in word):
        return False
    if word.endswith(",") or (word.endswith(".") and word.casefold() not in lex().abbreviations):
        return False  # `2025.` or `Monday,`: a sentence, not a name
    if word[:1].isdigit():
        return True
    folded = word.casefold()
    return (
        folded in _CONNECTORS
        or folded in lex().connectors
        or folded in lex().abbreviations
        or word[:1].isupper()
        or is_caseless(word)
    )


def fold(word: str) -> str:
    """`word` casefolded for a look-up in the word file: Turkish `İ` folds to `i` and a dot
    (`İnşaat`, `İzmir`), the data holds the plain `i`."""
    return word.casefold().replace("\u0307", "")


def ends_with_org_word(text: str) -> bool:
    """`Landesamt`, `Institut`: whether the last word of `text` is an organisation word."""
    words = text.split()
    last = fold(words[-1]) if words else ""
    return last in lex().org_words or bool(lex().org_compound.match(last))


def is_org_shape(words: list[str]) -> bool:
    return all(_is_org_word(w, i == 0) for i, w in enumerate(words)) or _place_then_org_word(words)


def _place_then_org_word(words: list[str]) -> bool:
    """`Oslo kommune`, `Helsingin yliopisto`, `Uppsala universitet`: Nordic and Finnish names
    print the organisation word in lower case after capitalised words (a place)."""
    if len(words) < 2 or words[-1].casefold() not in lex().org_words:
        return False
    head = words[:-1]
    return words[-1].islower() and all(w[:1].isupper() and _is_org_word(w, False) for w in head)


def _sentence_case_org(words: list[str]) -> bool:
    """`Hasičský záchranný sbor`, `Policja państwowa`, `Valsts policija`, `Státní policie`:
    Slavic, Baltic and Hungarian offices capitalise only their first word; one word of the
    name is an organisation word (data/words.json), and the rest are lower-case words, never
    a name's particles (`Ana de la Cruz` holds no organisation word)."""
    if not 2 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    if not all(w.replace("-", "").isalpha() for w in words):
        return False
    # a place may follow in capitals (`Policijska uprava Ljubljana`, `ГУ МВД по Орской области`),
    # but the organisation word is the first, a lower-case one or an abbreviation, never a
    # capitalised name's (`Ana de la Iglesia` is a person)
    lower = [w for w in words[1:] if w.islower()]
    if not lower or any(w in _SENTENCE_WORDS for w in lower):
        return False  # `Ana Berg at the museum`: a sentence (other languages' joiners, `un`,
        # `po`, `na`, belong to the office's name)
    if starts_with_given_name(" ".join(words)) and words[1][:1].isupper():
        return False
    caps = [w for w in words[1:] if w.isupper()]
    return any(_names_an_office(w.casefold()) for w in [words[0], *lower, *caps])


def _names_an_office(word: str) -> bool:
    """`policija`, `mentőszolgálat`, `rendőr-főkapitányság`: an organisation word, or a compound
    (also hyphenated) that ends in one."""
    return any(
        part in lex().org_words or lex().org_compound.match(part)
        for part in (word, word.rpartition("-")[2])
    )


def is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 5


def looks_like_org(segment: str) -> bool:
    """`Harbour Trust`, `The Verge`, `UCG`, `EAG Antigua`, `505 Games`, `WAB e.V.`: an
    organisation's shape."""
    words = segment.split()
    if _named_by_its_noun(words):
        return True
    named = lex().words.strip_legal_form(segment)
    if named != segment and named.split() and _named_before_legal_form(named.split()):
        return True  # `WAB e.V.`, `CQ-Roll Call, Inc`, `Kovács és társa Bt.`, `PT Saragih`
    if _sentence_case_org(words):
        return True
    if not words or not is_org_shape(words):
        return False
    if any(_is_full_name(piece) for piece in lex().and_word.split(segment)[1:]) or (
        lex().and_word.search(segment) and _is_full_name(lex().and_word.split(segment)[0])
    ):
        return False  # `Tom Lark and Harbour Gallery`: a person and an organisation
    bare = [fold(w).strip(".,()") for w in words]
    if _opened_by_article(words, bare):
        return True
    if _surname_is_org_word(segment, bare) or _given_name_is_org_word(segment, bare):
        return False  # `Ana Church`, `Marina Lievens`: a given name and a surname
    if any(w in lex().org_words for w in bare):
        return True
    if _made_of_common_words(bare):
        return True  # `Blue Harbor`, `Rote Erde`: a brand made of common words, no one's name
    if any(_names_an_office(w) for w in bare if "-" in w) or any(
        lex().org_compound.match(w) for w in bare
    ):
        return True  # `Landratsamt Orsa`, `Polizeipräsidium Orsa`
    if len(words) > 1 and all(_VOWELLESS_CAPS.fullmatch(w) for w in words):
        return True  # `SBB CFF FFS`: abbreviations side by side; a name's words have vowels
    if "der" in words[1:-1] and not looks_like_person(segment):
        return True  # `Spektrum der Wissenschaft`, `Haus der Kunst`: a title, not `van der Berg`
    if any(ch.isdigit() for ch in segment) and len(words) > 1:
        return True  # `505 Games`, `HHC 1ST BCT`: no person's name holds a digit
    if len(words) == 1:
        return is_acronym(words[0])
    # `EAG Antigua`: an acronym of three letters or more before a name (`AJ Rahman` is a person).
    return is_acronym(words[0]) and len(words[0].replace(".", "")) >= 3 and not words[1].isupper()


def opens_with_article(text: str) -> bool:
    """Whether an article opens `text` as the name of a publication or an organisation (`Le
    Progrès`, `Die Zeit`; see `_opened_by_article`)."""
    words = text.split()
    return is_org_shape(words) and _opened_by_article(words, [fold(w) for w in words])


def _opened_by_article(words: list[str], bare: list[str]) -> bool:
    """`The Verge`, `Le Progrès`, `Il Tirreno`, `Die Zeit`, `Het Parool`: an article (words.json
    `article`) opens the name of a publication or an organisation, never a person's. An article
    that is also a name particle (`La`, `Le`, `El`, `Der`: `Le Pen`, `El Sayed`) does so only
    before one word that is no given name (`Le Minh` is a person) or before a name that holds a
    lower-case word (`La Voix du Nord`; `Le Van Thanh` is a person)."""
    if len(bare) < 2 or bare[0] not in lex().words.words("article"):
        return False
    if bare[0] not in PARTICLES:
        return True
    return (len(bare) == 2 and bare[1] not in given_names()) or any(
        w.islower() for w in words[1:-1]
    )


def _named_before_legal_form(words: list[str]) -> bool:
    """The words a legal form follows (or precedes) name a company: an organisation's shape,
    or a short name that a capital opens with at most two lower-case words (`Kovács és
    társa`); a sentence that ends in a company's name (`FT is a trademark of X Ltd.`) is not."""
    if is_org_shape(words):
        return True
    if len(words) > _COMPANY_WORDS or any(w.endswith((".", ",")) for w in words):
        return False
    lower = [w for w in words[1:] if w.islower()]
    return len(lower) <= 2 and (words[0][:1].isupper() or is_caseless(words[0]))


# Five words name a company at most (`Orsai és társa`, `Pacheco Encina y Maturana`): invented
# company names of tests/test_credit_world_lines.py and Faker's (benchmarks/credit_names.py).
_COMPANY_WORDS = 5


def _made_of_common_words(bare: list[str]) -> bool:
    """Two or three words, each a common word of the word file's `common` list (colours,
    landforms, waters, the sky), none a given name: people are not named `Silver Lake`."""
    common = lex().words.words("common")
    return 2 <= len(bare) <= 3 and all(w in common and w not in given_names() for w in bare)


def _is_full_name(piece: str) -> bool:
    """Two words or more shaped like a person's name and unlike an organisation's."""
    words = piece.split()
    return len(words) >= 2 and looks_like_person(piece) and not looks_like_org(piece)


# Lower-case words of an English sentence: a name that holds one is no organisation's name.
_SENTENCE_WORDS = frozenset(
    ["a", "an", "the", "is", "are", "was", "were", "be", "at", "to", "of", "in", "on", "and"]
    + ["or", "with", "by", "for", "from", "as", "it", "this", "that"]
)


def _named_by_its_noun(words: list[str]) -> bool:
    """`Musée national d'art moderne`, `Agence spatiale européenne`, `Parc éolien en mer de
    Fécamp`: an organisation noun, then the lower-case words that name it (French, Spanish,
    Italian and Portuguese write them so)."""
    if not 2 <= len(words) <= 8 or fold(words[0]) not in lex().org_words:
        return False
    if not words[0][:1].isupper() or not any(w[:1].islower() for w in words[1:]):
        return False
    plain = all(w.replace("'", "").replace("’", "").replace("-", "").isalpha() for w in words)
    return plain and not any(w in _SENTENCE_WORDS for w in words[1:])


def _surname_is_org_word(segment: str, bare: list[str]) -> bool:
    """A person's name of two words, a common given name (data/given_names.json) and an
    organisation word (`Ana Church`); with a third word it is the person's business (`Lee
    Miller Archives`, `Ana Berg Photography`)."""
    if len(bare) != 2 or bare[0] in lex().org_words or bare[1] in _NO_SURNAME:
        return False
    return starts_with_given_name(segment) and looks_like_person(segment)


# Organisation words that are nobody's surname (`Davis Group`, `Morgan Studio`), unlike
# `Church`, `Bank`, `Hall` or `Power`: the makers and sellers of pictures and their owners.
_NO_SURNAME = frozenset(
    [*BRAND_ENDS, "group", "media", "studios", "agency", "productions", "films", "records"]
    + ["entertainment", "institute", "university", "museum", "ministry", "foundation"]
)


def _given_name_is_org_word(segment: str, bare: list[str]) -> bool:
    """`Marina Lievens`, `Δήμος Τσιωλξ`: a common given name that is also an organisation word
    (data/given_names.json; marina, marine, δήμος), then a surname that is none."""
    if len(bare) != 2 or bare[0] not in lex().org_words or bare[1] in lex().org_words:
        return False
    return starts_with_given_name(segment) and looks_like_person(segment)


def looks_like_masthead(segment: str) -> bool:
    """`The Seattle Times`, `Star Tribune`, `Las Vegas Review-Journal`: a newspaper by its shape.

    A publisher named after a slash (`Name / The Seattle Times`) or after `for` is as good a sign
    of a credit as a known agency, though it is not in the registry.
    """
    words = segment.split()
    if len(words) < 2 or len(words) > 6 or not is_org_shape(words):
        return False
    if _surname_is_org_word(segment, [w.casefold() for w in words]):
        return False  # `Tom Post`: a person
    last = words[-1].casefold().rstrip(".")
    return last in _MASTHEAD_WORDS or last.rsplit("-", 1)[-1] in _MASTHEAD_WORDS


def is_group(segment: str) -> bool:
    """`the Smith family`: a source that is neither an agency nor a photographer."""
    return any(w.casefold() in _GROUP_WORDS for w in segment.split())


def is_brand(segment: str) -> bool:
    """`AerialPerspective Images`: a contributor's brand name, up to four capitalised words."""
    words = segment.split()
    return len(words) <= 4 and is_org_shape(words) and segment.casefold().endswith(BRAND_ENDS)


def is_handle(word: str) -> bool:
    """`khamkhor`, `Amigos3D`, `peterschreiber.media`, `Matthias_Ibeler`: one printed token."""
    return " " not in word and any(ch.isalpha() for ch in word)


def org_name(segment: str) -> str:
    """An organisation's name as printed, spaces tidied, its legal form dropped (`WAB e.V.`)."""
    name = " ".join(segment.strip(QUOTES).split()).removeprefix("the ")
    return lex().words.strip_legal_form(name)


QUOTES = '«»"“”„‟‹› '


__all__ = [
    "BRAND_ENDS",
    "QUOTES",
    "abbreviations",
    "is_acronym",
    "is_brand",
    "is_group",
    "is_handle",
    "is_org_shape",
    "lex",
    "looks_like_masthead",
    "looks_like_org",
    "org_name",
    "opens_with_article",
]
