"""What makes a line a caption, and a credit line believable: the rules shared by every format.

A caption is a short description (a few words to a few sentences) that starts like a sentence and
does not end like a heading; a credit is believable when it has the shape of one (a label, a slash,
a pipe, `via`, `for`, parentheses) rather than being an agency named at the end of a sentence
(`... a source told Reuters.`).
"""

from __future__ import annotations

import re

from captions.article.text_features import (
    ends_like_sentence,
    names_position,
    page_words,
    starts_like_text,
    words_of,
)
from captions.article.text_layout import is_counter
from captions.caption.dates import leading_date
from captions.caption.markers import MARKER, opens_left_to_right
from captions.credit.names import starts_with_given_name
from captions.credit.words import alternation

# Lines announcing that the next line is a caption.
_ANNOUNCERS = {
    "image",
    "photo",
    "view image in fullscreen",
    "enlarge this image",
    "expand image",
    "image caption",
    "media caption",
}
# A viewer's button over its caption: `Toggle caption`, `Hide caption`, `Close image caption`.
_CAPTION_BUTTON = re.compile(r"^(?:open|close|show|hide|toggle|expand)(?: image)? caption$")
# One caption covering several images: `Clockwise from top left: ...`, `Left, ...; right, ...`.
_GALLERY = re.compile(
    r"^(?:clockwise from [\w ]+|(?:from |top |bottom )?(?:left|right|top|bottom)(?: to \w+)?)[:,;]"
    r"|^(?:left|right|top|bottom|above|below), .+; (?:left|right|top|bottom|above|below|"
    r"centre|center), ",
    re.IGNORECASE,
)
# Openings of lines that are page furniture or bylines, never captions.
_NOT_CAPTION = re.compile(
    r"^(?:by |updated|published|share|related|read more|advertisement|photos?$|sign up|"
    r"more on this|skip |listen|watch|play video|view photos|view graphic|\d+ of \d+|"
    r"(?:close|show|hide|toggle|expand)(?: image)? caption)",
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
# Captions printed with no credit and no marker are recognised only by their shape; subheadings
# (`Rock salt on icy streets can cause mayhem below them`) are shorter than this.
_MIN_UNMARKED_WORDS = 12
# ... unless it opens with a person's full name and a lower-case word: then from this many
# (fixture pages tests/fixtures/articles/classes; development: no subheading of 8+ words opens so).
_MIN_NAMED_WORDS = 8
# Sentence breaks inside such a caption (development pages: the unmarked captions are one
# sentence, or a title and one sentence; running text cut at a link runs to four).
_MAX_UNMARKED_BREAKS = 1
_MIN_BODY_WORDS = 10
# Openings of headings and asides rather than descriptions of a picture, and calls to action.
_HEADING_TEXT = "it it's it’s there here why how what when where who which i i'm i’m we you they"
_HEADING_OPENERS = frozenset(f"{_HEADING_TEXT} my our your".split())
_ACTION_TEXT = """follow subscribe sign click join download get read watch listen see tap learn
    support contact send email tell share"""
_CALLS_TO_ACTION = frozenset(_ACTION_TEXT.split())
_FURNITURE = re.compile(r"[|•@]|https?:|www\.", re.IGNORECASE)
# A quotation's attribution after a comma (the speech verbs of captions/article/data/
# page_words.json): a pull quote without its quotation marks, never a caption.
_ATTRIBUTED = re.compile(rf",\s+(?:{alternation(page_words('speech_verb'))})\s+\w", re.IGNORECASE)
# A sentence that points at the picture beside it: `this photo from Apple`, `shown here`.
_POINTS_AT_IMAGE = re.compile(
    r"\b(?:this|these) (?:photos?|photographs?|pictures?|images?|screenshots?|handout)\b"
    r"|\b(?:pictured|shown|seen) (?:here|above|below)\b"
    # Chinese and Japanese: `图为` (the picture shows), `...拍摄的` (photographed), a screenshot,
    # a file or a sketch picture, `写真は` (the photo is).
    r"|^(?:图为|圖為|写真は|写真＝)|拍摄的|拍攝的|截图|截圖|资料图|資料圖|示意图|示意圖",
    re.IGNORECASE,
)
_MAX_POINTING_WORDS = 40
_TIME = re.compile(r"\d[:.]\d\d\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)


# Controls of an image viewer glued to the end of a caption by the scraper: `... hide caption`,
# a truncated caption's `... more` and the full one's `less` (development pages).
_UI_SUFFIX = re.compile(r"(?:\s+(?:hide|toggle|show) caption|\s+less|\s*(?:\.\.\.|…)\s*more)\s*$")


def strip_ui_suffix(text: str) -> str:
    """`text` without an image viewer's control label at its end (`hide caption`, `... more`)."""
    text = text.rstrip()
    if not text.endswith(("caption", "less", "more")):
        return text  # the common case, without a regex scan of the whole line
    return _UI_SUFFIX.sub("", text)


def strip_stamp(text: str) -> str:
    """`text` without a gallery date stamp (`March 18, 2015 Tunisian forces ...`)."""
    return text[leading_date(text) :]


def announces_caption(line: str) -> bool:
    """Whether `line` announces that the next line is a caption (`Image`, a counter `3/12`)."""
    label = line.strip().rstrip(":,").casefold()
    return label in _ANNOUNCERS or is_counter(label) or bool(_CAPTION_BUTTON.match(label))


def places_people(text: str) -> bool:
    """Whether `text` places people in a picture with a position marker (`(L-R)`, `(left)`,
    `(second from right)`): only a caption does (development pages: 6 lines of 6 with one, all
    captions). A bare `(C)` is left out: it also prints a copyright."""
    if opens_left_to_right(text) or names_position(text):
        return True
    return any(m.group(1).casefold() != "c" for m in MARKER.finditer(text))


def labels_artwork(text: str) -> bool:
    """Whether `text` is an artwork's label, `Artist, Title, 1920[, medium ...]`: a name of a
    few capitalised words, a title, then the year as a part of its own (not a date's year after
    a day: `Name, December 16, 2025` is a byline). Museum and gallery captions in any language
    print it; running text does not (development pages: 5 of 5 such lines are captions)."""
    parts = [p.strip() for p in text.strip().split(",")]
    if len(parts) < 3 or not _YEAR_PART.match(parts[2]):
        return False
    artist, title = parts[0], parts[1]
    words = artist.split()
    if not 1 <= len(words) <= _ARTIST_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return bool(title) and not title[-1:].isdigit() and not _MONTH_DAY.search(title)


_ARTIST_WORDS = 4
_YEAR_PART = re.compile(r"^(?:c\.\s?)?(?:1[4-9]|20)\d\d(?:[-–]\d{2,4})?(?:\.|$|\s)")
# `Nov. 10`, `December 16`: a date's month and day before the year
_MONTH_DAY = re.compile(r"\b[A-Za-zÀ-ÿ]{3,}\.?\s\d{1,2}$")


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


def is_caption_text(text: str, *, min_words: int = 3) -> bool:
    """Whether `text` reads like a caption: a description of a few words to a few sentences.

    `min_words` is lower where a labelled credit vouches for the line (`Name (Photo: X)`).
    """
    text = strip_stamp(text.strip())
    if words_of(text) < min_words or len(text) > 600 or _NOT_CAPTION.match(text):
        return False
    if text.endswith((":", "|", ",", "—", "–", "：")) or not _starts_like_caption(text):
        return False
    return len(_SENTENCE_END.findall(text)) <= 4


def is_short_caption(text: str) -> bool:
    """A stricter test for a caption separated from its credit by a blank line."""
    return (
        is_caption_text(text) and len(text.split()) <= 30 and len(_SENTENCE_END.findall(text)) <= 2
    )


def is_body_paragraph(text: str) -> bool:
    """A paragraph of running text: ten words or more, ending like a sentence."""
    return words_of(text) >= _MIN_BODY_WORDS and ends_like_sentence(text)


def reads_like_unmarked_caption(text: str) -> bool:
    """Whether a paragraph standing alone between body paragraphs is a caption by its shape.

    Such a line has no credit and no label, so only its shape speaks: a caption printed without
    a final full stop (body paragraphs end like sentences) and longer than a subheading, or a
    short line pointing at the picture (`..., so this photo from Apple will have to do.`).
    The caller checks the neighbours; this checks the line.
    """
    text = text.strip()
    words = text.split()
    if not is_caption_text(text) or _FURNITURE.search(text) or _TIME.search(text):
        return False
    opener = words[0].casefold().strip(",")
    if text[0] in "“\"'‘«[" or opener in _CALLS_TO_ACTION:
        return False  # a pull quote, a bracketed link to another story, a call to action
    if _ATTRIBUTED.search(text):
        return False  # `..., says a worker`: a pull quote printed without its quotation marks
    if len(_SENTENCE_END.findall(text)) > _MAX_UNMARKED_BREAKS:
        return False  # several sentences without a final stop: running text cut at a link
    if _POINTS_AT_IMAGE.search(text):
        return words_of(text) <= _MAX_POINTING_WORDS and len(_SENTENCE_END.findall(text)) <= 1
    # A caption names who is pictured first (`Name Surname checks the gearbox ...`); a
    # subheading seldom opens with a person's full name, so a shorter line does then.
    least = _MIN_NAMED_WORDS if _opens_with_full_name(words) else _MIN_UNMARKED_WORDS
    return (
        not ends_like_sentence(text)
        and len(words) >= least
        and opener not in _HEADING_OPENERS
        and not _title_case(words)
    )


def _opens_with_full_name(words: list[str]) -> bool:
    """`Janina Lisowska sprawdza ...`: a given name, a capitalised surname, then a lower-case
    word (a verb or a preposition, not a title's next capital)."""
    return (
        len(words) > 2
        and starts_with_given_name(" ".join(words[:2]))
        and words[1][:1].isupper()
        and words[2][:1].islower()
    )


def points_at_image(text: str) -> bool:
    """Whether `text` says it describes a picture (`this photo`, `shown here`, `图为`, `截图`)."""
    return bool(_POINTS_AT_IMAGE.search(text))


def _title_case(words: list[str]) -> bool:
    """`Why Neon Is the Ultimate Symbol of the 20th Century`: a headline, not a caption."""
    long_words = [w for w in words if len(w.strip("“”\"'‘’(),.")) > 3]
    capitals = sum(1 for w in long_words if w.strip("“”\"'‘’(),.")[:1].isupper())
    return bool(long_words) and capitals / len(long_words) > 0.8


def _starts_like_caption(text: str) -> bool:
    return starts_like_text(text)


__all__ = [
    "announces_caption",
    "credible_credit",
    "credit_first",
    "ends_like_sentence",
    "is_body_paragraph",
    "is_caption_text",
    "is_short_caption",
    "labels_artwork",
    "opens_gallery",
    "places_people",
    "points_at_image",
    "reads_like_unmarked_caption",
    "strip_stamp",
    "strip_ui_suffix",
]
