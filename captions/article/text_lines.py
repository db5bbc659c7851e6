"""The text reader's lines and shared state: each line's number and offset, the hooks a line
format overrides (Markdown), the neighbours of a line, whether it is a credit line, and how a
found caption becomes a draft. The rules live in text.py (the pipeline), text_slides.py
(galleries) and text_pairing.py (credit lines and their captions).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from captions.article.common import Draft, LineSpan
from captions.article.qualify import (
    announces_caption,
    credible_credit,
    ends_like_sentence,
    is_body_paragraph,
    labels_artwork,
    opens_gallery,
    strip_stamp,
    strip_ui_suffix,
)
from captions.article.text_credits import CREDIT_LINE, split_credits
from captions.article.text_features import (
    PageShape,
    bare_name,
    cjk_role_marked,
    credit_confidence,
    firm_label,
    is_byline,
    is_cjk,
    is_copyright_footer,
    is_furniture,
    is_menu,
    picture_supplier,
    reading_of,
    social_platform,
    viewer_control,
    words_of,
)
from captions.article.text_layout import strip_counter
from captions.caption.normalize import printing_key, strip_labels
from captions.credit import looks_like_credit, person_then_organisation
from captions.credit.agencies import active_agencies
from captions.credit.grammar import CREDIT_LOWER_WORDS
from captions.credit.names import starts_with_given_name

# A credit line cut after a connector continues on the next line.
_DANGLING = re.compile(r"(?:[:/,&–—-]|\b(?:and|und|og|et|y|e|i)\b)\s*$", re.IGNORECASE)
# A slide title on its own line (development and fixture galleries: up to six words).
MAX_TITLE_WORDS = 6
# An organisation's name wrapped onto a credit's second line: a few capitalised words (fixture
# pages tests/fixtures/articles/classes; the development pages print no such credit), with the
# lower-case words a credit may hold (`Institut für`, `Museo del Mare`: the credit grammar's
# connectors and particles, read from the credit words data).
_WRAP_WORDS = 4
# A list of credits (`Source: A, B; graphic: C`) wrapped inside a name: the next block opens with
# the name's end, then a `;` and the next labelled credit (`Agency; graphic: Name`, `et du
# logement ; infographie : Name`; invented fixtures tests/fixtures/articles/gallery_forms, the
# development pages print no such credit). Its head has at most `_WRAP_WORDS` words.
_LIST_WRAP = re.compile(r"^(?P<head>[^.;:!?\d]+?)\s*;\s*(?P<tail>\S.*)$")
# A second printing counts as the same caption from this many characters (development pages:
# truncated copies keep at least a sentence).
MIN_REPEAT_CHARS = 30
# Words of a caption a bare-name credit follows (development pages: menus and link lists print
# names under two- to four-word lines, story cards their source under a 9- or 10-word headline;
# the shortest caption credited by a bare name there has 12 words).
BARE_MIN = 11
# What opens a copyright notice.
_NOTICE_MARKS = ("©", "ⓒ", "(c)", "(C)", "Copyright", "copyright")
_FULL_STOP = re.compile(r"[.。][”\"’')»]*$")
# Delimiters a caption printed before its credit (`caption · Photo: X`, `caption | X`,
# `caption; Name/AFP`): no caption ends with one.
CREDIT_DELIMITERS = " |｜·•—–/,;"


@dataclass(frozen=True)
class Line:
    """One line of the document: number from 1, offset of its first character, text without LF."""

    number: int
    start: int
    text: str

    @property
    def content(self) -> str:
        return self.text.strip()

    @property
    def content_start(self) -> int:
        return self.start + (len(self.text) - len(self.text.lstrip()))

    @property
    def content_end(self) -> int:
        return self.start + len(self.text.rstrip())


def split_lines(document: str) -> list[Line]:
    """The document's lines with their offsets (Unicode code points from 0)."""
    lines: list[Line] = []
    start = 0
    for number, text in enumerate(document.split("\n"), start=1):
        lines.append(Line(number, start, text.rstrip("\r")))
        start += len(text) + 1
    return lines


class LineReader:
    """The document's lines and what the rules have found so far; subclasses add the rules."""

    format = "text"

    def __init__(self, document: str) -> None:
        self.document = document
        self.lines = split_lines(document)
        self.claimed: set[int] = set()
        self.drafts: list[Draft] = []
        self.caption_lines: list[int] = []  # the line of each caption found, for templates
        self.shape = PageShape.measure([line.content for line in self.lines if line.content])
        self._credit_lines: dict[int, bool] = {}
        # A scraped page starts with its headline (the text runs from the first <h1>).
        first = next((i for i, line in enumerate(self.lines) if line.content), None)
        self._headline = first if self.format == "text" else None
        self._last_block = max((i for i, line in enumerate(self.lines) if line.content), default=-1)
        self._printings = Counter(printing_key(line.content) for line in self.lines if line.content)

    # ---- hooks for dialects -------------------------------------------------------------
    def caption_part(self, text: str) -> str:
        """The caption as the line prints it, without format markup (Markdown overrides)."""
        return strip_ui_suffix(text)

    def split_line(self, text: str) -> tuple[str, str | None]:
        """(caption part, trailing credit or None) of one line."""
        return split_credits(text)

    def marked_caption(self, index: int) -> bool:
        """Whether markup says line `index` is a caption (Markdown: italic under an image)."""
        return False

    def image_ref(self, index: int) -> str | None:
        return None

    def skip(self, index: int) -> bool:
        """Lines that are never captions nor credits in this format."""
        return False

    def caption_below_image(self, index: int) -> int | None:
        """The caption under an image that starts right below credit line `index` (Markdown)."""
        return None

    # ---- shared steps -------------------------------------------------------------------
    def _neighbour(self, index: int, step: int, max_gap: int = 1) -> tuple[int, int] | None:
        """(index, blank lines skipped) of the nearest non-blank line in direction `step`."""
        gap = 0
        i = index + step
        while 0 <= i < len(self.lines):
            if self.lines[i].content:
                return i, gap
            gap += 1
            if gap > max_gap:
                return None
            i += step
        return None

    def is_credit_line(self, index: int) -> bool:
        known = self._credit_lines.get(index)
        if known is None:
            known = self._credit_line(index)
            self._credit_lines[index] = known
        return known

    def _credit_line(self, index: int) -> bool:
        text = self.lines[index].content
        if not text or self.skip(index):
            return False
        position = index / max(1, len(self.lines) - 1)
        if is_copyright_footer(text, position) or is_menu(text):
            return False
        if is_furniture(text, pipes=False) and not _labelled_with_date(text):
            return False
        if index == self._last_block and text.startswith(_NOTICE_MARKS):
            return False  # `© Paper`: the page's last line is the site's notice, dated or not
        if text.islower() and len(text.split()) == 1 and not picture_supplier(text):
            # `twitter`, `facebook`: a share link; a credit names with capitals, or is a picture
            # supplier printed in its house style (`dpa`, `imago`)
            return False
        if social_platform(text):
            # `Facebook`, `微博` alone: a share link however it is printed (development pages:
            # no picture credited so; invented HTML pages, html_to_text half B: 2 share links read
            # as the credit of the paragraph above them)
            return False
        if credit_confidence(text) >= CREDIT_LINE:
            return True
        # a labelled credit the parser cannot read alone, wrapped in a list of credits
        below = self._neighbour(index, +1)
        return below is not None and self._credit_list_wraps(text, self.lines[below[0]].content)

    def supplier_between_text(self, index: int) -> bool:
        """Whether line `index` is only a picture supplier's name (`REUTERS`, `Getty Images`,
        `Agence France-Presse`) standing between paragraphs of running text: a credit-only
        picture's credit. The same name beside a byline, in a menu or under a story card's
        headline is no picture's (those neighbours are no running text)."""
        text = self.lines[index].content
        if not picture_supplier(text):
            return False
        around = [self._neighbour(index, step) for step in (-1, +1)]
        if any(n is None or n[1] == 0 for n in around):
            return False  # a block of its own, between two blocks
        return all(self._running_text(n[0]) for n in around if n is not None)

    def _running_text(self, index: int) -> bool:
        text = self.lines[index].content
        return (
            index != self._headline
            and not is_byline(text)
            and is_body_paragraph(text)
            and not self.shape.well_short_of_body(text)
        )

    def _shaped(self, index: int) -> bool:
        return shaped_credit(self.lines[index].content)

    def _announced(self, index: int) -> bool:
        """Whether a label or a viewer's caption button (`Close image caption`) stands right
        above line `index`."""
        above = self._neighbour(index, -1)
        return above is not None and announces_caption(self.lines[above[0]].content)

    def _announced_by_markup(self, index: int) -> bool:
        text = self.lines[index].content
        return self.marked_caption(index) or strip_labels(text) != text

    def _credit_wrap(self, index: int) -> int | None:
        """The line a credit line wraps onto: `Graphic: Name / Source:` then `Institute` (the
        credit ends on a connector and the next line is a short name, not a sentence), or
        `Grafik: Name/Institut für` then `Karten und Daten` (`organisation_wraps`)."""
        text = self.lines[index].content
        after = self._neighbour(index, +1)
        if after is None or after[0] in self.claimed:
            return None
        below = self.lines[after[0]].content
        if self._credit_list_wraps(text, below):
            return after[0]
        if not _DANGLING.search(text) and not _joint(text.split()[-1]):
            return after[0] if self._organisation_wraps(index, after) else None
        if len(below.split()) > MAX_TITLE_WORDS or ends_like_sentence(below) or is_furniture(below):
            return None
        return after[0]

    @staticmethod
    def _credit_list_wraps(text: str, below: str) -> bool:
        """Whether a labelled credit `text` (`Source: Tallow Valley Council, Environment`) goes
        on in `below` (`Agency; graphic: Name`): the name's last words, a `;`, and a credit line
        of its own. The label above and the credit below vouch for the words between them."""
        match = _LIST_WRAP.match(below)
        if match is None or ends_like_sentence(text) or not firm_label(text):
            return False
        if not 0 < len(match["head"].split()) <= _WRAP_WORDS:
            return False
        tail = match["tail"]
        return credit_confidence(tail) >= CREDIT_LINE and shaped_credit(tail)

    def _organisation_wraps(self, index: int, after: tuple[int, int]) -> bool:
        """Whether the organisation ending credit line `index` (`Label: Name/Organisation`) goes
        on in the same block, on the block's last line: a few capitalised words, no stop, no
        digit, no given name (a caption of a name under its credit is no organisation)."""
        text = self.lines[index].content
        below = self.lines[after[0]].content
        words = below.split()
        if "/" not in text or not firm_label(text) or ends_like_sentence(text):
            return False
        if after[1] and not (words and _joint(words[0])):
            # a block of its own (every block, for the shared scraper) goes on the credit only
            # from an organisation's joint (`for Coastal Studies`); `Karten und Daten` may be a
            # heading
            return False
        if not 0 < len(words) <= _WRAP_WORDS or ends_like_sentence(below):
            return False
        if any(ch.isdigit() for ch in below):
            return False
        if starts_with_given_name(below) and not _joint(words[0]):
            return False
        if not all(w[:1].isupper() or w in CREDIT_LOWER_WORDS or _elided(w) for w in words):
            return False
        beyond = self._neighbour(after[0], +1)
        return beyond is None or beyond[1] > 0

    def _add(
        self,
        caption_line: int | None,
        *,
        credit_line: int | None = None,
        trailing: tuple[str, str] | None = None,
        caption_text: str | None = None,
        why: str,
    ) -> None:
        if caption_line is not None and trailing is None and credit_line is None:
            # A caption found by its shape or its place alone: never the headline or a link.
            bare = self.caption_part(self.lines[caption_line].content)
            if caption_line == self._headline:
                return
            if is_furniture(bare, pipes=False) and not labels_artwork(bare):
                return  # (an artwork's year is no date line: `Name, Title, 2025`)
            if viewer_control(bare):
                return  # `Enlarge this image`: a viewer's button
        wrapped = self._credit_wrap(credit_line) if credit_line is not None else None
        used = [i for i in (caption_line, credit_line, wrapped) if i is not None]
        first, last = self.lines[min(used)], self.lines[max(used)]
        span = LineSpan(first.number, first.content_start, last.content_end)
        credit_raw: str | None = None
        caption = ""
        if caption_line is not None:
            caption = self.caption_part(self.lines[caption_line].content)
            if trailing is not None:
                caption, credit_raw = trailing
        if credit_line is not None:
            credit_raw = self.lines[credit_line].content
            if wrapped is not None:
                credit_raw = f"{credit_raw} {self.lines[wrapped].content}"
        text = clean_caption(caption) if caption_text is None else caption_text
        kind = "photo-group" if opens_gallery(text) else "photo"
        ref = self.image_ref(caption_line if caption_line is not None else used[0])
        self.drafts.append(
            Draft(span, self.document[span.start : span.end], text, credit_raw, ref, kind, why)
        )
        self.claimed.update(used)
        if caption_line is not None and text:
            self.caption_lines.append(caption_line)


def _joint(word: str) -> bool:
    """A lower-case word joining the parts of an organisation's name (`für`, `of`, `de la`): the
    credit grammar's connectors and particles, or one elided onto the next word (`dell'Università`,
    `d'Art`)."""
    return (word.islower() and word.casefold() in CREDIT_LOWER_WORDS) or _elided(word)


# An article or a preposition elided onto the next word (`l'eau`, `dell'Università`, `d'Art`):
# French, Italian and Catalan print the joints of a name so.
_ELIDED = re.compile(r"^[^\W\d_]{1,4}['’]\w")


def _elided(word: str) -> bool:
    return word[:1].islower() and bool(_ELIDED.match(word))


def _labelled_with_date(text: str) -> bool:
    """A picture label, a name and the day the picture was made (`Foto: Lena Vogt, 12.03.2024`):
    a credit, though its date reads as a page's time stamp."""
    if not any(ch.isdigit() for ch in text):
        return False  # (furniture for another reason: `Autor: X Redakteur: Y`)
    reading = reading_of(text)
    return (
        reading is not None
        and firm_label(text)
        and bool(reading.credit.photographers or reading.credit.agencies)
    )


def shaped_credit(text: str) -> bool:
    """A credit with a credit's shape: a label, `/`, `via`, parentheses, `©`, a CJK role mark,
    a person made it for an organisation (`Lena Vogt für die Orsaer Zeitung`); not a bare name,
    which the supplier registry knows but a link list prints too."""
    text = text.replace("ⓒ", "©")  # the circled mark of Korean pages
    return (
        firm_label(text)
        or credible_credit(text, own_line=True)
        or cjk_role_marked(text)
        or person_then_organisation(text)
        or _read_as_credit(text)
    )


def _read_as_credit(text: str) -> bool:
    """A line the credit parser reads whole as a credit with a credit's mark that the shape
    pattern does not know: a known supplier in brackets (`Ines Varga (AFP)`, `[Xinhua]`,
    `（共同）`), a full-width slash or equals sign (`ＡＰ＝共同`), a bullet or `©` between maker
    and supplier, or a handout, file or screen-grab marker (`Orsa Police handout`, `Screenshot
    from YouTube`, `资料图`). A known name alone (`Reuters`, `微博`) is a link as often."""
    line = " ".join(text.split())
    if not _CREDIT_MARKS.search(line) and not _marked_reading(line):
        return False
    if not looks_like_credit(line) or bare_name(line):
        return False
    return line[:1] in "[（【" or active_agencies().lookup(line) is None


# Marks of a credit beside its supplier: a bracket opening the line, full-width separators, a
# bullet or a copyright sign between maker and supplier (`Ines Varga © AFP`).
_CREDIT_MARKS = re.compile(r"^[\[（【]|[／＝•]|\s©\s")
# A known supplier in brackets ending the line: `Ines Varga (AFP)`, `（共同）`, `Ines Varga (AP`.
_SUPPLIER_IN_BRACKETS = re.compile(r"[(（\[]([^()（）\[\]]+)[)）\]]?$")  # (a lost closing one too)


# A name and a supplier after a comma (`Kari Holm, NTB`): a person's name and the supplier's,
# no list of things (a credit of the credit tables' shape runs to six words).
_COMMA_WORDS = 6


def _marked_reading(line: str) -> bool:
    """A supplier in brackets or after a comma ending the line (`Ines Varga (AFP)`, `Kari Holm,
    NTB`), or a handout, file or screen-grab marker in a line of two words or more in a cased
    script (`Orsa Police handout`, `Screengrab from X`): one word alone (`Especial`, `Promo`)
    is a section's name as often."""
    rest = line
    while (bracketed := _SUPPLIER_IN_BRACKETS.search(rest)) is not None:
        # `Name (AFP)`, `Name (AFP) (Pool)`: a known supplier in the brackets ending the line
        if active_agencies().lookup(bracketed.group(1).strip()):
            return True
        rest = rest[: bracketed.start()].rstrip()
    _, comma, last = line.rpartition(",")
    if comma and active_agencies().lookup(last.strip()) and len(line.split()) <= _COMMA_WORDS:
        return True
    if len(line.split()) < 2 or any(map(is_cjk, line)):
        return False
    reading = reading_of(line)
    if reading is None:
        return False
    return reading.credit.handout or reading.credit.file_photo or "reproduction" in reading.roles


def bare_name_credits(caption: str) -> bool:
    """Whether a bare-name credit (`Reuters`, `CBS News`) beside `caption` credits it: a caption
    of some length, or a sentence. A menu item, a story card's headline or a link's title over
    its source ends without a full stop."""
    return words_of(caption) >= BARE_MIN or _FULL_STOP.search(caption) is not None


def clean_caption(caption: str) -> str:
    """A caption as printed, without labels, counter, stamp or a delimiter left by its credit."""
    text = strip_stamp(strip_labels(strip_counter(caption.strip())))
    return text.strip().rstrip(CREDIT_DELIMITERS)


__all__ = [
    "BARE_MIN",
    "CREDIT_DELIMITERS",
    "MAX_TITLE_WORDS",
    "MIN_REPEAT_CHARS",
    "Line",
    "LineReader",
    "bare_name_credits",
    "clean_caption",
    "shaped_credit",
    "split_lines",
]
