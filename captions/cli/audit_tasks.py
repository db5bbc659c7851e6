"""The work behind `captions audit`, with no Typer import.

Both the Typer command (`audit.py`) and the fast front door (`fast.py`) call `run_audit`:
per-file results stream in from `captions.audit.audit_results` (or a Dask cluster), pass the
baseline, and go to stdout through the chosen reporter; fixes and tool errors go to stderr.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from captions.cli.findings import FindingsPrinter, OutputFormat
from captions.cli.output import error, note, output_to, warn

if TYPE_CHECKING:
    from collections.abc import Iterator

    from captions.audit import FileResult
    from captions.audit.baseline import Baseline
    from captions.audit.config import AuditConfig
    from captions.audit.reporters import Summary
    from captions.model import Finding


class DaskMode(StrEnum):
    """The `--dask` choices."""

    local = "local"


@dataclass(frozen=True)
class AuditRun:
    """How `run_audit` runs and prints; the defaults are those of a bare `captions audit PATH`.

    `jobs` 0 is one worker process per core; `cluster` is a Dask scheduler address, or "local"
    for a local Dask cluster, or None to run here.
    """

    output_format: OutputFormat = OutputFormat.concise
    fix: bool = False
    jobs: int = 0
    baseline: Path | None = None
    write_baseline: Path | None = None
    statistics: bool = False
    quiet: bool = False
    exit_zero: bool = False
    cluster: str | None = None
    output: Path | None = None  # the findings go to this file (written atomically), not stdout


def run_audit(paths: list[str], config: AuditConfig, run: AuditRun) -> int:
    """Audit `paths`, print the findings (to stdout or `run.output`), and return the exit code."""
    try:
        with output_to(run.output) as out:
            return _audit_to(out, paths, config, run)
    except BrokenPipeError:
        raise  # the reader of stdout went away: main() ends quietly
    except OSError as exc:
        error(f"{run.output}: cannot write ({exc.strerror or exc})")
        return 2


def _audit_to(out: TextIO, paths: list[str], config: AuditConfig, run: AuditRun) -> int:
    # Lazy: start-up loads a command's library only when it runs.
    from captions.audit.baseline import Baseline
    from captions.audit.baseline import write_baseline as save
    from captions.audit.reporters import Reporter
    from captions.audit.walk import iter_image_paths

    files = list(iter_image_paths(paths, config))
    baseline = Baseline.load(run.baseline) if run.baseline else None
    if run.statistics or run.write_baseline:
        printer = FindingsPrinter(Reporter(out), run.output_format, run.quiet)
    else:
        printer = FindingsPrinter.for_format(run.output_format, quiet=run.quiet, out=out)
    summary, counts, failed = printer.summary, Counter[str](), False
    kept: list[Finding] = []
    progress = _Progress(len(files), enabled=not run.quiet and sys.stderr.isatty())
    for result in _results(files, config, run):
        failed |= _report_side(result, run.quiet)
        findings = _filter(result, baseline, summary)
        summary.fixable += sum(f.fixable for f in findings)
        summary.fixed += len(result.fixed)
        counts.update(f.code for f in findings)
        if run.write_baseline:
            kept.extend(findings)
        printer.file(result.path, findings, again=result.again)
        progress.step(summary.files)
    progress.done()
    if run.write_baseline:
        written = save(kept, run.write_baseline)
        _say(f"wrote {written} findings to the baseline {run.write_baseline}", run.quiet)
        return 2 if failed else 0
    if run.statistics:
        _print_statistics(counts, out)
    else:
        printer.close()
    return printer.exit_code(failed=failed, exit_zero=run.exit_zero)


def _results(files: list[str], config: AuditConfig, run: AuditRun) -> Iterator[FileResult]:
    # Lazy: start-up loads a command's library only when it runs.
    from captions.audit import audit_results

    jobs = run.jobs or os.cpu_count() or 1
    if run.cluster is None:
        return audit_results(files, config, jobs=jobs, fix=run.fix, expanded=True)
    # Lazy: start-up loads a command's library only when it runs.
    from captions.audit.distributed import audit_results_on_cluster

    where = None if run.cluster == DaskMode.local else run.cluster
    return audit_results_on_cluster(files, config, scheduler=where, workers=jobs, listed=True)


def _filter(result: FileResult, baseline: Baseline | None, summary: Summary) -> list[Finding]:
    if baseline is None:
        return list(result.findings)
    new = [f for f in result.findings if not baseline.accepts(f)]
    summary.baselined += len(result.findings) - len(new)
    return new


def _report_side(result: FileResult, quiet: bool) -> bool:
    """Print fixes and tool errors of one file to stderr; True when there were errors."""
    for change in result.fixed:
        _say(f"fixed {result.path}: {change}", quiet)
    for temp in result.removed_temps:
        warn(f"{temp}: removed a temporary file left by an interrupted write")
    for message in result.errors:
        error(message)
    return bool(result.errors)


def _say(message: str, quiet: bool) -> None:
    if not quiet:
        note(message)


def _print_statistics(counts: dict[str, int], out: TextIO) -> None:
    # Lazy: start-up loads a command's library only when it runs.
    from captions.audit.rules import BY_CODE

    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = BY_CODE.get(code)
        fix = "[*]" if rule is not None and rule.fixable else "   "
        name = rule.name if rule is not None else ""
        out.write(f"{count:6d}  {code}  {fix} {name}\n")
    out.flush()


class _Progress:
    """A one-line counter on stderr, only when it is a terminal (quiet in CI and pipes)."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total, self.enabled = total, enabled

    def step(self, files: int) -> None:
        if self.enabled:
            sys.stderr.write(f"\rchecked {min(files, self.total)}/{self.total} files")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


__all__ = ["AuditRun", "DaskMode", "run_audit"]
