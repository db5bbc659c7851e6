"""A caption reduced to what it asserts: agency boilerplate, datelines and credit tails removed.

Agencies file the article's picture under their own wording: an AP dateline in front
(`VALDMORA, Kestria (AP) —`), an EPA number (`epa11234567`), an upper-case slug
(`KESTRIA-GRAIN-TALKS/`), a Getty dateline (`VALDMORA, KESTRIA - MARCH 14:`), `FILE PHOTO:`, and
their credit and editors' notes at the end (`REUTERS/Name`, `(Photo by NAME / AFP)`,
`ATTENTION EDITORS - ...`). None of it says what the picture shows, so all of it goes before
captions are compared. Case and accents go too (`fold`).
"""

from __future__ import annotations

import re

from captions.credit import load_registry
from captions.credit.split import split_trailing_credit

# Credits that agencies append inside their captions (the credit parser sees the rest).
_EMBEDDED_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|photograph|picture|credit)\b[^()]*)\)"
    r"|\b[A-Z]{2,}\s+PHOTO\s*/\s*[^.()]*$",
    re.IGNORECASE,
)
# `AGENCY/Name` at the very end (`REUTERS/Ana Ruiz`): the registry says whether it is an agency.
_AGENCY_SLASH_NAME = re.compile(r"\b([A-Z][\w&-]*\w)\s*/\s*[A-Z][^.()/]*$")
_EDITOR_NOTE = re.compile(
    r"\s*\b(?:ATTENTION EDITORS|EDITORIAL USE ONLY|MANDATORY CREDIT|NO RESALES|NO ARCHIVES"
    r"|THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY)\b.*$",
    re.DOTALL,
)
# The asset number EPA, EFE and ANSA print before their captions (`epa11234567 ...`).
_AGENCY_NUMBER = re.compile(r"^\s*(epa|efe|ansa)(\d{5,10})\s+", re.IGNORECASE)
# `CITY, Region (AP) —`: a place in capitals, an agency in parentheses, a dash.
_DATELINE = re.compile(r"^\s*([^()\n]{2,60}?)\s*\(([^()\d]{2,20})\)\s*[—–-]{1,2}\s+")
# `CITY, COUNTRY - MARCH 14:` (Getty) and `CITY, Country, March 14 (Reuters) -`.
_DATED_DATELINE = re.compile(r"^\s*([^:()\n]{2,50}?)\s+[-–—]\s+[A-Za-z]{3,9}\.?\s+\d{1,2}:\s+")
_POSITION_WORD = re.compile(r"(?:far\s+)?(?:left|right|center|centre|front|back)", re.I)
_FILE_MARK = re.compile(r"^\s*(?:FILE PHOTO|FILE)\s*[:–—-]\s*")
# `KESTRIA-GRAIN-TALKS/ `, `PORTUGAL-EU/FISHING - `: words in capitals joined by - or /.
# Each part is two letters or more (`COVID-19` and `U.S.-MADE` are caption words, not slugs);
# two parts need a separator after them (`NATO-RUSSIA talks` is a caption), three do not.
_SLUG = re.compile(
    r"^\s*(?P<slug>[^\W\d_]{2,}(?:[-/][^\W\d_]{2,})+)"
    r"(?:(?P<sep>\s*[/:—–-]\s+|/\s*)|\s+)(?=\S)"
)
_SPACES = re.compile(r"\s+")
# How many credits may be stacked at the end (`(Photo by X / AFP) (Photo by X/AFP via Getty)`).
_MAX_CREDITS = 3


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _parts(slug: str) -> int:
    return len(re.split(r"[-/]", slug))


def strip_lead(text: str) -> str:
    """The caption without a leading agency number, dateline, slug or `FILE PHOTO:`."""
    for _ in range(3):  # a slug may precede a dateline; each is removed once
        before = text
        text = _AGENCY_NUMBER.sub("", text)
        text = _FILE_MARK.sub("", text)
        m = _DATELINE.match(text)
        if m and _POSITION_WORD.fullmatch(m.group(2).strip()):
            m = None  # `TOMAS REYVIK (left) — ...`: a person at a position, not a dateline
        m = m or _DATED_DATELINE.match(text)
        if m and _capitals(m.group(1).split(",")[0]):
            text = text[m.end() :]
        m = _SLUG.match(text)
        if m and _capitals(m.group("slug")) and (m.group("sep") or _parts(m.group("slug")) >= 3):
            text = text[m.end() :]
        if text == before:
            break
    return text


def strip_embedded_credit(text: str) -> str:
    """The caption without the credits and editors' notes an agency appended."""
    text = _EDITOR_NOTE.sub("", text)
    for _ in range(_MAX_CREDITS):
        rest, credit = split_trailing_credit(text)
        rest = rest if credit and rest else text
        rest = _SPACES.sub(" ", _without_agency_name(_EMBEDDED_CREDIT.sub(" ", rest)))
        rest = rest.strip()
        if rest == text.strip():
            break
        text = rest
    return text.strip()


def _without_agency_name(text: str) -> str:
    m = _AGENCY_SLASH_NAME.search(text)
    if m and load_registry().lookup(m.group(1)) is not None:
        return text[: m.start()]
    return text


def agency_number(text: str) -> str | None:
    """The asset number an agency wrote in front of its caption (`epa11234567` -> the digits)."""
    m = _AGENCY_NUMBER.match(text)
    return m.group(2) if m else None


def plain_caption(text: str) -> str:
    """What the caption asserts, in its own case: boilerplate at both ends removed."""
    return strip_lead(strip_embedded_credit(text))


__all__ = ["agency_number", "plain_caption", "strip_embedded_credit", "strip_lead"]
