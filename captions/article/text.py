"""Captions in plain text scraped from a web page, decided per page rather than per line.

Each line is measured once (text_features.py: how credit-like it is by the credit parser's grade,
its length against the page's body paragraphs, headings, page furniture, copyright notices) and
the page's repeated structures are found (text_layout.py: the slides of a gallery; how often each
paragraph is printed). Then, in order:

1. gallery slides (text_slides.py): the caption paragraph of each slide and the credit in its slot;
2. lines ending in a credit (`... in Beijing. Ng Han Guan/Pool/AFP via Getty Images`); a credit
   with a delimited label vouches for a caption of one word (`Name (Photo: X)`);
3. credit lines (text_pairing.py) paired with the caption above them, or below them on a page
   whose credits come first (BBC `Image source, X` / `Image caption,`); the page's majority
   decides: on a page whose credit lines mostly stand alone, a sentence above one inside a run of
   text is body text and the credit is a credit-only photo; a paragraph printed twice is never
   running text; a bare name (`Reuters`) credits only a caption of some length and never stands
   alone, a single lower-case word (`twitter`) is a share link; a credit repeated under its
   caption is no new photo, one printed twice under a caption printed twice is one more printing
   of it;
   then, once the page shows three or more trusted credit lines in one slot (the kind of block
   above and below them), short lines the credit parser grades low in that slot (a bare name,
   one word, an unknown organisation) with one more piece of evidence (text_credit_slots.py);
4. captions announced by a label or a counter, captions of caption shape between two body
   paragraphs (or beside one, for a line that says it shows a picture: `this photo`, `图为`),
   and further printings of a caption already found (whole, or cut short with `... more`).

The lines, the hooks a line format overrides and the drafts found so far live in text_lines.py.
Blocks of other stories after a `Related` / `You may also like` heading report only captions
printed with their credit on one line.
"""

from __future__ import annotations

from captions.article.common import Draft
from captions.article.qualify import (
    announces_caption,
    is_body_paragraph,
    is_caption_text,
    is_short_caption,
    labels_artwork,
    opens_gallery,
    places_people,
    points_at_image,
    reads_like_unmarked_caption,
)
from captions.article.text_credit_slots import CreditSlotReader
from captions.article.text_credits import (
    delimited_label,
    printed_apart,
    repeats_credit,
    split_credits,
)
from captions.article.text_features import (
    ends_like_sentence,
    fills_credit_slot,
    is_copyright_footer,
    is_furniture,
    is_menu,
    opens_promo_block,
    words_of,
)
from captions.article.text_layout import is_counter, template_slots
from captions.article.text_lines import (
    CREDIT_DELIMITERS,
    MIN_REPEAT_CHARS,
    Line,
    bare_name_credits,
    clean_caption,
    shaped_credit,
    split_lines,
)
from captions.article.text_slides import SlideReader
from captions.caption.normalize import caption_key, printing_key, strip_labels

# Lines either side of a paragraph searched for a longer paragraph that quotes it.
_QUOTE_WINDOW = 200
# How a viewer marks a caption it cuts short.
_CUT_MARKS = ("more", "...", "…")
# Words of a caption found again elsewhere on the page as a further printing (the caption
# minimum: a shorter repeat is a tag or a menu item; development pages).
_REPRINT_WORDS = 3
# Headline-shaped captions after the story's last paragraph that make a list of other stories'
# cards (development pages: none; a story may end on a picture or two, the independent text
# pages (tests/test_article_text_world.py) print two there; validation totals: 4 false photos
# left out, no caption lost).
_CARD_RUN = 3
# Words of a line of prose below such a run that shows the story goes on there: a closing
# sentence (an invented Korean page of tests/fixtures/articles/html_to_text ends on five).
_PROSE_WORDS = 4
# Words of a caption a viewer's counter announces (development pages: `Close` under `1 of 5`).
_COUNTED_WORDS = 2

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
    "block-end-credit": "a line of names only ending its caption's block (`Caption.` / `ANP`)",
    "credit-over-caption": "a credit line over a caption with no final stop, text above",
    "credit-then-caption": "a credit line over its caption (credit-first line or page)",
    "caption-then-credit": "a caption above its credit line",
    "caption-twice-then-credit": "a caption and its copy above a credit line",
    "caption-then-credit-alone-page": "a caption above a credit on a page of lone credits",
    "credit-only": "a shaped credit line with no caption beside it",
    "slot-credit-only": "a low-graded credit line in the page's slot of credit-only lines",
    "slot-caption-credit": "a caption above a low-graded credit line in the page's credit slot",
    "name-glued-to-credit": "a name printed before an unlabelled credit (`Shop Name Surname/X`)",
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


class TextReader(SlideReader, CreditSlotReader):
    """Finds caption occurrences line by line. Subclasses adapt it to other line formats."""

    # ---- the pipeline -------------------------------------------------------------------
    def read(self) -> list[Draft]:
        self._slides()
        self._captions_with_trailing_credit()
        self._pair_credit_lines()
        self._slot_credits()
        self._announced_captions()
        self._unmarked_captions()
        self._template_captions()
        self._repeated_captions()
        drafts = sorted(self.drafts, key=lambda d: d.span.start)
        promos = self._promo_lines()
        cards = self._cards_after_story(drafts)
        # Among other stories' blocks only a caption printed with its credit on one line is a
        # picture's (development pages: 1 of 7 reports there, the others teaser headlines).
        return [
            d
            for d in drafts
            if not repeats_credit(d, drafts)
            and (d.span.line not in promos or (d.text and d.credit_raw and "\n" not in d.raw))
            and d not in cards
        ]

    def _cards_after_story(self, drafts: list[Draft]) -> list[Draft]:
        """The drafts that are cards of other stories below this one: a run of captions shaped
        like headlines (no final stop) after the story's last paragraph of running text, with
        or without a `Related` heading over them (a heading the word lists do not know).
        A story may end on a picture or two; three or more headlines there are a list."""
        end = self._story_end()
        if end is None:
            return []
        cards = [
            d
            for d in drafts
            if d.span.line > end
            and d.text
            and not d.why.startswith("slide-")  # a gallery's slides vouch for their captions
            and not ends_like_sentence(d.text)
        ]
        if len(cards) < _CARD_RUN or self._prose_after(cards[0].span.line, drafts):
            return []
        return cards

    def _prose_after(self, first: int, drafts: list[Draft]) -> bool:
        """Whether the story's prose goes on below `first`: a line outside every caption that
        ends like a sentence (a short closing paragraph the body test misses, in a script whose
        words run long: cards of other stories come after the story, not inside it)."""
        covered = {d.span.line + k for d in drafts for k in range(d.raw.count("\n") + 1)}
        return any(
            line.number > first
            and line.number not in covered
            and words_of(line.content) >= _PROSE_WORDS
            and ends_like_sentence(line.content)
            and not is_furniture(line.content)
            for line in self.lines
        )

    def _story_end(self) -> int | None:
        """The line number of the story's last paragraph of running text (by the page's body
        paragraphs), or None on a page with none (a gallery, a listing)."""
        return next(
            (
                line.number
                for line in reversed(self.lines)
                if is_body_paragraph(line.content) and self.shape.reads_like_body(line.content)
            ),
            None,
        )

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

    def _above_text(self, index: int) -> str:
        above = self._neighbour(index, -1, max_gap=1)
        return "" if above is None else self.lines[above[0]].content

    def _wraps_credit_above(self, index: int) -> bool:
        """Whether line `index` is the second line of the credit line above it."""
        above = self._neighbour(index, -1)
        return (
            above is not None
            and self.is_credit_line(above[0])
            and self._credit_wrap(above[0]) == index
        )

    def _captions_with_trailing_credit(self) -> None:
        for i, line in enumerate(self.lines):
            if i in self.claimed or not line.content or self.skip(i):
                continue
            caption, credit = self.split_line(self.caption_part(line.content))
            if not credit or is_furniture(caption) or is_menu(line.content):
                continue
            if self._wraps_credit_above(i):
                continue  # `Agency; graphic: Name` ends the credit line above it
            # A credit with a delimited label vouches for a caption of a word or two
            # (`Name (Photo: X)`, `Name 出典：X`); `Content provided by X` is an advertiser's line.
            least = 1 if delimited_label(line.content, credit) else 3
            # (the bar, comma or semicolon that set the credit apart is no end of the caption's)
            if not is_caption_text(
                strip_labels(caption).rstrip(CREDIT_DELIMITERS), min_words=least
            ):
                continue
            if not (
                shaped_credit(credit)
                or bare_name_credits(clean_caption(caption))
                or printed_apart(line.content, credit)
            ):
                continue  # a link's title and its source (`Quake shuts monument | CBS News`)
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
        # A further printing shares the caption's key (captions.caption.normalize.caption_key:
        # a counter, a tag, other quotes or no full stop on one copy are the same caption).
        keys = {caption_key(d.text) for d in self.drafts if words_of(d.text) >= _REPRINT_WORDS}
        keys.discard("")
        for i, line in enumerate(self.lines):
            if i in self.claimed or not line.content or self.skip(i):
                continue
            caption, credit = self.split_line(self.caption_part(line.content))
            key = caption_key(clean_caption(caption))
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
        if len(cut) < MIN_REPEAT_CHARS:
            return None
        return next(
            (d.text for d in self.drafts if d.text and caption_key(d.text).startswith(cut)), None
        )


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


def read_text(document: str) -> list[Draft]:
    """Caption occurrences found in scraped plain text, in document order."""
    return TextReader(document).read()


__all__ = ["TEXT_RULES", "Line", "TextReader", "read_text", "split_credits", "split_lines"]
