"""The text reader's rules, photo by photo, on the invented text sets (issue 12, precision).

    python benchmarks/text_rules.py                  # html_to_text A/B and text_world
    python benchmarks/text_rules.py --false          # and where each rule's false photos are

Each photo the text reader reports on a page of tests/fixtures/articles/html_to_text (halves A and
B, by the SHA-1 of the page name as tests/test_article_html_to_text.py splits them) and
tests/fixtures/articles/text_world is credited to the rule that found it (the draft's `why`, the
first one other than a reprint) and judged by the sets' scorer (tests/text_scoring.py): good when
one printing matches an expected photo. With `benchmarks/articles.py --why` (the development
halves) this gives every rule's true and false photos on data it was and was not written on.
Measured, never asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from text_scoring import Expected, matches  # noqa: E402

from captions.article import extract  # noqa: E402
from captions.article.text import read_text  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"
SETS = ("html_to_text A", "html_to_text B", "text_world")


def pages() -> dict[str, list[tuple[str, str, list[Expected]]]]:
    """Per set: (name, text, expected photos) of every page."""
    out: dict[str, list[tuple[str, str, list[Expected]]]] = {s: [] for s in SETS}
    folder = ARTICLES / "html_to_text"
    for path in sorted(folder.glob("*.expected.json")):
        name = path.name.removesuffix(".expected.json")
        which = "AB"[hashlib.sha1(name.encode("utf-8")).digest()[-1] % 2]
        expected = json.loads(path.read_text(encoding="utf-8"))["captions"]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        out[f"html_to_text {which}"].append((name, text, [(c, r) for c, r in expected]))
    world = ARTICLES / "text_world"
    table = json.loads((world / "expected.json").read_text(encoding="utf-8"))
    for name, photos in sorted(table.items()):
        text = (world / name).read_text(encoding="utf-8")
        out["text_world"].append((name, text, [(c, r) for c, r in photos]))
    return out


def rule_photos(name: str, text: str, expected: list[Expected]) -> list[tuple[str, bool, str]]:
    """(rule, good, what was printed) per photo the reader reports on one page."""
    why = {(d.span.line, d.span.start): d.why for d in read_text(text.replace("\r", "\n"))}
    rows = []
    for printings in extract(
        name if name.endswith(".txt") else f"{name}.txt", text=text
    ).photos.values():
        rules = [why.get((o.line, o.offset), "?") for o in printings]
        rule = next((r for r in rules if not r.startswith("reprint")), rules[0])
        good = any(
            matches(o.text, o.credit.raw if o.credit else None, photo)
            for o in printings
            for photo in expected
        )
        shown = printings[0]
        rows.append(
            (
                rule,
                good,
                f"{name}: {shown.text[:50]!r} ({shown.credit.raw if shown.credit else None!r})",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--false", action="store_true", help="print each false photo")
    args = parser.parse_args(argv)
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: {s: [0, 0] for s in SETS})
    false: dict[str, list[str]] = defaultdict(list)
    for which, entries in pages().items():
        for name, text, expected in entries:
            for rule, good, shown in rule_photos(name, text, expected):
                counts[rule][which][0 if good else 1] += 1
                if not good:
                    false[rule].append(f"{which}: {shown}")
    print(f"{'rule':32}" + "".join(f"{s:>16}" for s in SETS) + "   (good/false)")
    for rule in sorted(counts, key=lambda r: -sum(sum(v) for v in counts[r].values())):
        cells = "".join(f"{f'{g}/{f}':>16}" for g, f in counts[rule].values())
        print(f"{rule:32}{cells}")
        if args.false:
            for line in false[rule]:
                print(f"{'':4}{line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
