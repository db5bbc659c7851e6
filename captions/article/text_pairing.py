"""Credit lines on their own and the captions they belong to: above them, below them (a page
whose credits come first), or none (a credit-only picture), decided from the page's majority.
"""

from __future__ import annotations

import re

from captions.article.common import Draft, LineSpan
from captions.article.qualify import (
    announces_caption,
    credit_first,
    ends_like_sentence,
    is_body_paragraph,
    is_caption_text,
    is_short_caption,
)
from captions.article.text_credits import credits_chart, repeats_credit
from captions.article.text_features import (
    fills_credit_slot,
    is_byline,
    is_cjk,
    is_furniture,
    is_heading,
    names_author,
    page_words,
    picture_supplier,
    viewer_control,
    words_of,
)
from captions.article.text_lines import (
    BARE_MIN,
    MIN_REPEAT_CHARS,
    LineReader,
    bare_name_credits,
    clean_caption,
)
from captions.caption.normalize import printing_key, strip_labels
from captions.credit import read_credit
from captions.credit.names import starts_with_given_name
from captions.credit.words import alternation
from captions.errors import CaptionsError

# Bylines on a page of story cards (development pages: listings print one per card, articles one).
_CARD_BYLINES = 3
_QUESTION = re.compile(r"[?？][”\"’')»]*$")
# Credit lines a page needs before its majority layout counts (development pages).
_MIN_CREDITS_FOR_MODE = 4
# Words of a line without a final stop that reads as a subheading above a credit line.
_SHORT_LINE = 8
# A video player's box: a short line naming a video within two blocks of a credit line.
# (the video words of captions/article/data/page_words.json, anywhere in a word: `Videobeitrag`)
_VIDEO = re.compile(alternation(page_words("video")), re.IGNORECASE)
_VIDEO_REACH = 2
# A credit printed alone under its caption names a source or two (`Jan Ohlsen`, `Agencia Surmar`).
_SLOT_CREDIT_WORDS = 5
_VIDEO_LABEL_WORDS = 4


class PairingReader(LineReader):
    """The credit-line rule of the text reader."""

    def _pair_credit_lines(self) -> None:
        credits = [
            i
            for i in range(len(self.lines))
            if self.is_credit_line(i) or self._name_slash(i) or self._block_end_credit(i)
        ]
        around = {i: (self._above_credit(i), self._below_credit(i)) for i in credits}
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
            if self._repeated_credit(i) and not fits[i][0]:
                # (a credit under a caption of its own is that picture's: one photographer
                # takes several pictures of a story)
                self.claimed.add(i)
                continue
            below = self.caption_below_image(i)
            if below is not None and self._caption_candidate(below, 0):
                # `Photo: X` / image / caption
                self._add(below, credit_line=i, why="credit-image-caption")
                continue
            before, after = around[i]
            fit_before, fit_after = fits[i]
            if before is not None and before[1] == 0 and is_byline(self.lines[before[0]].content):
                self.claimed.add(i)  # `By Name` / `Photo: private`: the author's portrait
                continue
            if after is not None and self._credit_wrap(i) == after[0]:
                fit_after, after = False, None  # the credit goes on below: no caption there
            first = credit_first(self.lines[i].content) or (
                after is not None and after[1] == 0 and self._announced_by_markup(after[0])
            )
            if not self.is_credit_line(i):
                # `Name/Collection` only under a caption: `Illustrator Name/Magazine`
                if fit_before and before is not None and self._name_slash(i):
                    self._add(before[0], credit_line=i, why="name-slash")
                elif before and self._block_end_credit(i) and self._glued_caption(before):
                    self._add(before[0], credit_line=i, why="block-end-credit")
                continue
            if not self._shaped(i):
                fit_after = False  # a bare name leads nothing: `Twitter` over a headline
                if before is not None and not self._bare_credits(before[0]):
                    fit_before = False  # `Connect with us` over `Twitter`: a menu
            if fit_before and before is not None and self._subheading(before):
                fit_before = False
            if backward < forward and self._caption_under_credit(i, before, after):
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
            if fit_before and self._chart_credit(i):
                fit_before = False  # a chart's credit box: the paragraph above is the text's
            if fit_before and before is not None and not credit_first(self.lines[i].content):
                self._add(before[0], credit_line=i, why=above_why)
            elif self._stands_alone(i):
                named = _name_before_credit(self.lines[i].content)
                if named is not None:
                    self._add(i, trailing=named, why="name-glued-to-credit")
                else:
                    self._add(None, credit_line=i, why="credit-only")

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
        know, every part placed by the credit parser, the person's name opening the line."""
        text = self.lines[index].content
        if "/" not in text or index in self.claimed or self.skip(index):
            return False
        if any(ch.isdigit() or is_cjk(ch) for ch in text):
            return False
        if not fills_credit_slot(text):
            return False
        people = read_credit(text).credit.photographers
        # The person opens the line with a given name: a caption's bold words glued onto the
        # credit (`Logistica Ferri Paolo Neri/Agenzia Darsena`) read as one long name (invented
        # HTML pages, html_to_text half A: 1 false photo; development pages: the rule never fires).
        return bool(people) and text.startswith(people[0]) and starts_with_given_name(people[0])

    def _block_end_credit(self, index: int) -> bool:
        """A line of names only (`NORDPRESS`, `Jan Ohlsen`, `Agencia Surmar`), by the credit
        parser's reading, ending a block of two or more lines: where a layout prints a caption's
        credit, under it in the same block."""
        if index in self.claimed or self.skip(index) or self.is_credit_line(index):
            return False
        above, below = self._neighbour(index, -1), self._neighbour(index, +1)
        if above is None or above[1] > 0 or below is None or below[1] == 0:
            return False
        if not self._is_text(below[0]):
            return False  # a name under the story's last paragraph signs it
        text = self.lines[index].content
        if words_of(text) > _SLOT_CREDIT_WORDS or any(is_cjk(ch) for ch in text):
            return False
        if text.islower() and not picture_supplier(text):
            return False  # `twitter`: a share link
        return fills_credit_slot(text)

    def _is_text(self, index: int) -> bool:
        text = self.lines[index].content
        return is_body_paragraph(text) and self.shape.reads_like_body(text)

    def _glued_caption(self, found: tuple[int, int]) -> bool:
        """Whether the line `found` right above a names-only line is a caption: a sentence of
        caption length opening its block, not running text, a heading or a credit."""
        index = found[0]
        if not self._beside_credit(found):
            return False
        above = self._neighbour(index, -1)
        if above is not None and above[1] == 0:
            return False  # the block holds more than the caption and its credit
        text = strip_labels(self.caption_part(self.lines[index].content))
        return (
            ends_like_sentence(text) or words_of(text) >= BARE_MIN
        ) and not self.shape.reads_like_body(text)

    def _chart_credit(self, index: int) -> bool:
        """Whether credit line `index`, with the line it wraps onto, credits a chart: its data
        source and its maker (`credits_chart`)."""
        wrap = self._credit_wrap(index)
        text = self.lines[index].content
        return credits_chart(text if wrap is None else f"{text} {self.lines[wrap].content}")

    def _stands_alone(self, index: int) -> bool:
        """Whether credit line `index`, with no caption beside it, is a credit-only photo: only a
        shaped credit. A bare name alone (`Facebook`, `USA TODAY Network`) is a share button, a
        byline's outlet or a menu (development pages: 3 of 3 such lines, none a picture's).
        A credit inside a video player's box (a `Video` line next to it) is the poster's."""
        if names_author(self.lines[index].content) and not self._body_above(index):
            return False  # `Autor: Name` in the page head: the story's byline
        if self._in_video_box(index):
            return False
        if self._over_credited_caption(index):
            return False
        return self._shaped(index) or self.supplier_between_text(index)

    def _over_credited_caption(self, index: int) -> bool:
        """Whether credit line `index` stands right over a caption printed with its own credit:
        the picture's second credit element (`© Paper` over `Caption (Photo by Name/Agency)`,
        the holder over the photographer), no picture of its own (invented HTML pages,
        html_to_text half A)."""
        below = self._neighbour(index, +1)
        if below is None or below[0] not in self.claimed:
            return False
        return self.split_line(self.caption_part(self.lines[below[0]].content))[1] is not None

    def _body_above(self, index: int) -> bool:
        """Whether a paragraph of running text stands above line `index`."""
        return any(
            is_body_paragraph(line.content) and self.shape.reads_like_body(line.content)
            for line in self.lines[:index]
            if line.content
        )

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

    def _above_credit(self, index: int) -> tuple[int, int] | None:
        """The line above credit line `index`, past a viewer's button (`Enlarge this image`)."""
        return self._past_control(self._neighbour(index, -1), -1)

    def _past_control(self, found: tuple[int, int] | None, step: int) -> tuple[int, int] | None:
        if found is None or not viewer_control(self.lines[found[0]].content):
            return found
        self.claimed.add(found[0])
        return self._neighbour(found[0], step)

    def _below_credit(self, index: int) -> tuple[int, int] | None:
        """The line below credit line `index`, past a viewer's button, or past an `Image
        caption,` label line (then with gap 0: the label announces it)."""
        after = self._past_control(self._neighbour(index, +1), +1)
        if after is not None and announces_caption(self.lines[after[0]].content):
            label = after[0]
            after = self._neighbour(label, +1)
            if after is not None:
                self.claimed.add(label)
                return after[0], 0
        return after

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
        if not self._shaped(index) and words_of(bare) < BARE_MIN:
            return False  # a bare name credits only a caption of some length
        if before is None:
            return False
        above = self.lines[before[0]].content
        if before[1] > 0 and is_furniture(above):
            # the page head's date or tools line over the lead picture's credit; on a page of
            # story cards a byline and date head each card, its credit over the next headline
            return not self._body_above(index) and not self._cards()
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
        return bare_name_credits(text)

    def _text_above(self, index: int) -> bool:
        """Whether the block above line `index` is text or a credit, not a heading or nothing: a
        sentence there goes on with the text, while the first block under a heading (or the
        page's head) may be a teaser's or a picture's caption."""
        above = self._neighbour(index, -1)
        if above is None:
            return False
        return self.is_credit_line(above[0]) or not is_heading(self.lines[above[0]].content)

    def _second_printing(self, index: int) -> bool:
        """Whether line `index` prints again the caption on the line above it (whole, or cut
        short with `... more`): a viewer's caption then its copy, not running text."""
        above = self._neighbour(index, -1)
        if above is None or index in self.claimed or self.is_credit_line(index):
            return False
        text = self.caption_part(self.lines[index].content)
        first = printing_key(clean_caption(self.caption_part(self.lines[above[0]].content)))
        second = printing_key(clean_caption(text)).rstrip(".… ")
        return (
            len(second) >= MIN_REPEAT_CHARS
            and first.startswith(second)
            and is_caption_text(strip_labels(text))
        )


# Words of a photographer's name read with a caption before it (`Home Depot Chris Mueller`): a
# person's name runs to two or three (with an initial) words after the given name.
_NAME_WORDS = 2


def _name_before_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a credit line whose photographer's name opens with words that are no
    part of it: a short caption printed before an unlabelled `Name/Agency` credit with only a
    space between (`Home Depot Chris Mueller/Redux`: a shop's name, then the photographer). The
    name starts at its given name; the words before it name no person (their first word is no
    given name)."""
    try:
        reading = read_credit(text)
    except (CaptionsError, ValueError):
        return None
    people = reading.credit.photographers
    if reading.label is not None or not people or not text.startswith(people[0]):
        return None
    words = people[0].split()
    if len(words) < _NAME_WORDS + 1 or starts_with_given_name(people[0]):
        return None
    for k in range(1, len(words) - _NAME_WORDS + 1):
        if starts_with_given_name(" ".join(words[k:])):
            head = " ".join(words[:k])
            return head, text[len(head) :].strip()
    return None


def _video_label(text: str) -> bool:
    """A short line naming a video (`Video`, `End of video`, `视频`): a player's label."""
    return words_of(text) <= _VIDEO_LABEL_WORDS and bool(_VIDEO.search(text))


__all__ = ["PairingReader"]
