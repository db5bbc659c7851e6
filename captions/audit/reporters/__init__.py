"""Reporters: tiny classes that turn findings into one output format, looked up by name.

A reporter is told about each checked file as results stream in (`file`), then closes with a
summary (`close`). Streaming formats write as they go; document formats (json, junit, sarif)
write everything at the end. Findings go to the stream given (stdout), never to stderr.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, TextIO

from captions.model import Finding


@dataclass
class Summary:
    """Counts for the closing line and the exit code."""

    files: int = 0
    findings: int = 0
    fixable: int = 0
    fixed: int = 0
    baselined: int = 0


class Reporter:
    """Base class: collects nothing, writes nothing. Subclasses set `name` and override."""

    name: ClassVar[str] = ""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        """One checked file and its findings (a path may come again with folder-wide findings)."""

    def close(self, summary: Summary) -> None:
        """Everything has been reported."""


def reporter_names() -> tuple[str, ...]:
    return tuple(REPORTERS)


def get_reporter(name: str, out: TextIO) -> Reporter:
    """The reporter called `name`, writing to `out`; KeyError names the known ones."""
    try:
        cls = REPORTERS[name]
    except KeyError:
        raise KeyError(f"unknown output format {name!r}; known: {', '.join(REPORTERS)}") from None
    return cls(out)


from captions.audit.reporters.github import GithubReporter  # noqa: E402
from captions.audit.reporters.json import JsonLinesReporter, JsonReporter  # noqa: E402
from captions.audit.reporters.junit import JunitReporter  # noqa: E402
from captions.audit.reporters.sarif import SarifReporter  # noqa: E402
from captions.audit.reporters.text import ConciseReporter, FullReporter  # noqa: E402

REPORTERS: dict[str, type[Reporter]] = {
    cls.name: cls
    for cls in (
        ConciseReporter,
        FullReporter,
        JsonReporter,
        JsonLinesReporter,
        GithubReporter,
        JunitReporter,
        SarifReporter,
    )
}

__all__ = ["REPORTERS", "Reporter", "Summary", "get_reporter", "reporter_names"]
