"""Split the credit off a caption element's text when the markup does not set it apart.

A caption element is a caption by its markup, so a credit at its end needs less evidence than in
running text: a label in any of the languages below (`| Foto: AGENCY`, `Kuva: NAME`, `(사진=X)`,
`新华社记者 李梦馨 摄`), a `©`, or what the credit grammar's splitter accepts. The credit keeps its
label; outer parentheses go. Labels gathered on the development part of ../shared/articles/real.
"""

from __future__ import annotations

import re

from captions.article.qualify import is_caption_text
from captions.article.text import split_credits
from captions.caption.counters import COUNTER
from captions.credit.grammar import (
    MAX_CREDIT_CHARS,
    bare_label_end,
    looks_like_credit,
    parse_credit,
    strip_outer_parentheses,
)
from captions.credit.words import credit_words

# Credit labels (a label noun then `:`, `=` or `：`): the credit module's words of every language
# it knows (captions/credit/data/words.json), the one home of label words.
_LABEL_WORDS = credit_words().noun_run
_LABEL = re.compile(
    rf"(?:(?<=^)|(?<=[\s|(\[/–—-])|(?<=[.!?。]))(?:(?:{_LABEL_WORDS})\s*[:=：]"
    r"|(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video) (?:by|courtesy of)\s"
    r"|(?:photo |image )?courtesy(?: of)?\s)",
    re.I,
)
# A label word glued to the end of a sentence: `...harbour.Foto: X`, handled by _LABEL's
# look-behind. A label without colon before a name (`Foto Ángel Flecha.`, `Fot. Name`) is the
# credit grammar's rule (`bare_label_end`), over the label nouns of its word file.
_LABEL_ALONE = re.compile(rf"(?:{_LABEL_WORDS})(?:\s+by)?[\s.:]*", re.I)
_SEPARATORS = " |/–—-·•,;"
# `©`, `(c)`, and the circled `ⓒ` Korean pages print.
_COPYRIGHT = re.compile(r"(?:^|\s|[(\[])([©ⓒ]|\(c\)\s)", re.I)
# CJK credits: `（新华社记者 李梦馨 摄）`, `城市摄影队 周斌 摄`, `山东女子学院供图`, `[사진=X]`.
_CJK_TAIL = re.compile(
    r"[（(【\[]?\s*(?:[^\s。！？（）()]{1,24}\s*){1,3}(?:摄|供图|/摄)\s*[）)】\]]?$"
    r"|[（(【\[]\s*(?:사진|写真|图片来源|图|来源)\s*[=:：][^）)】\]]*[）)】\]]$"
    r"|[^\s。！？]{1,12}[（(][^（）()]{1,16}摄[）)]$"
)
_MAX_CREDIT_WORDS = 14


def is_labelled_credit(text: str) -> bool:
    """A text that is a credit by its label: `Foto: X`, `© X`, `Image Credits: X`, `X 摄`."""
    text = strip_outer_parentheses(text.strip())
    if not text or len(text) > MAX_CREDIT_CHARS or COUNTER.fullmatch(text):
        return False
    if _LABEL_ALONE.fullmatch(text):
        return False  # `FOTO ILUSTRATIVA`, `Symbolbild`: a note on the picture, naming no one
    m = _LABEL.match(text)
    if m and len(text) > m.end() + 1:
        return True
    if text.startswith(("©", "ⓒ")) or bare_label_end(text) and len(text.split()) <= 8:
        return True
    return bool(_CJK_TAIL.fullmatch(text)) and len(text) <= 40


# A credit alone on the last line of a caption: `AGENCY NAME`, `Agency/Collection`.
_MAX_CREDIT_LINE_WORDS = 6


def is_label_alone(text: str) -> bool:
    """A credit label and nothing else (`Image source,`, `Foto:`, `FOTO ILUSTRATIVA`)."""
    return bool(_LABEL_ALONE.fullmatch(text.strip().rstrip(",;").strip()))


def is_credit_line(line: str) -> bool:
    """A caption's last line that is a credit by its shape alone: a label, a slash, capitals."""
    line = line.strip()
    if is_labelled_credit(line):
        return True
    words = line.split()
    if not words or len(words) > _MAX_CREDIT_LINE_WORDS or line.endswith((".", "!", "?", ":")):
        return False
    letters = [c for c in line if c.isalpha()]
    capitals = len(letters) >= 2 and all(c.isupper() for c in letters)
    return "/" in line or capitals or looks_like_credit(line)


def credit_only(text: str) -> bool:
    """Whether a whole caption element's text is a credit and no caption: a labelled credit,
    `Name/Agency`, or an agency alone. A lone name is the person pictured (`Ada Lind`)."""
    text = text.strip()
    if is_labelled_credit(text):
        return True
    bare = strip_outer_parentheses(text)
    if _LABEL_ALONE.fullmatch(bare):
        return False
    if len(text.split()) > _MAX_CREDIT_LINE_WORDS + 2 or not looks_like_credit(bare):
        return False
    return "/" in bare or bool(parse_credit(bare).agencies) or bare != text


def split_caption_credit(text: str) -> tuple[str, str | None]:
    """(caption, credit as printed or None) of a caption element's text."""
    text = text.strip()
    if not text:
        return "", None
    if _LABEL_ALONE.fullmatch(strip_outer_parentheses(text)):
        return text, None  # a note on the picture (`FOTO ILUSTRATIVA`): the caption
    slash = _split_slash(text)
    if slash is not None:
        return slash
    glued = _split_fullwidth(text)
    if glued is not None:
        return glued
    if credit_only(text) or _labelled_parts(text):
        return "", strip_outer_parentheses(text)
    for split in (_split_label, _split_cjk, _split_parenthesized, _split_dash):
        found = split(text)
        if found is not None:
            return found
    caption, credit = split_credits(text)
    if credit is None:
        found = _split_name_tail(text)
        if found is not None:
            return found
    return caption, credit


# Credit and source notes of a graphic: `Credit: Studio; Source: "Title," by Name, Journal, 2020`.
_PART_SEPARATOR = re.compile(r"\s*[;|]\s*")
# Such a text holds a source note with titles, so it may run longer than a credit (development
# pages: 190 characters).
_MAX_LABELLED_PARTS_CHARS = 400


def _labelled_parts(text: str) -> bool:
    """Whether the text is credits and notes only: its first two parts (between `;` or `|`) each
    open with a label and a colon."""
    parts = _PART_SEPARATOR.split(text, maxsplit=2)
    if len(parts) < 2 or len(text) > _MAX_LABELLED_PARTS_CHARS:
        return False
    return all(
        (m := _LABEL.match(part)) is not None and m.group().rstrip()[-1:] in ":=："
        for part in parts[:2]
    )


def _short(credit: str) -> bool:
    return len(credit) <= MAX_CREDIT_CHARS and len(credit.split()) <= _MAX_CREDIT_WORDS


def _finish(text: str, start: int) -> tuple[str, str] | None:
    caption, credit = text[:start], text[start:]
    opening = caption.rstrip()[-1:]
    caption = caption.rstrip().rstrip("([【（").rstrip(_SEPARATORS).strip()
    credit = credit.strip()
    if opening and opening in "([【（":
        # the bracket the caption left open closes the credit, unless the credit holds brackets
        # of its own (`(Photo by Name / AFP) (Photo by NAME/AFP via Getty Images)`)
        credit = strip_outer_parentheses(opening + credit)
    if not caption or not _short(credit):
        return None
    return caption, credit


def _split_label(text: str) -> tuple[str, str] | None:
    """The credit from the first label (or `©`) that opens a short tail after a sentence end or
    a separator (`... harbour. Photo: X`, `... | Foto: X`, `... © X, courtesy Y`)."""
    starts = [
        m.start()
        for m in _LABEL.finditer(text)
        if m.group().rstrip()[-1:] in ":=：" or _after_boundary(text, m.start())
    ]
    starts += [m.start(1) for m in _COPYRIGHT.finditer(text)]
    for start in sorted(set(starts)):
        if start == 0:
            continue
        found = _finish(text, start)
        if found is not None:
            return found
    return None


def _after_boundary(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return (
        not before or before[-1] in ".!?。|/–—-([:;" or start > 0 and not text[start - 1].isspace()
    )


# `(Name/Organisation)` at the end of a caption element, `(Photo Name. AGENCY)` with a label and
# no colon, or a parenthesis glued to the caption's last word (`...harbour(AGENCY)`).
_PARENTHESIZED = re.compile(r"(\s?)\(([^()]{2,80})\)\s*$")
_LABEL_NO_COLON = re.compile(rf"^(?:{_LABEL_WORDS})\.?\s+\S", re.I)
_MAX_PARENTHESIZED_WORDS = 10


def _split_parenthesized(text: str) -> tuple[str, str] | None:
    m = _PARENTHESIZED.search(text)
    if m is None or m.start() == 0:
        return None
    inner = m.group(2).strip()
    if len(inner.split()) > _MAX_PARENTHESIZED_WORDS:
        return None
    if not inner[:1].isupper() and not _LABEL_NO_COLON.match(inner):
        return None  # (`(foto Name)`: a label in lower case opens a credit too)
    glued = not m.group(1) and text[m.start() - 1 : m.start()].isalpha()
    if "/" in inner or _LABEL_NO_COLON.match(inner) or (glued and looks_like_credit(inner)):
        return _finish(text, m.end(1) + 1)
    return None


# `caption - Name/Institution`: a dash, then a short tail with a slash or a credit's shape.
_DASH = re.compile(r"\s[-–—]\s")
_MAX_DASH_CREDIT_WORDS = 6


def _split_dash(text: str) -> tuple[str, str] | None:
    found = list(_DASH.finditer(text))
    if not found:
        return None
    m = found[-1]
    tail = text[m.end() :].strip()
    if not tail or len(tail.split()) > _MAX_DASH_CREDIT_WORDS or tail.endswith((".", "!", "?")):
        return None
    if "/" not in tail and not (looks_like_credit(tail) and parse_credit(tail).agencies):
        return None
    return _finish(text, m.end())


# A caption element's text ending in a credit with no label after the last sentence or a bar:
# `... on Sunday. Name/Agency`, `... on Sunday. Ada Lind`, `... | Ada Lind`, `... SURNAME`.
_TAIL_START = re.compile(r"(?:(?<=[.!?])[\"'”’)]?\s+|\s[|·•]\s+)(?=\S)")
# A name credit is a few words (development pages: up to four for a name with a particle, six
# with an organisation after a slash).
_MAX_NAME_TAIL_WORDS = 4
_MAX_SLASH_TAIL_WORDS = 8


def _split_name_tail(text: str) -> tuple[str, str] | None:
    """`Name/Agency` or a bare name (capitalised words, no sentence end) after the caption's
    last sentence end or bar: in caption markup the tail is the credit."""
    starts = [m.end() for m in _TAIL_START.finditer(text)]
    if not starts:
        return None
    start = starts[-1]
    while start < len(text) and text[start] in " |·•":
        start += 1
    tail = text[start:].strip()
    words = tail.split()
    if not words or tail.endswith((".", "!", "?", ":", ",")) or not tail[:1].isupper():
        return None
    caption = text[:start].rstrip(" |·•")
    if len(caption.split()) < len(words) * 2:
        return None  # too short a caption for the tail to be its credit
    if "/" in tail and len(words) <= _MAX_SLASH_TAIL_WORDS and looks_like_credit(tail):
        return _finish(text, start)
    known = len(words) <= _MAX_SLASH_TAIL_WORDS and looks_like_credit(tail)
    if known and parse_credit(tail).agencies:
        return _finish(text, start)  # `... on Sunday. | Agency`: an agency it knows
    if (
        "/" in tail
        and len(words) <= _MAX_SLASH_TAIL_WORDS
        and all(w[:1].isupper() or not w[:1].isalpha() for w in tail.replace("/", " ").split())
    ):
        return _finish(text, start)
    bare = 2 <= len(words) <= _MAX_NAME_TAIL_WORDS or (
        len(words) == 1 and len(tail) > 2 and tail.isupper()
    )
    if bare and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return _finish(text, start)
    return None


# `caption / Agency`, `caption. /Agency` (a slash before the credit, spaced or glued to it).
_SLASH = re.compile(r"\s/\s?(?=\S)")
_MAX_SLASH_CREDIT_WORDS = 6


def _split_slash(text: str) -> tuple[str, str] | None:
    """The credit after the last slash that follows a space, when it names an agency or reads
    as a credit and what comes before reads as a caption, not as the credit's first part."""
    found = list(_SLASH.finditer(text))
    if not found:
        return None
    m = found[-1]
    head, tail = text[: m.start()].strip(), text[m.end() :].strip()
    if any(head.count(a) > head.count(b) for a, b in ("()", "[]", "（）")):
        return None  # `(Name / Agency)`: the slash is inside the credit (_split_parenthesized)
    if not tail or len(tail.split()) > _MAX_SLASH_CREDIT_WORDS or tail.endswith((".", "!", "?")):
        return None
    if not (looks_like_credit(tail) and parse_credit(tail).agencies):
        return None
    if is_labelled_credit(head) or looks_like_credit(head) or not is_caption_text(head):
        return None  # `Foto: Name / Agency`, `Name / Agency`: one credit
    if _LABEL.search(head) or _COPYRIGHT.search(head):
        return None  # `... Foto: Name / Agency`: the credit starts at its label (_split_label)
    return _finish(text, m.end())


# A credit in full-width brackets glued to a CJK caption: `夜晚的港口（视觉中国）`.
_FULLWIDTH = re.compile(r"[（【]([^（）【】]{1,30})[）】]\s*$")


def _split_fullwidth(text: str) -> tuple[str, str] | None:
    m = _FULLWIDTH.search(text)
    if m is None or m.start() == 0:
        return None
    head, inner = text[: m.start()].strip(), m.group(1).strip()
    if looks_like_credit(head) or not (looks_like_credit(inner) or is_labelled_credit(inner)):
        return None
    return _finish(text, m.start() + 1)


def _split_cjk(text: str) -> tuple[str, str] | None:
    m = _CJK_TAIL.search(text)
    if m is None or m.start() == 0:
        return None
    # The credit starts after the caption's last sentence end or space.
    start = m.start()
    head = text[:start]
    cut = max(head.rfind("。"), head.rfind(" "), head.rfind("）"))
    return _finish(text, start if cut < 0 else max(start, cut + 1))


__all__ = [
    "credit_only",
    "is_credit_line",
    "is_label_alone",
    "is_labelled_credit",
    "split_caption_credit",
]
