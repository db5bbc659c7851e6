"""A progress bar on stderr for long runs: only on a terminal, never in CI or with `--quiet`.

    with ProgressBar("audit", enabled=not quiet) as bar:
        for done, total in work():
            bar.update(done, total)  # or bar.update(done, total, "next phase")

The bar redraws at most once per percent, so a run of 100,000 files writes about a hundred lines'
worth of bytes, and it erases itself when done: what stays on the terminal is the real output.
"""

from __future__ import annotations

import os
import shutil
import sys
from types import TracebackType
from typing import TextIO

_CI_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD")


def wanted(stream: TextIO, environ: dict[str, str] | None = None) -> bool:
    """Whether a bar belongs on `stream`: a terminal, outside CI, and not a dumb terminal."""
    env = dict(os.environ) if environ is None else environ
    if any(env.get(name) for name in _CI_VARIABLES) or env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class ProgressBar:
    """`label [#####.....] 40% 120/300`, redrawn in place on one line of `stream`."""

    def __init__(self, label: str, *, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and wanted(self.stream)
        self._shown = -1  # last percentage drawn
        self._drawn = False

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def update(self, done: int, total: int, label: str | None = None) -> None:
        """Show `done` of `total`; a new `label` starts a new phase on the same line."""
        if label is not None and label != self.label:
            self.label, self._shown = label, -1
        if not self.enabled or total <= 0:
            return
        percent = min(100, done * 100 // total)
        if percent == self._shown:
            return
        self._shown = percent
        self.stream.write("\r" + self.line(done, total) + "\033[K")  # [K: clear what was longer
        self.stream.flush()
        self._drawn = True

    def line(self, done: int, total: int) -> str:
        """The bar as text, fitted to the terminal width."""
        percent = min(100, done * 100 // total) if total > 0 else 100
        tail = f" {percent:3d}% {done}/{total}"
        width = max(
            10, min(40, shutil.get_terminal_size().columns - len(self.label) - len(tail) - 4)
        )
        filled = width * percent // 100
        return f"{self.label} [{'#' * filled}{'.' * (width - filled)}]{tail}"

    def close(self) -> None:
        if self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn = False


__all__ = ["ProgressBar", "wanted"]
