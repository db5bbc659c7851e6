"""A gallery's slide counter printed before a caption: `Image 1 of 9`, `Foto 1 de 1`, `3/12`.

One home for the article readers (captions/article/html.py drops it from a caption) and the
caption key (captions/caption/normalize.py leaves it out of what two printings share).
"""

from __future__ import annotations

import re

COUNTER = re.compile(
    r"^(?:(?:image|photo|foto|bild|slide|picture|imagen)\s+)?\d{1,3}\s*(?:/|of|von|de|di|z|sur)\s*"
    r"\d{1,3}\b[\s:.|-]*",
    re.IGNORECASE,
)

__all__ = ["COUNTER"]
