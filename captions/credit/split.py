"""Find the credit printed at the end (or on the first line) of a caption.

Captions carry their credit in many ways: in parentheses (`... 2025. (AP Photo/Name)`), after the
last sentence (`... 2025. REUTERS/Name`), on a line of its own, behind a label glued to the text
(`...harbour.Photograph: Name/EPA`, `...Tuesday.CreditName for The New York Times`), or glued
with no boundary at all (`...in LondonLUKE MACGREGOR/Reuters`). Candidates are tried from the
most to the least explicit; a candidate is accepted only when `looks_like_credit` accepts the
whole of it, so sentences that merely mention an agency stay in the caption.
"""

from __future__ import annotations

import re
from functools import cache

from captions.credit.agencies import AgencyTable, active_agencies
from captions.credit.cjk import has_cjk
from captions.credit.grammar import (
    MAX_CREDIT_CHARS,
    looks_like_credit,
    read_credit,
    strip_outer_parentheses,
)
from captions.credit.labels import has_spaceless_script
from captions.credit.names import NOT_PEOPLE, PARTICLES
from captions.credit.notes import EDITOR_NOTE
from captions.credit.words import active_words, using_words
from captions.errors import CaptionsError


# Where a credit may start after a sentence: `2025. Name`, `harbour.Photograph:`, `said.” Name`.
# With no space after it, a full stop ends a sentence only before a capital or CJK (`Onet.pl` is
# a domain; `harbour.Photograph:` a credit glued on).
# Compiled on first use, as `_cjk_cut` below: their classes of 38,000 CJK characters cost 2 ms
# to compile (here, at load average 5), and `show` reads credits without splitting captions.
# A text with no character of those blocks (`has_spaceless_script`) gets the pattern without them,
# which finds the same ends: the one with them is compiled only when such a text arrives.
@cache
def _sentence_end(spaceless: bool) -> re.Pattern[str]:
    capital = r"A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω©" + (r"\u3040-\u9fff\uac00-\ud7af" if spaceless else "")
    return re.compile(
        rf"[.!?…。！？](?:[”’\"')\]」』]*)(?:\s+|(?=[{capital}]))"
        r"(?=[^\s.,;:!?])"
    )


# `caption | Foto: AGENCY`, `caption - Name/Institution`: a bar or dash between caption and credit.
_BAR = re.compile(r"\s[|｜]\s*|\s[-–—]\s")
# What a caption keeps before its split credit and loses with it: a bar or a dash.
_BAR_END = re.compile(r"\s*[|｜\-–—]$")
# A slash, middle dot, comma or semicolon goes too when a label ended by a colon follows
# (`... first trip / Foto: Name`, `... trip · Photo: Name`, `... trip, photo: Name`): the colon
# makes the label certain. Before `courtesy of Name` a comma is the caption's sentence going on,
# and `Webinar • Provided by Org` is a listing (development pages).
_LABEL_DELIMITER_END = re.compile(r"\s*[/·,;]$")
_WORD_START = re.compile(r"(?<![^\s(\[])[^\W\d_]|(?<=[a-z])[A-Z]")
_DIGIT_SLASH = re.compile(r"(?<=\d)/(?=\d)")
_SEPARATORS = ("/", "|", " — ", " – ", " via ", " - ")
_MAX_NAME_WORDS = 6
_INSIDE_CREDIT = re.compile(r"(?:[/|—–-]|\svia|\sfor)$", re.IGNORECASE)
_MIN_CAPTION_WORDS = 3  # a credit glued to a caption follows at least a few words of it
_CREDIT_CHARS = MAX_CREDIT_CHARS  # the longest credit looks_like_credit accepts


_CLOSING = {")": "(", "]": "[", "）": "（", "】": "【"}


def _matching_open(text: str) -> int:
    """Index of the bracket that the final `)` (or `]`, `）`, `】`) of `text` closes, or -1."""
    close = text[-1:]
    open_ = _CLOSING.get(close)
    if open_ is None:
        return -1
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += {close: 1, open_: -1}.get(text[index], 0)
        if depth == 0:
            return index
    return -1


def _glued_prefix(caption: str) -> str:
    """The CJK word glued before a closing bracket group (`新华社发` of `新华社发（...）`)."""
    match = re.search(r"[^\s。，！？、；：]+$", caption)
    return match.group(0) if match and has_cjk(match.group(0)) else ""


def _trailing_parenthetical(text: str, table: AgencyTable) -> tuple[str, str] | None:
    if text[-1:] not in _CLOSING:
        return None
    start = _matching_open(text)
    inner = text[start + 1 : -1].strip()
    if start < 0 or not looks_like_credit(inner, table):
        return None
    caption = text[:start].rstrip()
    glued = _glued_prefix(caption)
    if glued and looks_like_credit(glued + text[start:], table):
        # `新华社发（刘满仓摄）`: the agency printed before the bracket belongs to the credit
        return caption[: -len(glued)].rstrip(), glued + text[start:]
    # The wire double form `(Photo by X / POOL / AFP) (Photo by X/POOL/AFP via Getty Images)`:
    # the last, fullest credit is kept and the earlier one dropped.
    while caption[-1:] in _CLOSING and (start := _matching_open(caption)) >= 0:
        if not looks_like_credit(caption[start + 1 : -1], table):
            break
        caption = caption[:start].rstrip()
    return caption, inner


def _after_sentence(text: str, table: AgencyTable) -> tuple[str, str] | None:
    # A credit is at most _CREDIT_CHARS long (looks_like_credit): only the end of a long text
    # can hold one, and scanning the whole of a 900-line page line by line would be slow.
    window = max(0, len(text) - _CREDIT_CHARS - 1)
    starts = {m.end() for m in _sentence_end(has_spaceless_script(text)).finditer(text, window)}
    starts |= {window + i for i in active_words().label_starts(text[window:])}
    starts |= {m.end() for m in re.finditer(r"\n\s*", text)}
    bars = {m.end() for m in _BAR.finditer(text, window) if _caption_before_bar(text[: m.start()])}
    for start in sorted(starts | bars):
        tail = text[start:].strip()
        if start > 0 and (
            looks_like_credit(tail, table)
            or (start in bars and _name_and_organisation(tail, table))
        ):
            return _caption_before(text[:start].rstrip(), tail), tail
    return None


def _caption_before(caption: str, credit: str) -> str:
    """The caption without the delimiter printed between it and its credit."""
    if _BAR_END.search(caption):
        return _BAR_END.sub("", caption)
    label = active_words().label.match(credit)
    if label and label.group(0).rstrip()[-1:] in ":：" and _LABEL_DELIMITER_END.search(caption):
        return _LABEL_DELIMITER_END.sub("", caption)
    return caption


def _name_and_organisation(tail: str, table: AgencyTable) -> bool:
    """`Per Lund/Orsa Havn` after a dash: a person and an organisation joined by a slash are a
    credit there even when neither is known."""
    if "/" not in tail or len(tail) > _CREDIT_CHARS:
        return False
    try:
        reading = read_credit(tail, table)
    except CaptionsError:
        return False
    credit = reading.credit
    return bool(credit.photographers and credit.agencies) and not reading.unrecognized


def _caption_before_bar(before: str) -> bool:
    """`By Maren Solberg | Reuters` is a byline, not a caption and its credit."""
    words = before.split()
    return len(words) >= _MIN_CAPTION_WORDS and words[0].casefold() != "by"


def _core_words(name: str) -> int:
    return sum(1 for w in name.split() if w.lower() not in PARTICLES and len(w.rstrip(".")) > 1)


def _glued_credit(text: str, table: AgencyTable) -> tuple[str, str] | None:
    """A credit run into the caption with no sentence boundary: choose where the name begins."""
    tail_window = text[-_CREDIT_CHARS:]
    if not any(sep in _DIGIT_SLASH.sub("", tail_window) for sep in _SEPARATORS):
        return None  # a date's slashes (`2/11/2023`) separate nothing
    offset = len(text) - len(tail_window)
    starts = [offset + m.start() for m in _WORD_START.finditer(tail_window)]
    found: list[tuple[int, str]] = []
    for start in reversed(starts):
        tail, before = text[start:].strip(), text[:start].rstrip()
        if _core_words(tail.split("/")[0]) > _MAX_NAME_WORDS:
            break
        if _INSIDE_CREDIT.search(before) or len(before.split()) < _MIN_CAPTION_WORDS:
            continue  # inside a longer credit, or too little text to be a caption
        if looks_like_credit(tail, table):
            found.append((start, tail))
    return _best_glued(text, found, table)


def _best_glued(
    text: str, found: list[tuple[int, str]], table: AgencyTable
) -> tuple[str, str] | None:
    if not found:
        return None
    for start, tail in found:  # shortest first: `REUTERS/Name` wins over `Spain REUTERS/Name`
        if _agency_first(tail, table):
            return text[:start].rstrip(), tail
    caps = [(s, t) for s, t in found if _name_part(t).isupper()]
    if caps:
        start, tail = caps[-1]
        return text[:start].rstrip(), tail
    two = [(s, t) for s, t in found if _core_words(_name_part(t)) == 2]
    start, tail = two[-1] if two else found[-1]
    return text[:start].rstrip(), tail


def _name_part(tail: str) -> str:
    return re.split(r"/|\||\s[—–-]\s", tail, maxsplit=1)[0].strip()


def _agency_first(tail: str, table: AgencyTable) -> bool:
    """`REUTERS/Name`, `Handout/Reuters`: the credit starts with an agency or a marker."""
    first = _name_part(tail)
    return table.lookup(first) is not None or first.casefold() in NOT_PEOPLE


def split_trailing_credit(text: str, agencies: AgencyTable | None = None) -> tuple[str, str | None]:
    """Split a caption into (caption, credit as printed) or (caption, None) when it has none.

    The credit keeps its label (`Photograph: Name/EPA`) and loses outer parentheses; a caption
    that is only a credit gives `("", credit)`. Agency notes after the credit (`ATTENTION
    EDITORS - ...`) are dropped.
    """
    agencies = active_agencies(agencies)
    with using_words(agencies.words):
        return _split_trailing(text.strip(), agencies)


def _split_trailing(text: str, agencies: AgencyTable) -> tuple[str, str | None]:
    noted = EDITOR_NOTE.sub("", text)
    for candidate in (noted, text) if noted != text else (text,):
        found = _split(candidate, agencies)
        if found is not None:
            return found
    return text, None


def _split(text: str, table: AgencyTable) -> tuple[str, str] | None:
    if looks_like_credit(text, table):
        cjk = _cjk_tail(text, table) if has_cjk(text) else None
        return cjk or ("", strip_outer_parentheses(text))
    return (
        _trailing_parenthetical(text, table)
        or _after_sentence(text, table)
        or _glued_credit(text, table)
        or (_cjk_tail(text, table) if has_cjk(text) else None)
    )


# a space, an opening bracket, or Japanese `＝` after CJK text (`漁船＝共同`; `=` too), never
# inside brackets (`(서울=연합뉴스)` is a Korean dateline, read by the credit parser)
@cache
def _cjk_cut() -> re.Pattern[str]:
    return re.compile(r"\s+|(?=[（(【\[])|(?<=[^\x00-\u2fff])[＝=](?=\S)(?![^（(【\[]*[)）】\]])")


def _cjk_tail(text: str, table: AgencyTable) -> tuple[str, str] | None:
    """`市民在广场上观看表演 视觉中国供图`: a Chinese or Japanese caption and its credit after a
    space or an opening bracket; the caption part is no credit of its own (the longest credit
    tail wins)."""
    for cut in _cjk_cut().finditer(text):
        head, tail = text[: cut.start()].strip(), text[cut.end() :].strip()
        if not head or not tail or not has_cjk(head) or head[-1] in ")）]】":
            continue  # `(서울=연합뉴스) 홍길동 기자`: a dateline before the name is the credit's
        if looks_like_credit(tail, table) and not looks_like_credit(head, table):
            return head, strip_outer_parentheses(tail)
    return None


def split_leading_credit(text: str, agencies: AgencyTable | None = None) -> tuple[str | None, str]:
    """Split a credit printed on the first line (`Photo: Name/Reuters` above the caption).

    Returns (credit, rest) or (None, text) when the first line is not a credit.
    """
    first, newline, rest = text.strip().partition("\n")
    if newline and looks_like_credit(first, agencies):
        return first.strip(), rest.strip()
    return None, text.strip()


__all__ = ["split_leading_credit", "split_trailing_credit"]
