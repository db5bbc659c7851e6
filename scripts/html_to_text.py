"""Rebuild the text held-out set (tests/fixtures/articles/html_to_text) from invented HTML pages.

    python scripts/html_to_text.py            # rewrite every NAME.txt
    python scripts/html_to_text.py --check    # exit 1 when a committed NAME.txt is stale
    python scripts/html_to_text.py --set tests/fixtures/articles/credit_slots/html

Each NAME.expected.json in the set names its HTML page (`source`, relative to the set: one of our
own invented pages, in html_to_text/pages or html_classes). This script runs the real pages'
scraper (../shared/articles/real/tools/to_text.py, the naive block scraper that made the real
pages' text) over that page and writes NAME.txt beside it, so the text reader is measured on the
shape a scraper gives to publisher markup and not on text we typed to look like it. The pages and
their text are ours; the scraper is only run, never copied.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "tests" / "fixtures" / "articles" / "html_to_text"
SCRAPER = ROOT.parent / "shared" / "articles" / "real" / "tools" / "to_text.py"


def sources(folder: Path = SET) -> dict[str, Path]:
    """Each page of the set in `folder` by name, with the HTML page its text is made from."""
    return {
        path.name.removesuffix(".expected.json"): folder
        / json.loads(path.read_text(encoding="utf-8"))["source"]
        for path in sorted(folder.glob("*.expected.json"))
    }


def scrape(page: Path, scraper: Path = SCRAPER) -> str:
    """The scraper's text of one HTML page."""
    done = subprocess.run(
        [sys.executable, str(scraper), str(page)], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale text files")
    parser.add_argument("--scraper", type=Path, default=SCRAPER, help="path of to_text.py")
    parser.add_argument("--set", type=Path, default=SET, help="a folder of NAME.expected.json")
    args = parser.parse_args(argv)
    if not args.scraper.is_file():
        print(f"html_to_text: no scraper at {args.scraper}", file=sys.stderr)
        return 2
    if not args.set.is_dir():
        print(f"html_to_text: no set at {args.set}", file=sys.stderr)
        return 2
    stale = []
    pages = sources(args.set)
    for name, page in pages.items():
        text = scrape(page, args.scraper)
        target = args.set / f"{name}.txt"
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            continue
        stale.append(name)
        if not args.check:
            target.write_text(text, encoding="utf-8")
    verb = "stale" if args.check else "rewritten"
    print(f"{len(stale)} of {len(pages)} text pages {verb}")
    for name in stale:
        print(f"  {name}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
