"""Running the command line in-process in tests: the exit code and what it printed."""

from __future__ import annotations

import pytest

from captions.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`captions ARGS...` through `main`: (exit code, stdout, stderr)."""
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err
