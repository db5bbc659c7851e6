"""The text reader on every credit line of the credit tables, printed in the layouts pages use
(issue 12 from issue 13's side: a credit the parser reads is only as good as the text reader's
eye for it on a page).

    python benchmarks/text_credit_layouts.py              # failures per layout
    python benchmarks/text_credit_layouts.py --show alone # and the lines that fail in one layout

The credit lines are the first column of the credit tables in tests/ (the invented world lines,
the hand-made table, languages, classes, sources, usage: rows whose second column lists
photographers), about 900 lines in 30 languages. Each is printed on an invented page (a
headline, two body paragraphs) in six layouts: on the line under a caption (with and without a
full stop), alone between the paragraphs (a credit-only picture), after ` | `, in parentheses,
and after the caption's full stop. A layout passes when the reader reports exactly that one
photo, its caption, and the credit as printed (NFKC, brackets and case aside). Measured, not
tuned on: tests/test_article_text_credit_layouts.py holds the figures as floors.
"""

from __future__ import annotations

import argparse
import ast
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from captions.article import extract  # noqa: E402

TABLES = (
    "test_credit_world_lines.py",
    "test_credit_table.py",
    "test_credit_languages.py",
    "test_credit_classes.py",
    "test_credit_sources.py",
    "test_credit_usage.py",
)
BODY = (
    "The harbour board met on Tuesday evening and agreed to rebuild the old quay before the "
    "summer, after a winter of storms left the stones loose and the railings bent out of shape."
)
BODY_2 = (
    "Fishermen said the work could not come soon enough, and several of them told the board "
    "that they had already moved their boats to the sheltered side of the bay for the season."
)
HEADLINE = "Quay to be rebuilt"
CAPTION = "Divers check the quay stones in Vennesund before the rebuilding starts"

LAYOUTS: dict[str, Callable[[str], list[str]]] = {
    "next-line": lambda c: [HEADLINE, BODY, CAPTION, c, BODY_2],
    "next-line-stop": lambda c: [HEADLINE, BODY, CAPTION + ".", c, BODY_2],
    "alone": lambda c: [HEADLINE, BODY, c, BODY_2],
    "bar": lambda c: [HEADLINE, BODY, f"{CAPTION} | {c}", BODY_2],
    "paren": lambda c: [HEADLINE, BODY, f"{CAPTION} ({c})", BODY_2],
    "after-stop": lambda c: [HEADLINE, BODY, f"{CAPTION}. {c}", BODY_2],
}


def credit_lines() -> list[str]:
    """The printed credit of every table row whose second column lists photographers."""
    lines: list[str] = []
    for name in TABLES:
        tree = ast.parse((ROOT / "tests" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Tuple) and len(node.elts) >= 2):
                continue
            first, second = node.elts[0], node.elts[1]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            text = first.value.strip()
            listed = isinstance(second, ast.List | ast.Tuple)
            if listed and text and "\n" not in text and len(text) < 100 and text not in lines:
                lines.append(text)
    return lines


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u200b", "").replace("\u200c", "")
    text = text.replace("(c)", "©").replace("(C)", "©")
    return " ".join(text.strip("()[]【】 ").casefold().split())


def passes(layout: str, credit: str) -> bool:
    text = "\n\n".join(LAYOUTS[layout](credit)) + "\n"
    photos = [
        (o.text, o.credit.raw if o.credit else None) for o in extract("p.txt", text=text).captions
    ]
    if len(photos) != 1:
        return False
    caption, raw = photos[0]
    want = "" if layout == "alone" else CAPTION
    return caption.rstrip(".").strip() == want and raw is not None and _norm(raw) == _norm(credit)


def failures(layouts: tuple[str, ...] = tuple(LAYOUTS)) -> dict[str, list[str]]:
    lines = credit_lines()
    return {layout: [c for c in lines if not passes(layout, c)] for layout in layouts}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", choices=tuple(LAYOUTS), help="print the failing lines")
    args = parser.parse_args()
    lines = credit_lines()
    print(f"{len(lines)} credit lines")
    for layout, failed in failures().items():
        print(f"{layout:16} {len(failed):4} fail ({1 - len(failed) / len(lines):.3f} pass)")
        if layout == args.show:
            for credit in failed:
                print(f"    {credit!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
