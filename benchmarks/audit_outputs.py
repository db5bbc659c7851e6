"""Record every `captions audit` output on some corpora, or compare two such records.

A speed change to the audit must not change a byte of what it prints, nor its exit code:

    python benchmarks/audit_outputs.py record /tmp/before ../shared/corpus/real CORPUS/files
    (change the code)
    python benchmarks/audit_outputs.py record /tmp/after ../shared/corpus/real CORPUS/files
    python benchmarks/audit_outputs.py compare /tmp/before /tmp/after

Each corpus is audited in every output format, with one and two workers, and under a few rule
selections (each rule family alone, the folder rules left out, `--statistics`): one file per
run holding the exit code, stdout and stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

FORMATS = ("concise", "full", "json", "json-lines", "github", "junit", "sarif")
# (label, extra arguments): the selections that take other paths through the engine
SELECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("all", ()),
    ("no-folder", ("--ignore", "D")),
    ("folder", ("--select", "D")),
    ("D001", ("--select", "D001")),
    ("D002", ("--select", "D002")),
    ("credits", ("--select", "C")),
    ("presence", ("--select", "M")),
    ("structure", ("--select", "S,F,P")),
    ("text", ("--select", "T")),
    ("C005", ("--select", "C005")),
    ("statistics", ("--statistics",)),
)


def runs(corpora: list[Path]) -> list[tuple[str, list[str]]]:
    """Every run as (name of its record, arguments after `captions audit`)."""
    found: list[tuple[str, list[str]]] = []
    for corpus in corpora:
        tag = hashlib.sha1(str(corpus.resolve()).encode()).hexdigest()[:8]
        base = f"{corpus.name}-{tag}"
        for fmt in FORMATS:
            for jobs in ("1", "2"):
                args = [str(corpus), "-q", "-j", jobs, "--output-format", fmt]
                found.append((f"{base}.{fmt}.j{jobs}", args))
        for label, extra in SELECTIONS:
            args = [str(corpus), "-q", "--output-format", "json", *extra]
            found.append((f"{base}.{label}.json", args))
    return found


def record(out: Path, corpora: list[Path], captions: list[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for name, args in runs(corpora):
        done = subprocess.run(
            [*captions, "audit", "--isolated", *args], capture_output=True, check=False
        )
        body = b"exit %d\n--- stdout\n%s--- stderr\n%s" % (
            done.returncode,
            done.stdout,
            done.stderr,
        )
        (out / name).write_bytes(body)
        print(f"{name}: exit {done.returncode}, {len(done.stdout)} bytes", file=sys.stderr)
    return 0


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differ = [n for n in names if _bytes(before / n) != _bytes(after / n)]
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(names) - len(differ)}/{len(names)} outputs identical")
    return 1 if differ else 0


def _bytes(path: Path) -> bytes | None:
    return path.read_bytes() if path.exists() else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="audit the corpora, one file per run in OUT")
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


if __name__ == "__main__":
    sys.exit(main())
