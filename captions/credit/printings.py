"""One credit printed once or several times: brackets, sentences, double printings.

`(Photo by X / AFP) (Photo by X/AFP via Getty Images)`, `Illustration by X. Photos by Getty
Images`, `Name (Harbour Institute, Boston)`: the grammar (`captions.credit.grammar`) reads each
printing and this module cuts them apart and merges what they say into one `CreditReading`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from captions.credit.words import active_words
from captions.model import Credit


@dataclass(frozen=True)
class CreditReading:
    """A parsed credit and what the parser saw on the way.

    `notes`: boilerplate and duplicate printings removed from the parts; `roles`: what the
    labels said (`illustration`, `official`, `provided`, `pool`, `file`, `courtesy`);
    `official_source`: the organisation of `Official White House Photo by`.
    """

    credit: Credit
    label: str | None = None
    evidence: bool = False
    unrecognized: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    roles: frozenset[str] = field(default_factory=frozenset)


_PAIRS = {"(": ")", "[": "]", "（": "）", "【": "】", "〔": "〕"}


def strip_outer_parentheses(text: str) -> str:
    """`(AP Photo/Name)` -> `AP Photo/Name`, `[Xinhua]` -> `Xinhua`; only when the brackets
    enclose everything. An unbalanced outer bracket (`(Name/AFP`) is dropped too."""
    text = text.strip()
    while len(text) > 1 and text[0] in _PAIRS:
        close = _PAIRS[text[0]]
        if text.endswith(close) and _closing_of_first(text) == len(text) - 1:
            text = text[1:-1].strip()
        elif text[-1] in _PAIRS.values() and sum(text.count(c) for c in "()[]（）【】〔〕") == 2:
            text = text[1:-1].strip()  # `(Name/AFP]`: a typo'd closing bracket
        elif close not in text or text.count(text[0]) > text.count(close):
            text = text[1:].strip()  # `(Name/AFP`, `((Name/AFP)`: a closing bracket was lost
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


def is_whole_credit(reading: CreditReading) -> bool:
    credit = reading.credit
    has_parts = bool(credit.photographers or credit.agencies or credit.distributor)
    return has_parts and not reading.unrecognized


def _ends_credit(before: str, body: str, start: int) -> bool:
    """A full stop or semicolon ends a credit before a label; a comma only before `©` (`©
    Harbour Trust, © Orsa Society`) or a whole label, ended by a colon or `by` (`Photo: Name/AP,
    illustration by Name`); a courtesy after a comma is the same credit's (`Name, courtesy X`)."""
    if before[-1:] in (".", ";") or (before[-1:] == "," and body[start] == "©"):
        return True
    label = active_words().label.match(body, start) if before[-1:] == "," else None
    if label is None or any(
        label.group(name) for name in ("courtesy", "provided", "run_courtesy", "run_provided")
    ):
        return False
    printed = label.group(0).rstrip()
    return printed.endswith((":", "：")) or printed.split()[-1].casefold() in active_words().words(
        "by"
    )


def sentence_groups(body: str) -> list[str]:
    """`Illustration by X. Photos by Getty Images`: credits one after the other, each with its
    own label after a full stop or semicolon."""
    words = active_words()
    cuts = [
        start
        for start in words.label_starts(body)
        if start > 0 and _ends_credit(body[:start].rstrip(), body, start)
    ]
    # `Left: Name/AP; right: Name/Reuters`: a position after a stop, a semicolon or a comma
    cuts += [
        start
        for start in words.position_starts(body)
        if start > 0 and body[:start].rstrip()[-1:] in (".", ";", ",")
    ]
    cuts = sorted(set(cuts))
    if not cuts:
        return [body]
    bounds = [0, *cuts, len(body)]
    spans = zip(bounds, bounds[1:], strict=False)
    pieces = [body[a:b].strip().rstrip(".;,").strip() for a, b in spans]
    return [p for p in pieces if p]


def _split_brackets(body: str) -> list[str] | None:
    """Texts outside and inside top-level brackets, alternating (outside first and last), or
    None when the brackets do not balance."""
    groups: list[str] = []
    depth, start = 0, 0
    for index, ch in enumerate(body):
        if ch in "([":
            if depth == 0:
                groups.append(body[start:index])
                start = index + 1
            depth += 1
        elif ch in ")]" and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append(body[start:index])
                start = index + 1
    if depth:
        return None
    groups.append(body[start:])
    return groups


def outside_brackets(body: str) -> tuple[str, list[str]]:
    """The text outside top-level brackets, and the bracketed texts (`Ana Berg (Harbour
    Institute), Tom Lind` -> `Ana Berg, Tom Lind`, [`Harbour Institute`])."""
    groups = _split_brackets(body)
    if groups is None:
        return body, []
    outside, inside = groups[0::2], groups[1::2]
    text = re.sub(r"\s+([,;])", r"\1", " ".join(" ".join(outside).split()))
    return text.strip(" ,;"), [g.strip() for g in inside if g.strip()]


def bracket_groups(body: str) -> list[str]:
    """`(A) (B)`, `A (B)`, `(A) B`: the texts inside and outside top-level brackets."""
    groups = _split_brackets(body)
    if groups is None:
        return [body]  # unbalanced: one credit with a stray bracket
    # `Name (Orsa Museum).`: a period after the brackets is no group
    return [g.strip(" ,;") for g in groups if any(ch.isalnum() for ch in g)]


def merge(readings: list[CreditReading], *, pictures: bool = False) -> CreditReading:
    """One credit from several printings: the fullest one leads, the others add what they know
    and are kept as notes (`AFP PHOTO / NAME (Photo credit should read NAME/AFP via Getty)`).
    `pictures`: the printings credit different pictures (`Left: ...; right: ...`), so a
    courtesy in one lends that picture and names its maker."""

    def size(reading: CreditReading) -> int:
        credit = reading.credit
        return len(credit.photographers) + len(credit.agencies) + bool(credit.distributor)

    # printings of one picture: the fullest leads; credits of several pictures keep their order
    main = readings[0] if pictures else max(reversed(readings), key=size)
    others = [r for r in readings if r is not main]
    credit = main.credit
    # `Photo: Ana Berg. Courtesy Tom Lind and Harbour Gallery`: beside a printing that names the
    # photographer, the people a courtesy names lent the picture; they are kept as notes.
    makers = not pictures and any(
        r.credit.photographers and "courtesy" not in r.roles for r in readings
    )
    owners = [r for r in readings if makers and "courtesy" in r.roles]
    agencies = list(credit.agencies)
    people = [] if main in owners else list(credit.photographers)
    for other in others:
        agencies += [a for a in other.credit.agencies if a not in agencies]
        known = {p.casefold() for p in people}
        if other not in owners:
            people += [p for p in other.credit.photographers if p.casefold() not in known]
    distributor = credit.distributor or next(
        (o.credit.distributor for o in others if o.credit.distributor), None
    )
    orgs = {a.casefold() for a in agencies}
    agencies = [a for a in agencies if a != distributor]
    merged = replace(
        credit,
        photographers=tuple(p for p in people if p.casefold() not in orgs),
        agencies=tuple(agencies),
        distributor=distributor,
        pool=any(r.credit.pool for r in readings),
        handout=any(r.credit.handout for r in readings),
        file_photo=any(r.credit.file_photo for r in readings),
        courtesy=any(r.credit.courtesy for r in readings),
        commissioned=any(r.credit.commissioned for r in readings),
    )
    return CreditReading(
        merged,
        main.label or next((o.label for o in others if o.label), None),
        any(r.evidence for r in readings),
        (),
        tuple(o.credit.raw for o in others if within(o.credit, credit))
        + tuple(
            f"courtesy {', '.join(o.credit.photographers)}"
            for o in owners
            if o.credit.photographers
        ),
        frozenset().union(*(r.roles for r in readings)),
    )


def within(other: Credit, main: Credit) -> bool:
    """Whether `other` names nothing `main` does not: a shorter printing of the same credit."""

    def named(credit: Credit) -> set[str]:
        parts = (*credit.photographers, *credit.agencies, credit.distributor or "")
        return {name.casefold() for name in parts if name}

    return named(other) <= named(main)


__all__ = [
    "CreditReading",
    "bracket_groups",
    "is_whole_credit",
    "merge",
    "outside_brackets",
    "sentence_groups",
    "strip_outer_parentheses",
    "within",
]
