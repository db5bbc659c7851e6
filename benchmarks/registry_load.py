"""How long reading the supplier registry takes (target: under 20 ms).

    python benchmarks/registry_load.py [--runs 20]

Each run reads and indexes captions/credit/data/suppliers.json afresh (the cache cleared).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from captions.credit.agencies import load_registry  # noqa: E402


def measure(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        load_registry.cache_clear()
        start = time.perf_counter()
        table = load_registry()
        times.append((time.perf_counter() - start) * 1000)
    assert table.suppliers
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    times = measure(args.runs)
    table = load_registry()
    print(
        f"suppliers {len(table.suppliers)}, aliases {len(table.aliases)}: "
        f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms over {args.runs} runs"
    )
    return 0 if statistics.median(times) < 20 else 1


if __name__ == "__main__":
    raise SystemExit(main())
