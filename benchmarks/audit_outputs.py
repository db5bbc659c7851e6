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

import hashlib
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import records  # noqa: E402

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


if __name__ == "__main__":
    sys.exit(records.main(__doc__ or "", record, "audit the corpora, one file per run in OUT"))
