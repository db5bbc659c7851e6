"""Start-up of a command: the cyclic garbage collector kept out of loading modules and tables.

Importing the readers and loading the credit grammar allocate about a million objects (modules,
patterns being compiled, word tries, the supplier registry) that live until the process ends.
The collector, run every 700 allocations, would walk them dozens of times and free nothing, and
once more at exit. `Loading` pauses it for the block, then freezes what the block left
(`gc.freeze`: later collections, and the one at exit, skip those objects; reference counting
still frees them). A one-file `show --json` runs 5% fewer instructions (benchmarks/README.md,
"Session 9, show start-up").
"""

from __future__ import annotations

import gc
from types import TracebackType


class Loading:
    """`with Loading(): ...` around code that builds what a process keeps for its lifetime.
    Nested or with the collector already off, it leaves the collector as it found it."""

    def __enter__(self) -> None:
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.enabled:
            gc.freeze()
            gc.enable()
