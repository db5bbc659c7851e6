"""Terminal output helpers: results go to stdout, tool errors to stderr, one line each."""

from __future__ import annotations

import json
import sys
from typing import Any


def error(message: str) -> None:
    """Print a one-line error to stderr (`captions: error: ...`)."""
    _to_stderr(f"captions: error: {message}")


def warn(message: str) -> None:
    _to_stderr(f"captions: warning: {message}")


def note(message: str) -> None:
    """Print a line about the work (not a finding, not a problem) to stderr, as it is."""
    _to_stderr(message)


def _to_stderr(line: str) -> None:
    # Plain writes, not typer.echo: the hot commands print errors without importing Typer.
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def exit_with(code: int) -> None:
    import typer

    raise typer.Exit(code)
