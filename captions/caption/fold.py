"""Text folded for comparison: no case, no accents, no strokes.

`Zoë`, `ZOE` and `Ødegren`/`Odegren` compare equal. A module of its own, with no imports from the
project, so that a cheap comparison (the audit's name checks) does not load the credit parser.
"""

from __future__ import annotations

import unicodedata

# Letters NFKD leaves whole, written without their stroke by agencies that drop diacritics.
_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "þ": "th",
     "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i"}
)  # fmt: skip


def fold(text: str) -> str:
    """Lower case without accents or strokes, one space between words: `Zoë`, `ZOE` and
    `Ødegren`/`Odegren` compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return " ".join(
        "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().split()
    )


__all__ = ["fold"]
