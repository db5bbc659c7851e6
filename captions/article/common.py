"""What every format reader hands over (a Draft per occurrence) and how drafts become Occurrences.

Readers only find where captions are; parsing the credit, the people, the date and the place, and
grouping repeated printings into photos, happen here once for all formats.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from captions.article.grouping import assign_photos
from captions.article.people import find_people
from captions.caption.dates import find_date
from captions.credit import parse_credit
from captions.errors import CaptionsError
from captions.model import Credit, Occurrence

if TYPE_CHECKING:
    from captions.credit import AgencyTable


@dataclass(frozen=True)
class LineSpan:
    """Where an occurrence is: its first line (from 1) and its code-point range in the source."""

    line: int
    start: int
    end: int


@dataclass(frozen=True)
class Draft:
    """One caption occurrence as a reader found it, before parsing and grouping."""

    span: LineSpan
    raw: str
    text: str
    credit_raw: str | None = None
    image_ref: str | None = None
    kind: str = "photo"
    # Which reader rule found it (the text reader's `TEXT_RULES`): a debug record for the
    # benchmarks, never printed by `extract`.
    why: str = ""


_FILE_PREFIX = re.compile(r"^\s*FILE\s*[-–—]\s", re.IGNORECASE)
_PLACE_NAME = (
    r"((?:[A-Z][\w\u0300-\u036f'’.-]*)(?: (?:de |del |la |of )?[A-Z][\w\u0300-\u036f'’.-]*)*"
    r"(?:, (?:the )?[A-Z][\w\u0300-\u036f.-]*(?: [A-Z][\w\u0300-\u036f.-]*)*)?)"
)
# `in Beijing`, `in Cedar Bend, Texas`, `at the Capitol in Washington`: the last `in Place` wins.
_PLACE = re.compile(rf"\bin {_PLACE_NAME}")
# With no `in Place`: `at Orsa`, `near Eindhoven`, `outside Kyiv` (never `at the ...`).
_NEAR_PLACE = re.compile(rf"\b(?:at|near|outside|off) {_PLACE_NAME}")
_NOT_PLACES = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
}


def parse_credit_safely(
    raw: str | None, caption: str, agencies: AgencyTable | None = None
) -> Credit | None:
    """The parsed credit (organisations read through `agencies`, the registry by default), or a
    Credit holding only `raw` when the grammar cannot read it."""
    if not raw:
        return None
    try:
        credit = parse_credit(raw, agencies)  # None: the active table (`using_agencies`)
    except (CaptionsError, ValueError):
        credit = Credit(raw=raw)
    if _FILE_PREFIX.match(caption) and not credit.file_photo:
        credit = replace(credit, file_photo=True)
    return credit


def find_place(text: str) -> str | None:
    """The last `in <Place>` the caption names (`Beijing`, `Cedar Bend, Texas`), else the last
    `at|near|outside <Place>` (`near Eindhoven`), or None."""
    return _last_place(_PLACE, text) or _last_place(_NEAR_PLACE, text)


def _last_place(pattern: re.Pattern[str], text: str) -> str | None:
    place: str | None = None
    for m in pattern.finditer(text):
        candidate = re.split(r"\.\s", m.group(1))[0].rstrip(".,").replace("’", "'")
        parts = [p.strip() for p in candidate.split(",")]
        parts = [p for p in parts if p and p.split()[0] not in _NOT_PLACES and "'s" not in p]
        if parts:
            place = ", ".join(parts)
    return place


def to_occurrences(
    drafts: Iterable[Draft],
    article_year: int | None,
    common: Collection[str] = (),
    agencies: AgencyTable | None = None,
) -> tuple[Occurrence, ...]:
    """Parse each draft's credit (through `agencies`), people, date and place, then number and
    group them.

    `common` are the words the article prints in lower case (see `find_people`); the full names
    found in any caption let a lone surname in another caption count as that person.
    """
    drafts = list(drafts)
    known = {p.name for d in drafts for p in find_people(d.text, common=common)}
    occurrences = [
        Occurrence(
            index=-1,
            photo=-1,
            line=d.span.line,
            offset=d.span.start,
            raw=d.raw,
            text=d.text,
            credit=parse_credit_safely(d.credit_raw, d.text, agencies),
            people=find_people(d.text, known=known, common=common),
            date=find_date(d.text, article_year),
            place=find_place(d.text),
            image_ref=d.image_ref,
            kind=d.kind,
        )
        for d in drafts
    ]
    return assign_photos(occurrences)


__all__ = ["Draft", "LineSpan", "find_place", "parse_credit_safely", "to_occurrences"]
