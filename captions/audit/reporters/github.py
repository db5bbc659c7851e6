"""GitHub Actions workflow commands, one per finding:

    ::error file=photos/a.jpg,line=1,title=M001 missing-caption::no caption

Annotations attach to the file, at the finding's line (an article's); images have no lines, so
their annotations point at line 1.
"""

from __future__ import annotations

from collections.abc import Sequence

from captions.audit.reporters import Reporter
from captions.model import Finding, Severity
from captions.textsafe import unicode_breaks, visible

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Text safe in a workflow command: `%`, CR and LF escaped, other controls and the Unicode
    line separators made visible, so a command stays one line for every reader."""
    text = visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return unicode_breaks(text)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    name = "github"

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        for f in findings:
            command = _COMMAND[f.severity]
            title = escape_property(f"{f.code} {f.name}")
            where = escape_property(path)
            self.out.write(
                f"::{command} file={where},line={f.line or 1},title={title}::"
                f"{escape_data(f.message)}\n"
            )
