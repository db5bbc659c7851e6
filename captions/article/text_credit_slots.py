"""Credit lines the credit parser grades low, found by the place the page prints its credits.

A credit-only picture printed with a bare name (`Jane Doe`), one word (an unknown brand, a
photographer's single name) or an organisation the registry does not know is a credit only by
its context: one line cannot tell it from a subheading. The page can. Once the reader has found
some credit lines it trusts (a label, a slash, a known supplier), each stands in a slot: the kind
of block above it and below it (a title, a paragraph of running text, a caption, a counter) and
whether blank lines part them. A slot that holds several trusted credits is the page's credit
slot; a short line of a credit's shape in the same slot is a credit too, given one more piece of
evidence that a subheading lacks (see `_evidence`).

The decision is per page: a line is never a credit here on its own shape, and a page with fewer
than `_SLOT_EVIDENCE` trusted credits in a slot has no credit slot.
"""

from __future__ import annotations

import re
from collections import Counter

from captions.article.qualify import announces_caption, ends_like_sentence, is_body_paragraph
from captions.article.text_credits import CREDIT_LINE
from captions.article.text_features import (
    credit_confidence,
    fills_credit_slot,
    is_byline,
    is_furniture,
    is_menu,
    opens_promo_block,
    picture_supplier,
    viewer_control,
    words_of,
)
from captions.article.text_layout import is_counter
from captions.article.text_pairing import PairingReader
from captions.caption.normalize import printing_key
from captions.credit import read_credit
from captions.credit.names import starts_with_given_name
from captions.errors import CaptionsError

# Trusted credit lines a slot needs before it is the page's credit slot (development pages: the
# one page with low-graded credit-only lines prints 25 trusted ones in its slot; invented pages
# of tests/fixtures/articles/credit_slots print 3 to 6; 2 would let two pictures that happen to
# share a neighbour make a slot).
_SLOT_EVIDENCE = 3
# Words of a low-graded credit line: a name with a role (`Kari Holm, staff photographer`), an
# organisation (`Museo del Mare di Trieste`) (development pages: 1 and 2; invented pages: up to 5).
_SLOT_CREDIT_WORDS = 5
# Words of a line that closes a block as a title does (no final stop): a subheading, a card's
# title (the text reader's `_SHORT_LINE` in text_pairing.py, development pages).
_TITLE_WORDS = 8
# Rules whose credit lines the slot model trusts: a credit line the credit parser grades as one.
_TRUSTED = {"credit-only": "credit-only", "caption-then-credit": "caption"}
_DIGIT = re.compile(r"\d")
# What follows a picture's credit in a credit slot: the text goes on, or the next slide's counter.
# A slot with a title or a link below is a menu's or a list's (development pages: section menus
# and product lists hold trusted-looking lines between short titles).
_TEXT_BELOW = frozenset({"body", "counter"})

# (kind of block above: caption, counter or text; blank line above; kind of block below; blank
# line below)
Slot = tuple[str, bool, str, bool]


class CreditSlotReader(PairingReader):
    """The credit-slot rule of the text reader (runs after the credit lines are paired)."""

    def _slot_credits(self) -> None:
        trusted = self._trusted_slots()
        if not trusted:
            return
        named = [d.credit_raw.casefold() for d in self.drafts if d.credit_raw]
        slotted: dict[int, bool] = {}  # line -> whether a caption stands above it
        for i in range(len(self.lines)):
            if not self._slot_shaped(i):
                continue
            # the slot of a credit-only line, else (with a caption-shaped line above) a caption's
            slot, caption = self._slot(i, caption=False), False
            above = self._neighbour(i, -1)
            if slot not in trusted and above is not None and self._slot_caption(above):
                slot, caption = self._slot(i, caption=True), True
            if slot in trusted:
                slotted[i] = caption
        # how often each text is printed in the credit slot (against its printings on the page)
        in_slot = Counter(printing_key(self.lines[i].content) for i in slotted)
        for i, caption in slotted.items():
            if i in self.claimed:
                continue
            text = self.lines[i].content
            key = printing_key(text)
            repeated = in_slot[key] >= 2 and in_slot[key] == self._printings[key]
            if not self._evidence(text, repeated, named):
                continue
            above = self._neighbour(i, -1)
            if caption and above is not None:
                self._add(above[0], credit_line=i, why="slot-caption-credit")
            else:
                self._add(None, credit_line=i, why="slot-credit-only")

    def _trusted_slots(self) -> set[Slot]:
        """The slots that hold `_SLOT_EVIDENCE` or more credit lines the reader trusts."""
        counts: Counter[Slot] = Counter()
        for draft in self.drafts:
            side = _TRUSTED.get(draft.why)
            if side is None:
                continue
            index = draft.span.line - 1 + (draft.raw.count("\n") if side == "caption" else 0)
            if not 0 <= index < len(self.lines) or not self.is_credit_line(index):
                continue  # (a caption's credit wrapped onto a second line: no slot read)
            counts[self._slot(index, caption=side == "caption")] += 1
        return {
            slot for slot, n in counts.items() if n >= _SLOT_EVIDENCE and slot[2] in _TEXT_BELOW
        }

    def _slot(self, index: int, *, caption: bool) -> Slot:
        above, below = self._neighbour(index, -1), self._neighbour(index, +1)
        # Above a credit the kind of block matters less than below it (a picture may follow a
        # byline, a title or a paragraph): only a caption and a counter are told apart there.
        kind_above = "caption" if caption else self._kind(above)
        if kind_above not in ("caption", "counter"):
            kind_above = "text"
        return (
            kind_above,
            above is not None and above[1] > 0,
            self._kind(below),
            below is not None and below[1] > 0,
        )

    def _kind(self, found: tuple[int, int] | None) -> str:
        """What block stands beside a credit line: the page's edge, its headline, a counter, a
        byline, a credit, a caption found, running text, a title (a short line with no final
        stop) or other."""
        if found is None:
            return "edge"
        index = found[0]
        text = self.lines[index].content
        if index == self._headline:
            return "headline"
        if is_counter(text):
            return "counter"
        if is_byline(text):
            return "byline"
        if self.is_credit_line(index):
            return "credit"
        number = self.lines[index].number
        if any(d.text and d.span.line == number for d in self.drafts):
            return "caption"
        if is_body_paragraph(text):
            return "body"
        if words_of(text) <= _TITLE_WORDS and not ends_like_sentence(text):
            return "title"
        return "other"

    def _slot_caption(self, found: tuple[int, int]) -> bool:
        """Whether the line `found` above a candidate reads as its caption, as the credit lines'
        rule reads the line above a credit (text_pairing `_beside_credit`)."""
        return self._beside_credit(found)

    def _slot_shaped(self, index: int) -> bool:
        """A line of a credit's shape that the credit parser grades below a credit line's: a few
        words, no sentence, no digit, no page furniture, opening with a capital (or a supplier
        printed in its house style, `dpa`)."""
        text = self.lines[index].content
        if not text or index in self.claimed or self.skip(index) or index == self._headline:
            return False
        if words_of(text) > _SLOT_CREDIT_WORDS or ends_like_sentence(text) or _DIGIT.search(text):
            return False
        if text.endswith(("?", "!", ":", "？", "！", "：")):
            return False
        if not (text[:1].isupper() or picture_supplier(text)):
            return False
        if is_furniture(text) or is_menu(text) or is_byline(text) or viewer_control(text):
            return False
        if opens_promo_block(text) or announces_caption(text) or is_counter(text):
            return False
        return credit_confidence(text) < CREDIT_LINE and fills_credit_slot(text)

    def _evidence(self, text: str, repeated: bool, named: list[str]) -> bool:
        """Whether more than the slot says line `text` is a credit: the slot alone does not,
        since titles and subheadings stand in it too (`Background`, `Web Design Certificate`
        read as names to the credit parser: development pages). The line is printed twice or
        more on the page, every time in the credit slot (a source crediting several pictures;
        an ad's label or a list's `Cons` is printed elsewhere too), it names a source that the
        page's credits name (`Coursehorse` beside `Image courtesy of Coursehorse`), or it is a
        person's name (`Jane Doe`: a subheading names a topic)."""
        folded = " ".join(text.casefold().split())
        if repeated or any(re.search(rf"\b{re.escape(folded)}\b", c) for c in named):
            return True
        return names_person(text)


def names_person(text: str) -> bool:
    """Whether `text` is a person's name, maybe with a role (`Jane Doe`, `Anna Berg, fotograf`):
    it opens with a given name the name data knows and the credit parser reads a photographer
    there."""
    if not starts_with_given_name(text):
        return False
    try:
        people = read_credit(text).credit.photographers
    except (CaptionsError, ValueError):
        return False
    return bool(people) and text.startswith(people[0])


__all__ = ["CreditSlotReader", "names_person"]
