"""Terminal output helpers: results go to stdout, tool errors to stderr, one line each."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer


def error(message: str) -> None:
    """Print a one-line error to stderr (`captions: error: ...`)."""
    typer.echo(f"captions: error: {message}", err=True)


def warn(message: str) -> None:
    typer.echo(f"captions: warning: {message}", err=True)


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def exit_with(code: int) -> None:
    raise typer.Exit(code)
