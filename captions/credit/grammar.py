"""Parse a printed credit line into a `Credit`.

A credit is read in layers, outside in:

    [label] body [", File" | ", Pool" ...] [" via " distributor]
    body  = parts [" for " publication]          (`Name for The New York Times`: commissioned)
    parts = part { ("/" | "|" | " - " | "—") part }
    part  = agency | "Pool" | "Handout" | "File" | "STR" | organisation | names
    names = name { ("," | " and " | "&") name }

Each part is classified on its own, so the order of parts does not matter: `AFP PHOTO / NAME`,
`NAME/AFP` and `Name - Pool/Getty Images` all read the same way. The parser is lenient: parts it
cannot place are kept in `CreditReading.unrecognized` rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from captions.credit.agencies import DEFAULT_AGENCIES, AgencyTable
from captions.credit.cjk import (
    has_cjk,
    looks_like_cjk_person,
    split_body,
    split_staff,
    strip_honorific,
)
from captions.credit.names import NOT_PEOPLE, looks_like_person, natural_case
from captions.credit.words import alternation, credit_words, label_roles
from captions.errors import CreditError
from captions.model import Credit

_WORDS = credit_words()
_GLUED_CREDIT = "Credit"  # `CreditIlse van der Meulen`: the NYT label glued to the name
_FLAG_WORDS = _WORDS.words("file") | _WORDS.words("pool") | _WORDS.words("handout")
_TRAILING_FLAG = re.compile(
    r"(?:\s*,\s*|\s*\(\s*|\s+[-–—]\s+)(?P<flag>" + alternation(_FLAG_WORDS) + r")\s*\)?\s*$",
    re.IGNORECASE,
)
_RIGHTS = re.compile(r"[.,;]?\s*all rights reserved\.?\s*$", re.IGNORECASE)
_DANGLING = "/|-–—,;:"
_VIA = _WORDS.via
_FOR = _WORDS.for_
_SEPARATOR = re.compile(r"(\s*/\s*|\s*\|\s*|\s+[-‐–—]\s+|\s*[—–]\s*)")
_NAME_LIST = _WORDS.name_list
_ABBREVIATIONS = frozenset({"inc.", "co.", "ltd.", "corp.", "dept.", "st.", "bros.", "u.s."})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

_POOL = _WORDS.words("pool")
_HANDOUT = _WORDS.words("handout")
_FILE = _WORDS.words("file")
_GROUP_WORDS = frozenset({"family", "families", "friends", "relatives", "estate"})
_CONNECTOR_WORDS = "of and for the de del du des la le di da y on in at und et &"
_CONNECTORS = frozenset(_CONNECTOR_WORDS.split())
_ORG_TEXT = """service services department dept ministry police agency office army navy force forces
    government govt university museum herald times news press media group images photos pictures
    council committee foundation institute club commission corporation corp inc ltd llc company
    authority brigade guard center centre hospital school college library archive archives
    collection gallery trust society association federation league union party administration
    embassy presidency palace parliament senate congress court studio studios productions films
    entertainment records network tv television radio channel magazine journal post tribune gazette
    telegraph chronicle observer review daily weekly bureau command ministry's
    coastguard publishing nasa esa collector"""
_ORG_WORDS = frozenset(_ORG_TEXT.split())
# Last words of newspaper mastheads: `The Seattle Times`, `Star Tribune`, `Review-Journal`.
_MASTHEAD_TEXT = """times post herald tribune journal globe star news gazette chronicle observer
    examiner inquirer enquirer sun mail telegraph independent guardian courier bee register
    dispatch press standard record democrat republic republican advocate mercury sentinel monitor
    express statesman bulletin citizen dealer constitution oregonian times-picayune"""
_MASTHEAD_WORDS = frozenset(_MASTHEAD_TEXT.split())


@dataclass(frozen=True)
class CreditReading:
    """A parsed credit and what the parser saw on the way."""

    credit: Credit
    label: str | None = None
    evidence: bool = False
    unrecognized: tuple[str, ...] = ()


@dataclass
class _Parts:
    photographers: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    unrecognized: list[str] = field(default_factory=list)
    pool: bool = False
    handout: bool = False
    file_photo: bool = False
    evidence: bool = False
    masthead: bool = False  # a newspaper named by its shape: evidence only beside a person

    def add_agency(self, name: str) -> None:
        if name not in self.agencies:
            self.agencies.append(name)


_PAIRS = {"(": ")", "[": "]", "（": "）", "【": "】", "〔": "〕"}


def strip_outer_parentheses(text: str) -> str:
    """`(AP Photo/Name)` -> `AP Photo/Name`, `[Xinhua]` -> `Xinhua`; only when the brackets
    enclose everything. An unbalanced outer bracket (`(Name/AFP`) is dropped too."""
    text = text.strip()
    while len(text) > 1 and text[0] in _PAIRS:
        close = _PAIRS[text[0]]
        if text.endswith(close) and _closing_of_first(text) == len(text) - 1:
            text = text[1:-1].strip()
        elif close not in text:
            text = text[1:].strip()  # `(Name/AFP`: the closing bracket was lost
        else:
            break
    if text[-1:] in (")", "]", "）") and _closing_of_first(text[::-1], reverse=True) < 0:
        text = text[:-1].strip()  # `Name/AFP)`: the opening bracket was lost
    return text


def _closing_of_first(text: str, reverse: bool = False) -> int:
    """Index of the bracket closing the first one; with `reverse`, whether a reversed text's
    first closing bracket is ever opened (-1 when it is not)."""
    opens, closes = ("([（【〔", ")]）】〕") if not reverse else (")]）】〕", "([（【〔")
    depth = 0
    for index, ch in enumerate(text):
        depth += 1 if ch in opens else -1 if ch in closes else 0
        if depth == 0:
            return index
        if depth < 0:
            return -1
    return -1


def strip_label(text: str) -> tuple[str, str | None, bool]:
    """Remove leading labels; return (body, label as printed or None, courtesy)."""
    start, courtesy = 0, False
    while True:
        match = _WORDS.label.match(text, start)
        if match and match.end() > start:
            courtesy = courtesy or match.group("courtesy") is not None
            start = match.end()
        elif text.startswith(_GLUED_CREDIT, start) and text[start + 6 : start + 7].isupper():
            start += len(_GLUED_CREDIT)
        else:
            break
    label = text[:start] if start else None
    return text[start:].strip(), label, courtesy


def _is_org_word(word: str, first: bool) -> bool:
    if not all(ch.isalnum() or ch in "&.,-'’" or unicodedata.category(ch)[0] == "M" for ch in word):
        return False
    if word.endswith(",") or (word.endswith(".") and word.casefold() not in _ABBREVIATIONS):
        return False  # `2025.` or `Monday,`: a sentence, not a name
    if word[:1].isdigit():
        return not first
    return word.casefold() in _CONNECTORS or word[:1].isupper()


def _is_org_shape(words: list[str]) -> bool:
    return all(_is_org_word(w, i == 0) for i, w in enumerate(words))


def _looks_like_org(segment: str) -> bool:
    words = segment.split()
    if not words or not _is_org_shape(words):
        return False
    bare = [w.casefold().strip(".,()") for w in words]
    if any(w in _ORG_WORDS for w in bare):
        return True
    if bare[0] == "the" and len(words) > 1:
        return True
    letters = segment.replace(".", "")
    return len(words) == 1 and letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 5


def looks_like_masthead(segment: str) -> bool:
    """`The Seattle Times`, `Star Tribune`, `Las Vegas Review-Journal`: a newspaper by its shape.

    A publisher named after a slash (`Name / The Seattle Times`) or after `for` is as good a sign
    of a credit as a known agency, though it is not in the alias table.
    """
    words = segment.split()
    if len(words) < 2 or len(words) > 6 or not _is_org_shape(words):
        return False
    last = words[-1].casefold().rstrip(".")
    return last in _MASTHEAD_WORDS or last.rsplit("-", 1)[-1] in _MASTHEAD_WORDS


def _is_group(segment: str) -> bool:
    """`the Smith family`: a source that is neither an agency nor a photographer."""
    return any(w.casefold() in _GROUP_WORDS for w in segment.split())


def _split_names(segment: str) -> list[str]:
    pieces = [p for p in _NAME_LIST.split(segment) if p]
    names: list[str] = []
    for piece in pieces:
        if names and piece.casefold() in _SUFFIXES:
            names[-1] = f"{names[-1]}, {piece}"
        else:
            names.append(piece)
    return names


def _read_segment(
    segment: str, parts: _Parts, table: AgencyTable, after_name: bool, joined: bool = False
) -> None:
    """Classify one part; `after_name` is set for a part that follows a name after a slash,
    `joined` for any part of a credit of several parts."""
    key = " ".join(segment.casefold().split()).rstrip(".")
    if key in _POOL:
        parts.pool = parts.evidence = True
    elif key in _HANDOUT:
        parts.handout = parts.evidence = True
    elif key in _FILE:
        parts.file_photo = parts.evidence = True
    elif key in NOT_PEOPLE:
        parts.evidence = True
    elif (agency := table.lookup(segment)) is not None:
        parts.add_agency(agency)
        parts.evidence = True
    elif _is_group(segment):
        return
    elif joined and looks_like_masthead(segment):
        parts.add_agency(" ".join(segment.split()))
        parts.masthead = True
    elif _looks_like_org(segment) or (after_name and looks_like_person(segment)):
        # In `Name/Hans Lucas/AFP` the second name-shaped part is a small agency, not a person.
        # `Courtesy of the Harbour Trust` names `Harbour Trust`; a printed `The` is kept.
        parts.add_agency(" ".join(segment.split()).removeprefix("the "))
    else:
        _read_names(segment, parts)


def _read_names(segment: str, parts: _Parts) -> None:
    for piece in _split_names(segment):
        if piece.casefold() in NOT_PEOPLE:
            parts.evidence = True
        elif looks_like_person(piece):
            name = natural_case(piece)
            if name not in parts.photographers:
                parts.photographers.append(name)
        else:
            parts.unrecognized.append(piece)


def _read_cjk(body: str, parts: _Parts, table: AgencyTable) -> None:
    """A credit in Chinese, Japanese or Korean (see `captions.credit.cjk`)."""
    reading = split_body(body, _WORDS)
    if reading.shot or reading.provided:
        parts.evidence = True
    parts.handout = parts.handout or reading.provided
    for token in reading.tokens:
        if not has_cjk(token):
            _read_segment(token, parts, table, bool(parts.photographers), joined=True)
            continue
        employer, rest, staff = split_staff(token, _WORDS)
        parts.evidence = parts.evidence or staff
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
            honoured or staff or ((reading.shot or parts.evidence) and looks_like_cjk_person(name))
        ):
            if name not in parts.photographers:
                parts.photographers.append(name)
        elif looks_like_cjk_person(name) and len(reading.tokens) > 1:
            parts.photographers.append(name)
        else:
            parts.add_agency(name)


def _read_segments(body: str, parts: _Parts, table: AgencyTable) -> None:
    if has_cjk(body):
        _read_cjk(body, parts, table)
        return
    pieces = _SEPARATOR.split(body)
    for index in range(0, len(pieces), 2):
        segment = pieces[index].strip()
        if segment:
            slash = index > 0 and pieces[index - 1].strip() == "/"
            after_name = slash and bool(parts.photographers)
            _read_segment(segment, parts, table, after_name, joined=len(pieces) > 1)


def _strip_trailing_flags(body: str, parts: _Parts) -> str:
    body = _RIGHTS.sub("", body)
    while match := _TRAILING_FLAG.search(body):
        flag = match.group("flag").casefold()
        if flag.startswith("file"):
            parts.file_photo = True
        elif flag.startswith("pool"):
            parts.pool = True
        else:
            parts.handout = True
        parts.evidence = True
        body = body[: match.start()].rstrip()
    if body.endswith(".") and len(_last_word(body)) > 3:
        body = body[:-1].rstrip()
    return body


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1] if words else ""


def _read_distributor(via: str | None, parts: _Parts, table: AgencyTable) -> str | None:
    """The `X` of `via X`: a known agency is evidence of a credit; `via Email` is not."""
    if via is None:
        return None
    known = table.lookup(via)
    if known is not None:
        parts.evidence = True
        return known
    if not _is_org_shape(via.split()):
        parts.unrecognized.append(via)
    return " ".join(via.split())


def _trailing_distributor(parts: _Parts, table: AgencyTable) -> str | None:
    """`AFP/Getty Images`: a distributing agency after another agency is the distributor."""
    if len(parts.agencies) >= 2 and table.is_distributor(parts.agencies[-1]):
        return parts.agencies.pop()
    return None


def _split_last(pattern: re.Pattern[str], text: str) -> tuple[str, str | None]:
    matches = list(pattern.finditer(text))
    if not matches or not text[matches[-1].end() :].strip():
        return text, None
    last = matches[-1]
    return text[: last.start()], text[last.end() :].strip()


def read_credit(text: str, agencies: AgencyTable = DEFAULT_AGENCIES) -> CreditReading:
    """Parse `text` and report the label, whether it carried credit evidence, and leftovers."""
    raw = strip_outer_parentheses(" ".join(text.split()))
    if not any(ch.isalnum() for ch in raw):
        raise CreditError(f"credit {text!r} is empty")
    body, label, courtesy = strip_label(raw)
    parts = _Parts(evidence=label is not None)
    roles = label_roles(label) if label else frozenset()
    parts.pool = "pool" in roles
    parts.file_photo = "file" in roles
    parts.handout = "provided" in roles or "official" in roles
    body = _strip_trailing_flags(body, parts)
    body, via = _split_last(_VIA, body)
    distributor = _read_distributor(via, parts, agencies)
    body = _strip_trailing_flags(body, parts)
    body, publication = _split_last(_FOR, body)
    _read_segments(body, parts, agencies)
    distributor = distributor or _trailing_distributor(parts, agencies)
    if publication is not None:
        known = agencies.lookup(publication)
        parts.evidence = parts.evidence or known is not None
        parts.masthead = parts.masthead or looks_like_masthead(publication)
        parts.add_agency(known or " ".join(publication.split()))
    credit = Credit(
        raw=raw,
        photographers=tuple(parts.photographers),
        pool=parts.pool,
        agencies=tuple(parts.agencies),
        distributor=distributor,
        handout=parts.handout or courtesy,
        file_photo=parts.file_photo,
        courtesy=courtesy,
        commissioned=publication is not None,
    )
    evidence = parts.evidence or courtesy or (parts.masthead and bool(parts.photographers))
    return CreditReading(credit, label, evidence, tuple(parts.unrecognized))


def parse_credit(text: str, agencies: AgencyTable = DEFAULT_AGENCIES) -> Credit:
    """Parse a printed credit line; raises `CreditError` when it holds no words at all.

    >>> parse_credit("(Photo by SAUL LOEB / POOL / AFP)").photographers
    ('Saul Loeb',)
    """
    return read_credit(text, agencies).credit


def looks_like_credit(text: str, agencies: AgencyTable = DEFAULT_AGENCIES) -> bool:
    """Whether `text` as a whole reads as a credit line, not as a sentence that mentions one.

    Every part must be a person, an agency or a marker, and something only credits have must be
    present: a label (`Photo:`), a known agency, `Pool`/`Handout`/`STR`, or `via`.
    """
    stripped = " ".join(text.split())
    if not stripped or len(stripped) > 160 or "\n" in text.strip():
        return False
    if stripped[0] in _DANGLING or stripped[-1] in _DANGLING:
        return False  # `| Reuters` is the end of a credit, not a credit
    try:
        reading = read_credit(stripped, agencies)
    except CreditError:
        return False
    credit = reading.credit
    has_parts = bool(credit.photographers or credit.agencies or credit.pool or credit.handout)
    return reading.evidence and has_parts and not reading.unrecognized


__all__ = [
    "CreditReading",
    "looks_like_credit",
    "parse_credit",
    "read_credit",
    "strip_label",
    "strip_outer_parentheses",
]
