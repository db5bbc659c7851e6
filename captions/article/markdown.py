"""Captions in Markdown: the caption printed under `![alt](path "title")`, usually in italics.

The text rules apply (a line ending in a credit, a credit line above or below); in addition an
italic line right under an image is a caption even without a credit, a credit may follow the
closing `*`, and the caption's image reference is the path of the image above it. Alt text is a
description for screen readers, not a caption.
"""

from __future__ import annotations

import re

from captions.article.common import Draft
from captions.article.text import TextReader, split_credits

_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]*)\]\((?P<path>[^)\s]+)(?:\s+\"(?P<title>[^\"\n]*)\")?\)")
# `*caption*` or `_caption_`, optionally followed by a credit: `*...* Courtesy of X`.
_EMPHASIS = re.compile(r"^(?P<mark>\*{1,2}|_{1,2})(?P<body>[^*_\n].*?)(?P=mark)(?P<rest>.*)$")
_FRONT_MATTER = re.compile(r"\A---\r?\n(?P<body>.*?)\r?\n---\r?\n", re.S)
_TITLE = re.compile(r"^title:\s*[\"']?(?P<title>.*?)[\"']?\s*$", re.M)
_HEADING = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$", re.M)


class MarkdownReader(TextReader):
    format = "markdown"

    def __init__(self, document: str) -> None:
        super().__init__(document)
        front = _FRONT_MATTER.match(document)
        self.front_lines = front.group(0).count("\n") if front else 0

    def skip(self, index: int) -> bool:
        text = self.lines[index].content
        return (
            index < self.front_lines
            or text.startswith(("#", ">", "|", "```", "- ", "+ "))
            or bool(_IMAGE.match(text))
            or text.startswith("**")
        )

    def caption_part(self, text: str) -> str:
        m = _EMPHASIS.match(text)
        return m.group("body").strip() if m and not m.group("rest").strip() else text

    def split_line(self, text: str) -> tuple[str, str | None]:
        m = _EMPHASIS.match(text)
        if m and m.group("rest").strip():
            rest = m.group("rest").strip()
            caption, credit = split_credits(f"{m.group('body').strip()} {rest}")
            if credit:
                return caption, credit
        return split_credits(text)

    def _image_above(self, index: int) -> int | None:
        """The image line just above `index` (blank lines and one credit line may sit between)."""
        i, steps = index - 1, 0
        while i >= 0 and steps < 4:
            text = self.lines[i].content
            if _IMAGE.search(text) and _IMAGE.match(text):
                return i
            if text and not self.is_credit_line(i):
                return None
            i, steps = i - 1, steps + 1
        return None

    def caption_below_image(self, index: int) -> int | None:
        """CMS exports print the credit above the image: `Photo: X`, `![..](..)`, `*caption*`."""
        image = self._neighbour(index, +1, max_gap=0)
        if image is None or not _IMAGE.match(self.lines[image[0]].content):
            return None
        caption = self._neighbour(image[0], +1, max_gap=1)
        if caption is None or not self.marked_caption(caption[0]):
            return None
        return caption[0]

    def marked_caption(self, index: int) -> bool:
        text = self.lines[index].content
        return bool(_EMPHASIS.match(text)) and self._image_above(index) is not None

    def image_ref(self, index: int) -> str | None:
        above = self._image_above(index)
        if above is None:
            return None
        m = _IMAGE.search(self.lines[above].content)
        return m.group("path") if m else None


def markdown_title(document: str) -> str | None:
    """The front matter's `title:` or the first level-1 heading."""
    front = _FRONT_MATTER.match(document)
    if front:
        m = _TITLE.search(front.group("body"))
        if m:
            return m.group("title")
    heading = _HEADING.search(document)
    return heading.group("title") if heading else None


def read_markdown(document: str) -> list[Draft]:
    """Caption occurrences in a Markdown document, in document order."""
    return MarkdownReader(document).read()


__all__ = ["MarkdownReader", "markdown_title", "read_markdown"]
