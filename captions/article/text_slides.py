"""Galleries in scraped text: each slide's caption paragraph and the credit in its slot (the
slides themselves are found by text_layout.find_slides)."""

from __future__ import annotations

from captions.article.qualify import announces_caption, ends_like_sentence, is_caption_text
from captions.article.text_credits import CREDIT_LINE
from captions.article.text_features import (
    PageShape,
    credit_confidence,
    fills_credit_slot,
    handout_in_slot,
    is_furniture,
    picture_supplier,
    words_of,
)
from captions.article.text_layout import Slide, find_slides, slide_title
from captions.article.text_lines import MAX_TITLE_WORDS, LineReader, shaped_credit
from captions.caption.normalize import strip_labels

# The last slide of a gallery: its caption and credit, before the text goes on.
_LAST_SLIDE_BLOCKS = 2
# Paragraphs of running text outside a gallery that measure the page's body (fixture galleries:
# an intro of one or two paragraphs is shorter than the slides' captions).
_MIN_TEXT_PARAGRAPHS = 3


class SlideReader(LineReader):
    """The gallery rule of the text reader."""

    _text_shape: PageShape  # the running text outside the galleries (set by `_slides`)

    def _slides(self) -> None:
        """Galleries: each slide's caption paragraph and its credit line, before or after it (a
        bare name counts there: the slide's layout gives it its place). A slide's title may
        stand on a line of its own: the caption is the slide's longest caption-shaped block."""
        texts = [line.content if not self.skip(i) else "" for i, line in enumerate(self.lines)]
        slides = find_slides(texts)
        # Running text is measured outside the gallery: on a page of slides the captions are
        # most of the paragraphs, and measured with them every caption reads as body text.
        inside = {b for slide in slides for b in (slide.counter, *slide.blocks)}
        # (A paragraph or two outside say little: the default body length then.)
        shape = PageShape.measure([t for i, t in enumerate(texts) if t and i not in inside])
        enough = shape.paragraphs >= _MIN_TEXT_PARAGRAPHS
        self._text_shape = shape if enough else PageShape.measure([])
        titles = self._gallery_titles(slides)
        heads = self._titles_over_counters(slides)
        found: list[int] = []  # the slides' captions so far
        for k, slide in enumerate(slides):
            self.claimed.add(slide.counter)  # `7/40 Title`: the slide's counter and title
            blocks = [
                b
                for b in slide.blocks
                if b not in self.claimed
                and b not in heads
                and not announces_caption(self.lines[b].content)
            ]
            last = k == len(slides) - 1
            if (
                blocks
                and not slide.titled
                and self._slide_title(blocks[0], blocks[1:], titles, last)
            ):
                self.claimed.add(blocks[0])  # `Photo 3 of 12`, then the slide's title alone
                blocks = blocks[1:]
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
                and not (last and self._text_after(b, credits, found))
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
            # the slide's first paragraph of a caption's shape (a slide may print a second
            # paragraph), else its longest block (a short title the title rule left)
            described = [b for b in captions if not self._slide_title_shape(b)]
            caption = described[0] if described else max(captions, key=self._length)
            found.append(caption)
            after = [b for b in credits if b > caption]
            before = [b for b in credits if b < caption]
            slot = after[0] if after else (before[-1] if before else None)
            glued = self._counter_credit(slide) if slot is None else None
            if glued is not None:
                # `3/12Foto: Name`: the credit glued to the slide's counter
                text = self.caption_part(self.lines[caption].content)
                self._add(caption, trailing=(text, glued), why="slide-caption")
                continue
            self._add(caption, credit_line=slot, why="slide-caption")

    def _titles_over_counters(self, slides: list[Slide]) -> set[int]:
        """The slide titles a gallery prints over each counter (`Die Mühle` / `5 / 12` /
        caption), claimed so that no title is read as the previous slide's credit. Decided per
        page: the block right over every counter is a title's shape (short, no sentence, no
        credit line), and every slide keeps a caption when the next slide's title is taken from
        its end (`REUTERS` / `Waves over the wall` / `2/4`: a short caption under its credit). A
        last slide that prints such a line after its caption, one that may fill a credit slot
        (`Vogel`), says the lines over the counters are the slides' credits."""
        if not slides or any(s.titled for s in slides):
            return set()
        heads: list[int] = []
        for k, slide in enumerate(slides):
            above = self._neighbour(slide.counter, -1)
            if above is None or not self._head_title(above[0]):
                return set()
            if k > 0 and not self._keeps_caption(slides[k - 1], above[0]):
                return set()
            heads.append(above[0])
        if self._names_after_last(slides[-1]):
            return set()
        self.claimed.update(heads)
        return set(heads)

    def _keeps_caption(self, slide: Slide, head: int) -> bool:
        """Whether `slide` ends with block `head` and holds a caption besides it."""
        if not slide.blocks or slide.blocks[-1] != head:
            return False
        return any(self._slide_caption(b) and not self._slide_credit(b) for b in slide.blocks[:-1])

    def _names_after_last(self, slide: Slide) -> bool:
        """Whether the block after the last slide's first sentence is a short line that may
        fill a credit slot and is no credit line proper: the place of every slide's credit."""
        blocks = list(slide.blocks)
        sentences = [k for k, b in enumerate(blocks) if ends_like_sentence(self.lines[b].content)]
        if not sentences or sentences[0] + 1 >= len(blocks):
            return False
        after = blocks[sentences[0] + 1]
        return self._head_title(after) and self._slide_credit(after)

    def _head_title(self, index: int) -> bool:
        """A title's shape over a counter: a few words (in any script), no sentence, neither a
        credit line nor a line ending in its credit (a slide's caption printed again)."""
        text = self.lines[index].content
        if words_of(text) > MAX_TITLE_WORDS or ends_like_sentence(text):
            return False
        return not self.is_credit_line(index) and self.split_line(text)[1] is None

    def _counter_credit(self, slide: Slide) -> str | None:
        """The credit printed as the counter's title (`3/12Foto: Name`, `7/40 © Agency`: the
        scraper joins the counter and the credit element), when it is a shaped credit line."""
        title = slide_title(self.lines[slide.counter].content) if slide.titled else None
        if not title:
            return None
        if credit_confidence(title) >= CREDIT_LINE and shaped_credit(title):
            return title
        # `3/12Name/Collection`, `3/12Getty Images`: a slot credit of a credit's shape
        slot = fills_credit_slot(title) and ("/" in title or picture_supplier(title))
        return title if slot else None

    def _text_after(self, index: int, credits: list[int], captions: list[int]) -> bool:
        """Whether block `index` of the last slide is running text after the gallery: a body
        paragraph of the page, unless the slide's credit follows it (the text goes on after
        the last caption and its credit) or it is no longer than a caption of the gallery's
        other slides (`captions`)."""
        if credits and index < credits[0]:
            return False
        text = self.lines[index].content
        if not self.shape.reads_like_body(text):
            return False
        longest = max((words_of(self.lines[c].content) for c in captions), default=0)
        return words_of(text) > longest

    def _length(self, index: int) -> int:
        return len(self.lines[index].content)

    def _gallery_titles(self, slides: list[Slide]) -> bool:
        """Whether the gallery prints each slide's title on a line of its own: some slide opens
        with a short line over a caption and a credit of its own (decided per gallery, so that
        a title the parser reads as a name, `Sunniva`, stays a title on a slide with no credit)."""
        for k, slide in enumerate(slides):
            blocks = [b for b in slide.blocks if not announces_caption(self.lines[b].content)]
            if slide.titled or len(blocks) < 3 or not self._slide_title_shape(blocks[0]):
                continue
            rest = blocks[1:]
            if any(self._slide_credit(b) for b in rest) and self._caption_among(
                rest, k == len(slides) - 1
            ):
                return True
        return False

    def _caption_among(self, blocks: list[int], last: bool) -> bool:
        """Whether a slide's `blocks` hold a caption other than a credit and not running text
        (a list's item heading is printed over a paragraph of the text). Running text is
        measured outside the gallery, but against the whole page on the last slide, which the
        text after the gallery may follow."""
        shape = self.shape if last else self._text_shape
        return any(
            self._slide_caption(b) and not shape.reads_like_body(self.lines[b].content)
            for b in blocks
            if not self._slide_credit(b)
        )

    def _slide_title_shape(self, index: int) -> bool:
        text = self.lines[index].content
        if self.is_credit_line(index) and self._shaped(index):
            return False
        return len(text.split()) <= MAX_TITLE_WORDS and not ends_like_sentence(text)

    def _slide_title(self, index: int, rest: list[int], titles: bool, last: bool) -> bool:
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
        if not self._caption_among(rest, last):
            return False  # the slide's only caption
        return len(text.split()) <= MAX_TITLE_WORDS and not ends_like_sentence(text)

    def _slide_credit(self, index: int) -> bool:
        text = self.lines[index].content
        return self.is_credit_line(index) or fills_credit_slot(text) or handout_in_slot(text)

    def _slide_trailing(self, index: int) -> bool:
        caption, credit = self.split_line(self.caption_part(self.lines[index].content))
        return credit is not None and is_caption_text(strip_labels(caption))

    def _slide_caption(self, index: int) -> bool:
        """A caption by its place in a slide: a word may do (`Evening`), the counter vouches."""
        text = self.caption_part(self.lines[index].content)
        if self.split_line(text)[1] or self.is_credit_line(index):
            return False
        return is_caption_text(strip_labels(text), min_words=1) and not is_furniture(text)


__all__ = ["SlideReader"]
