"""Reporters: tiny classes that turn findings into one output format, looked up by name.

A reporter is told about each checked file as results stream in (`file`), then closes with a
summary (`close`). Streaming formats write as they go; document formats (json, junit, sarif)
write everything at the end. Findings go to the stream given (stdout), never to stderr.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TextIO

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


# name -> (module, class): a run imports only the reporter it prints with.
_WHERE: dict[str, tuple[str, str]] = {
    "concise": ("text", "ConciseReporter"),
    "full": ("text", "FullReporter"),
    "json": ("json", "JsonReporter"),
    "json-lines": ("json", "JsonLinesReporter"),
    "github": ("github", "GithubReporter"),
    "junit": ("junit", "JunitReporter"),
    "sarif": ("sarif", "SarifReporter"),
}


def reporter_names() -> tuple[str, ...]:
    return tuple(_WHERE)


def reporter_class(name: str) -> type[Reporter]:
    """The reporter class called `name`; KeyError names the known ones."""
    try:
        module, cls = _WHERE[name]
    except KeyError:
        raise KeyError(f"unknown output format {name!r}; known: {', '.join(_WHERE)}") from None
    found: type[Reporter] = getattr(importlib.import_module(f"{__name__}.{module}"), cls)
    return found


def get_reporter(name: str, out: TextIO) -> Reporter:
    """The reporter called `name`, writing to `out`; KeyError names the known ones."""
    return reporter_class(name)(out)


def __getattr__(name: str) -> Any:
    if name == "REPORTERS":  # every reporter class by name (imports them all)
        return {key: reporter_class(key) for key in _WHERE}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "REPORTERS",
    "Reporter",
    "Summary",
    "get_reporter",
    "reporter_class",
    "reporter_names",
]
