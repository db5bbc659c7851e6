"""SARIF 2.1.0 for code-scanning services: the rule table as `tool.driver.rules`, one result
per finding located at the file (relative URIs when the file is under the working directory),
and at its line where it has one (an article's)."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from captions import __version__
from captions.audit.reporters import Reporter, Summary
from captions.audit.rules import RULES, Rule
from captions.model import Finding, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    text = f"What: {rule.what}\nWhy: {rule.why}\nExample: {rule.example}"
    markdown = f"**What** {rule.what}\n\n**Why** {rule.why}\n\n**Example** {rule.example}"
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"fixable": rule.fixable, "scope": rule.scope.value},
    }


def artifact_uri(path: str) -> dict[str, str]:
    """The file's URI, relative to %SRCROOT% (the working folder) when it lies inside it.

    Lexical (abspath, not resolve): a path is reported as given, and one that could never name
    a file (a NUL byte) still makes a valid URI.
    """
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(os.getcwd())
    except ValueError:
        return {"uri": "file://" + quote(absolute.as_posix())}
    return {"uri": quote(relative.as_posix()), "uriBaseId": "%SRCROOT%"}


class SarifReporter(Reporter):
    name = "sarif"

    def __init__(self, out: Any) -> None:
        super().__init__(out)
        self.results: list[dict[str, Any]] = []
        self.index = {rule.code: i for i, rule in enumerate(RULES)}

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        artifact = {"artifactLocation": artifact_uri(path)}
        for f in findings:
            region = {"region": {"startLine": f.line}} if f.line else {}
            result: dict[str, Any] = {
                "ruleId": f.code,
                "level": _LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {**artifact, **region}}],
                "properties": {"field": f.field, "fixable": f.fixable},
            }
            if f.code in self.index:
                result["ruleIndex"] = self.index[f.code]
            self.results.append(result)

    def close(self, summary: Summary) -> None:
        document = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "captions",
                            "version": __version__,
                            "rules": [rule_descriptor(rule) for rule in RULES],
                        }
                    },
                    "originalUriBaseIds": {
                        "%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}
                    },
                    "results": self.results,
                }
            ],
        }
        json.dump(document, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
