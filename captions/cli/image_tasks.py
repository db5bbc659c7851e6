"""The work behind `captions show` and `captions set`, with no Typer import.

Both the Typer commands (`images.py`) and the fast front door (`fast.py`) call these. Files are
spread over `jobs` worker processes (`captions.pool`); each worker returns its file's output as
text, and this process prints it in input order as it arrives, so memory stays flat however
many files there are. `show --json` prints a JSON list with one record per line.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from captions.cli.output import error, warn
from captions.errors import CaptionsError
from captions.textsafe import visible

if TYPE_CHECKING:
    from captions.credit.agencies import AgencyTable
    from captions.metadata import FieldValue, ImageMetadata, Value, WriteResult


@dataclass(frozen=True)
class Done:
    """One file's output: text for stdout, warnings, and the error that stopped it (or None)."""

    out: str
    warnings: tuple[str, ...] = ()
    error: str | None = None


def show_files(paths: Sequence[str | os.PathLike[str]], *, as_json: bool, jobs: int = 0) -> int:
    """Print the metadata of every image under `paths`; the exit code (2 if any failed)."""
    from captions.pool import ordered_map
    from captions.walk import expand_names

    files = expand_names(paths)
    table = _credit_table(paths) if as_json else None
    work = partial(show_one, as_json=as_json, table=table)
    failed = False
    out = sys.stdout
    if as_json:
        out.write("[" if files else "[]")
    for number, done in enumerate(ordered_map(work, files, jobs=jobs)):
        if done.error is not None:
            failed = True
            out.flush()
            error(done.error)
        if as_json:
            out.write(",\n" if number else "\n")
        out.write(done.out)
    if as_json:
        out.write("\n]\n" if files else "\n")
    out.flush()
    return 2 if failed else 0


def _credit_table(paths: Sequence[str | os.PathLike[str]]) -> AgencyTable | None:
    """The supplier table of the closest configuration, as `credit` and `audit` parse with;
    None for the built-in registry (a worker then has its own)."""
    from captions.audit.checks import agencies_of
    from captions.audit.config import load_config
    from captions.credit import DEFAULT_AGENCIES

    table = agencies_of(load_config([os.fspath(p) for p in paths]))
    return None if table is DEFAULT_AGENCIES else table


def show_one(path: str, as_json: bool, table: AgencyTable | None = None) -> Done:
    """One file's `show` output (runs in a worker process); with `as_json` the embedded credit
    is parsed as `credit --json` parses it, with `table` (None: the built-in registry)."""
    from captions import metadata

    try:
        meta = metadata.read(path)
    except CaptionsError as exc:
        message = str(exc)
        record: dict[str, object] = {
            "path": str(path),
            "format": None,
            "fields": {},
            "credit": None,
            "warnings": [],
            "error": message,
        }
        return Done(json.dumps(record, ensure_ascii=False) if as_json else "", error=message)
    if as_json:
        return Done(json.dumps(json_record(meta, table), ensure_ascii=False))
    return Done(human_text(meta))


def json_record(meta: ImageMetadata, table: AgencyTable | None = None) -> dict[str, Any]:
    return {
        "path": meta.path,
        "format": meta.format,
        "fields": {name: _field_record(fv) for name, fv in meta.fields.items()},
        "credit": _credit_parts(meta, table),
        "warnings": list(meta.warnings),
        "error": None,
    }


def _credit_parts(meta: ImageMetadata, table: AgencyTable | None) -> dict[str, Any] | None:
    """The winning credit line parsed (the record of `credit --json`); None without one, and
    `{"raw", "error"}` when it names nothing."""
    from captions.credit import DEFAULT_AGENCIES, read_credit
    from captions.credit.record import credit_record, names_nothing
    from captions.inventory import embedded_credit

    text, _ = embedded_credit(meta)
    if not text:
        return None
    table = table or DEFAULT_AGENCIES
    try:
        reading = read_credit(text, table)
    except CaptionsError as exc:
        return {"raw": text, "error": str(exc)}
    if names_nothing(reading):
        return {"raw": text, "error": "no photographer, agency or marker recognized"}
    return credit_record(reading, table)


def _field_record(fv: FieldValue) -> dict[str, Any]:
    return {
        "value": fv.value,
        "source": fv.source,
        "exif": fv.exif,
        "iptc": fv.iptc,
        "xmp": fv.xmp,
        "conflict": fv.conflict,
    }


def human_text(meta: ImageMetadata) -> str:
    lines = [f"{visible(meta.path)} ({meta.format})"]
    for name, fv in meta.fields.items():
        if fv.value is None and not fv.conflict:
            continue
        lines.append(f"  {name:<23} {text_of(fv.value)}  [{fv.source}]")
        if fv.conflict:
            found = [(s, v) for s, v in (("exif", fv.exif), ("iptc", fv.iptc), ("xmp", fv.xmp))]
            others = "; ".join(f"{s}: {text_of(v)}" for s, v in found if v is not None)
            lines.append(f"  {'':<23} ! sources disagree: {others}")
    if len(lines) == 1:
        lines.append("  (no caption or credit metadata)")
    lines += [f"  warning: {visible(message)}" for message in meta.warnings]
    return "\n".join(lines) + "\n"


def text_of(value: Value | None) -> str:
    if value is None:
        return "-"
    text = visible(" | ".join(value) if isinstance(value, list) else value)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\n" + " " * 26)


@dataclass(frozen=True)
class WriteOptions:
    dry_run: bool = False
    backup: bool = False
    keep_mtime: bool = False
    full_iim: bool = False


def set_files(
    paths: Sequence[str | os.PathLike[str]],
    values: Mapping[str, Value | None],
    options: WriteOptions,
    jobs: int = 0,
) -> int:
    """Write `values` into every image under `paths`; the exit code (2 if any failed)."""
    from captions.pool import ordered_map
    from captions.walk import expand_names

    files = expand_names(paths)
    if not options.dry_run:
        _remove_stale_temps(files)
    failed = False
    out = sys.stdout
    for done in ordered_map(partial(set_one, values=values, options=options), files, jobs=jobs):
        if done.warnings or done.error:
            out.flush()
        for message in done.warnings:
            warn(message)
        if done.error is not None:
            failed = True
            error(done.error)
        out.write(done.out)
    out.flush()
    return 2 if failed else 0


def set_one(path: str, values: Mapping[str, Value | None], options: WriteOptions) -> Done:
    """Write one file (runs in a worker process)."""
    from captions import metadata

    try:
        result = metadata.write(
            path,
            values,
            full_iim=options.full_iim,
            keep_mtime=options.keep_mtime,
            backup=options.backup,
            dry_run=options.dry_run,
        )
    except CaptionsError as exc:
        return Done("", error=str(exc))
    warnings = tuple(f"{path}: {message}" for message in result.warnings)
    return Done(_result_text(result, options.dry_run), warnings)


def _remove_stale_temps(files: list[str]) -> None:
    """Clean up after writes that were killed half-way, and say so."""
    from captions.writer import remove_stale_temps

    for folder in dict.fromkeys(os.path.dirname(path) or "." for path in files):
        for temp in remove_stale_temps(folder):
            warn(f"{temp}: removed a temporary file left by an interrupted write")


def _result_text(result: WriteResult, dry_run: bool) -> str:
    if not result.changes:
        return f"{result.path}: unchanged\n"
    verb = "would change" if dry_run else "changed"
    lines = [f"{result.path}: {verb} {', '.join(name for name, _, _ in result.changes)}"]
    if dry_run:
        for name, before, after in result.changes:
            lines.append(f"  {name}: {text_of(before)}")
            lines.append(f"  {'':<{len(name)}}  -> {text_of(after)}")
    return "\n".join(lines) + "\n"


__all__ = [
    "Done",
    "WriteOptions",
    "human_text",
    "json_record",
    "set_files",
    "set_one",
    "show_files",
    "show_one",
    "text_of",
]
