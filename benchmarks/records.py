"""What benchmarks/audit_outputs.py and benchmarks/set_outputs.py share: the command line that
records a command's outputs over some corpora, and the comparison of two such records (a speed
change must not change a byte of what a command prints or writes)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

Record = Callable[[Path, list[Path], list[str]], int]


def compare(before: Path, after: Path) -> int:
    """Print every record that differs between the folders `before` and `after` (one missing on
    either side differs too); 1 when any does."""

    def names(folder: Path) -> set[str]:
        return {p.name for p in folder.iterdir() if p.is_file()}

    every = sorted(names(before) | names(after))
    differ = [n for n in every if _bytes(before / n) != _bytes(after / n)]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(every) - len(differ)}/{len(every)} records identical")
    return 1 if differ else 0


def _bytes(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def main(doc: str, record: Record, record_help: str) -> int:
    """`record OUT CORPUS... [--captions CMD]` or `compare BEFORE AFTER`."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help=record_help)
    rec.add_argument("out", type=Path)
    rec.add_argument("corpora", type=Path, nargs="+")
    rec.add_argument("--captions", default="captions", help='the command (default "captions")')
    cmp = sub.add_parser("compare", help="exit 1 when two records differ")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        return record(args.out, args.corpora, args.captions.split())
    return compare(args.before, args.after)
