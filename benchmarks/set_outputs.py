"""Record what `captions set` makes of some corpora, or compare two such records.

A speed change to writing must not change a byte of any file it writes, nor what it prints:

    python benchmarks/set_outputs.py record /tmp/before ../shared/corpus/real CORPUS/files
    (change the code)
    python benchmarks/set_outputs.py record /tmp/after ../shared/corpus/real CORPUS/files
    python benchmarks/set_outputs.py compare /tmp/before /tmp/after

Each corpus is copied (writable copies under OUT/work, removed afterwards) and written a few
times in turn: the benchmark's four fields, the same again (nothing to change), other values
with a field removed and `--full-iim`, with one and two workers. After every run the record
holds the exit code, stdout and stderr (the copy's folder written as `COPY`) and the SHA-256 of
every file under the copy.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import records  # noqa: E402
from commands import NEW  # noqa: E402

_FOUR = ("--caption", NEW.caption, "--credit", NEW.credit, "--byline", NEW.byline,
         "--source", NEW.source)  # fmt: skip
_OTHER = ("--caption", "A second caption, longer " + "than before " * 30, "--source", "",
          "--keyword", "one", "--keyword", "two", "--full-iim")  # fmt: skip
# (label, arguments after `captions set PATH`), run in this order on the same copy
RUNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("four-fields", (*_FOUR, "-j", "2")),
    ("again", (*_FOUR, "-j", "1")),
    ("other", (*_OTHER, "-j", "1")),
    ("dry-run", ("--headline", "Not written", "--dry-run", "-j", "1")),
)


def record(out: Path, corpora: list[Path], captions: list[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for corpus in corpora:
        tag = hashlib.sha1(str(corpus.resolve()).encode()).hexdigest()[:8]
        copy = out / "work" / f"{corpus.name}-{tag}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(corpus, copy, symlinks=True)
        for path in [copy, *copy.rglob("*")]:  # folders too: a read-only one is not written
            if not path.is_symlink():
                path.chmod(path.stat().st_mode | stat.S_IWUSR)
        for label, args in RUNS:
            done = subprocess.run(
                [*captions, "set", str(copy), *args], capture_output=True, check=False
            )
            body = b"exit %d\n--- stdout\n%s--- stderr\n%s--- files\n%s" % (
                done.returncode,
                _masked(done.stdout, copy),
                _masked(done.stderr, copy),
                _digests(copy),
            )
            name = f"{corpus.name}-{tag}.{label}"
            (out / name).write_bytes(body)
            print(f"{name}: exit {done.returncode}", file=sys.stderr)
        shutil.rmtree(copy)
    return 0


def _masked(text: bytes, copy: Path) -> bytes:
    return text.replace(os.fsencode(copy), b"COPY")


def _digests(root: Path) -> bytes:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root)}\n".encode())
    return b"".join(lines)


if __name__ == "__main__":
    sys.exit(
        records.main(
            __doc__ or "", record, "write copies of the corpora, one record per run in OUT"
        )
    )
