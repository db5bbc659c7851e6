"""A gallery's slide counter printed before a caption: `Image 1 of 9`, `Foto 1 de 1`, `3/12`,
`写真 2/5`, `(2/5)`.

One home for the article readers (captions/article/html.py drops it from a caption, the text
reader finds a gallery by its counters) and the caption key (captions/caption/normalize.py leaves
it out of what two printings share). The words are data: captions/caption/data/slide_counters.json.
"""

from __future__ import annotations

import json
import re

from captions.package_data import read_text


def _words() -> tuple[str, str]:
    data = json.loads(read_text(__file__, "data/slide_counters.json"))
    nouns = "|".join(re.escape(w) for w in sorted(data["nouns"], key=len, reverse=True))
    joins = "|".join(re.escape(w) for w in sorted(data["connectors"], key=len, reverse=True))
    return nouns, joins


_NOUNS, _JOINS = _words()

# The counter itself, with its slide number and total: a noun may open it (`Bild 3 von 12`; a CJK
# noun is printed with or without a space: `写真2/5`), brackets may hold it (`(2/5)`), and the
# scraper may glue the caption to it (`1/5Ferries`: inline elements join without a space).
COUNTER_HEAD = (
    rf"[(\[]?(?:(?:{_NOUNS})\s*)?(?P<number>\d{{1,3}})\s*(?:{_JOINS})\s*(?P<total>\d{{1,3}})"
    r"(?!\d)[)\]]?"
)

# A counter opening a caption, with the separator after it.
COUNTER = re.compile(rf"^{COUNTER_HEAD}[\s:：.|\-–—]*", re.IGNORECASE)

__all__ = ["COUNTER", "COUNTER_HEAD"]
