"""Findings to stdout in the chosen output format, counted for the closing line and exit code.

`captions audit` and `captions check` print through one `FindingsPrinter`:

    printer = FindingsPrinter.for_format(OutputFormat.github, quiet=False)
    for path, findings in results:
        printer.file(path, findings)
    printer.close()
    return printer.exit_code(failed=bool(errors), exit_zero=exit_zero)

No Typer here: the fast front door (`captions.cli.fast`) prints audits through it too.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from captions.audit.reporters import Reporter, Summary
    from captions.model import Finding


class OutputFormat(StrEnum):
    """The `--output-format` choices: the names of the reporters (captions.audit.reporters)."""

    concise = "concise"
    full = "full"
    json = "json"
    json_lines = "json-lines"
    github = "github"
    junit = "junit"
    sarif = "sarif"

    @property
    def is_text(self) -> bool:
        """A format for people, whose closing line is a summary that `--quiet` leaves out."""
        return self in (OutputFormat.concise, OutputFormat.full)


def exit_code(*, failed: bool, findings: int, exit_zero: bool = False) -> int:
    """2 when the tool failed, else 1 with findings (0 under `--exit-zero`), else 0."""
    if failed:
        return 2
    return 1 if findings and not exit_zero else 0


def _new_summary() -> Summary:
    from captions.audit.reporters import Summary  # imported when a command runs, not at --help

    return Summary()


@dataclass
class FindingsPrinter:
    """A reporter and the summary it closes with: files and findings counted as they pass.

    `quiet` leaves out the closing summary line of the text formats; document formats (json,
    sarif, junit) are written whole at the close in any case.
    """

    reporter: Reporter
    output_format: OutputFormat = OutputFormat.concise
    quiet: bool = False
    summary: Summary = field(default_factory=_new_summary)
    _paths: set[str] = field(default_factory=set, repr=False)
    _counted: int = field(default=0, repr=False)  # files counted without `_paths`

    @classmethod
    def for_format(
        cls, output_format: OutputFormat, *, quiet: bool = False, out: TextIO | None = None
    ) -> FindingsPrinter:
        """A printer with the reporter of `output_format`, writing to `out` (stdout)."""
        # Lazy: start-up loads a command's library only when it runs.
        from captions.audit.reporters import get_reporter

        reporter = get_reporter(output_format.value, out if out is not None else sys.stdout)
        return cls(reporter, output_format, quiet)

    def file(self, path: str, findings: Sequence[Finding], *, again: bool | None = None) -> None:
        """One checked file (it may come again with folder-wide findings: counted once).

        `again`: whether the file was reported before, when the caller knows (the audit's
        folder-wide results); then no set of every path is kept (memory flat in N).
        """
        self.reporter.file(path, findings)
        if again is None:
            self._paths.add(path)
            self.summary.files = len(self._paths) + self._counted
        elif not again:
            self._counted += 1
            self.summary.files += 1
        self.summary.findings += len(findings)

    def close(self) -> None:
        """The closing summary line or the whole document, as the format wants."""
        if not (self.quiet and self.output_format.is_text):
            self.reporter.close(self.summary)

    def exit_code(self, *, failed: bool, exit_zero: bool = False) -> int:
        return exit_code(failed=failed, findings=self.summary.findings, exit_zero=exit_zero)


__all__ = ["FindingsPrinter", "OutputFormat", "exit_code"]
