"""The text sets' scorer (tests/test_article_text_world.py, tests/test_article_html_to_text.py),
scoring as benchmarks/articles.py's scorer scores the real pages: a reported photo is good when
one of its printings matches an expected caption (the same normalized text, or the same first 40
characters); every other photo is false, and a photo that covers k expected captions counts k - 1
more; a found caption's credit agrees when one matching printing's credit line is the expected
one (or absent when none is expected).
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from captions.article import extract

# The real pages' scraper (../shared/articles/real/tools/to_text.py): the text sets made from
# invented HTML are its output, run, never copied.
SCRAPER = Path(__file__).parents[2] / "shared" / "articles" / "real" / "tools" / "to_text.py"


def scraped(page: Path) -> bytes:
    """What the scraper prints for the HTML page `page`."""
    made = subprocess.run(
        [sys.executable, str(SCRAPER), str(page)], capture_output=True, check=True
    )
    return made.stdout


_PREFIX = 40  # the scorer's caption prefix (norm.py PREFIX_LEN and PREFIX_MIN)
_PREFIX_MIN = 20
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_ENCLOSING = {"(": ")", "[": "]", "\uff08": "\uff09", "\u3010": "\u3011"}

Expected = tuple[str, str | None]  # (caption, credit as printed); caption "" for credit-only


def norm(text: str | None) -> str:
    """The scorer's normalization: NFKC, straight quotes, one space, casefold, no final stop
    and no brackets around the whole."""
    text = " ".join(unicodedata.normalize("NFKC", text or "").translate(_QUOTES).split())
    text = text.casefold()
    while True:
        cut = text.rstrip(".").strip()
        if len(cut) > 1 and _ENCLOSING.get(cut[0]) == cut[-1]:
            cut = cut[1:-1].strip()
        if cut == text:
            return text
        text = cut


def matches(reported: str, raw: str | None, expected: Expected) -> bool:
    """Whether a printing (text, credit line) is the expected photo. A credit-only photo has no
    text to match: its credit must open as the expected one does (the scorer places it by line)."""
    caption, credit = expected
    got, want = norm(reported), norm(caption)
    if not want:
        return not got and bool(raw) and norm(raw)[:_PREFIX_MIN] == norm(credit)[:_PREFIX_MIN]
    return got == want or (len(want) >= _PREFIX_MIN and got.startswith(want[:_PREFIX]))


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    false: int = 0
    credit_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.found += other.found
        self.false += other.false
        self.credit_ok += other.credit_ok
        self.misses += other.misses

    def __str__(self) -> str:
        return f"{self.found}/{self.expected} found, {self.false} false, {self.credit_ok} credits"


def score_text(name: str, text: str, expected: list[Expected]) -> Score:
    """The text reader's photos on one page against the page's expected photos."""
    result = extract(name, text=text)
    score = Score(expected=len(expected))
    covered: dict[int, list[tuple[str, str | None]]] = {}  # expected index -> printings found
    for printings in result.photos.values():
        hits = set()
        for occ in printings:
            raw = occ.credit.raw if occ.credit is not None else None
            for index, photo in enumerate(expected):
                if matches(occ.text, raw, photo):
                    hits.add(index)
                    covered.setdefault(index, []).append((occ.text, raw))
        if not hits:
            score.false += 1
            shown = printings[0]
            raw = shown.credit.raw if shown.credit is not None else None
            score.misses.append(f"{name}: false photo {shown.text!r} ({raw!r})")
        score.false += max(len(hits) - 1, 0)
    for index, (caption, credit) in enumerate(expected):
        if index not in covered:
            score.misses.append(f"{name}: missed {caption!r} ({credit!r})")
            continue
        score.found += 1
        credits = [raw for _, raw in covered[index]]
        if any(norm(raw) == norm(credit) for raw in credits):
            score.credit_ok += 1
        else:
            score.misses.append(f"{name}: credit of {caption[:40]!r}: {credits} for {credit!r}")
    return score
