"""Machine-readable reporters: `json` (one array at the end) and `json-lines` (one per line).

Each finding is `{"code", "name", "severity", "path", "field", "message", "fixable", "line"}`
(`line`: the article line a finding is about, or null).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from captions.audit.reporters import Reporter, Summary
from captions.model import Finding
from captions.textsafe import json_line


class JsonReporter(Reporter):
    name = "json"

    def __init__(self, out: Any) -> None:
        super().__init__(out)
        self.items: list[dict[str, Any]] = []

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        self.items.extend(f.to_json() for f in findings)

    def close(self, summary: Summary) -> None:
        json.dump(self.items, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


class JsonLinesReporter(Reporter):
    name = "json-lines"

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        for f in findings:
            self.out.write(json_line(json.dumps(f.to_json(), ensure_ascii=False)) + "\n")
