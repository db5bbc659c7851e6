"""The command line: the only part of captions that knows about terminals and exit codes.

`main()` returns the exit code (0 clean, 1 findings, 2 usage or I/O error) so tests can assert it.
Typer is imported only here and below, and only when a command actually runs.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args in (["--version"], ["-V"]):
        # Answer without importing Typer, Rich or Pillow: startup is part of the user experience.
        from captions import __version__

        print(f"captions {__version__}")
        return 0
    from captions.cli.app import run

    return run(args)


__all__ = ["main"]
