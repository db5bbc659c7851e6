"""Terminal output helpers: results go to stdout, tool errors to stderr, one line each."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from captions.textsafe import one_line, visible


def error(message: str) -> None:
    """Print a one-line error to stderr (`captions: error: ...`)."""
    _to_stderr(one_line(f"captions: error: {message}"))


def warn(message: str) -> None:
    _to_stderr(one_line(f"captions: warning: {message}"))


def note(message: str) -> None:
    """Print a line about the work (not a finding, not a problem) to stderr."""
    _to_stderr(visible(message))


def _to_stderr(line: str) -> None:
    # Plain writes, not typer.echo: the hot commands print errors without importing Typer.
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@contextmanager
def output_to(path: Path | None) -> Iterator[TextIO]:
    """stdout, or the file `path` written atomically (a temporary file renamed when done).

    OSError (a missing folder, no permission) is raised before anything is printed; the file
    appears only when the block ends without an exception.
    """
    if path is None:
        yield sys.stdout
        return
    import tempfile  # lazy (start-up): only output to a file needs it (random, shutil...)

    folder = path.parent if str(path.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.fchmod(fd, 0o666 & ~umask)  # as open() would create it, not mkstemp's 0600
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def exit_with(code: int) -> None:
    import typer  # lazy: the fast path uses this module without loading Typer

    raise typer.Exit(code)
