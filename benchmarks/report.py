"""Medians, ratios against the targets of issues 7 and 16, and the Markdown tables printed."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field, replace


@dataclass
class Result:
    """All timed runs of one command over one file set."""

    key: str  # group.tool, e.g. "show.captions"
    group: str
    command: str  # shell-quoted, file list written as FILES
    files: int
    seconds: list[float] = field(default_factory=list)
    peak_kb: list[int] = field(default_factory=list)
    note: str = ""
    corpus: str = ""  # the corpus profile (light, heavy) or folder name

    @property
    def median(self) -> float | None:
        return statistics.median(self.seconds) if self.seconds else None

    @property
    def peak_mb(self) -> float | None:
        return max(self.peak_kb) / 1024 if self.peak_kb else None


@dataclass(frozen=True)
class Ratio:
    """One figure that issue 7 sets a target for, with whether the target is met."""

    name: str
    files: int
    value: float
    target: str
    met: bool | None  # None: informative, no target
    corpus: str = ""


# (name, numerator key, denominator key, bound: ratio must be <= bound; None for information)
# Bounds from issue 16 (show, audit, set against exiv2, --version) and issue 7 (the others).
RATIOS = (
    ("show: captions / exiftool -fast -j", "show.captions", "show.exiftool", 1 / 20),
    ("show: captions / exiv2 -pi", "show.captions", "show.exiv2-pi", 1.0),
    ("show FOLDER: captions / exiv2 -pi FILES", "show.captions-folder", "show.exiv2-pi", 1.0),
    ("show: captions / exiv2 same tags", "show.captions", "show.exiv2-tags", None),
    ("show: captions / Python header walk", "show.captions", "show.floor-walk", None),
    ("audit: captions audit / captions show", "audit.captions", "show.captions", 1.3),
    ("audit FOLDER / show FOLDER", "audit.captions-folder", "show.captions-folder", 1.3),
    ("audit: captions audit / exiftool -fast -j", "audit.captions", "show.exiftool", None),
    ("set: captions / exiftool batch", "set.captions", "set.exiftool", 1 / 3),
    ("set: captions / exiv2 in place", "set.captions", "set.exiv2", 1.2),
    ("set: captions / read-and-rewrite floor", "set.captions", "set.floor", 1.2),
    ("one file: captions show / exiv2 -pi", "one.captions", "one.exiv2-pi", None),
)
VERSION_LIMIT_S = 0.040
FLAT_MEMORY = 1.2  # peak RSS at the largest file set / at the smallest


def ratios(results: list[Result]) -> list[Ratio]:
    """Every ratio whose two medians exist, per corpus and file-set size; startup; memory."""
    out: list[Ratio] = []
    for corpus in dict.fromkeys(r.corpus for r in results if r.group != "startup"):
        inside = [r for r in results if r.corpus == corpus or r.group == "startup"]
        out += [replace(r, corpus=corpus) for r in _ratios(inside)]
    version = next((r for r in results if r.key == "startup.captions-version"), None)
    if version and version.median is not None:
        met = version.median <= VERSION_LIMIT_S
        limit = f"<= {VERSION_LIMIT_S:g}"
        out.append(Ratio("captions --version (s)", 0, version.median, limit, met))
    return out


def _ratios(results: list[Result]) -> list[Ratio]:
    by_key = {(r.key, r.files): r for r in results}
    out = []
    for name, top, bottom, bound in RATIOS:
        for (key, files), numerator in sorted(by_key.items(), key=lambda kv: kv[0][1]):
            denominator = by_key.get((bottom, files))
            if key != top or denominator is None or not numerator.median:
                continue
            if not denominator.median:
                continue
            value = numerator.median / denominator.median
            target = "-" if bound is None else f"<= {bound:.3g}"
            out.append(Ratio(name, files, value, target, None if bound is None else value <= bound))
    out += memory_ratios(results)
    return out


def memory_ratios(results: list[Result]) -> list[Ratio]:
    """Peak memory at the largest file set over the smallest, for each captions command."""
    out = []
    keys = ("show.captions", "show.captions-folder", "audit.captions", "audit.captions-folder")
    for key in (*keys, "show.python-argv"):
        runs = sorted((r for r in results if r.key == key and r.peak_mb), key=lambda r: r.files)
        if len(runs) >= 2 and runs[0].peak_mb and runs[-1].peak_mb:
            value = runs[-1].peak_mb / runs[0].peak_mb
            name = f"peak RSS {key} {runs[-1].files} / {runs[0].files} files"
            if key == "show.python-argv":  # a reference: the interpreter holding N arguments
                out.append(Ratio(name, runs[-1].files, value, "-", None))
                continue
            out.append(
                Ratio(name, runs[-1].files, value, f"<= {FLAT_MEMORY}", value <= FLAT_MEMORY)
            )
    return out


def seconds(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def results_table(results: list[Result]) -> str:
    lines = [
        "| group | command | files | median s | min-max s | ms/file | peak RSS MB | note |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        spread = f"{seconds(min(r.seconds))}-{seconds(max(r.seconds))}" if r.seconds else "-"
        per_file = f"{r.median / r.files * 1000:.2f}" if r.median and r.files else "-"
        peak = f"{r.peak_mb:.0f}" if r.peak_mb else "-"
        command = r.command.replace("|", "\\|")
        if len(command) > 90:
            command = command[:76] + " ..." + command[command.rfind(" ") :]
        lines.append(
            f"| {r.group} | `{command}` | {r.files} | {seconds(r.median)} | {spread} | "
            f"{per_file} | {peak} | {r.note} |"
        )
    return "\n".join(lines)


def ratios_table(rows: list[Ratio]) -> str:
    lines = ["| figure | files | value | target | met |", "| --- | ---: | ---: | --- | --- |"]
    for row in rows:
        met = "-" if row.met is None else ("yes" if row.met else "**no**")
        files = str(row.files) if row.files else "-"
        lines.append(f"| {row.name} | {files} | {row.value:.3f} | {row.target} | {met} |")
    return "\n".join(lines)


def side_by_side(rows: list[Ratio]) -> str:
    """The ratios of every corpus in one table: a column per corpus."""
    corpora = list(dict.fromkeys(r.corpus for r in rows if r.corpus))
    table: dict[tuple[str, int, str], dict[str, Ratio]] = {}
    for row in rows:
        table.setdefault((row.name, row.files, row.target), {})[row.corpus] = row
    head = ["figure", "files", *corpora, "target"]
    lines = ["| " + " | ".join(head) + " |", "| --- | ---: | " + "---: | " * len(corpora) + "--- |"]
    for (name, files, target), cells in table.items():
        if "" in cells:  # one figure for the whole run (startup)
            cells = {corpus: cells[""] for corpus in corpora}
        values = [_cell(cells.get(corpus)) for corpus in corpora]
        lines.append(f"| {name} | {files or '-'} | " + " | ".join(values) + f" | {target} |")
    return "\n".join(lines)


def _cell(row: Ratio | None) -> str:
    if row is None:
        return "-"
    return f"{row.value:.3f}" + ("" if row.met is None else (" yes" if row.met else " **no**"))
