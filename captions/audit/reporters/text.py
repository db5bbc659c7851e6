"""Human-readable reporters: `concise` (a line per finding) and `full` (with rule summaries)."""

from __future__ import annotations

from collections.abc import Sequence

from captions.audit.reporters import Reporter, Summary
from captions.audit.rules import BY_CODE
from captions.model import Finding
from captions.textsafe import one_line


def closing_line(summary: Summary) -> str:
    """`Found 3 findings in 2 of 10 files (1 fixable with --fix).` or `No findings in 10 files.`"""
    files = f"{summary.files} file{'s' if summary.files != 1 else ''}"
    extra = []
    if summary.fixed:
        extra.append(f"{summary.fixed} fixed")
    if summary.fixable:
        extra.append(f"{summary.fixable} fixable with --fix")
    if summary.baselined:
        extra.append(f"{summary.baselined} accepted by the baseline")
    tail = f" ({', '.join(extra)})" if extra else ""
    if not summary.findings:
        return f"No findings in {files}{tail}."
    plural = "s" if summary.findings != 1 else ""
    return f"Found {summary.findings} finding{plural} in {files}{tail}."


def where(path: str, finding: Finding) -> str:
    """`path` or `path:line` (a finding on an article's line), safe for a terminal."""
    return _at(one_line(path), finding)


def _at(shown: str, finding: Finding) -> str:
    """`where` for a path already made safe (once per file, not once per finding)."""
    return f"{shown}:{finding.line}" if finding.line is not None else shown


class ConciseReporter(Reporter):
    name = "concise"

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        shown = one_line(path)
        for f in findings:
            mark = " [*]" if f.fixable else ""
            self.out.write(f"{_at(shown, f)}: {f.code}{mark} {one_line(f.message)}\n")

    def close(self, summary: Summary) -> None:
        self.out.write(closing_line(summary) + "\n")


class FullReporter(Reporter):
    name = "full"

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        shown = one_line(path)
        for f in findings:
            rule = BY_CODE.get(f.code)
            self.out.write(f"{_at(shown, f)}: {f.code} {f.name} [{f.severity.value}]\n")
            self.out.write(f"  {one_line(f.message)}\n")
            details = [f"field: {one_line(f.field)}"] if f.field else []
            details.append("fixable with --fix" if f.fixable else "not fixable")
            self.out.write(f"  {' | '.join(details)}\n")
            if rule is not None:
                self.out.write(f"  {rule.summary} (captions rule {f.code})\n")
            self.out.write("\n")

    def close(self, summary: Summary) -> None:
        self.out.write(closing_line(summary) + "\n")
