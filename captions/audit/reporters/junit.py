"""JUnit XML for CI dashboards: one test case per finding, one passing case per clean file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Any

from captions.audit.reporters import Reporter, Summary
from captions.model import Finding
from captions.textsafe import xml_text


class JunitReporter(Reporter):
    name = "junit"

    def __init__(self, out: Any) -> None:
        super().__init__(out)
        self.cases: list[ET.Element] = []
        self.failures = 0
        self.clean: dict[str, ET.Element] = {}

    def file(self, path: str, findings: Sequence[Finding]) -> None:
        path = xml_text(path)
        if not findings:
            case = ET.Element("testcase", classname=path, name="audit")
            self.clean[path] = case
            self.cases.append(case)
            return
        if path in self.clean:  # folder-wide findings for a file that looked clean
            self.cases.remove(self.clean.pop(path))
        for f in findings:
            name = xml_text(f"{f.code} {f.name}" + (f" ({f.field})" if f.field else ""))
            message = xml_text(f.message)
            case = ET.Element("testcase", classname=path, name=name)
            failure = ET.SubElement(case, "failure", message=message, type=f.code)
            where = f"{path}:{f.line}" if f.line is not None else path
            failure.text = f"{where}: {f.code} [{f.severity.value}] {message}"
            self.cases.append(case)
            self.failures += 1

    def close(self, summary: Summary) -> None:
        root = ET.Element("testsuites", name="captions audit")
        suite = ET.SubElement(
            root,
            "testsuite",
            name="captions audit",
            tests=str(len(self.cases)),
            failures=str(self.failures),
            errors="0",
        )
        suite.extend(self.cases)
        ET.indent(root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(root, encoding="unicode") + "\n")
