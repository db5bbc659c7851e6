"""The parts of a credit body: each segment read as a marker, an organisation or people.

Person or organisation is decided by evidence, never by position alone:
- the supplier registry (`AFP`, `ロイター`) and the marker words (`Pool`, `Handout`, `STR`);
- organisation words from the word file (`University`, `Polizei`, `Images`), a leading `The`,
  an acronym (`UCG`, `EAG Antigua`), a newspaper's shape (`The Alden Times`);
- a person's shape: one to six capitalised words with lower-case particles (`van der`, `al-`);
- a single word is an organisation (`© Hoklatherm`, `Courtesy of Refugia`) unless another part
  follows it (`Gatsi/Getty Images`, `khamkhor via Pixabay`: a contributor's handle);
- the part after a stock library is its contributor (`iStock.com/Name`, `stock.adobe.com/Name`).
These rules were fitted on the credit lines of the development pages of ../shared/articles/real
(the pages outside benchmarks/real_pages_validation.txt) and tests/test_credit_table.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from captions.credit.agencies import AgencyTable
from captions.credit.cjk import (
    has_cjk,
    is_cjk_prose,
    looks_like_cjk_person,
    split_body,
    split_staff,
    strip_honorific,
    strip_org_suffix,
)
from captions.credit.names import (
    NOT_PEOPLE,
    is_caseless,
    looks_like_person,
    looks_like_person_in_credit,
    natural_case,
    starts_with_given_name,
)
from captions.credit.words import (
    CreditWords,
    active_words,
    alternation,
    credit_words,
    label_roles,
)

_WORDS_DEFAULT = credit_words()
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
        # `y`, `e`, `i`, `a` join two names only between full names (`Ana Berg y Tomás Lind`);
        # in `José Ortega y Gasset` it belongs to the name.
        self.short_and = re.compile(
            r"\s+(?:"
            + alternation(w for w in ands if len(w) == 1 and w.isalpha())
            + r")\s+(?=(?-i:[^\W\d_a-z]))",
            re.IGNORECASE,
        )
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
        self.staff = words.words("staff")
        self.illustration = words.words("illustration")
        nouns = words.words("photo") | words.words("image") | words.words("credit")
        self.label_nouns = (nouns | words.words("source")) - self.illustration
        self.title = re.compile(
            r"^(?:" + alternation(words.words("title")) + r")\s+", re.IGNORECASE
        )
        self.anonymous = words.words("anonymous")


@lru_cache(maxsize=16)
def _lexicon(words: CreditWords) -> _Lexicon:
    return _Lexicon(words)


def _lex() -> _Lexicon:
    """The lexicon of the parse under way (see `captions.credit.words.using_words`)."""
    return _lexicon(active_words())


def abbreviations() -> frozenset[str]:
    """Words ending in a period that belong to a name (`e.V.`, `Inc.`, `St.`)."""
    return _lex().abbreviations


# `/`, `|`, a spaced dash, a long dash, and `Liv Berg. ORSA PRESS` (a period before capitals)
SEPARATOR = re.compile(
    r"(\s*[/／]\s*|\s*[|｜•·]\s*|\s+[-‐–—]\s+|\s*[—–]\s*|(?<=[a-zà-ÿ])\.\s+(?=[A-ZÀ-Þ]{2}))"
)
_COMMA = re.compile(r"\s*[,;]\s*")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Sources that are neither an agency nor a photographer: `the Smith family`, `the artist`.
_GROUP_WORDS = frozenset({"family", "families", "friends", "relatives", "artist", "artists"})
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
_BRAND_ENDS = ("images", "photos", "photography", "pictures", "stock", "studio")
_STOCK_KINDS = frozenset({"stock", "distributor", "social"})


@dataclass
class Parts:
    """What the segments of one credit said, gathered as they are read."""

    photographers: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    unrecognized: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    pool: bool = False
    handout: bool = False
    file_photo: bool = False
    evidence: bool = False
    masthead: bool = False  # a newspaper named by its shape: evidence only beside a person
    notes: list[str] = field(default_factory=list)  # printed marks that name no part

    def add_agency(self, name: str) -> None:
        if name not in self.agencies:
            self.agencies.append(name)

    def add_person(self, name: str) -> None:
        if name.casefold() not in {p.casefold() for p in self.photographers}:
            self.photographers.append(name)


@dataclass(frozen=True)
class Context:
    """Where a segment stands: after a name, after a stock library, before another part."""

    after_name: bool = False
    byline: bool = False  # the text is a by-line field: a single word there is a person
    after_stock: bool = False
    followed: bool = False
    before_stock: bool = False
    joined: bool = False


def _is_org_word(word: str, first: bool) -> bool:
    if not all(ch.isalnum() or ch in "&.,-'’" or unicodedata.category(ch)[0] == "M" for ch in word):
        return False
    if word.endswith(",") or (word.endswith(".") and word.casefold() not in _lex().abbreviations):
        return False  # `2025.` or `Monday,`: a sentence, not a name
    if word[:1].isdigit():
        return True
    folded = word.casefold()
    return (
        folded in _CONNECTORS
        or folded in _lex().abbreviations
        or word[:1].isupper()
        or is_caseless(word)
    )


def is_org_shape(words: list[str]) -> bool:
    return all(_is_org_word(w, i == 0) for i, w in enumerate(words))


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("&", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 5


def looks_like_org(segment: str) -> bool:
    """`Harbour Trust`, `The Verge`, `UCG`, `EAG Antigua`, `505 Games`, `WAB e.V.`: an
    organisation's shape."""
    words = segment.split()
    if _named_by_its_noun(words):
        return True
    named = _lex().words.strip_legal_form(segment)
    if named != segment and named.split() and is_org_shape(named.split()):
        return True  # `WAB e.V.`, `CQ-Roll Call, Inc`
    if not words or not is_org_shape(words):
        return False
    if any(_is_full_name(piece) for piece in _lex().and_word.split(segment)[1:]) or (
        _lex().and_word.search(segment) and _is_full_name(_lex().and_word.split(segment)[0])
    ):
        return False  # `Tom Lark and Harbour Gallery`: a person and an organisation
    bare = [w.casefold().strip(".,()") for w in words]
    if _surname_is_org_word(segment, bare):
        return False  # `Ana Church`, `Gary Power`: a given name, then a surname
    if any(w in _lex().org_words for w in bare) or (bare[0] == "the" and len(words) > 1):
        return True
    if any(ch.isdigit() for ch in segment) and len(words) > 1:
        return True  # `505 Games`, `HHC 1ST BCT`: no person's name holds a digit
    if len(words) == 1:
        return _is_acronym(words[0])
    # `EAG Antigua`: an acronym of three letters or more before a name (`AJ Rahman` is a person).
    return _is_acronym(words[0]) and len(words[0].replace(".", "")) >= 3 and not words[1].isupper()


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
    if not 2 <= len(words) <= 8 or words[0].casefold() not in _lex().org_words:
        return False
    if not words[0][:1].isupper() or not any(w[:1].islower() for w in words[1:]):
        return False
    plain = all(w.replace("'", "").replace("’", "").replace("-", "").isalpha() for w in words)
    return plain and not any(w in _SENTENCE_WORDS for w in words[1:])


def _surname_is_org_word(segment: str, bare: list[str]) -> bool:
    """A person's name of two words, a common given name (data/given_names.json) and an
    organisation word (`Ana Church`); with a third word it is the person's business (`Lee
    Miller Archives`, `Ana Berg Photography`)."""
    if len(bare) != 2 or bare[0] in _lex().org_words:
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


def _is_brand(segment: str) -> bool:
    """`AerialPerspective Images`: a contributor's brand name, up to four capitalised words."""
    words = segment.split()
    return len(words) <= 4 and is_org_shape(words) and segment.casefold().endswith(_BRAND_ENDS)


def _is_handle(word: str) -> bool:
    """`khamkhor`, `Amigos3D`, `peterschreiber.media`, `Matthias_Ibeler`: one printed token."""
    return " " not in word and any(ch.isalpha() for ch in word)


def read_marker(key: str, parts: Parts) -> bool:
    """`Pool`, `Handout`, `File`, `STR`, `Reprodução`: a marker standing where a part would."""
    lex = _lex()
    if key in lex.label_nouns:
        return True  # `Credit`, `Source`: a placeholder that names nobody
    if key in lex.illustration:
        parts.roles.add("illustration")
    elif key in lex.staff:
        parts.roles.add("staff")
    elif key in lex.anonymous:
        parts.roles.add("anonymous")
    if key in lex.pool:
        parts.pool = True
    elif key in lex.handout:
        parts.handout = True
    elif key in lex.file:
        parts.file_photo = True
    elif not (key in NOT_PEOPLE or key in lex.staff | lex.anonymous | lex.illustration):
        return False
    parts.evidence = True
    return True


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def read_segment(segment: str, parts: Parts, table: AgencyTable, ctx: Context) -> None:
    """Classify one part of a credit (between slashes, bars or dashes)."""
    if _EMAIL.fullmatch(segment.strip()) and parts.photographers:
        parts.notes.append(segment.strip())  # `Name gildong@yna.co.kr`: the reporter's address
        return
    if len(segment) > 2 and segment[0] in _QUOTES and segment[-1] in _QUOTES:
        segment = segment.strip(_QUOTES)  # `„Harbour Zeitung“`: a name in quotes
    key = " ".join(segment.casefold().split()).rstrip(".")
    if read_marker(key, parts):
        return
    if (agency := table.lookup(segment)) is not None:
        parts.add_agency(agency)
        parts.evidence = True
        return
    head, _, tail = segment.rpartition(" ")
    if head and tail.casefold() in _lex().words.words("note") and table.lookup(head):
        parts.add_agency(table.lookup(head) or head)  # `YouTube screenshot`
        parts.notes.append(tail)
        parts.evidence = True
        return
    label = _lex().words.label.match(segment)
    if label is not None and 0 < label.end() < len(segment):
        # `Photo montage by Salon`, `Pool photo by Name` inside a credit of several parts
        parts.roles |= label_roles(label.group(0))
        parts.evidence = True
        read_segment(segment[label.end() :].strip(), parts, table, ctx)
        return
    if _read_hyphenated(segment, parts, table) or _read_joined_suppliers(segment, parts, table):
        return
    titled = _strip_title(segment)
    if titled != segment and looks_like_person(titled):
        parts.add_person(natural_case(titled))  # `Mass Communication Specialist 2nd Class Name`
        return
    if is_group(segment) and not _lex().and_.search(segment):
        return
    if ctx.joined and looks_like_masthead(segment):
        parts.add_agency(" ".join(segment.split()))
        parts.masthead = True
    elif ctx.after_stock and not _is_acronym(segment):
        read_names(segment, parts, table, ctx)  # the contributor of a stock library
    elif ctx.before_stock and _is_brand(segment) and not ctx.after_name:
        parts.add_person(segment)  # a contributor's brand: `AerialPerspective Images/Getty`
    elif looks_like_org(segment) or (ctx.after_name and looks_like_person(segment)):
        # In `Name/Hans Lucas/AFP` the second name-shaped part is a small agency, not a person.
        # `Courtesy of the Harbour Trust` names `Harbour Trust`; a printed `The` is kept.
        parts.add_agency(org_name(segment))
        if segment.casefold().endswith(_BRAND_ENDS):
            parts.masthead = True  # `PS Photography | Name`: beside a person, a photo business
    else:
        read_names(segment, parts, table, ctx)


def org_name(segment: str) -> str:
    """An organisation's name as printed, spaces tidied, its legal form dropped (`WAB e.V.`)."""
    name = " ".join(segment.strip(_QUOTES).split()).removeprefix("the ")
    return _lex().words.strip_legal_form(name)


_QUOTES = '«»"“”„‟‹› '


def _read_joined_suppliers(segment: str, parts: Parts, table: AgencyTable) -> bool:
    """`NASA & CSA`, `AFP and Reuters`: known suppliers joined by `&` or `and`."""
    joined = [p for p in _lex().and_.split(segment) if p.strip()]
    known = [table.lookup(p) for p in joined]
    if len(joined) < 2 or None in known:
        return False
    for name in known:
        parts.add_agency(name or "")
    parts.evidence = True
    return True


def _read_hyphenated(segment: str, parts: Parts, table: AgencyTable) -> bool:
    """`Name-USA TODAY Sports`: a name joined to a known supplier by a bare hyphen."""
    for match in re.finditer(r"\s*[-–]\s*", segment):
        left, right = segment[: match.start()], segment[match.end() :]
        known = table.lookup(right)
        if known is not None and left and looks_like_person(left):
            parts.add_person(natural_case(left))
            parts.add_agency(known)
            parts.evidence = True
            return True
    return False


_ET_AL = re.compile(r"\s+et\s+al\b\.?", re.IGNORECASE)


# `y`, `e`, `i`, `a` join two names only between full names (`Ana Berg y Tomás Lind`); in
# `José Ortega y Gasset` it belongs to the name.


def _split_names(segment: str) -> list[str]:
    names: list[str] = []
    for piece in _lex().and_.split(_ET_AL.sub("", segment)):
        halves = _lex().short_and.split(piece) if piece else []
        if len(halves) > 1 and all(len(h.split()) >= 2 and looks_like_person(h) for h in halves):
            names += halves
        elif piece:
            names.append(piece)
    return _with_suffixes(names)


def _comma_pieces(segment: str) -> list[str]:
    return _with_suffixes(p for p in _COMMA.split(segment) if p)


def _with_suffixes(pieces: Iterable[str]) -> list[str]:
    """The pieces, a name suffix (`Jr.`, `III`) or a legal form (`Inc`) joined back to the name
    before it."""
    names: list[str] = []
    for piece in pieces:
        folded = piece.casefold()
        if names and (folded in _SUFFIXES or folded in _lex().legal_forms):
            names[-1] = f"{names[-1]}, {piece}"
        else:
            names.append(piece)
    return names


def read_names(segment: str, parts: Parts, table: AgencyTable, ctx: Context) -> None:
    """People and organisations listed with commas, `and`, `&`: `Name, AP`, `Amazon, Sony`."""
    pieces = _comma_pieces(segment)
    for index, piece in enumerate(pieces):
        first, last = index == 0, index == len(pieces) - 1
        if read_marker(" ".join(piece.casefold().split()).rstrip("."), parts):
            continue
        if (known := table.lookup(piece)) is not None:
            parts.add_agency(known)
            parts.evidence = True
        elif _read_joined_suppliers(piece, parts, table):
            pass
        elif len(pieces) > 1 and looks_like_org(piece) and not (first and ctx.after_stock):
            parts.add_agency(org_name(piece))
        elif _is_handle(piece) and not looks_like_person(piece) and first and ctx.after_stock:
            parts.add_person(piece)  # `iStock.com/djedzura`
        else:
            _read_people(piece, parts, ctx, contributor=first and ctx.after_stock, last=last)


def _strip_title(name: str) -> str:
    """`SSG KYLE DAVIS` -> `KYLE DAVIS`, `Dr. Ana Ruiz` -> `Ana Ruiz` (two words must remain)."""
    match = _lex().title.match(name)
    if match and len(name[match.end() :].split()) >= 2:
        return name[match.end() :]
    return name


def _read_people(piece: str, parts: Parts, ctx: Context, *, contributor: bool, last: bool) -> None:
    names = [_strip_title(name) for name in _split_names(piece)]
    for index, name in enumerate(names):
        shared = index + 1 < len(names) and len(names[-1].split()) > 1
        if name.casefold() in NOT_PEOPLE:
            parts.evidence = True
        elif is_group(name):
            continue  # `the artist and Harbour Gallery`
        elif len(names) > 1 and looks_like_org(name):
            parts.add_agency(org_name(name))
        elif name.startswith("@") and len(name) > 1 and " " not in name:
            parts.add_person(name)  # `@janeroe`: a social network account
        elif shared and " " not in name and looks_like_person(name):
            parts.add_person(natural_case(name))  # `Ted + Chelsea Cavanaugh`: a shared surname
        elif " " not in name and ctx.byline and (looks_like_person(name) or _is_handle(name)):
            parts.add_person(natural_case(name))  # `Patrik`, `edi_wijaya` in a by-line
        elif " " not in name and not contributor and not (ctx.followed and last):
            # One word alone is an organisation (`© Hoklatherm`); before another part it is a
            # contributor's handle (`Gatsi/Getty Images`).
            if looks_like_person(name) or _is_handle(name):
                parts.add_agency(name)
            else:
                parts.unrecognized.append(name)
        elif looks_like_person(name) or (ctx.followed and looks_like_person_in_credit(name)):
            parts.add_person(natural_case(name))
        elif (contributor and len(name.split()) <= 4 and ". " not in name) or (
            " " not in name and _is_handle(name)
        ):
            parts.add_person(name)
        else:
            parts.unrecognized.append(name)


def read_cjk(
    body: str, parts: Parts, table: AgencyTable, *, byline: bool = False, shot: bool = False
) -> None:
    """A credit in Chinese, Japanese or Korean (see `captions.credit.cjk`); `shot`: a photo
    label before it names the photographer."""
    if read_marker(body.strip(), parts):
        return  # `资料图` (file picture), `网络` (the internet): a marker, whatever its suffix
    reading = split_body(body, _lex().words)
    reading.honoured = reading.honoured or byline  # a by-line names its creator
    reading.shot = reading.shot or shot
    if reading.shot or reading.provided:
        parts.evidence = True
    parts.handout = parts.handout or reading.provided
    for token in reading.tokens:
        if not has_cjk(token) and reading.honoured:
            parts.add_person(token)  # `paupau5さん`: a user's handle
            continue
        if not has_cjk(token):
            read_segment(token, parts, table, Context(bool(parts.photographers), joined=True))
            continue
        if token in _lex().words.words("note"):
            parts.notes.append(token)  # `写真はイメージ`: an illustrative picture
            continue
        if read_marker(token, parts):
            continue
        if is_cjk_prose(token):
            parts.unrecognized.append(token)
            continue
        employer, rest, staff = split_staff(token, _lex().words)
        parts.evidence = parts.evidence or staff
        if staff:
            parts.roles.add("staff")
        if employer:
            parts.add_agency(table.lookup(employer) or employer)
        if not rest:
            continue
        name, honoured = strip_honorific(rest)
        known = table.lookup(name)
        if known is not None:
            parts.add_agency(known)
            parts.evidence = True
        elif (
            honoured
            or reading.honoured
            or staff
            or (looks_like_cjk_person(name) and reading.shot)
            or looks_like_cjk_person(name)
            and len(reading.tokens) > 1
        ):
            parts.add_person(name)
        elif any(unicodedata.name(ch, "").startswith("HIRAGANA") for ch in name):
            parts.unrecognized.append(name)  # hiragana is prose (`お店から`, "from the shop")
        else:
            parts.add_agency(strip_org_suffix(name))


def read_segments(
    body: str,
    parts: Parts,
    table: AgencyTable,
    *,
    via: bool = False,
    byline: bool = False,
    by_label: bool = False,
    photo_label: bool = False,
) -> None:
    """Read every part of `body`; `via` says a distributor follows the last part, `by_label`
    that a label such as `Photo by` names the first part's maker, `photo_label` that a CJK
    photo label (`图/`) does."""
    pieces = SEPARATOR.split(body)
    segments = [
        (pieces[i].strip(), pieces[i - 1].strip() if i else "") for i in range(0, len(pieces), 2)
    ]
    segments = [(s, sep) for s, sep in segments if s]
    kinds = [_stock_kind(s, table) for s, _ in segments]
    for index, (segment, separator) in enumerate(segments):
        last = index == len(segments) - 1
        ctx = Context(
            after_name=separator in ("/", "／") and bool(parts.photographers),
            byline=byline,
            after_stock=index > 0 and kinds[index - 1] in ("stock", "social"),
            followed=_followed(index, segments, kinds, via) or (index == 0 and by_label),
            before_stock=(not last and kinds[index + 1] in _STOCK_KINDS) or (last and via),
            joined=len(segments) > 1,
        )
        if (
            not last
            and kinds[index + 1] is not None
            and _maker_of(segment, segments[index + 1][0], table)
        ):
            continue  # `Adobe / Firefly`: the maker of the product named next
        if last and index and parts.photographers and _initials_mark(segment, table):
            parts.notes.append(segment)  # `ANTARA FOTO/Name/foc.`: the editor's initials
        elif has_cjk(segment):
            read_cjk(segment, parts, table, byline=byline, shot=photo_label)
        else:
            read_segment(segment, parts, table, ctx)


def _maker_of(segment: str, following: str, table: AgencyTable) -> bool:
    """Whether a single word is the first word of the supplier named after it (`Adobe` before
    `Firefly`, known as `Adobe Firefly`) and no supplier itself."""
    canonical = table.lookup(following)
    words = canonical.casefold().split() if canonical else []
    return len(words) > 1 and words[0] == segment.casefold() and table.lookup(segment) is None


def _initials_mark(segment: str, table: AgencyTable) -> bool:
    """`foc.`, `nym`: two to four lower-case letters after the photographer, no supplier."""
    return re.fullmatch(r"[a-z]{2,4}\.?", segment) is not None and table.lookup(segment) is None


def _followed(
    index: int, segments: list[tuple[str, str]], kinds: list[str | None], via: bool
) -> bool:
    """Whether a single word here is a contributor's handle: a known supplier or an organisation
    follows it (`Gatsi/Getty Images`); before a person's name it is an organisation
    (`Harbourview / Ana Lind`)."""
    if index == len(segments) - 1:
        return via
    after = segments[index + 1][0]
    return kinds[index + 1] is not None or not looks_like_person(after)


def _stock_kind(segment: str, table: AgencyTable) -> str | None:
    supplier = table.supplier(segment)
    if supplier is None:
        return None
    return "stock" if supplier.kind == "stock" else supplier.kind


__all__ = [
    "abbreviations",
    "SEPARATOR",
    "Context",
    "Parts",
    "is_group",
    "is_org_shape",
    "looks_like_masthead",
    "looks_like_org",
    "org_name",
    "read_marker",
    "read_names",
    "read_segment",
    "read_segments",
]
