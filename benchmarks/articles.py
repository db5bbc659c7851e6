"""Caption extraction on the real publisher pages of ../shared/articles/real, scored by its scorer.

    python benchmarks/articles.py                      # both parts, text and HTML
    python benchmarks/articles.py --part validation --form html --pages
    python benchmarks/articles.py --only bbc-com,npr-org --pages
    python benchmarks/articles.py --part development --form text --why   # per text rule
    python benchmarks/articles.py --part development --form text --half A

Extracts every page in this process (as `captions extract --json` would print it), writes the
outputs to a temporary folder and runs `tools/score.py` on the development part and the
validation part apart (benchmarks/real_pages_validation.txt, chosen by publisher before tuning).
Prints the scorer's totals per part and form, recall per layout class, the slowest page and any
page that failed. Measured, never asserted: tests/test_article_real_pages.py holds the floors.

`--why` (text form, development part only: it reads the pages' annotations) credits each reported
photo to the text reader's rule that found it (the draft's `why`, the first one other than a
reprint) and prints per rule the photos it reported, how many the scorer counts good and false,
the pages it fired on, and the same by development half (sha1 of the page name, even: A).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from captions.article import extract  # noqa: E402
from captions.article.text import TEXT_RULES, read_text  # noqa: E402
from captions.cli.article import article_json  # noqa: E402
from captions.errors import CaptionsError  # noqa: E402

REAL = ROOT.parent / "shared" / "articles" / "real"
VALIDATION = ROOT / "benchmarks" / "real_pages_validation.txt"
_PAGE_LINE = re.compile(r"^(?P<name>[\w.-]+): recall (?P<found>\d+)/(?P<expected>\d+) ")
_LAYOUTS = re.compile(r"^\"?(?P<classes>[^|\"]*)")
_LONE_CR = re.compile(r"\r(?!\n)")  # as `extract` reads a document


def validation_names() -> set[str]:
    lines = VALIDATION.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def page_names(real: Path = REAL) -> list[str]:
    return sorted(p.name[: -len(".expected.json")] for p in (real / "expected").glob("*.json"))


def layouts(real: Path = REAL) -> dict[str, list[str]]:
    """Each page's layout classes, from MANIFEST.tsv (the part before the example)."""
    out: dict[str, list[str]] = {}
    with open(real / "MANIFEST.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            head = row["layout"].split("|")[0]
            out[row["name"]] = [c.strip() for c in head.split(";") if c.strip()]
    return out


def extract_pages(
    names: list[str], form: str, out: Path, real: Path = REAL
) -> dict[str, tuple[float, str | None]]:
    """Write OUT/NAME.json for every page; (seconds, error or None) per page."""
    suffix = "txt" if form == "text" else "html"
    result: dict[str, tuple[float, str | None]] = {}
    # Loading the word lists, the registry and the patterns happens once a run: not a page's time.
    extract(f"warm-up.{suffix}", text="A harbour at dawn.\n\nPhoto: Ana Berg/Orsa Times\n")
    for name in names:
        document = gzip.decompress((real / f"{name}.{suffix}.gz").read_bytes()).decode("utf-8")
        start = time.perf_counter()
        problem = None
        try:
            article = extract(f"{name}.{suffix}", text=document)
            data = article_json(article)
        except CaptionsError as exc:
            problem, data = str(exc), {"captions": []}
        except Exception as exc:  # noqa: BLE001 - a benchmark reports every failure and goes on
            problem, data = f"{type(exc).__name__}: {exc}", {"captions": []}
        result[name] = (time.perf_counter() - start, problem)
        (out / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return result


def score(names: list[str], form: str, out: Path, real: Path = REAL) -> tuple[str, list[str]]:
    """The scorer's total line and its page lines, on the pages `names` only."""
    with tempfile.TemporaryDirectory() as tmp:
        expected = Path(tmp)
        for name in names:
            (expected / f"{name}.expected.json").symlink_to(
                real / "expected" / f"{name}.expected.json"
            )
        argv = [sys.executable, str(real / "tools" / "score.py")]
        argv += ["--html"] if form == "html" else []
        proc = subprocess.run([*argv, str(expected), str(out)], capture_output=True, text=True)
    lines = proc.stdout.strip().splitlines()
    return lines[-1], lines[:-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=["development", "validation", "both"], default="both")
    parser.add_argument("--form", choices=["text", "html", "both"], default="both")
    parser.add_argument("--only", help="comma-separated page names")
    parser.add_argument("--pages", action="store_true", help="print the scorer's page lines")
    parser.add_argument("--layouts", action="store_true", help="print recall per layout class")
    parser.add_argument("--why", action="store_true", help="text rules' photos, development")
    parser.add_argument("--half", choices=["A", "B"], help="one development half (sha1 of name)")
    args = parser.parse_args(argv)
    if not (REAL / "expected").is_dir():
        print(f"articles.py: {REAL} not found", file=sys.stderr)
        return 2
    held = validation_names()
    everything = page_names()
    parts = {
        "development": [n for n in everything if n not in held],
        "validation": [n for n in everything if n in held],
    }
    if args.only:
        wanted = set(args.only.split(","))
        parts = {k: [n for n in v if n in wanted] for k, v in parts.items()}
    if args.half:
        parts["development"] = [n for n in parts["development"] if half(n) == args.half]
    if args.why:
        _print_rules(rule_photos(parts["development"]), pages=args.pages)
        return 0
    chosen = ["development", "validation"] if args.part == "both" else [args.part]
    forms = ["text", "html"] if args.form == "both" else [args.form]
    classes = layouts()
    failed = 0
    for form in forms:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            for part in chosen:
                names = parts[part]
                if not names:
                    continue
                timing = extract_pages(names, form, out)
                total, page_lines = score(names, form, out)
                slowest = max(timing, key=lambda n: timing[n][0])
                print(f"{part:11} {form:4} ({len(names)} pages) {total}")
                print(f"{'':17}slowest {slowest} {timing[slowest][0]:.2f} s")
                for name, (_, problem) in timing.items():
                    if problem:
                        failed += 1
                        print(f"{'':17}FAILED {name}: {problem}")
                if args.pages:
                    for line in page_lines:
                        print(f"{'':17}{line}")
                if args.layouts:
                    _print_layouts(page_lines, classes)
    return 1 if failed else 0


def _print_layouts(page_lines: list[str], classes: dict[str, list[str]]) -> None:
    found: dict[str, int] = defaultdict(int)
    expected: dict[str, int] = defaultdict(int)
    for line in page_lines:
        m = _PAGE_LINE.match(line)
        if not m:
            continue
        for layout in classes.get(m["name"], []):
            found[layout] += int(m["found"])
            expected[layout] += int(m["expected"])
    for layout in sorted(expected, key=lambda k: -expected[k]):
        print(f"{'':17}{found[layout]:4}/{expected[layout]:<4} {layout}")


def half(name: str) -> str:
    """The development half of page `name`: A when the sha1 of its name is even, else B."""
    return "A" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "B"


def _scorer(real: Path = REAL) -> ModuleType:
    spec = importlib.util.spec_from_file_location("real_score", real / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rule_photos(names: list[str], real: Path = REAL) -> list[tuple[str, str, bool]]:
    """(page, rule, good) per photo the text reader reports on the pages `names`, judged by
    the scorer on that photo's reports alone."""
    scorer = _scorer(real)
    rows: list[tuple[str, str, bool]] = []
    for name in names:
        document = gzip.decompress((real / f"{name}.txt.gz").read_bytes()).decode("utf-8")
        reports = article_json(extract(f"{name}.txt", text=document))["captions"]
        why = {(d.span.line, d.span.start): d.why for d in read_text(_LONE_CR.sub("\n", document))}
        expected = json.loads((real / "expected" / f"{name}.expected.json").read_text("utf-8"))
        photos: dict[object, list[dict[str, object]]] = defaultdict(list)
        for report in reports:
            photos[report["photo"]].append(report)
        for members in photos.values():
            rules = [why.get((int(r["line"]), int(r["offset"])), "?") for r in members]  # type: ignore[call-overload]
            rule = next((r for r in rules if not r.startswith("reprint")), rules[0])
            # a photo merging several expected ones counts false here (the scorer counts it good
            # and each further caption merged in as one false photo)
            verdict = scorer.score_page(expected, members)
            rows.append((name, rule, verdict["good"] == 1 and verdict["false"] == 0))
    return rows


def _print_rules(rows: list[tuple[str, str, bool]], pages: bool) -> None:
    head = f"{'rule':32} {'photos':>6} {'good':>5} {'false':>5} {'pages':>5}"
    print(f"{head}  A good/false  B good/false")
    for rule in sorted({r for _, r, _ in rows}, key=lambda r: -sum(1 for x in rows if x[1] == r)):
        mine = [(n, g) for n, r, g in rows if r == rule]
        good = sum(1 for _, g in mine if g)
        by_half = {
            h: (
                sum(1 for n, g in mine if g and half(n) == h),
                sum(1 for n, g in mine if not g and half(n) == h),
            )
            for h in "AB"
        }
        print(
            f"{rule:32} {len(mine):6} {good:5} {len(mine) - good:5} {len({n for n, _ in mine}):5}"
            f"  {by_half['A'][0]:4}/{by_half['A'][1]:<6}  {by_half['B'][0]:4}/{by_half['B'][1]:<6}"
        )
        if pages:
            false_pages = Counter(n for n, g in mine if not g)
            if false_pages:
                print(f"{'':34}false on: " + ", ".join(f"{n} {k}" for n, k in false_pages.items()))
    unused = sorted(set(TEXT_RULES) - {r for _, r, _ in rows})
    print("never fired: " + (", ".join(unused) or "none"))


if __name__ == "__main__":
    sys.exit(main())
