"""What the audit keeps per file until the end of a run (memory flat in N): the folder facts hold
this process's path strings and one string per credit line, and the printer counts files
without a set of every path."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from audit_fixtures import make_jpeg

import captions.audit
from captions.audit import FileResult, audit_results
from captions.audit.config import AuditConfig
from captions.audit.folder import FileFacts
from captions.cli.findings import FindingsPrinter, OutputFormat


def test_the_kept_facts_share_paths_and_credit_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [str(make_jpeg(tmp_path, f"{n}.jpg", seed=n)) for n in range(3)]
    kept: list[FileFacts] = []
    real = captions.audit.folder_results

    def keeping(facts: list[FileFacts], config: AuditConfig) -> object:
        kept.extend(facts)
        return real(facts, config)

    monkeypatch.setattr(captions.audit, "folder_results", keeping)
    list(audit_results(paths, AuditConfig(), jobs=1, expanded=True))
    assert [f.path for f in kept] == paths
    assert all(fact.path is path for fact, path in zip(kept, paths, strict=True))
    assert len({id(f.credit) for f in kept}) == 1  # the same credit line: one string
    assert not hasattr(kept[0], "__dict__")  # slots


def test_the_printer_counts_files_told_apart_by_the_caller() -> None:
    printer = FindingsPrinter.for_format(OutputFormat.concise, out=io.StringIO())
    for number in range(5):
        printer.file(f"{number}.jpg", (), again=False)
    printer.file("1.jpg", (), again=True)  # folder-wide findings of a file seen before
    assert printer.summary.files == 5
    assert not printer._paths
    printer.file("1.jpg", ())  # the caller does not know: the set decides
    printer.file("1.jpg", ())
    assert printer.summary.files == 6


def test_folder_results_say_their_file_came_before(tmp_path: Path) -> None:
    paths = [str(make_jpeg(tmp_path, f"{n}.jpg", seed=n)) for n in range(2)]  # one caption: D001
    results = list(audit_results(paths, AuditConfig(), jobs=1, expanded=True))
    per_file, folder = results[:2], results[2:]
    assert not any(r.again for r in per_file)
    assert folder and all(isinstance(r, FileResult) and r.again for r in folder)
