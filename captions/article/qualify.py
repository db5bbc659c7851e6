"""What makes a line a caption, and a credit line believable: the rules shared by every format.

A caption is a short description (a few words to a few sentences) that starts like a sentence and
does not end like a heading; a credit is believable when it has the shape of one (a label, a slash,
a pipe, `via`, `for`, parentheses) rather than being an agency named at the end of a sentence
(`... a source told Reuters.`).
"""

from __future__ import annotations

import re

from captions.article.dates import leading_date

# Layout labels printed before a caption; removed from the caption text, kept in `raw`.
_CAPTION_LABELS = re.compile(
    r"^(?:main image|image caption|caption|photo caption|top image|lead image|pictured)\s*[:,]\s*",
    re.IGNORECASE,
)
# Lines announcing that the next line is a caption.
_ANNOUNCERS = {
    "image",
    "photo",
    "view image in fullscreen",
    "enlarge this image",
    "toggle caption",
    "hide caption",
    "expand image",
}
# One caption covering several images: `Clockwise from top left: ...`, `Left, ...; right, ...`.
_GALLERY = re.compile(
    r"^(?:clockwise from [\w ]+|(?:from |top |bottom )?(?:left|right|top|bottom)(?: to \w+)?)[:,]"
    r"|^(?:left|right|top|bottom|above|below), .+; (?:left|right|top|bottom|above|below|"
    r"centre|center), ",
    re.IGNORECASE,
)
# Openings of lines that are page furniture or bylines, never captions.
_NOT_CAPTION = re.compile(
    r"^(?:by |updated|published|share|related|read more|advertisement|photos?$|sign up|"
    r"more on this|skip |listen|watch|play video|view photos|view graphic|\d+ of \d+)",
    re.IGNORECASE,
)
_CREDIT_SHAPE = re.compile(
    r"^\(|[/|]|\bvia\b|\bfor\b|\s[—–-]\s|^(?:photo(?:graph)?s?|credit|image|picture|courtesy)"
    r"(?:\b|[A-Z.])|^image source|^©|copyright",
    re.IGNORECASE,
)
# Page furniture that a credit grammar may read as `X via Y`: `Share via Email`.
_NOT_CREDIT = re.compile(
    r"^(?:by|share|follow|sign up|subscribe|read|more|related|updated)\b", re.I
)
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z“\"])")
_TIME = re.compile(r"\d[:.]\d\d\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)


def strip_labels(text: str) -> str:
    """`text` without a leading layout label (`Main image: `, `Image caption, `)."""
    return _CAPTION_LABELS.sub("", text.strip(), count=1)


def strip_stamp(text: str) -> str:
    """`text` without a gallery date stamp (`March 18, 2015 Tunisian forces ...`)."""
    return text[leading_date(text) :]


def announces_caption(line: str) -> bool:
    """Whether `line` is a label announcing that the next line is a caption (`Image`)."""
    return line.strip().rstrip(":").casefold() in _ANNOUNCERS


def opens_gallery(text: str) -> bool:
    """Whether caption `text` describes several images (`Clockwise from top: ...`)."""
    return bool(_GALLERY.match(text))


def credit_first(line: str) -> bool:
    """Whether a credit line belongs to the caption after it (BBC `Image source, ...`)."""
    return line.strip().casefold().startswith("image source")


def credible_credit(credit: str, *, own_line: bool) -> bool:
    """Whether `credit` has the shape of a photo credit rather than a word ending a sentence."""
    credit = credit.strip()
    if not credit or len(credit) > 160 or len(credit.split()) > 16:
        return False
    if credit.endswith(".") and not credit.endswith((" Inc.", " Ltd.", " Jr.", " Co.")):
        return False
    if _NOT_CREDIT.match(credit) or _TIME.search(credit):
        return False
    if own_line and not any(ch.isalpha() for ch in credit):
        return False
    # A bare name such as `Reuters` counts only in parentheses: `(AP)` has the shape.
    return bool(_CREDIT_SHAPE.search(credit))


def is_caption_text(text: str) -> bool:
    """Whether `text` reads like a caption: a description of a few words to a few sentences."""
    text = strip_stamp(text.strip())
    words = text.split()
    if len(words) < 3 or len(text) > 600 or _NOT_CAPTION.match(text):
        return False
    if text.endswith((":", "|", ",")) or not _starts_like_caption(text):
        return False
    return len(_SENTENCE_END.findall(text)) <= 4


def is_short_caption(text: str) -> bool:
    """A stricter test for a caption separated from its credit by a blank line."""
    return (
        is_caption_text(text) and len(text.split()) <= 30 and len(_SENTENCE_END.findall(text)) <= 2
    )


def _starts_like_caption(text: str) -> bool:
    first = text.lstrip("“\"'‘(*_")[:1]
    return first.isupper() or first.isdigit()


__all__ = [
    "announces_caption",
    "credible_credit",
    "credit_first",
    "is_caption_text",
    "is_short_caption",
    "opens_gallery",
    "strip_labels",
    "strip_stamp",
]
