"""The text reader on every credit line of the credit tables, printed in the layouts pages use
(issue 12 from issue 13's side: a credit the parser reads is only as good as the text reader's
eye for it on a page).

    python benchmarks/text_credit_layouts.py              # failures per layout
    python benchmarks/text_credit_layouts.py --show alone # and the lines that fail in one layout

The credit lines are the first column of the credit tables in tests/ (the invented world lines,
the hand-made table, languages, classes, sources, usage: rows whose second column lists
photographers), about 900 lines in 30 languages. Each is printed on an invented page in the
script of the credit (benchmarks/data/layout_pages.json: a headline, a caption, two body
paragraphs in English, Chinese, Japanese, Korean, Arabic, Persian, Hebrew, Thai, Hindi,
Bengali, Russian, Greek or Amharic) in sixteen layouts: on the line under the caption (with and
without the script's full stop), alone between the paragraphs (a credit-only picture) or under
the headline, after ` | `, ` - `, ` – `, ` — ` or ` / `, after a space only, glued to the caption
with or without its full stop (the real pages' scraper joins a figcaption's spans so), in
parentheses (spaced or glued), after the caption's full stop, and a viewer's caption printed
twice, the second time with the credit glued on in parentheses. A layout passes when the reader
reports exactly one photo (its printings grouped), its caption, and the credit as printed (NFKC,
brackets and case aside). Measured, not tuned on: tests/test_article_text_credit_layouts.py
holds the figures as floors.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import unicodedata
from collections.abc import Callable
from functools import cache
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
    "test_credit_sweep_europe_americas.py",
)
PAGES = json.loads((ROOT / "benchmarks" / "data" / "layout_pages.json").read_text("utf-8"))
Page = dict[str, object]

LAYOUTS: dict[str, Callable[[str, Page], list[str]]] = {
    "next-line": lambda c, p: [_h(p), _b(p, 0), _c(p), c, _b(p, 1)],
    "next-line-stop": lambda c, p: [_h(p), _b(p, 0), _c(p) + _stop(p).strip(), c, _b(p, 1)],
    "alone": lambda c, p: [_h(p), _b(p, 0), c, _b(p, 1)],
    "bar": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)} | {c}", _b(p, 1)],
    "paren": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)} ({c})", _b(p, 1)],
    "after-stop": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)}{_stop(p)}{c}", _b(p, 1)],
    "dash": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)} - {c}", _b(p, 1)],
    "en-dash": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)} \u2013 {c}", _b(p, 1)],
    "em-dash": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)} \u2014 {c}", _b(p, 1)],
    "slash": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)} / {c}", _b(p, 1)],
    "space": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)} {c}", _b(p, 1)],
    "glued": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)}{c}", _b(p, 1)],
    "glued-stop": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)}{_stop(p).strip()}{c}", _b(p, 1)],
    "paren-glued": lambda c, p: [_h(p), _b(p, 0), f"{_c(p)}({c})", _b(p, 1)],
    "twice": lambda c, p: [_h(p), _b(p, 0), _c(p), f"{_c(p)}({c})", _b(p, 1)],
    "after-headline": lambda c, p: [_h(p), c, _b(p, 0), _b(p, 1)],
}


def _h(page: Page) -> str:
    return str(page["headline"])


def _c(page: Page) -> str:
    return str(page["caption"])


def _b(page: Page, which: int) -> str:
    return str(page["body"][which])  # type: ignore[index]


def _stop(page: Page) -> str:
    return str(page["stop"])


# Scripts by the first word of their letters' Unicode names; Arabic letters Persian adds mark a
# Persian credit, kana a Japanese one among Han characters.
_SCRIPTS = {
    "CJK": "han",
    "HIRAGANA": "kana",
    "KATAKANA": "kana",
    "HANGUL": "hangul",
    "ARABIC": "arabic",
    "HEBREW": "hebrew",
    "THAI": "thai",
    "DEVANAGARI": "devanagari",
    "BENGALI": "bengali",
    "CYRILLIC": "cyrillic",
    "GREEK": "greek",
    "ETHIOPIC": "ethiopic",
}
_PERSIAN = set("پچژگکی")


@cache
def script_of(credit: str) -> str:
    """The page a credit is printed on: the script of its letters outside Latin."""
    found = set()
    for ch in credit:
        if ch.isalpha():
            first = unicodedata.name(ch, "").split(" ")[0]
            if first in _SCRIPTS:
                found.add(_SCRIPTS[first])
    if "kana" in found:
        return "kana"
    if "arabic" in found and _PERSIAN & set(credit):
        return "persian"
    for script in ("han", "hangul", "arabic", "hebrew", "thai", "devanagari", "bengali"):
        if script in found:
            return script
    return next(iter(sorted(found)), "latin")


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
    page = PAGES[script_of(credit)]
    text = "\n\n".join(LAYOUTS[layout](credit, page)) + "\n"
    article = extract("p.txt", text=text)
    if len(article.photos) != 1:
        return False
    want = "" if layout in ("alone", "after-headline") else _c(page)
    credits = [o.credit.raw for o in article.captions if o.credit is not None]
    return (
        all(o.text.rstrip(".。।። ").strip() == want for o in article.captions)
        and bool(credits)
        and all(_norm(raw) == _norm(credit) for raw in credits)
    )


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
