"""Repeated structures of a scraped page: the slides of a gallery.

A gallery prints each slide as a counter with the slide's title (`7/40 Harbour at dawn`), the
caption paragraph, then the credit on a line of its own (an agency in capitals or mixed case,
`Name/Collection`) or nothing. The counters make the structure certain, so inside a slide a credit
is recognised by its place as much as by its words: a bare name there is a credit, while the same
name in a menu is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from captions.caption.counters import COUNTER_HEAD


@lru_cache(maxsize=1)
def _counter() -> re.Pattern[str]:
    """`7/40 Title`, `7 / 40`, `(7/40)`, `Photo 7 of 40: Title`, `Bilde 7 av 40`, and the title
    glued to the counter by the scraper (`7/40Title`: inline elements join without a space); the
    counter is captions.caption.counters' (its words: captions/caption/data/slide_counters.json)."""
    return re.compile(
        rf"^{COUNTER_HEAD}(?:\s*[:.\-–—]?\s*(?P<title>\S.*))?$",
        re.IGNORECASE,
    )


# A gallery has at least this many counters with one total (development pages: galleries print
# every slide's counter; a lone `Image 1 of 9` opens a viewer and is handled as an announcer).
MIN_SLIDES = 3
# Blocks a slide may hold after its counter before the next slide starts.
_MAX_SLIDE_BLOCKS = 4


@dataclass(frozen=True)
class Slide:
    """One slide: the index of its counter line and of the blocks that follow it."""

    counter: int
    blocks: tuple[int, ...]
    titled: bool  # the counter line prints the slide's title (`7/40 Title`)


def counter_of(text: str) -> tuple[int, int] | None:
    """(number, total) of a slide counter line (`7/40 Title`, `Photo 7 of 40`), or None."""
    match = _counter().match(text.strip())
    if match is None:
        return None
    number, total = int(match["number"]), int(match["total"])
    if not 0 < number <= total:
        return None
    return number, total


def is_counter(text: str) -> bool:
    """Whether `text` is a slide counter alone (`3/12`, `Photo 3 of 12`, `Bild 3 von 12`): a
    viewer's announcement that the next line is the slide's caption."""
    match = _counter().match(text.strip())
    return match is not None and not match["title"] and counter_of(text) is not None


# A page's repeated blocks (a list of shops, each with its heading, text, picture and address)
# hold their caption at one place after a line of one shape: this many captions found there make
# the template (development pages: a listing of 32 pictures, half of them credited).
MIN_TEMPLATE_CAPTIONS = 3
# Blocks between the template's anchor line and its caption.
_TEMPLATE_REACH = 3
# Share of the anchors of that shape whose caption was found by other means.
_TEMPLATE_SHARE = 0.5
# Symbols of a line's shape compared (its opening).
_SHAPE_SYMBOLS = 8


def line_shape(text: str) -> str:
    """The shape of a line's opening: digits, letters and CJK characters folded to one symbol
    each run, punctuation kept (`2/13 昼「Name」（Place）` -> `9/9 字「字 字」（字）`)."""
    out: list[str] = []
    for ch in text.strip():
        if ch.isdigit():
            symbol = "9"
        elif ch.isspace():
            symbol = " "
        elif ch.isalpha():
            symbol = "字" if ord(ch) >= 0x2E80 else "a"
        else:
            symbol = ch
        if not out or out[-1] != symbol or symbol not in "9 a字":
            out.append(symbol)
        if len(out) >= _SHAPE_SYMBOLS:
            break
    return "".join(out)


def template_slots(texts: list[str], captions: set[int]) -> list[int]:
    """Lines in the caption's place of a page's repeated blocks, found from the captions found
    (`captions`, line indexes): when several of them sit `k` blocks after lines of one shape and
    so do half the lines of that shape, the block `k` after every other such line is in a
    caption's place. `texts` are the page's lines ('' for a blank line)."""
    blocks = [i for i, t in enumerate(texts) if t]
    place = {line: n for n, line in enumerate(blocks)}
    shapes = {line: line_shape(texts[line]) for line in blocks}
    out: list[int] = []
    for k in range(1, _TEMPLATE_REACH + 1):
        anchored: dict[str, int] = {}
        for line in captions:
            n = place.get(line, -1) - k
            if n >= 0:
                shape = shapes[blocks[n]]
                anchored[shape] = anchored.get(shape, 0) + 1
        for shape, count in anchored.items():
            if count < MIN_TEMPLATE_CAPTIONS or not _marked_shape(shape):
                continue  # a shape of words alone is any sentence's
            anchors = [b for b in blocks if shapes[b] == shape and place[b] + k < len(blocks)]
            slots = [blocks[place[b] + k] for b in anchors]
            if sum(1 for slot in slots if slot in captions) >= _TEMPLATE_SHARE * len(slots):
                out += [slot for slot in slots if slot not in captions]
    return sorted(set(out))


def _marked_shape(shape: str) -> bool:
    """Whether a line shape holds more than words: a digit, or CJK text with punctuation
    (`字「字」`). Words and spaces alone (`a a a`, Korean `字 字 字`) open any sentence (an
    invented Korean gallery of tests/fixtures/articles/text_world: a card's headline after
    its slides took for a caption; the development listing the rule was written on prints
    `字「字」（字）`)."""
    return "9" in shape or ("字" in shape and bool(set(shape) - set("字 a")))


def slide_title(text: str) -> str | None:
    """The title a slide counter line prints after the counter (`7/40 Harbour at dawn` ->
    `Harbour at dawn`), or None."""
    match = _counter().match(text.strip())
    if match is None or counter_of(text) is None:
        return None
    return match["title"]


def strip_counter(text: str) -> str:
    """`text` without a viewer's counter printed before it (`Photo 3 of 12: Boats at dawn` ->
    `Boats at dawn`). A bare fraction stays (`9/11 memorial`): only a counter with a word
    (`Photo`, `of`, `von`) is taken for one inside a caption line."""
    match = _counter().match(text.strip())
    if match is None or not match["title"] or counter_of(text) is None:
        return text
    head = text.strip()[: match.start("title")]
    if not any(ch.isalpha() for ch in head):
        return text
    return match["title"]


def _rising_run(found: list[tuple[int, int]]) -> list[int]:
    """The lines of the longest run of counters whose numbers rise (strictly), in page order;
    of two printings of one number the later is kept (the slide follows its last counter)."""
    best: list[list[int]] = []  # best[k]: the run ending at counter k, as indexes into found
    for k, (_, number) in enumerate(found):
        longest: list[int] = []
        for j in range(k):
            if found[j][1] < number and len(best[j]) >= len(longest):
                longest = best[j]
        best.append([*longest, k])
    if not best:
        return []
    run = max(reversed(best), key=len)
    return [found[k][0] for k in run]


def find_slides(texts: list[str]) -> list[Slide]:
    """The slides of the page's galleries; `texts` are the page's lines ('' for a blank line)."""
    counters = {i: c for i, t in enumerate(texts) if t and (c := counter_of(t)) is not None}
    by_total: dict[int, list[tuple[int, int]]] = {}
    for line, (number, total) in sorted(counters.items()):
        by_total.setdefault(total, []).append((line, number))
    # A gallery counts its slides: distinct numbers, rising (dates such as `2/13` repeat). A
    # viewer may print a counter again (`1/40` over the gallery, a slide's counter twice): the
    # slides are the longest rising run, when it holds every number printed.
    starts: list[int] = []
    for total, found in by_total.items():
        run = _rising_run(found)
        if len(run) < len({number for _, number in found}):
            continue  # numbers out of order: dates (`2/13`), not a gallery's counters
        if len(run) >= MIN_SLIDES or len(run) == total > 1:
            starts += run
    starts.sort()
    slides: list[Slide] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(texts)
        blocks = [j for j in range(start + 1, end) if texts[j]][:_MAX_SLIDE_BLOCKS]
        titled = bool(_counter().match(texts[start].strip())["title"])  # type: ignore[index]
        slides.append(Slide(start, tuple(blocks), titled))
    return slides


__all__ = [
    "MIN_SLIDES",
    "MIN_TEMPLATE_CAPTIONS",
    "Slide",
    "counter_of",
    "find_slides",
    "is_counter",
    "line_shape",
    "slide_title",
    "strip_counter",
    "template_slots",
]
