"""`captions credits` on a generated folder: every count exact, and time against `audit`.

    python benchmarks/generate.py --n 1000 --links 10 --out /tmp/gen   # 10,000 paths
    python benchmarks/credits_inventory.py /tmp/gen

The expected counts come from the generator's manifest (the credit and by-line each file was
written with), counted once per path; the inventory must equal them. Both commands run in a
fresh process on OUT/links (or OUT/files when there are no links); the goal is credits within
1.3x of audit.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from captions.credit.inventory import CreditInventory  # noqa: E402


def expected(manifest: dict[str, object]) -> dict[str, object]:
    inventory = CreditInventory()
    copies = max(1, int(manifest.get("links", 0) or 0))  # type: ignore[call-overload]
    for entry in manifest["files"]:  # type: ignore[attr-defined]
        for _ in range(copies):
            byline = entry.get("byline")
            inventory.add(entry.get("credit") or "", [byline] if byline else [])
    return inventory.as_json()


def timed(args: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "captions", *args], capture_output=True, text=True, cwd=ROOT
    )
    return time.perf_counter() - start, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the generator's output folder")
    args = parser.parse_args()
    manifest = json.loads((args.out / "manifest.json").read_text(encoding="utf-8"))
    folder = args.out / ("links" if manifest.get("links") else "files")
    want = expected(manifest)
    credits_s, output = timed(["credits", str(folder), "--json"])
    audit_s, _ = timed(["audit", str(folder), "--quiet"])
    got = json.loads(output)
    exact = got == want
    print(
        f"credits on {got['files']} files: counts {'exact' if exact else 'DIFFER'}; "
        f"credits {credits_s:.1f} s, audit {audit_s:.1f} s, ratio {credits_s / audit_s:.2f}"
    )
    if not exact:
        for key in want:
            if got.get(key) != want[key]:
                print(f"  {key}: got {str(got.get(key))[:200]} want {str(want[key])[:200]}")
    return 0 if exact else 1


if __name__ == "__main__":
    raise SystemExit(main())
