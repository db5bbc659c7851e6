"""Position markers in captions: `(C)`, `(2nd L)`, `(second from left)`, `(L-R)`, `(far right)`.

One small module that reads a marker and says which person it follows, so that anyone who
compares captions (match, article/people.py, dupes)
reads `(2nd from L)` and `(second left)` as the same `2nd L`.

    normalize_position("(second from left)")  -> "2nd L"
    positions("Ana Ruiz (C) and Ola Berg (2nd R) meet")  -> {"ruiz": "C", "berg": "2nd R"}
"""

from __future__ import annotations

import re

from captions.caption.fold import fold

_ORDINAL = r"\d(?:st|nd|rd|th)|second|third|fourth|fifth"
_SIDE = r"l|r|c|left|right|center|centre|front|back|top|bottom"
MARKER = re.compile(
    rf"\(\s*((?:far\s+|(?:{_ORDINAL})\s+(?:from\s+)?)?(?:{_SIDE})"
    r"(?:\s*(?:to|-|–)\s*(?:r|l|right|left))?)\s*\)",
    re.IGNORECASE,
)
# `From left to right` opening a caption in other languages (`v.l.n.r.`, `de gauche à droite`);
# English `(L-R)` and `from left` are read by article/people.py's lists.
_LEFT_TO_RIGHT = re.compile(
    r"^\(?(?:v\.\s?l\.\s?n\.\s?r\.|von links(?: nach rechts)?|de gauche à droite|de izquierda a "
    r"derecha|da sinistra(?: a destra)?|z lewej|zleva|слева направо|van links naar rechts|"
    r"från vänster|fra venstre|vasemmalta|balról)(?!\w)",
    re.IGNORECASE,
)


def opens_left_to_right(text: str) -> bool:
    """Whether `text` opens by naming people from the left (`v.l.n.r.`, `De gauche à droite`)."""
    return bool(_LEFT_TO_RIGHT.match(text.strip()))


_SIDES = {"left": "L", "right": "R", "center": "C", "centre": "C", "l": "L", "r": "R", "c": "C"}
_ORDINALS = {"second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th"}
# The word written just before a marker: a surname when capitalised (any script).
_NAME_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s*$")


def normalize_position(marker: str) -> str:
    """`(2nd l)` -> `2nd L`, `(centre)` -> `C`, `(second from left)` -> `2nd L`, `(L-R)` ->
    `L to R`."""
    spaced = re.sub(r"\s*[-–]\s*", " to ", marker.strip("() "))
    out: list[str] = []
    for word in spaced.split():
        low = word.lower()
        if low == "from":
            continue
        out.append(_SIDES.get(low) or _ORDINALS.get(low) or (low if len(low) > 1 else low.upper()))
    return " ".join(out)


def positions(text: str) -> dict[str, str]:
    """Position markers keyed by the folded surname written just before them.

    A marker that follows a name in capitals (`TOMAS REYVIK (C)`) counts too; a list marker
    (`(L to R)`) is kept under the name before it only when there is one.
    """
    found: dict[str, str] = {}
    for m in MARKER.finditer(text):
        name = _NAME_BEFORE.search(text[: m.start()])
        if name and name.group(1)[:1].isupper():
            found[fold(name.group(1))] = normalize_position(m.group(0))
    return found


def markers(text: str) -> list[str]:
    """Every marker in the text, normalized, in order."""
    return [normalize_position(m.group(0)) for m in MARKER.finditer(text)]


def without_markers(text: str) -> str:
    """The text with its markers removed."""
    return MARKER.sub(" ", text)


__all__ = [
    "MARKER",
    "markers",
    "normalize_position",
    "opens_left_to_right",
    "positions",
    "without_markers",
]
