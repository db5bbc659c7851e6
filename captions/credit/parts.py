"""The parts of a credit body: each segment read as a marker, an organisation or people.

Person or organisation is decided by evidence, never by position alone:
- the supplier registry (`AFP`, `ロイター`) and the marker words (`Pool`, `Handout`, `STR`);
- the shape of a name (`captions.credit.shapes`): organisation words and legal forms from the
  word file (`University`, `Polizei`, `GmbH`), a leading `The`, an acronym (`UCG`), a
  newspaper's shape (`The Alden Times`), a given name before an organisation word (`Ana Church`);
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

from captions.credit.agencies import AgencyTable, alias_key
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
    CREDIT_PARTICLES,
    NOT_PEOPLE,
    PARTICLES,
    given_names,
    is_caseless,
    looks_like_person,
    looks_like_person_in_credit,
    lower_case_full_name,
    natural_case,
    starts_with_given_name,
)
from captions.credit.notes import strip_places
from captions.credit.shapes import (
    BRAND_ENDS,
    QUOTES,
    abbreviations,
    is_acronym,
    is_brand,
    is_group,
    is_handle,
    is_org_shape,
    lex,
    looks_like_masthead,
    looks_like_org,
    org_name,
)
from captions.credit.words import (
    CATEGORIES,
    label_roles,
)

# `/`, `|`, a spaced dash, a long dash, and `Liv Berg. ORSA PRESS` (a period before capitals)
SEPARATOR = re.compile(
    r"(\s*[/／]\s*|\s*[|｜•·]\s*|\s+[-‐–—]\s+|\s*[—–]\s*|(?<=[a-zà-ÿ])\.\s+(?=[A-ZÀ-Þ]{2}))"
)
_INITIAL = re.compile(r"\s*[^\W\d_]\.\s*(?:\S|$)")
_COMMA = re.compile(r"\s*[,;]\s*")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
NAME_SUFFIXES = _SUFFIXES  # `Ana Berg Jr.`: a name's suffix, its period kept
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
    after_social: bool = False  # `Facebook/Harbour Police`: an account's owner follows
    followed: bool = False
    before_stock: bool = False
    joined: bool = False


def read_marker(key: str, parts: Parts) -> bool:
    """`Pool`, `Handout`, `File`, `STR`, `Reprodução`: a marker standing where a part would."""
    words = lex()
    if key in words.label_nouns and key not in words.markers:
        return True  # `Credit`, `Source`: a placeholder (`Archivbild` is a marker)
    if key in words.illustration:
        parts.roles.add("illustration")
    elif key in words.staff:
        parts.roles.add("staff")
    elif key in words.words.words("courtesy"):
        parts.roles.add("courtesy")  # `Name/courtesy`: lent, by whom the credit does not say
    elif key in words.anonymous:
        # `privat`, `Reprodução`, `redes sociales`: nobody named, but the kind of source said
        parts.roles.add("anonymous")
        parts.roles |= {kind for kind, said in words.source_kinds.items() if key in said}
    if key in words.pool:
        parts.pool = True
    elif key in words.handout:
        parts.handout = True
    elif key in words.file:
        parts.file_photo = True
    elif not (key in NOT_PEOPLE or key in words.nobody):
        return False
    parts.evidence = True
    return True


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# `© The estate of Ana Berg`, `© Nachlass Ana Berg`, `© Succession Ana Berg`: the heirs who hold
# an artwork's rights, not the picture's maker or supplier; kept as a note.
_ESTATE = re.compile(r"(?:the\s+)?(?:estate\s+of|nachlass|succession)\s+\S", re.IGNORECASE)


# `RC2ABC9XYZ12`, `1234567890`: a wire's picture id printed after the credit (Reuters' ids are
# 12 capitals and digits; Getty's and AP's are numbers), no part of it.
_PICTURE_ID = re.compile(r"(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{10,20}|\d{6,}")


def _read_flagged_org(segment: str, parts: Parts, table: AgencyTable) -> bool:
    """`Harbour Press file photo`, `Harbour Museum archives`, `Harbour Police handout`,
    `Harbour Press photographer`, `Harbour Times illustration`: an organisation and a marker
    printed after it in lower case; capitalised, a marker of two words (`Harbour Times File
    Photo`, `Staff Photographer`) or a handout or pool word (one capitalised word may end a
    name: `Harbour Archive`)."""
    words = segment.split()
    for cut in range(len(words) - 1, max(len(words) - 4, 0), -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        flags = lex().flags  # `Harbour Times illustration`: it made the picture
        folded = tail.casefold()
        capitalised = len(words) - cut >= 2 or folded in lex().handout | lex().pool
        if folded not in flags or not (tail.islower() or capitalised):
            continue
        tail = folded
        if table.lookup(head) is None and not looks_like_org(head):
            continue
        read_marker(tail, parts)
        parts.add_agency(table.lookup(head) or org_name(head))
        parts.evidence = True
        return True
    return False


# `Ana Berg's Instagram`, `Instagram de Ana Berg`, `Instagram-Account von Ana Berg`: a social
# network's page and its owner, in the possessive or after a preposition that says whose
# (English, Romance and German: a closed class, not data that grows).
_OWNER_FIRST = re.compile(r"(?P<owner>[^'’]+?)['’]s?\s+(?P<network>\S.*)")
_NETWORK_HANDLE = re.compile(r"(?P<network>.+?)\s+(?P<owner>@\S+)")  # `Twitter @name`
_NETWORK_FIRST = re.compile(
    r"(?P<network>.+?)\s+(?:of|de|di|da|do|du|del|von|des)\s+(?P<owner>[^\W\d_].*)", re.IGNORECASE
)


def _read_social_owner(segment: str, parts: Parts, table: AgencyTable) -> bool:
    """A picture taken from someone's social network page: the page's owner made or published
    it (a person, or an organisation by its shape), the network is the source."""
    for pattern in (_OWNER_FIRST, _NETWORK_FIRST, _NETWORK_HANDLE):
        match = pattern.fullmatch(segment.strip())
        if match is None:
            continue
        network = _social_network(match.group("network"), table)
        owner = match.group("owner").strip()
        if network is None or not owner:
            continue
        if looks_like_org(owner) or table.lookup(owner) is not None:
            parts.add_agency(table.lookup(owner) or org_name(owner))
        elif looks_like_person(owner) or is_handle(owner):
            parts.add_person(natural_case(owner))
        else:
            continue
        parts.add_agency(network)
        parts.evidence = True
        return True
    return False


def _social_network(text: str, table: AgencyTable) -> str | None:
    """`Instagram`, `Instagram page`, `Facebook-Seite`, `cuenta de Instagram`: the network's
    canonical name when `text` names a social network, with or without an account word."""
    accounts = lex().words.words("account")
    words = [w for w in re.split(r"[\s-]+", text.strip()) if w]
    while words and words[-1].casefold() in accounts:
        words.pop()
    if len(words) >= 2 and words[0].casefold() in accounts and words[1].casefold() in _OF:
        words = words[2:]  # `cuenta de Instagram`
    supplier = table.supplier(" ".join(words)) if words else None
    return supplier.name if supplier is not None and supplier.kind == "social" else None


_OF = frozenset({"of", "de", "di", "da", "do", "du", "del", "von", "des", "on"})


def _read_estate(segment: str, parts: Parts) -> bool:
    if _ESTATE.match(segment) is None:
        return False
    parts.notes.append(segment)
    parts.evidence = True
    return True


def read_segment(segment: str, parts: Parts, table: AgencyTable, ctx: Context) -> None:
    """Classify one part of a credit (between slashes, bars or dashes)."""
    if _read_estate(segment, parts):
        return
    if _PICTURE_ID.fullmatch(segment.strip()) and (parts.photographers or parts.agencies):
        parts.notes.append(segment.strip())
        return
    if _EMAIL.fullmatch(segment.strip()) and parts.photographers:
        parts.notes.append(segment.strip())  # `Name gildong@yna.co.kr`: the reporter's address
        return
    if len(segment) > 2 and segment[0] in QUOTES and segment[-1] in QUOTES:
        segment = segment.strip(QUOTES)  # `„Harbour Zeitung“`: a name in quotes
    key = " ".join(segment.casefold().split()).rstrip(".")
    # `Image Source` (a collection), `MAP` (a wire): a supplier named like a label word
    known = table.lookup(segment) if segment.isupper() else None
    if known is None and read_marker(key, parts):
        return
    if (agency := known or table.lookup(segment)) is not None:
        parts.add_agency(agency)
        parts.evidence = True
        return
    marker, dash, source = segment.partition("-")
    if dash and source.strip() and marker.strip().casefold() in lex().handout:
        parts.handout = parts.evidence = True  # `HO-Humas Polda Orsa`: a handout from X
        read_segment(source.strip(), parts, table, ctx)
        return
    head, _, tail = segment.rpartition(" ")
    if head and tail.casefold() in lex().words.words("note") and table.lookup(head):
        parts.add_agency(table.lookup(head) or head)  # `YouTube screenshot`
        parts.notes.append(tail)
        parts.evidence = True
        return
    if _read_flagged_org(segment, parts, table) or _read_social_owner(segment, parts, table):
        return
    if parts.evidence and (named := _after_article(segment, table)):
        parts.add_agency(table.lookup(named) or named)
        return
    if parts.evidence and _office_in_lower_case(segment):
        parts.add_agency(" ".join(segment.split()))  # `Фото: мэрия Орска`, `Foto: policie ČR`
        return
    label = lex().words.label.match(segment)
    if label is not None and 0 < label.end() < len(segment):
        # `Photo montage by Salon`, `Pool photo by Name` inside a credit of several parts
        parts.roles |= label_roles(label.group(0))
        parts.evidence = True
        read_segment(segment[label.end() :].strip(), parts, table, ctx)
        return
    if _read_hyphenated(segment, parts, table) or _read_joined_suppliers(segment, parts, table):
        return
    if ";" in segment and all(piece.strip() for piece in segment.split(";")):
        read_names(segment, parts, table, ctx)  # `Ana Berg; Orsa Mills GmbH`: a list, no firm
        return
    if _firm_of_founders(segment) or _firm_of_partners(segment, table):
        parts.add_agency(segment.strip())  # `Smith & Wesson`, `Skidmore, Owings & Merrill`
        return
    titled = _strip_title(segment)
    if titled != segment and looks_like_person(titled):
        parts.add_person(natural_case(titled))  # `Mass Communication Specialist 2nd Class Name`
        return
    if is_group(segment) and not lex().and_.search(segment):
        return
    if ctx.joined and looks_like_masthead(segment):
        parts.add_agency(" ".join(segment.split()))
        parts.masthead = True
    elif ctx.after_social and looks_like_org(segment) and not is_brand(segment):
        parts.add_agency(org_name(segment))  # `Facebook/Harbour Police`: the account's owner
    elif ctx.after_stock and not is_acronym(segment):
        read_names(segment, parts, table, ctx)  # the contributor of a stock library
    elif ctx.before_stock and is_brand(segment) and not ctx.after_name:
        parts.add_person(segment)  # a contributor's brand: `AerialPerspective Images/Getty`
    elif looks_like_org(segment) or (
        ctx.after_name and looks_like_person(segment) and not starts_with_given_name(segment)
    ):
        # In `Name/Kessel Quist/AFP` the second name-shaped part is a small agency, not a
        # person; one that a common given name opens is a second photographer (`Ana Berg/Tom
        # Lind`): agencies named after a person are the registry's (`Hans Lucas`).
        # `Courtesy of the Harbour Trust` names `Harbour Trust`; a printed `The` is kept.
        parts.add_agency(org_name(segment))
        if segment.casefold().endswith(BRAND_ENDS):
            parts.masthead = True  # `PS Photography | Name`: beside a person, a photo business
    else:
        read_names(segment, parts, table, ctx)


# A lower-case article that the sentence of a credit puts before a source (`cedida por el
# Ayuntamiento de Orsa`, `fournie par la mairie d'Orsa`, `divulgada pela Polícia`): Romance and
# German articles; a closed class, not data that grows.
_ARTICLE = re.compile(
    r"(?:(?:el|la|los|las|le|les|il|lo|gli|o|a|os|as|der|die|das|dem|den)\s+|l['’])"
)


def _after_article(segment: str, table: AgencyTable) -> str | None:
    """The source after a lower-case article, when it is a known supplier or an organisation
    (also named by its noun in lower case: `mairie d'Orsa`); None otherwise."""
    match = _ARTICLE.match(segment)
    rest = segment[match.end() :].strip() if match else ""
    words = rest.split()
    if not words or not any(ch.isupper() for ch in rest):
        return None
    if table.lookup(rest) or looks_like_org(rest):
        return rest
    return rest if words[0].casefold() in lex().org_words and len(words) > 1 else None


def _office_in_lower_case(segment: str) -> bool:
    """`мэрия Орска`, `policie ČR`, `město Orsa`, `mairie d'Orsa`: after a label, an office
    named by its noun in lower case (as Slavic and Romance languages print the noun of an office
    or a town hall before the place, which keeps its capital), with no article before it. Only
    names and particles follow the noun: `police near Orsa`, `museum visitors in Orsa` are
    prose."""
    words = segment.split()
    rest = words[1:]
    return (
        1 <= len(rest) <= 3
        and words[0].islower()
        and words[0].casefold() in lex().org_words
        and all(not w.islower() or w in CREDIT_PARTICLES for w in rest)
        and any(ch.isupper() for ch in " ".join(rest))
    )


def _read_joined_suppliers(segment: str, parts: Parts, table: AgencyTable) -> bool:
    """`NASA & CSA`, `AFP and Reuters`: known suppliers joined by `&` or `and`; `VAGA at ARS`:
    one licensed through the other."""
    joined = [q for p in lex().and_.split(segment) for q in _AT.split(p) if q.strip()]
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


_AT = re.compile(r"\s+at\s+")
_AMPERSAND = re.compile(r"\s*&\s*")


def _firm_of_founders(segment: str) -> bool:
    """`Johnson & Johnson`, `Harlow & Quist`, `Ben & Jerry's`: two capitalised single words
    joined by `&` that are not both given names (`Ana & Tom` are two people) name a firm
    after its founders; a possessive ends a brand, a name repeated is one family's firm; a
    surname may open on its particle (`Herzog & de Meuron`)."""
    pieces = [_without_particles(p) for p in _AMPERSAND.split(segment.strip())]
    if len(pieces) != 2 or not all(p[:1].isupper() for p in pieces) or len(pieces[1].split()) > 1:
        return False
    first, second = pieces
    if len(first.split()) > 1:
        # `George Allen & Unwin`, `Thames & Hudson`: a founder's full name and a surname; two
        # people print two full names (`Ana Berg & Tom Lind`) or share one (`Ana & Tom Berg`)
        return len(first.split()) <= 3 and second.casefold() not in given_names()
    if second.endswith(("'s", "’s")) or first == second:
        return True
    return not any(p.casefold() in given_names() for p in pieces)


def _without_particles(name: str) -> str:
    """`de Meuron` -> `Meuron`: a surname without the lower-case particles that open it."""
    words = name.split()
    while len(words) > 1 and words[0] in PARTICLES:
        words.pop(0)
    return " ".join(words)


def _firm_of_partners(segment: str, table: AgencyTable) -> bool:
    """`Skidmore, Owings & Merrill`, `Lewis, Miller and Barnes`, `Bakken, Jacobsen og Nielsen`:
    three single capitalised words or more, listed with commas and a last `and` or `&`, none a
    common given name (data/given_names.json), are a firm named after its partners; people are
    listed by their full names."""
    pieces = [p for p in _COMMA.split(segment.strip()) if p]
    if len(pieces) < 2:
        return False
    last = [q for p in lex().and_.split(pieces[-1]) for q in lex().short_and.split(p)]
    names = pieces[:-1] + last
    if len(last) != 2 or len(names) < 3:
        return False
    return all(
        len(n.split()) == 1
        and n[:1].isupper()
        and n.casefold() not in given_names()
        and table.lookup(n) is None  # `Reuters, AP and AFP`: suppliers, each its own
        for n in names
    )


_ET_AL = re.compile(r"\s+et\s+al\b\.?", re.IGNORECASE)


# `y`, `e`, `i`, `a` join two names only between full names (`Ana Berg y Tomás Lind`); in
# `José Ortega y Gasset` it belongs to the name.


def _split_names(segment: str) -> list[str]:
    names: list[str] = []
    for piece in lex().and_.split(_ET_AL.sub("", segment)):
        halves = lex().short_and.split(piece) if piece else []
        if len(halves) > 1 and all(len(h.split()) >= 2 and looks_like_person(h) for h in halves):
            names += halves
        elif piece:
            names.append(piece)
    return _with_suffixes(names)


def _comma_pieces(segment: str) -> list[str]:
    pieces = [p for p in _COMMA.split(segment) if p]
    return _with_suffixes(pieces[:1] + [lex().leading_and.sub("", p) for p in pieces[1:]])


def _with_suffixes(pieces: Iterable[str]) -> list[str]:
    """The pieces, a name suffix (`Jr.`, `III`) or a legal form (`Inc`) joined back to the name
    before it."""
    names: list[str] = []
    for piece in pieces:
        folded = piece.casefold()
        if names and (folded in _SUFFIXES or folded in lex().legal_forms):
            names[-1] = f"{names[-1]}, {piece}"
        else:
            names.append(piece)
    return names


def read_names(segment: str, parts: Parts, table: AgencyTable, ctx: Context) -> None:
    """People and organisations listed with commas, `and`, `&`: `Name, AP`, `Amazon, Sony`."""
    segment, places = strip_places(segment)
    parts.notes += places  # `Harbour Gallery, London`: where it sits, no part
    pieces = _comma_pieces(segment)
    for index, piece in enumerate(pieces):
        first, last = index == 0, index == len(pieces) - 1
        if piece.isupper() and (known := table.lookup(piece)) is not None:
            parts.add_agency(known)  # `MAP`, `Image Source`: a supplier named like a marker
            parts.evidence = True
        elif read_marker(" ".join(piece.casefold().split()).rstrip("."), parts) or _read_estate(
            piece, parts
        ):
            continue
        elif (known := table.lookup(piece)) is not None:
            parts.add_agency(known)
            parts.evidence = True
        elif _read_joined_suppliers(piece, parts, table):
            pass
        elif len(pieces) > 1 and _read_flagged_org(piece, parts, table):
            pass  # `Name, Harbour Press photographer`
        elif (
            (len(pieces) > 1 and looks_like_org(piece) and not (first and ctx.after_stock))
            or _listed_among_organisations(index, pieces, table)
            or (index and _ET_AL.search(pieces[index - 1]) and looks_like_person(piece))
        ):  # `Ana Berg et al, Harbour Science`: a citation names its journal after the authors
            parts.add_agency(org_name(piece))
            parts.masthead = parts.masthead or looks_like_masthead(piece)  # `Name, The Orsa Times`
        elif _given_name_beside(piece, ", ".join(pieces[:index] + pieces[index + 1 :]), table):
            parts.add_person(natural_case(piece.strip()))  # `Zora, TASS`: a first name only
        elif is_handle(piece) and not looks_like_person(piece) and first and ctx.after_stock:
            parts.add_person(piece)  # `iStock.com/djedzura`
        else:
            _read_people(piece, parts, ctx, contributor=first and ctx.after_stock, last=last)


def _listed_among_organisations(index: int, pieces: list[str], table: AgencyTable) -> bool:
    """`Foto: Apple, Harbour Games, Quiet Devision`: in a list of three sources or more whose
    others are all organisations, a name of plain words that no common given name opens
    (data/given_names.json) is one too; `NASA, ESA, Ana Berg` and `Apple, Tom Lind` keep the
    person (fitted on the credit lines of the development pages of ../shared/articles/real)."""
    piece, others = pieces[index], pieces[:index] + pieces[index + 1 :]
    words = piece.split()
    if len(others) < 2 or not 2 <= len(words) <= 3 or starts_with_given_name(piece):
        return False
    if not all(w.isalpha() and w[:1].isupper() and len(w) > 2 for w in words):
        return False  # `H. B. Hammel`, `Ng Han`: initials and short names are people's
    return all(table.lookup(o) is not None or looks_like_org(o) or _one_word_org(o) for o in others)


def _one_word_org(piece: str) -> bool:
    """`Nordwind` in a list of sources: one word alone is an organisation (`© Hoklatherm`),
    unless it is a common given name."""
    return len(piece.split()) == 1 and piece.strip().casefold() not in given_names()


def _lone_given_name(name: str) -> bool:
    """`Photo: Sara`: one word after a label (or beside a known supplier) that is a common given
    name (data/given_names.json) is a photographer printed by first name; other single words stay
    organisations (`Foto: Hoklatherm`). Brands that are also given names in the list (`Mars`,
    `Zara`) lose here: on the credit lines of the development pages of ../shared/articles/real
    no single word after a label was a given name used as a brand. In scripts without capitals
    (`صورة: محمد`) the list is the only evidence, and enough."""
    return name.casefold() in given_names() and (looks_like_person(name) or is_caseless(name))


def _neighbours(index: int, segments: list[tuple[str, str]]) -> str:
    """The parts printed on either side of part `index`, joined by commas."""
    around = segments[max(index - 1, 0) : index + 2]
    return ", ".join(s for s, _ in around if s != segments[index][0])


def _latin_supplier_beside(other: str, table: AgencyTable) -> bool:
    """Whether `other` (the parts beside one) holds a known supplier or an organisation of two
    words or more, printed in no CJK script."""
    return any(
        not has_cjk(piece)
        and (table.lookup(piece.strip()) or (len(piece.split()) >= 2 and looks_like_org(piece)))
        for piece in _COMMA.split(other)
        if piece.strip()
    )


def _given_name_beside(name: str, other: str, table: AgencyTable) -> bool:
    """`Photo by YADA/DDP`, `Zora, TASS`, `Orsa Museum - Marcu`: one word that is a common given
    name (data/given_names.json) and no supplier of the registry, printed beside a known
    supplier or an organisation of two words or more, is a photographer printed by first name,
    in capitals too (an unknown acronym beside a wire, `NHS/PA`, is no given name)."""
    name = name.strip()
    if " " in name or table.lookup(name) is not None or not _lone_given_name(natural_case(name)):
        return False
    return _latin_supplier_beside(other, table)


def lone_given_name(text: str) -> bool:
    """One word alone that is a common given name (`Neda`, `SARA`): see `_lone_given_name`."""
    text = text.strip()
    return bool(text) and " " not in text and _lone_given_name(natural_case(text))


def _strip_title(name: str) -> str:
    """`SSG KYLE DAVIS` -> `KYLE DAVIS`, `Prof. Dr. Ana Ruiz` -> `Ana Ruiz` (two words must
    remain)."""
    while (match := lex().title.match(name)) and len(name[match.end() :].split()) >= 2:
        if _INITIAL.match(match.group(0)) and _INITIAL.match(name[match.end() :]):
            break  # `M. C. Jansen`: an initial before an initial, not the French `M.`
        name = name[match.end() :]  # `Prof. Dr. Ana Ruiz`: titles one after the other
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
        elif " " not in name and ctx.byline and (looks_like_person(name) or is_handle(name)):
            parts.add_person(natural_case(name))  # `Patrik`, `edi_wijaya` in a by-line
        elif " " not in name and parts.evidence and _lone_given_name(name):
            parts.add_person(natural_case(name))  # `Photo: Sara`, `Foto: Jonas`
        elif " " not in name and not contributor and not (ctx.followed and last):
            # One word alone is an organisation (`© Hoklatherm`); before another part it is a
            # contributor's handle (`Gatsi/Getty Images`).
            if looks_like_person(name) or is_handle(name):
                parts.add_agency(name)
            else:
                parts.unrecognized.append(name)
        elif looks_like_person(name) or (ctx.followed and looks_like_person_in_credit(name)):
            parts.add_person(natural_case(name))
        elif (contributor and len(name.split()) <= 4 and ". " not in name) or (
            " " not in name and is_handle(name)
        ):
            parts.add_person(name)
        elif parts.evidence and lower_case_full_name(name):
            parts.add_person(name)  # `foto: ana berg/efe`: after a label, a name in lower case
        else:
            parts.unrecognized.append(name)


def read_cjk(
    body: str, parts: Parts, table: AgencyTable, *, byline: bool = False, shot: bool = False
) -> None:
    """A credit in Chinese, Japanese or Korean (see `captions.credit.cjk`); `shot`: a photo
    label before it names the photographer."""
    if read_marker(body.strip(), parts):
        return  # `资料图` (file picture), `网络` (the internet): a marker, whatever its suffix
    reading = split_body(body, lex().words)
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
        if token in lex().words.words("note"):
            parts.notes.append(token)  # `写真はイメージ`: an illustrative picture
            if token in lex().illustration:
                parts.roles.add("illustration")
            continue
        if read_marker(token, parts):
            continue
        if is_cjk_prose(token):
            parts.unrecognized.append(token)
            continue
        employer, rest, staff = split_staff(token, lex().words)
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
    pieces = _legal_forms_joined(SEPARATOR.split(body))
    segments = [
        (pieces[i].strip(), pieces[i - 1].strip() if i else "") for i in range(0, len(pieces), 2)
    ]
    segments = [(s, sep) for s, sep in segments if s]
    kinds = [_stock_kind(s, table) for s, _ in segments]
    if _label_noun_before_name(segments, table):
        parts.evidence = True  # `Photo/Jane Doe`, `Photo | Jane Doe`: a label set off by a bar
    for index, (segment, separator) in enumerate(segments):
        last = index == len(segments) - 1
        ctx = Context(
            after_name=separator in ("/", "／") and bool(parts.photographers),
            byline=byline,
            after_stock=index > 0 and kinds[index - 1] in ("stock", "social"),
            after_social=index > 0 and kinds[index - 1] == "social",
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
        if last and index and parts.photographers and _initials_mark(segment, table, parts):
            parts.notes.append(segment)  # `ANTARA FOTO/Name/foc.`: the editor's initials
        elif index == 0 and not last and _initials_before(segment, segments[1][0], table):
            parts.add_person(segment)  # `Foto: abc / Orsa Press`: a photographer's initials
        elif len(segments) == 1 and parts.evidence and _lone_initials(segment, table):
            parts.add_person(segment)  # `Foto: jbo`: a staff photographer's initials alone
        elif (
            _code_beside_wire(index, segments, table)
            and not parts.photographers
            and (index or by_label)
        ):
            # `EPA/ABL`, `Photo by ABL/EPA`: a photographer's code; before the supplier with no
            # label that names a maker it is the organisation that handed the picture out
            # (`NHS/PA`, `MoD/PA`)
            parts.add_person(segment)
        elif _given_name_beside(segment, _neighbours(index, segments), table):
            parts.add_person(natural_case(segment))  # `Photo by YADA/DDP`, `AFP PHOTO / SARA`
        elif has_cjk(segment):
            # `张伟 / Orsa Museum`: beside a supplier printed in Latin letters, a CJK name is
            # the photographer's (CJK credits are read by their own words and suffixes)
            beside = _latin_supplier_beside(_neighbours(index, segments), table)
            read_cjk(segment, parts, table, byline=byline, shot=photo_label or beside)
        else:
            read_segment(segment, parts, table, ctx)


def _label_noun_before_name(segments: list[tuple[str, str]], table: AgencyTable) -> bool:
    """`Photo/Jane Doe`, `FOTO | Orsa Press`: a label noun alone, then one part that is a known
    supplier or a person's full name (a menu, `Photo | Video | Audio`, names neither)."""
    if len(segments) != 2:
        return False
    first = " ".join(segments[0][0].casefold().split())
    if first not in lex().label_nouns:
        return False
    name = natural_case(segments[1][0])
    if table.lookup(name) is not None:
        return True
    return len(name.split()) >= 2 and looks_like_person(name) and not looks_like_org(name)


def _legal_forms_joined(pieces: list[str]) -> list[str]:
    """`Orsa GmbH & Co. KG`: a period and capitals split a name from its legal form's last
    token (`Ana Berg. ORSA PRESS` is two parts); joined back."""
    joined = pieces[:1]
    for index in range(1, len(pieces) - 1, 2):
        separator, piece = pieces[index], pieces[index + 1]
        candidate = f"{joined[-1]}{separator}{piece}"
        if separator.strip() == "." and lex().words.legal_form.search(candidate):
            joined[-1] = candidate
        else:
            joined += [separator, piece]
    return joined


def _maker_of(segment: str, following: str, table: AgencyTable) -> bool:
    """Whether a single word is the first word of the supplier named after it (`Adobe` before
    `Firefly`, known as `Adobe Firefly`) and no supplier itself."""
    canonical = table.lookup(following)
    words = canonical.casefold().split() if canonical else []
    return len(words) > 1 and words[0] == segment.casefold() and table.lookup(segment) is None


def _initials_mark(segment: str, table: AgencyTable, parts: Parts) -> bool:
    """`foc.`, `nym`: two to four lower-case letters after the photographer, no supplier; after
    a supplier and a photographer also letters that spell an acronym the registry prints only in
    capitals, of no wire (`ANTARA FOTO/Name/wsj.`: an editor's initials, not The Wall Street
    Journal)."""
    if re.fullmatch(r"[a-z]{2,4}\.?", segment) is None:
        return False
    if table.lookup(segment) is None:
        return True
    letters = segment.rstrip(".")
    # after a supplier and a photographer two letters are initials even when a wire's acronym
    # spells them (`ANTARA FOTO/Name/aa`); a name the registry prints in lower case (`hr`) is
    # a supplier
    short = len(letters) <= 2 and alias_key(letters) in table.acronyms
    return bool(parts.agencies) and (short or _lower_case_acronym(letters, table))


def _lone_initials(segment: str, table: AgencyTable) -> bool:
    """`Foto: jbo`, `(Foto: hjs)`: two to four lower-case letters alone after a label are the
    initials a paper signs its own photographers' pictures with (German and Nordic local
    papers, as `abl/NTB` before an agency); never letters the registry knows in any case
    (`dpa`, `afp`: a supplier printed in lower case) nor a word of the word file (`pd`, `zvg`,
    `dr`, `web`: a marker)."""
    if re.fullmatch(r"[a-z]{2,4}", segment) is None:
        return False
    if table.lookup(segment) is not None or alias_key(segment) in table.acronyms:
        return False
    return not any(segment in lex().words.words(category) for category in CATEGORIES)


def _lower_case_acronym(segment: str, table: AgencyTable) -> bool:
    """Letters the registry knows only as a capital acronym, printed in lower case, of no wire
    agency (wires are printed in lower case before their distributor: `afp/Getty Images`)."""
    key = alias_key(segment)
    supplier = table.supplier(table.aliases.get(key, ""))
    return key in table.acronyms and (supplier is None or supplier.kind != "wire")


def _initials_before(segment: str, following: str, table: AgencyTable) -> bool:
    """`Foto: abc / Orsa Press`: two to four lower-case letters before a supplier that prints
    capitals are a photographer's initials, even when they spell an acronym of the registry
    (ABC). Evidence: Nordic and German papers print staff initials in lower case before the
    agency (`abl/NTB` is read so already, as an unknown handle); a registry acronym is printed
    in capitals by its owner, except those the registry holds in lower case (`dpa`, `epa`),
    which stay suppliers, and wire agencies (`afp/Getty Images`: a wire before its distributor
    is common in every form). A credit printed all in lower case (`abc/efe`) gives no evidence."""
    if _DOTTED_INITIALS.fullmatch(segment):
        # `A.B./Orsa Press`: organisations print their acronyms without dots; `A.P.` (AP),
        # `U.S.` and `U.K.` are no one's initials
        letters = re.sub(r"[.\s]", "", segment)
        return (
            table.lookup(segment) is None
            and table.lookup(letters) is None
            and letters.casefold() not in _NOT_INITIALS
        )
    if re.fullmatch(r"[a-z]{2,4}", segment) is None or following.islower():
        return False
    return _lower_case_acronym(segment, table)


def _code_beside_wire(index: int, segments: list[tuple[str, str]], table: AgencyTable) -> bool:
    """`EPA/ABL`, `Photo by ABL/EPA`: two or three capitals that no supplier of the registry spells,
    printed alone beside a wire or a photo agency in a credit of two parts, are the
    photographer's code (wires sign pictures with their photographers' letters); an unknown
    organisation is printed with its name or beside `Handout` (`Orsa Police/Handout`)."""
    segment = segments[index][0]
    if len(segments) != 2 or re.fullmatch(r"[^\W\d_a-z]{2,3}", segment) is None:
        return False
    if table.lookup(segment) is not None or segment.casefold() in _NOT_INITIALS:
        return False
    if read_marker(segment.casefold(), Parts()):
        return False  # `STR/AFP`, `HO/AFP`: a marker, read as one
    other = table.supplier(segments[1 - index][0])
    return other is not None and other.kind in _CODE_SIGNERS


_CODE_SIGNERS = frozenset({"wire", "photo-agency"})
_NOT_INITIALS = frozenset({"us", "uk", "un", "eu", "uae", "usa", "ussr", "dc", "la", "ny", "nyc"})
_DOTTED_INITIALS = re.compile(r"(?:[^\W\d_a-z]\.\s?){2,3}")


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
    "NAME_SUFFIXES",
    "abbreviations",
    "lone_given_name",
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
