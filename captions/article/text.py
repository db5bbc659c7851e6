"""Captions in plain text scraped from a web page, decided per page rather than per line.

Each line is measured once (text_features.py: how credit-like it is by the credit parser's grade,
its length against the page's body paragraphs, headings, page furniture, copyright notices) and
the page's repeated structures are found (text_layout.py: the slides of a gallery; how often each
paragraph is printed). Then, in order:

1. gallery slides: the caption paragraph of each slide and the credit in its slot;
2. lines ending in a credit (`... in Beijing. Ng Han Guan/Pool/AFP via Getty Images`); a credit
   with a delimited label vouches for a caption of one word (`Name (Photo: X)`);
3. credit lines paired with the caption above them, or below them on a page whose credits come
   first (BBC `Image source, X` / `Image caption,`); the page's majority decides: on a page whose
   credit lines mostly stand alone, a sentence above one inside a run of text is body text and
   the credit is a credit-only photo; a paragraph printed twice is never running text; a bare
   name (`Reuters`) credits only a caption of some length and never stands alone, a single
   lower-case word (`twitter`) is a share link; a credit repeated under its caption is no new
   photo, one printed twice under a caption printed twice is one more printing of it;
4. captions announced by a label or a counter, captions of caption shape between two body
   paragraphs (or beside one, for a line that says it shows a picture: `this photo`, `图为`),
   and further printings of a caption already found (whole, or cut short with `... more`).

Blocks of other stories after a `Related` / `You may also like` heading report only captions
printed with their credit on one line.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from captions.article.common import Draft, LineSpan
from captions.article.qualify import (
    announces_caption,
    credible_credit,
    credit_first,
    ends_like_sentence,
    is_body_paragraph,
    is_caption_text,
    is_short_caption,
    labels_artwork,
    opens_gallery,
    places_people,
    points_at_image,
    reads_like_unmarked_caption,
    strip_stamp,
    strip_ui_suffix,
)
from captions.article.text_credits import (
    CREDIT_LINE,
    delimited_label,
    repeats_credit,
    split_credits,
)
from captions.article.text_features import (
    PageShape,
    cjk_role_marked,
    credit_confidence,
    fills_credit_slot,
    firm_label,
    is_byline,
    is_cjk,
    is_copyright_footer,
    is_furniture,
    is_heading,
    is_menu,
    opens_promo_block,
    words_of,
)
from captions.article.text_layout import (
    Slide,
    find_slides,
    is_counter,
    strip_counter,
    template_slots,
)
from captions.caption.normalize import printing_key, strip_labels
from captions.credit import read_credit

# Bylines on a page of story cards (development pages: listings print one per card, articles one).
_CARD_BYLINES = 3
# Words of a caption above a bare-name credit line (development pages: menus and link lists
# print names under two- to four-word lines, story cards their source under a 9- or 10-word
# headline; the shortest caption credited by a bare name there has 12 words).
_BARE_MIN = 11
_FULL_STOP = re.compile(r"[.。][”\"’')»]*$")
_QUESTION = re.compile(r"[?？][”\"’')»]*$")
# Lines either side of a paragraph searched for a longer paragraph that quotes it.
_QUOTE_WINDOW = 200
# A second printing counts as the same caption from this many characters (development pages:
# truncated copies keep at least a sentence).
_MIN_REPEAT_CHARS = 30
# How a viewer marks a caption it cuts short.
_CUT_MARKS = ("more", "...", "…")
# Words of a caption found again elsewhere on the page as a further printing (the caption
# minimum: a shorter repeat is a tag or a menu item; development pages).
_REPRINT_WORDS = 3
# A credit line cut after a connector continues on the next line.
_DANGLING = re.compile(r"(?:[:/,&–—-]|\b(?:and|und|og|et|y|e|i)\b)\s*$", re.IGNORECASE)
# A slide title on its own line (development and fixture galleries: up to six words).
_MAX_TITLE_WORDS = 6
# The last slide of a gallery: its caption and credit, before the text goes on.
_LAST_SLIDE_BLOCKS = 2
# Credit lines a page needs before its majority layout counts (development pages).
_MIN_CREDITS_FOR_MODE = 4
# Words of a caption a viewer's counter announces (development pages: `Close` under `1 of 5`).
_COUNTED_WORDS = 2
# Words of a line without a final stop that reads as a subheading above a credit line.
_SHORT_LINE = 8
# A video player's box: a short line naming a video within two blocks of a credit line.
_VIDEO = re.compile(r"video|vidéo|vídeo|видео|视频|視頻|動画|영상", re.IGNORECASE)
_VIDEO_REACH = 2
_VIDEO_LABEL_WORDS = 4
# A credit line with no caption beside it is a credit-only photo from this confidence on.
CREDIT_ONLY = 0.6


# The rules that report a caption, as a draft's `why` names them (a debug record: the
# articles benchmark's `--why` measures each rule's true and false photos).
TEXT_RULES = {
    "slide-caption": "a gallery slide's caption paragraph, with the credit in its slot",
    "slide-trailing": "a gallery slide's line ending in its credit",
    "slide-credit-only": "a gallery slide printing only its credit",
    "trailing-credit": "a line ending in a credit",
    "trailing-credit-labelled-short": "a word or two before a credit with a delimited label",
    "credit-echo": "a credit line printed again under a caption printed twice",
    "credit-image-caption": "a credit line, an image, then its caption (Markdown)",
    "name-slash": "`Name/Collection` under its caption",
    "credit-over-caption": "a credit line over a caption with no final stop, text above",
    "credit-then-caption": "a credit line over its caption (credit-first line or page)",
    "caption-then-credit": "a caption above its credit line",
    "caption-twice-then-credit": "a caption and its copy above a credit line",
    "caption-then-credit-alone-page": "a caption above a credit on a page of lone credits",
    "credit-only": "a shaped credit line with no caption beside it",
    "credit-again": "a viewer's button between a caption and its credit printed again",
    "label-on-line": "a caption its own line's label or markup announces",
    "gallery-opener": "a caption that says a gallery follows",
    "places-people": "a caption placing people (`from left`)",
    "artwork-label": "an artwork's label (`Name, Title, 2025`)",
    "label-above": "a caption under a label line (`Image`)",
    "counter-above": "a caption under a viewer's counter (`3/12`)",
    "unmarked-between-body": "a caption-shaped paragraph between two body paragraphs",
    "unmarked-points-at-image": "a paragraph that says it shows a picture, beside body text",
    "template-slot": "the caption's place in the page's repeated blocks",
    "reprint": "a further printing of a caption found",
    "reprint-cut": "a printing cut short (`... more`) of a caption found",
}


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


class TextReader:
    """Finds caption occurrences line by line. Subclasses adapt it to other line formats."""

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

    # ---- the pipeline -------------------------------------------------------------------
    def read(self) -> list[Draft]:
        self._slides()
        self._captions_with_trailing_credit()
        self._pair_credit_lines()
        self._announced_captions()
        self._unmarked_captions()
        self._template_captions()
        self._repeated_captions()
        drafts = sorted(self.drafts, key=lambda d: d.span.start)
        promos = self._promo_lines()
        # Among other stories' blocks only a caption printed with its credit on one line is a
        # picture's (development pages: 1 of 7 reports there, the others teaser headlines).
        return [
            d
            for d in drafts
            if not repeats_credit(d, drafts)
            and (d.span.line not in promos or (d.text and d.credit_raw and "\n" not in d.raw))
        ]

    def _promo_lines(self) -> set[int]:
        """Line numbers of the blocks of other stories: from a `Related` / `You may also like`
        heading to the next paragraph of running text (or the page's end)."""
        out: set[int] = set()
        inside = False
        for line in self.lines:
            text = line.content
            if not text:
                continue
            if opens_promo_block(text):
                inside = True
            elif inside and is_body_paragraph(text) and self.shape.reads_like_body(text):
                inside = False
            if inside:
                out.add(line.number)
        return out

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
        if is_copyright_footer(text, position) or is_furniture(text, pipes=False) or is_menu(text):
            return False
        if text.islower() and len(text.split()) == 1:
            return False  # `twitter`, `facebook`: a share link; a credit names with capitals
        return credit_confidence(text) >= CREDIT_LINE

    def _caption_candidate(self, index: int, gap: int) -> bool:
        if index in self.claimed or self.skip(index) or self.is_credit_line(index):
            return False
        text = strip_labels(self.caption_part(self.lines[index].content))
        if self.split_line(self.caption_part(self.lines[index].content))[1]:
            return False  # it has a credit of its own
        return is_short_caption(text) if gap else is_caption_text(text)

    def _beside_credit(self, found: tuple[int, int] | None, below: bool = False) -> bool:
        """Whether the line `found` next to a credit line reads as that credit's caption:
        a caption by shape, not the page's running text, a heading or page furniture. Which
        side the page prints its captions on is decided per page from all its credit lines.

        Below a credit, a sentence is a caption only when well short of the page's body
        paragraphs; one nearer their length is the text going on after a credit-only picture.
        """
        if found is None:
            return False
        index = found[0]
        if index in self.claimed or self.skip(index) or self.is_credit_line(index):
            return False
        if index == self._headline:
            return False  # the page's headline, over its lead picture's credit
        if _QUESTION.search(self.lines[index].content):
            return False  # a question asks the reader: a standfirst or a quiz, not a caption
        if _video_label(self.lines[index].content):
            return False  # `End of video`: a player's label
        text = self.caption_part(self.lines[index].content)
        if self.split_line(text)[1]:
            return False  # it has a credit of its own
        bare = strip_labels(text)
        if (
            self.marked_caption(index)
            or bare != text.strip()
            or found[1] == 0
            or self._announced(index)
        ):
            return is_caption_text(bare)  # announced, or printed in one block with the credit
        if is_furniture(bare) or is_heading(bare):
            return False
        if self.shape.reads_like_body(bare) and self._printings[printing_key(bare)] < 2:
            return False  # running text; a paragraph printed twice is a viewer's caption
        if below and ends_like_sentence(bare) and not self.shape.well_short_of_body(bare):
            return False
        return is_caption_text(bare)

    def _name_slash(self, index: int) -> bool:
        """`Kari Holm/Orsa Magasin`: a person, a slash and an organisation the registry does not
        know, every part placed by the credit parser."""
        text = self.lines[index].content
        if "/" not in text or index in self.claimed or self.skip(index):
            return False
        if any(ch.isdigit() or is_cjk(ch) for ch in text):
            return False
        return fills_credit_slot(text) and bool(read_credit(text).credit.photographers)

    def _shaped(self, index: int) -> bool:
        """A credit line with a credit's shape: a label, `/`, `via`, parentheses, `©`; not a
        bare name, which the supplier registry knows but a link list prints too."""
        text = self.lines[index].content
        return firm_label(text) or credible_credit(text, own_line=True) or cjk_role_marked(text)

    def _stands_alone(self, index: int) -> bool:
        """Whether credit line `index`, with no caption beside it, is a credit-only photo: only a
        shaped credit. A bare name alone (`Facebook`, `USA TODAY Network`) is a share button, a
        byline's outlet or a menu (development pages: 3 of 3 such lines, none a picture's).
        A credit inside a video player's box (a `Video` line next to it) is the poster's."""
        return self._shaped(index) and not self._in_video_box(index)

    def _in_video_box(self, index: int) -> bool:
        """Whether a short line naming a video (`Video`, `Videobeitrag`, `Ende des Videobeitrags`,
        `视频`) stands within two blocks of line `index`."""
        for step in (-1, +1):
            j = index
            for _ in range(_VIDEO_REACH):
                found = self._neighbour(j, step)
                if found is None:
                    break
                j = found[0]
                if _video_label(self.lines[j].content):
                    return True
        return False

    def _cards(self) -> bool:
        bylines = sum(1 for line in self.lines if is_byline(line.content))
        return bylines >= _CARD_BYLINES

    def _echoed_caption(self, index: int) -> str | None:
        """The caption of the photo whose credit line, right above, credit line `index`
        repeats word for word, when that caption was printed twice too."""
        above = self._neighbour(index, -1)
        if above is None or self.lines[above[0]].content != self.lines[index].content:
            return None
        number = self.lines[above[0]].number
        return next(
            (
                d.text
                for d in self.drafts
                if d.text
                and 0 <= number - d.span.line <= d.raw.count("\n")
                and self._printings[printing_key(d.text)] >= 2
            ),
            None,
        )

    def _repeated_credit(self, index: int) -> bool:
        """Whether credit line `index` repeats the credit of a caption printed just above it."""
        line = self.lines[index]
        draft = Draft(LineSpan(line.number, line.start, line.start), "", "", line.content)
        return repeats_credit(draft, self.drafts)

    def _below_credit(self, index: int) -> tuple[int, int] | None:
        """The line below credit line `index`, past an `Image caption,` label line (then with
        gap 0: the label announces it)."""
        after = self._neighbour(index, +1)
        if after is not None and announces_caption(self.lines[after[0]].content):
            label = after[0]
            after = self._neighbour(label, +1)
            if after is not None:
                self.claimed.add(label)
                return after[0], 0
        return after

    def _pair_credit_lines(self) -> None:
        credits = [
            i for i in range(len(self.lines)) if self.is_credit_line(i) or self._name_slash(i)
        ]
        around = {i: (self._neighbour(i, -1), self._below_credit(i)) for i in credits}
        fits = {
            i: (self._beside_credit(b), self._beside_credit(a, below=True))
            for i, (b, a) in around.items()
        }
        # The page's direction: a credit printed above its caption on most of its credit lines
        # (credit-first layouts) or below it.
        real = {i: fit for i, fit in fits.items() if self.is_credit_line(i)}
        forward = sum(1 for b, a in real.values() if a and not b)
        backward = sum(1 for b, a in real.values() if b and not a)
        # On a page of story cards (`By Name • date` under each), a line below a credit is the
        # next card's headline (development pages: section fronts and topic listings).
        page_forward = forward > backward and not self._cards()
        # On a page where most credit lines stand alone (credit-only pictures between paragraphs),
        # a sentence above a credit line is the text going on, not its caption; a caption there
        # is announced or printed without a final full stop (development pages).
        alone = sum(1 for b, a in real.values() if not a and not b)
        page_alone = len(real) >= _MIN_CREDITS_FOR_MODE and alone * 2 > len(real)
        for i in credits:
            if i in self.claimed:
                continue
            echoed = self._echoed_caption(i)
            if echoed is not None:
                # a viewer prints the caption twice and its credit twice: the second credit line
                # is one more printing of that photo
                self._add(None, credit_line=i, caption_text=echoed, why="credit-echo")
                continue
            if self._repeated_credit(i):
                self.claimed.add(i)
                continue
            below = self.caption_below_image(i)
            if below is not None and self._caption_candidate(below, 0):
                # `Photo: X` / image / caption
                self._add(below, credit_line=i, why="credit-image-caption")
                continue
            before, after = around[i]
            fit_before, fit_after = fits[i]
            first = credit_first(self.lines[i].content) or (
                after is not None and after[1] == 0 and self._announced_by_markup(after[0])
            )
            if not self.is_credit_line(i):
                # `Name/Collection` only under a caption: `Illustrator Name/Magazine`
                if fit_before and before is not None and self._name_slash(i):
                    self._add(before[0], credit_line=i, why="name-slash")
                continue
            if not self._shaped(i):
                fit_after = False  # a bare name leads nothing: `Twitter` over a headline
                if before is not None and not self._bare_credits(before[0]):
                    fit_before = False  # `Connect with us` over `Twitter`: a menu
            if fit_before and before is not None and self._subheading(before):
                fit_before = False
            if backward <= forward and self._caption_under_credit(i, before, after):
                self._add(after[0], credit_line=i, why="credit-over-caption")  # type: ignore[index]
                continue
            # a caption printed in one block with the credit beats one across a blank line
            glued_above = fit_before and before is not None and before[1] == 0
            if (
                fit_after
                and after is not None
                and (first or page_forward)
                and not (glued_above and after[1] > 0)
            ):
                self._add(after[0], credit_line=i, why="credit-then-caption")
                continue
            printed_twice = before is not None and self._second_printing(before[0])
            above_why = "caption-then-credit"
            if printed_twice:
                fit_before = self._shaped(i)  # a viewer's caption and its copy, then the credit
                above_why = "caption-twice-then-credit"
            elif (
                page_alone
                and fit_before
                and before is not None
                and before[1] > 0
                and self._text_above(before[0])
            ):
                fit_before = not ends_like_sentence(self.lines[before[0]].content)
                above_why = "caption-then-credit-alone-page"
            if fit_before and before is not None and not credit_first(self.lines[i].content):
                self._add(before[0], credit_line=i, why=above_why)
            elif self._stands_alone(i):
                self._add(None, credit_line=i, why="credit-only")

    def _caption_under_credit(
        self,
        index: int,
        before: tuple[int, int] | None,
        after: tuple[int, int] | None,
    ) -> bool:
        """Whether credit line `index` heads the caption below it (`© Agency` printed over
        the picture, the caption under it): the line below is a caption with no final stop, and
        the line above is no caption of its own: nothing, page furniture, or a paragraph of the
        running text (a sentence not well short of the body paragraphs, with text above it).
        A caption ends where the text would go on with a full stop; a body paragraph does not
        end without one."""
        if after is None:
            return False
        below = after[0]
        if below in self.claimed or below == self._headline or self.is_credit_line(below):
            return False
        text = self.caption_part(self.lines[below].content)
        bare = strip_labels(text)
        if self.split_line(text)[1] or _QUESTION.search(bare) or ends_like_sentence(bare):
            return False
        if is_furniture(bare) or self.shape.reads_like_body(bare) or not is_caption_text(bare):
            return False
        if self._printings[printing_key(bare)] > 1:
            return False  # a title every slide repeats (`Step by step`), not one picture's caption
        if not self._shaped(index) and words_of(bare) < _BARE_MIN:
            return False  # a bare name credits only a caption of some length
        if before is None:
            return False
        above = self.lines[before[0]].content
        return (
            before[1] > 0
            and is_body_paragraph(above)
            and not self.shape.well_short_of_body(above)
            and self._text_above(before[0])
        )

    def _subheading(self, found: tuple[int, int]) -> bool:
        """Whether the line `found` above a credit line, across a blank line, is a subheading or
        a standfirst over a credit-only picture: a few words with no final stop, neither
        announced nor marked (development pages: 2 of 2 such lines; the page's direction is
        counted before this, on the lines' shape alone)."""
        index, gap = found
        text = self.caption_part(self.lines[index].content)
        bare = strip_labels(text)
        if gap == 0 or bare != text.strip() or self._announced(index) or self.marked_caption(index):
            return False
        return words_of(bare) <= _SHORT_LINE and not ends_like_sentence(bare)

    def _bare_credits(self, index: int) -> bool:
        """Whether the line `index` above a bare name (`Reuters`, `Getty Images`) is a caption it
        credits: a caption of some length, or a sentence (a menu item or a story card's headline
        ends without a full stop)."""
        text = self.caption_part(self.lines[index].content)
        return words_of(text) >= _BARE_MIN or _FULL_STOP.search(text) is not None

    def _text_above(self, index: int) -> bool:
        """Whether the block above line `index` is text or a credit, not a heading or nothing: a
        sentence there goes on with the text, while the first block under a heading (or the
        page's head) may be a teaser's or a picture's caption."""
        above = self._neighbour(index, -1)
        if above is None:
            return False
        return self.is_credit_line(above[0]) or not is_heading(self.lines[above[0]].content)

    def _announced(self, index: int) -> bool:
        """Whether a label or a viewer's caption button (`Close image caption`) stands right
        above line `index`."""
        above = self._neighbour(index, -1)
        return above is not None and announces_caption(self.lines[above[0]].content)

    def _above_text(self, index: int) -> str:
        above = self._neighbour(index, -1, max_gap=1)
        return "" if above is None else self.lines[above[0]].content

    def _announced_by_markup(self, index: int) -> bool:
        text = self.lines[index].content
        return self.marked_caption(index) or strip_labels(text) != text

    def _slides(self) -> None:
        """Galleries: each slide's caption paragraph and its credit line, before or after it (a
        bare name counts there: the slide's layout gives it its place). A slide's title may
        stand on a line of its own: the caption is the slide's longest caption-shaped block."""
        texts = [line.content if not self.skip(i) else "" for i, line in enumerate(self.lines)]
        slides = find_slides(texts)
        titles = self._gallery_titles(slides)
        for k, slide in enumerate(slides):
            blocks = [
                b
                for b in slide.blocks
                if b not in self.claimed and not announces_caption(self.lines[b].content)
            ]
            if blocks and not slide.titled and self._slide_title(blocks[0], blocks[1:], titles):
                self.claimed.add(blocks[0])  # `Photo 3 of 12`, then the slide's title alone
                blocks = blocks[1:]
            last = k == len(slides) - 1
            if last:
                blocks = blocks[:_LAST_SLIDE_BLOCKS]  # running text follows the last slide
            # a credit line proper beats a line that only may fill the slot (`Winter`, a title
            # the parser reads as a name)
            credits = [b for b in blocks if self.is_credit_line(b)] or [
                b for b in blocks if self._slide_credit(b)
            ]
            captions = [
                b
                for b in blocks
                if b not in credits
                and self._slide_caption(b)
                and not (last and self.shape.reads_like_body(self.lines[b].content))
            ]
            trailing = [b for b in blocks if b not in credits and self._slide_trailing(b)]
            if trailing:
                line = trailing[0]
                text, tail = self.split_line(self.caption_part(self.lines[line].content))
                self._add(line, trailing=(text, tail or ""), why="slide-trailing")
                continue
            if not captions:
                if credits:
                    # a slide printing only its credit
                    self._add(None, credit_line=credits[0], why="slide-credit-only")
                continue
            caption = max(captions, key=lambda b: len(self.lines[b].content))
            after = [b for b in credits if b > caption]
            before = [b for b in credits if b < caption]
            slot = after[0] if after else (before[-1] if before else None)
            self._add(caption, credit_line=slot, why="slide-caption")

    def _credit_wrap(self, index: int) -> int | None:
        """The line a credit line wraps onto: `Graphic: Name / Source:` then `Institute`. The
        credit ends on a connector and the next line is a short name, not a sentence."""
        text = self.lines[index].content
        if not _DANGLING.search(text):
            return None
        after = self._neighbour(index, +1)
        if after is None or after[0] in self.claimed:
            return None
        below = self.lines[after[0]].content
        if (
            len(below.split()) > _MAX_TITLE_WORDS
            or ends_like_sentence(below)
            or is_furniture(below)
        ):
            return None
        return after[0]

    def _second_printing(self, index: int) -> bool:
        """Whether line `index` prints again the caption on the line above it (whole, or cut
        short with `... more`): a viewer's caption then its copy, not running text."""
        above = self._neighbour(index, -1)
        if above is None or index in self.claimed or self.is_credit_line(index):
            return False
        text = self.caption_part(self.lines[index].content)
        first = printing_key(_caption_text(self.caption_part(self.lines[above[0]].content)))
        second = printing_key(_caption_text(text)).rstrip(".… ")
        return (
            len(second) >= _MIN_REPEAT_CHARS
            and first.startswith(second)
            and is_caption_text(strip_labels(text))
        )

    def _gallery_titles(self, slides: list[Slide]) -> bool:
        """Whether the gallery prints each slide's title on a line of its own: some slide opens
        with a short line over a caption and a credit of its own (decided per gallery, so that
        a title the parser reads as a name, `Sunniva`, stays a title on a slide with no credit)."""
        for slide in slides:
            blocks = [b for b in slide.blocks if not announces_caption(self.lines[b].content)]
            if slide.titled or len(blocks) < 3 or not self._slide_title_shape(blocks[0]):
                continue
            rest = blocks[1:]
            if any(self._slide_credit(b) for b in rest) and self._caption_among(rest):
                return True
        return False

    def _caption_among(self, blocks: list[int]) -> bool:
        """Whether a slide's `blocks` hold a caption other than a credit and not running text
        (a list's item heading is printed over a paragraph of the text)."""
        return any(
            self._slide_caption(b) and not self.shape.reads_like_body(self.lines[b].content)
            for b in blocks
            if not self._slide_credit(b)
        )

    def _slide_title_shape(self, index: int) -> bool:
        text = self.lines[index].content
        if self.is_credit_line(index) and self._shaped(index):
            return False
        return len(text.split()) <= _MAX_TITLE_WORDS and not ends_like_sentence(text)

    def _slide_title(self, index: int, rest: list[int], titles: bool) -> bool:
        """A short line with no sentence and no credit's shape opening a slide, in a gallery that
        prints titles: a slide's title. In a gallery that prints none, it is one only over the
        slide's caption (`rest` holds one), and a line that may fill the credit slot (`ORSA
        PRESS`, `Name/Collection`) is the slide's credit, printed before its caption, when no
        later block of the slide is one."""
        if titles:
            return self._slide_title_shape(index)
        text = self.lines[index].content
        if self.is_credit_line(index) and self._shaped(index):
            return False
        if self._slide_credit(index) and not any(self._slide_credit(b) for b in rest):
            return False
        if not self._caption_among(rest):
            return False  # the slide's only caption
        return len(text.split()) <= _MAX_TITLE_WORDS and not ends_like_sentence(text)

    def _slide_credit(self, index: int) -> bool:
        return self.is_credit_line(index) or fills_credit_slot(self.lines[index].content)

    def _slide_trailing(self, index: int) -> bool:
        caption, credit = self.split_line(self.caption_part(self.lines[index].content))
        return credit is not None and is_caption_text(strip_labels(caption))

    def _slide_caption(self, index: int) -> bool:
        """A caption by its place in a slide: a word may do (`Evening`), the counter vouches."""
        text = self.caption_part(self.lines[index].content)
        if self.split_line(text)[1] or self.is_credit_line(index):
            return False
        return is_caption_text(strip_labels(text), min_words=1) and not is_furniture(text)

    def _captions_with_trailing_credit(self) -> None:
        for i, line in enumerate(self.lines):
            if i in self.claimed or not line.content or self.skip(i):
                continue
            caption, credit = self.split_line(self.caption_part(line.content))
            if not credit or is_furniture(caption) or is_menu(line.content):
                continue
            # A credit with a delimited label vouches for a caption of a word or two
            # (`Name (Photo: X)`, `Name 出典：X`); `Content provided by X` is an advertiser's line.
            least = 1 if delimited_label(line.content, credit) else 3
            if not is_caption_text(strip_labels(caption), min_words=least):
                continue
            if not is_copyright_footer(credit, 1.0):
                short = words_of(strip_labels(caption)) < 3
                why = "trailing-credit-labelled-short" if short else "trailing-credit"
                self._add(i, trailing=(caption, credit), why=why)

    def _announced_captions(self) -> None:
        for i, line in enumerate(self.lines):
            if i in self.claimed or not line.content or self.skip(i):
                continue
            glued = self._credit_again(i)
            if glued is not None:
                self.claimed.add(i)
                if glued >= 0:
                    caption = self.caption_part(self.lines[glued].content)
                    tail = line.content
                    cut = (caption[: -len(tail)].rstrip(), tail)
                    self._add(glued, trailing=cut, why="credit-again")
                continue
            text = strip_labels(self.caption_part(line.content))
            why = _announcement(self._announced_by_markup(i), text)
            if why:
                fits = is_caption_text(text)
            else:
                # An `Image` label or a `3/12` counter right above, or one blank line above (then
                # only a short caption: a label over a blank line may head the body).
                previous = self._neighbour(i, -1, max_gap=1)
                fits = previous is not None and self._label_fits(previous, text, i)
                why = "counter-above" if fits and is_counter(self._above_text(i)) else "label-above"
            if fits:
                self._add(i, why=why)

    def _credit_again(self, index: int) -> int | None:
        """Whether line `index`, under a viewer's button, prints again the credit of the caption
        above the button (`... in the bay. Kari Holm`, `toggle caption`, `Kari Holm`): the index
        of that caption's line when the credit ends it unsplit, -1 when a caption found there
        has it as credit already, None when line `index` is no credit printed again."""
        label = self._neighbour(index, -1)
        if label is None or not announces_caption(self.lines[label[0]].content):
            return None
        above = self._neighbour(label[0], -1)
        if above is None:
            return None
        key = printing_key(self.lines[index].content)
        if any(
            d.credit_raw and printing_key(d.credit_raw) == key for d in self._drafts_on(above[0])
        ):
            return -1
        printed = self.caption_part(self.lines[above[0]].content)
        tail = self.lines[index].content
        if above[0] in self.claimed or not printed.endswith(" " + tail):
            return None
        if not is_caption_text(strip_labels(printed[: -len(tail)])):
            return None
        return above[0] if fills_credit_slot(tail) else None

    def _drafts_on(self, index: int) -> list[Draft]:
        number = self.lines[index].number
        return [d for d in self.drafts if d.span.line <= number <= d.span.line + d.raw.count("\n")]

    def _label_fits(self, label: tuple[int, int], text: str, index: int) -> bool:
        announcer = self.lines[label[0]].content
        if not announces_caption(announcer):
            return False
        if is_counter(announcer) and words_of(text) < 3 and not self._slide_credit(index):
            # a viewer's counter (`Foto 1 de 1`) vouches for a caption of two words; one word
            # under it is the viewer's control (`Close`, `Next`: development pages)
            return is_caption_text(text, min_words=_COUNTED_WORDS) and not is_furniture(text)
        return is_short_caption(text) if label[1] else is_caption_text(text)

    def _unmarked_captions(self) -> None:
        """Captions with no credit and no label: a paragraph of caption shape between two
        paragraphs of running text (never in the page head, among links or in a list), whose
        text is not printed again inside a longer paragraph (a pull quote is)."""
        for i, line in enumerate(self.lines):
            if i in self.claimed or not line.content or self.skip(i) or not self._alone(i):
                continue
            text = self.caption_part(line.content)
            if not reads_like_unmarked_caption(text) or self._quoted_elsewhere(i, text):
                continue
            if self._paragraph_goes_on(i):
                continue  # a paragraph the scraper broke at a link: `... of tutoring` / `. On`
            around = [self._neighbour(i, step, max_gap=2) for step in (-1, +1)]
            body = [n is not None and self._is_body(n[0]) for n in around]
            # A line that says it shows a picture needs running text on one side only (a
            # subheading may stand on the other).
            if all(body) or (any(body) and points_at_image(text)):
                why = "unmarked-between-body" if all(body) else "unmarked-points-at-image"
                self._add(i, why=why)

    def _template_captions(self) -> None:
        """Captions in the caption's place of the page's repeated blocks (text_layout
        `template_slots`): a word may do there (`試食`), the template vouches; a credit, page
        furniture or running text is never one."""
        found = set(self.caption_lines)
        texts = [line.content if not self.skip(i) else "" for i, line in enumerate(self.lines)]
        for i in template_slots(texts, found):
            text = self.caption_part(self.lines[i].content)
            if i in self.claimed or self.is_credit_line(i) or self.split_line(text)[1]:
                continue
            if is_furniture(text) or self.shape.reads_like_body(text):
                continue
            if is_caption_text(strip_labels(text), min_words=1):
                self._add(i, why="template-slot")

    def _paragraph_goes_on(self, index: int) -> bool:
        """Whether the block after line `index` carries on its sentence: it opens with a
        lower-case letter or with punctuation (a scraper starts a block at an inline link)."""
        after = self._neighbour(index, +1, max_gap=2)
        if after is None:
            return False
        first = self.lines[after[0]].content[:1]
        return first.islower() or first in ".,;:)]!?"

    def _alone(self, index: int) -> bool:
        """Whether line `index` is a paragraph of its own: blank lines (or nothing) around it."""
        return all(
            not (0 <= j < len(self.lines)) or not self.lines[j].content
            for j in (index - 1, index + 1)
        )

    def _is_body(self, index: int) -> bool:
        text = self.lines[index].content
        return index not in self.claimed and not self.skip(index) and is_body_paragraph(text)

    def _quoted_elsewhere(self, index: int, text: str) -> bool:
        """Whether `text` is printed again inside a longer paragraph near it (a pull quote
        repeats its paragraph within a screen or two; the window keeps huge pages linear)."""
        key = " ".join(text.split()).casefold()
        low, high = max(0, index - _QUOTE_WINDOW), min(len(self.lines), index + _QUOTE_WINDOW)
        return any(
            j != index
            and len(self.lines[j].content) > len(text)
            and key in self.lines[j].content.casefold()
            for j in range(low, high)
        )

    def _repeated_captions(self) -> None:
        # A caption of a word or two printed again is a tag or a menu item, not a reprint.
        keys = {printing_key(d.text) for d in self.drafts if words_of(d.text) >= _REPRINT_WORDS}
        for i, line in enumerate(self.lines):
            if i in self.claimed or not line.content or self.skip(i):
                continue
            caption, credit = self.split_line(self.caption_part(line.content))
            key = printing_key(_caption_text(caption))
            if key in keys:
                self._add(i, trailing=(caption, credit) if credit else None, why="reprint")
            elif (full := self._truncates(line.content, key)) is not None:
                # `... more`: the viewer's cut copy
                self._add(i, caption_text=full, why="reprint-cut")

    def _truncates(self, printed: str, key: str) -> str | None:
        """The caption found on the page that `printed` cuts short (`First words ... more`)."""
        if not printed.rstrip().endswith(_CUT_MARKS):
            return None
        cut = key.rstrip(".… ")
        if len(cut) < _MIN_REPEAT_CHARS:
            return None
        return next(
            (d.text for d in self.drafts if d.text and printing_key(d.text).startswith(cut)), None
        )

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
        text = _caption_text(caption) if caption_text is None else caption_text
        kind = "photo-group" if opens_gallery(text) else "photo"
        ref = self.image_ref(caption_line if caption_line is not None else used[0])
        self.drafts.append(
            Draft(span, self.document[span.start : span.end], text, credit_raw, ref, kind, why)
        )
        self.claimed.update(used)
        if caption_line is not None and text:
            self.caption_lines.append(caption_line)


def _announcement(by_markup: bool, text: str) -> str:
    """The rule that finds caption `text` by what it says or how it is marked, or ''."""
    if by_markup:
        return "label-on-line"
    if opens_gallery(text):
        return "gallery-opener"
    if places_people(text):
        return "places-people"
    if labels_artwork(text):
        return "artwork-label"
    return ""


def _video_label(text: str) -> bool:
    """A short line naming a video (`Video`, `End of video`, `视频`): a player's label."""
    return words_of(text) <= _VIDEO_LABEL_WORDS and bool(_VIDEO.search(text))


# Delimiters a caption printed before its credit (`caption · Photo: X`, `caption | X`).
_CREDIT_DELIMITERS = " |·•—–/"


def _caption_text(caption: str) -> str:
    text = strip_stamp(strip_labels(strip_counter(caption.strip())))
    return text.strip().rstrip(_CREDIT_DELIMITERS)


def read_text(document: str) -> list[Draft]:
    """Caption occurrences found in scraped plain text, in document order."""
    return TextReader(document).read()


__all__ = ["TEXT_RULES", "Line", "TextReader", "read_text", "split_credits", "split_lines"]
