"""A caption element's text made into caption and credit: credit lines, slide titles, controls.

Shared by the HTML readers (html.py); thresholds were fitted on the development part of
../shared/articles/real.
"""

from __future__ import annotations

import re

from captions.article.html_credit import credit_only, is_credit_line, is_labelled_credit
from captions.article.html_dom import Element, collapse
from captions.article.qualify import is_caption_text

# Player and lightbox controls that sit in caption markup: `Caption Close`, `Show caption`.
_CONTROL_TEXT = """
    caption captions close open show hide expand collapse toggle of more less info play pause
    mute unmute volume fullscreen replay subtitles settings video watch now playing next
    previous prev back skip ad loading advertisement anzeige publicidad publicité pubblicità
    scroll to continue with content"""
_CONTROL_WORDS = frozenset(_CONTROL_TEXT.split())
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def bold_lead(credit: Element) -> str:
    """The bold words a credit element opens with when the caption sits inside it
    (`<span class="media-credit"><strong>Harbour</strong> Name/Agency</span>`)."""
    first = next((c for c in credit.children if not (isinstance(c, str) and not c.strip())), None)
    if isinstance(first, Element) and first.tag in ("strong", "b"):
        lead = collapse(first.text())
        rest = collapse(credit.text())[len(lead) :].strip()
        return lead if lead and rest else ""
    return ""


def joined(raw: str, inner: str, tail: str) -> str:
    """The credit as printed when part sits in a credit element and part ends the caption text
    (`© Agency` in a <span>, `(Photo by Name/Agency)` after the caption): the raw text from the
    first part (with the bracket opening it) to the end of the second. A part printed again
    inside the other counts once, and parts not found in `raw` as they are are joined by a
    space."""
    if not (inner and tail) or tail == inner:
        return inner or tail
    start_inner, start_tail = raw.rfind(inner), raw.rfind(tail)
    if start_inner < 0 or start_tail < 0:
        return inner if tail in inner else tail if inner in tail else f"{tail} {inner}"
    (first, start), (second, end) = sorted(
        [(inner, start_inner), (tail, start_tail)], key=lambda part: part[1]
    )
    if end < start + len(first):  # one printed inside the other
        return first if len(first) >= len(second) else second
    if start > 0 and raw[start - 1] in "([":
        start -= 1
    return collapse(raw[start : end + len(second)])


def credit_line(lines: list[str]) -> tuple[list[str], str]:
    """A caption element's first or last line that is a credit by itself (`© Agency` above the
    caption, `Foto: Name` under it): (the other lines, the credit) or (lines, "")."""
    if is_credit_line(lines[-1]):
        return lines[:-1], lines[-1]
    if is_labelled_credit(lines[0]):
        return lines[1:], lines[0]
    if credit_only(lines[0]) and is_caption_text(" ".join(lines[1:])):
        return lines[1:], lines[0]  # `dpa` or `Name/Agency` above the caption
    return lines, ""


def credit_child(element: Element, text: str) -> tuple[str, str] | None:
    """(caption, credit) of a caption element whose text `text` opens or ends with the text of
    its first or last child element, when that child is a credit by itself and the rest a
    caption: they are printed inline with no space between them
    (`<span>Name/Agency</span><span>The harbour at night.</span>`)."""
    children = [c for c in element.children if collapse(c.text() if isinstance(c, Element) else c)]
    if len(children) < 2:
        return None
    for child, at_start in ((children[0], True), (children[-1], False)):
        if not isinstance(child, Element):
            continue
        credit = collapse(child.text())
        if not credit_only(credit) or credit == text:
            continue
        if at_start and text.startswith(credit):
            caption = text[len(credit) :].strip()
        elif not at_start and text.endswith(credit):
            caption = text[: -len(credit)].strip()
        else:
            continue
        if is_caption_text(caption):
            return caption, credit
    return None


def bare_name(text: str) -> bool:
    """A few capitalised words with no sentence end: what a credit-classed element holds
    (`AgencyName`, `Ada Lind`), not a short caption (`Ada Lind in Oslo`)."""
    words = text.split()
    return (
        0 < len(words) <= 4
        and not text.rstrip().endswith((".", "!", "?"))
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    )


def is_control(text: str) -> bool:
    """Player and lightbox labels: `Caption Close`, `Play Mute 00:00 / 01:30`."""
    words = [w.strip("/|·,.…") for w in text.casefold().split()]
    words = [w for w in words if w]
    return (
        bool(words)
        and len(words) <= 8
        and all(w in _CONTROL_WORDS or _CLOCK.match(w) for w in words)
    )


def is_toggle(element: Element) -> bool:
    """A link or button inside caption markup that only opens or closes it (`... more`,
    `less`): its words are controls and it leads nowhere."""
    if element.tag not in ("a", "button"):
        return False
    href = element.get("href").strip()
    if href and not href.startswith(("#", "javascript:")):
        return False
    return is_control(collapse(element.text()))


# A slide title above the caption in the same element is a few words without a full stop.
_MAX_TITLE_WORDS = 6


def without_title_line(lines: list[str]) -> str:
    """The caption without a slide title printed as its first line (`Birdhouse step by step`
    then the caption sentence)."""
    if len(lines) >= 2:
        first, rest = lines[0], " ".join(lines[1:])
        if (
            len(first.split()) <= _MAX_TITLE_WORDS
            and not first.rstrip().endswith((".", "!", "?", ":", ")"))
            and len(rest) > len(first)
        ):
            return collapse(rest)
    return collapse(" ".join(lines))


# Longer text in caption markup is an article teaser or a text box (development pages).
_MAX_CAPTION_CHARS = 600


# A <figcaption> of a figure with a picture is a caption by the strictest markup there is: a
# diagram's caption explaining its parts runs longer (development pages: 640 characters).
_MAX_FIGCAPTION_CHARS = 1200


def short_caption(text: str, *, figcaption: bool = False) -> bool:
    """A caption element's text that is not a sentence (`Allan Bryant`, `寿司屋`, `… and then`):
    its markup says it is a caption, so a name, a CJK phrase or a fragment counts; in a
    figure's <figcaption> (`figcaption`) a long text counts too."""
    limit = _MAX_FIGCAPTION_CHARS if figcaption else _MAX_CAPTION_CHARS
    return bool(text) and len(text) <= limit and not text.endswith((":", "|"))


__all__ = [
    "bare_name",
    "bold_lead",
    "credit_child",
    "credit_line",
    "is_control",
    "is_toggle",
    "joined",
    "short_caption",
    "without_title_line",
]
