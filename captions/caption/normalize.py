"""Caption text made comparable: same characters, no labels, no credit, one space between words.

Two printings of one caption differ in ways a reader ignores: curly or straight quotes, a
`Main image:` label, the credit in parentheses or glued after the last sentence, line breaks.
`normalize_caption` removes exactly those differences and nothing else, so position markers such
as `(2nd L)` survive (they are what tells two sibling captions apart).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache

from captions.caption.counters import COUNTER
from captions.caption.dates import leading_date
from captions.caption.fold import fold
from captions.credit import looks_like_credit, split_trailing_credit
from captions.credit.agencies import AgencyTable, active_agencies
from captions.package_data import read_text

_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)

# Layout labels printed before a caption (never part of what the caption says).
_CAPTION_LABEL = re.compile(
    r"^(?:(?:image|media) caption\s*[:,]?\s+(?=\S)"
    r"|(?:main image|top image|lead image|image caption|photo caption|caption|pictured|above"
    # `caption` in other languages
    r"|bildunterschrift|bildtext|légende|leyenda|legenda|didascalia|bijschrift|billedtekst"
    r"|kuvateksti|podpis|подпись|图说|圖說|写真説明)"
    r"\s*[:,：]\s*"
    # an image viewer's button printed before the caption
    r"|(?:enlarge this image|view image in fullscreen|expand image)\s+(?=\S))",
    re.IGNORECASE,
)
_EMPHASIS = re.compile(r"^([*_]{1,2})(.+)\1$", re.DOTALL)

_TRAILING_PARENS = re.compile(r"\s*\(([^()]{1,120})\)\s*$")
# A credit glued to the end of the caption: after the last sentence end (`.`, `!`, `?`, a closing
# quote), possibly with no space (`...in London.Photograph: Name/EPA`).
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?\s*(?=\S)")
_CREDIT_MAX_WORDS = 14


# A dict translation looks up every character (18 us on a 300-character caption); a caption
# rarely holds one of these, and a search for them costs 1 us.
_QUOTE_CHARS = re.compile("[" + "".join(map(chr, _QUOTES)) + "]")


def clean_text(text: str) -> str:
    """NFKC, straight quotes and hyphens, one space between words, trimmed."""
    text = unicodedata.normalize("NFKC", text)
    if _QUOTE_CHARS.search(text):
        text = text.translate(_QUOTES)
    return " ".join(text.split())


def _is_credit(text: str) -> bool:
    """A credit line on its own: the credit parser decides (labels, registry, name shapes)."""
    text = text.strip()
    return (
        bool(text)
        and len(text.split()) <= _CREDIT_MAX_WORDS
        and _credit_line(text, active_agencies())
    )


@lru_cache(maxsize=4096)
def _credit_line(text: str, table: AgencyTable) -> bool:
    # An archive's captions end with the same few credit lines (165 distinct in the 1,000 files
    # of benchmarks/generate.py): each is judged once per table.
    return looks_like_credit(text, table)


def strip_credit(text: str) -> str:
    """The caption without a credit printed after it (in parentheses, after the last sentence,
    or glued to the last word: `in Paris Benoit Tessier/Reuters`)."""
    return _strip_credit(text.strip(), active_agencies())


@lru_cache(maxsize=64)  # the audit asks twice per file: C005, and the caption key (D003)
def _strip_credit(text: str, table: AgencyTable) -> str:
    stripped = _strip_credit_fast(text)
    if stripped == text and _MAYBE_CREDIT.search(text[-120:]):
        # The credit parser knows agency names; it is slower, so it only sees what is left.
        caption = split_trailing_credit(text)[0].strip()
        stripped = caption or text  # a whole sentence is never taken for a credit here
    return stripped


_MAYBE_CREDIT = re.compile(r"/|\bvia\b|©|\b(?:photo|credit|courtesy|image)", re.IGNORECASE)


def _strip_credit_fast(text: str) -> str:
    while True:
        # The search tries every position (7 us on a wire caption); it can only match a text
        # ending in `)` before any whitespace.
        if not text.rstrip().endswith(")"):
            break
        match = _TRAILING_PARENS.search(text)
        if match is None or not _is_credit(match.group(1)) or match.start() == 0:
            break
        text = text[: match.start()].rstrip()
    ends = list(_SENTENCE_END.finditer(text))
    if ends:
        tail_start = ends[-1].end()
        if _is_credit(text[tail_start:]):
            text = text[:tail_start].rstrip()
    return text


def strip_labels(text: str) -> str:
    """`text` without a leading layout label (`Main image: `, `Image caption, `); the readers
    remove it from the caption text and keep it in the credit's `raw` line."""
    return _CAPTION_LABEL.sub("", text.strip(), count=1)


def strip_emphasis(text: str) -> str:
    """`text` without Markdown emphasis around the whole of it (`*A caption*`)."""
    text = text.strip()
    match = _EMPHASIS.match(text)
    return match.group(2).strip() if match is not None else text


def normalize_caption(text: str) -> str:
    """The caption as compared: clean characters, no label, no trailing credit, no final period."""
    text = strip_credit(strip_labels(strip_emphasis(clean_text(text))))
    if _is_credit(text):
        return ""
    return text.rstrip(" .")


def printing_key(text: str) -> str:
    """What two printings of one text share, whatever the text is (a caption, a credit line):
    NFKC characters, straight quotes and dashes, one space, no case, no Markdown emphasis, no
    final full stop. The article readers compare printed lines with it."""
    return clean_text(text).strip("*_ ").rstrip(".").strip().casefold()


# What one printing carries and another leaves out, beyond a label and a credit: a slide counter
# (`1/5`, `Image 1 of 5:`, `写真 2/5`), an archive tag (`FILE -`, `Archivo:`), a date stamp
# (`March 12, 2026`, `12.03.2026`), quotes or brackets around the whole caption, a credit after a
# bar (`... | Foto: Name`), a final full stop in any script. Tags and stamps are matched on the
# caption before it is casefolded (a stamp is followed by a capital).
def _archive_tag() -> re.Pattern[str]:
    """An archive tag opening a caption: a word of captions/caption/data/archive_tags.json and
    a dash, colon or full stop (`FILE - `, `Archivbild: `, `ARCHIVO.- `, `资料图：`)."""
    data = json.loads(read_text(__file__, "data/archive_tags.json"))
    tags = "|".join(re.escape(t) for t in sorted(data["tags"], key=len, reverse=True))
    return re.compile(rf"^(?:{tags})\s*[-:.]+\s*(?=\S)", re.IGNORECASE)


_ARCHIVE_TAG = _archive_tag()
_ENCLOSING = {'"': '"', "'": "'", "(": ")", "[": "]"}
_BAR = re.compile(r"\s[|·•]\s")
# Quotes CJK and other pages print where others print curly ones (`clean_text` folds those).
_KEY_QUOTES = str.maketrans(
    {
        "\u300c": '"',
        "\u300d": '"',
        "\u300e": '"',
        "\u300f": '"',
        "\u301d": '"',
        "\u301e": '"',
        "\u301f": '"',
        "\u2039": "'",
        "\u203a": "'",
    }
)
_KEY_QUOTE_CHARS = re.compile("[" + "".join(map(chr, _KEY_QUOTES)) + "]")
_FULL_STOPS = " .\u3002\uff0e"
# French typography spaces quotes and high punctuation (`: « Texte »`), other pages do not.
_SPACED = re.compile(r'\s*"\s*|\s+(?=[:;!?])')
_SPACED_NEEDS = '":;!?'  # `_SPACED` matches nothing in a text without one of these
# A full stop inside the closing quote that ends the caption (`ville."`), left out by a copy.
_STOP_IN_QUOTE = re.compile(r'[.\u3002]"$')


def caption_key(text: str) -> str:
    """What two printings of one caption share, the one test of caption sameness (an article's
    photos, duplicate files, the audit's D001): the `printing_key` of what the caption says (no
    label, no credit, no slide counter, no archive tag, no date stamp, no enclosing quotes or
    brackets); '' for a credit alone, which is never merged with another."""
    caption = normalize_caption(text)
    if not caption:
        return caption
    caption = COUNTER.sub("", caption, count=1)
    caption = _ARCHIVE_TAG.sub("", caption, count=1)
    caption = caption[leading_date(caption) :]
    key = printing_key(caption)
    # Both steps look at every character (35 us and 19 us on a wire caption, most of the key's
    # cost: the audit's D001 keys every distinct caption); most keys hold none of the
    # characters they act on, which a few `in` tests or a class search find in 1-2 us.
    if _KEY_QUOTE_CHARS.search(key):
        key = key.translate(_KEY_QUOTES)
    if any(ch in key for ch in _SPACED_NEEDS):
        key = _SPACED.sub(lambda m: m.group().strip(), key)
    key = _STOP_IN_QUOTE.sub('"', key)
    key = key.rstrip(_FULL_STOPS)
    if len(key) > 2 and _ENCLOSING.get(key[0]) == key[-1]:
        key = key[1:-1].strip().rstrip(_FULL_STOPS).strip()
    bars = list(_BAR.finditer(key))
    if bars and _credit_line(key[bars[-1].end() :], active_agencies()):
        key = key[: bars[-1].start()].rstrip(_FULL_STOPS)
    return key


_TOKEN = re.compile(r"\([^()\s]{1,6}(?: [^()\s]{1,6})?\)|\w+(?:['.&-]\w+)*")


def caption_tokens(text: str) -> list[str]:
    """The words of an already normalized caption, casefolded; `(2nd L)` stays one word."""
    return [token.casefold() for token in _TOKEN.findall(text)]


__all__ = [
    "caption_key",
    "caption_tokens",
    "clean_text",
    "fold",
    "normalize_caption",
    "printing_key",
    "strip_credit",
    "strip_emphasis",
    "strip_labels",
]
