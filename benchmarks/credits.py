"""The credit parser on the real credit lines of ../shared/articles/real, scored by the annotations.

    python benchmarks/credits.py                 # development and validation totals
    python benchmarks/credits.py --show          # also every development line that is wrong
    python benchmarks/credits.py --half A        # one development half (sha1 of the page name)

Each annotated caption's credit (`text[].credit`) is parsed alone. Photographers are compared by
the annotation's sha256 of the norm'd, sorted names (tools/norm.py's photographers_key, imported
from ../shared at run time);
organisations (agencies and distributor) as sets of norm'd names, both sides first mapped to the
registry's canonical name when the registry knows them (`Associated Press` = `AP`). The
validation pages (benchmarks/real_pages_validation.txt) are totalled only, never shown.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from captions.credit import DEFAULT_AGENCIES, parse_credit  # noqa: E402
from captions.errors import CaptionsError  # noqa: E402

REAL = ROOT.parent / "shared" / "articles" / "real"
VALIDATION = ROOT / "benchmarks" / "real_pages_validation.txt"


def _shared_norm() -> tuple[Any, Any]:
    """norm() and photographers_key() of ../shared/articles/real/tools/norm.py (used in place,
    never copied: the annotations' hashes are defined by it)."""
    sys.path.insert(0, str(REAL / "tools"))
    try:
        module = importlib.import_module("norm")
    finally:
        sys.path.pop(0)
    return module.norm, module.photographers_key


norm, photographers_key = _shared_norm() if (REAL / "tools" / "norm.py").is_file() else (None, None)


def photographers_sha(names: list[str]) -> str | None:
    key = photographers_key(names)
    return hashlib.sha256(key.encode()).hexdigest() if key else None


def organisations(names: list[str]) -> set[str]:
    return {norm(DEFAULT_AGENCIES.lookup(n) or n) for n in names if norm(n)}


@dataclass
class Tally:
    lines: int = 0
    photographers: int = 0
    organisations: int = 0
    both: int = 0
    wrong: list[str] = field(default_factory=list)


def validation_pages() -> set[str]:
    text = VALIDATION.read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"}


def half(name: str) -> str:
    """The development half of page `name`: A when the sha1 of its name is even, else B (as
    benchmarks/articles.py splits them: a rule written on one half is checked on the other)."""
    return "A" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "B"


def score(show: bool, only_half: str | None = None) -> dict[str, Tally]:
    held_back = validation_pages()
    tallies = {"development": Tally(), "validation": Tally()}
    for path in sorted((REAL / "expected").glob("*.expected.json")):
        page = path.name.removesuffix(".expected.json")
        part = "validation" if page in held_back else "development"
        if part == "development" and only_half and half(page) != only_half:
            continue
        for caption in json.loads(path.read_text(encoding="utf-8"))["captions"]:
            credits = [t["credit"] for t in caption.get("text", []) if t.get("credit")]
            if not credits:
                continue
            tally = tallies[part]
            tally.lines += 1
            try:
                credit = parse_credit(credits[0])
                names, orgs = list(credit.photographers), [*credit.agencies]
                orgs += [credit.distributor] if credit.distributor else []
            except CaptionsError:
                names, orgs = [], []
            ok_p = photographers_sha(names) == caption.get("photographers_sha")
            ok_o = organisations(orgs) == organisations(caption.get("agencies", []))
            tally.photographers += ok_p
            tally.organisations += ok_o
            tally.both += ok_p and ok_o
            if show and part == "development" and not (ok_p and ok_o):
                want = sorted(organisations(caption.get("agencies", [])))
                tally.wrong.append(
                    f"{page}: {credits[0]!r} -> {names} {sorted(organisations(orgs))}"
                    f"{'' if ok_p else ' [photographers]'}{'' if ok_o else f' [want {want}]'}"
                )
    return tallies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print wrong development lines")
    parser.add_argument("--half", choices=["A", "B"], help="one development half (sha1 of name)")
    args = parser.parse_args()
    if not (REAL / "expected").is_dir() or norm is None:
        print(f"no annotated pages at {REAL}", file=sys.stderr)
        return 2
    for part, tally in score(args.show, args.half).items():
        for line in tally.wrong:
            print(line)
        n = max(tally.lines, 1)
        name = f"{part} half {args.half}" if args.half and part == "development" else part
        print(
            f"{name}: {tally.lines} credit lines; photographers {tally.photographers / n:.3f}, "
            f"organisations {tally.organisations / n:.3f}, both {tally.both / n:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
