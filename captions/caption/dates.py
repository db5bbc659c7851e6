"""The date a caption mentions: `Jan. 30, 2024`, `February 12, 2025`, `12 February 2025`, `Aug. 3`.

Month and day without a year take the article's year; relative days (`on Tuesday`) give None.
"""

from __future__ import annotations

import re
from datetime import date

# Full names and the AP abbreviations (`Sept.` as well as `Sep.`); May, June and July are never
# abbreviated by AP but scraped pages sometimes do.
_MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# `Jan. 30, 2024`, `February 12 2025`, `Aug. 3` (year optional). The look-ahead for a month's
# first letter changes no match: it spares trying the 24 names at every other word (15 -> 8 us
# for a wire caption; the audit looks for a date in every caption).
_MONTH_FIRST = re.compile(
    rf"\b(?=[adfjmnos]){_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?(?!\s*(?:[:.]\d|[ap]\.?m\b))",
    re.IGNORECASE,
)
# `12 February 2025`, `3 Jan 2019` (year optional: `16 November`).
_DAY_FIRST = re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)
# ISO dates from metadata: `2025-08-04T08:10:00+02:00`.
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _matches(text: str) -> list[tuple[int, int, int, int | None]]:
    """(position, month, day, year or None) for every month-and-day mention, in text order."""
    found: list[tuple[int, int, int, int | None]] = []
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        for m in pattern.finditer(text):
            word = m.group("month").lower()
            # `May` and `march` are also ordinary words; require a capital for the full forms.
            if word in ("may", "march") and not m.group("month")[0].isupper():
                continue
            year = int(m.group("year")) if m.group("year") else None
            found.append((m.start(), _MONTHS[word], int(m.group("day")), year))
    found.sort()
    return found


def find_date(text: str, article_year: int | None = None) -> str | None:
    """The first date `text` mentions, as ISO `YYYY-MM-DD`, or None.

    A date printed without a year takes `article_year`; without one it is ignored.
    """
    for _pos, month, day, year in _matches(text):
        year = year if year is not None else article_year
        if year is None:
            continue
        made = _make(year, month, day)
        if made is not None:
            return made.isoformat()
    return None


def find_year(text: str) -> int | None:
    """The year of the first full date in `text` (an article's dateline), or None."""
    for m in _ISO.finditer(text):
        if _make(int(m.group("year")), int(m.group("month")), int(m.group("day"))):
            return int(m.group("year"))
    for _pos, month, day, year in _matches(text):
        if year is not None and _make(year, month, day):
            return year
    return None


# `12.03.2026`, `12/03/2026`, `2026-03-12`: a stamp's numeric forms.
_NUMERIC = re.compile(
    r"(?:[0-3]?\d[./][01]?\d[./](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)(?!\d)"
)
# Between a stamp and the caption: a space, or a colon, bar or dash and a space.
_STAMP_END = re.compile(r"\s*[:|\-–—]\s+|\s+")


def leading_date(text: str) -> int:
    """Length of a gallery date stamp opening `text` (`March 18, 2015 Tunisian forces ...`,
    `12 March 2026: Ferries ...`, `12.03.2026 Ferries ...`), or 0.

    Only a full date (a year too) followed directly by a capitalized word, or a word of a script
    without case, counts: a stamp, not a sentence.
    """
    m = _MONTH_FIRST.match(text) or _DAY_FIRST.match(text)
    if m is None or not m.group("year"):
        m = _NUMERIC.match(text)
    if m is None:
        return 0
    end = _STAMP_END.match(text, m.end())
    if end is None:
        return 0
    first = text[end.end() : end.end() + 1]
    if first.isalpha() and not first.islower():
        return end.end()
    return 0


__all__ = ["find_date", "find_year", "leading_date"]
