"""A gallery's slide counter printed before a caption: `Image 1 of 9`, `Foto 1 de 1`, `3/12`.

One home for the readers (html.py drops it from a caption) and the grouping (grouping.py leaves it
out of the key printings of one photo share).
"""

from __future__ import annotations

import re

COUNTER = re.compile(
    r"^(?:(?:image|photo|foto|bild|slide|picture|imagen)\s+)?\d{1,3}\s*(?:/|of|von|de|di|z|sur)\s*"
    r"\d{1,3}\b[\s:.|-]*",
    re.IGNORECASE,
)

__all__ = ["COUNTER"]
