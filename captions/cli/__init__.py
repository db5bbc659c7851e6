"""The command line: the only part of captions that knows about terminals and exit codes.

`main()` returns the exit code (0 clean, 1 findings, 2 usage or I/O error) so tests can assert it.
Typer is imported only here and below, and only when a command actually runs.
"""

from __future__ import annotations

import codecs
import os
import sys


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:
        # The reader went away (`captions show --json DIR | head`): not our failure to report,
        # but the output is incomplete, so 2 (an I/O error), and no traceback at exit either.
        _silence_stdout()
        return 2


def _main(args: list[str]) -> int:
    _tolerant_output()
    if args in (["--version"], ["-V"]):
        # Answer without importing Typer, Rich or Pillow: startup is part of the user experience.
        from captions import __version__

        print(f"captions {__version__}")
        return 0
    from captions.cli.fast import run_fast  # lazy: the fast path imports neither Typer nor Rich

    code = run_fast(args)  # `show` and `set` in their usual shapes, without importing Typer
    if code is not None:
        return code
    from captions.cli.app import run  # lazy: Typer loads only when the fast path declines

    return run(args)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (a test's captured stream)
        pass


def _tolerant_output() -> None:
    """Never fail on printing: a file name that is not valid UTF-8 is printed as its bytes.

    Paths from the file system carry such bytes as lone surrogates; a strict stdout would raise
    on them (a traceback in the middle of a batch).
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = getattr(stream, "encoding", None) or "ascii"
        if reconfigure is None:
            continue
        utf8 = codecs.lookup(encoding).name == "utf-8"
        reconfigure(errors="surrogateescape" if utf8 else "backslashreplace")


__all__ = ["main"]
