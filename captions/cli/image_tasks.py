"""The work behind `captions show` and `captions set`, with no Typer import.

Both the Typer commands (`images.py`) and the fast front door (`fast.py`) call these. Files are
spread over `jobs` worker processes (`captions.pool`); each worker returns its file's output as
text, and this process prints it in input order as it arrives, so memory stays flat however
many files there are. `show --json` prints a JSON list with one record per line.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from captions import metadata
from captions.cli.output import error, warn
from captions.cli.startup import Loading
from captions.errors import CaptionsError
from captions.pool import IN_FLIGHT_PER_WORKER, chunked_map, ordered_map
from captions.textsafe import visible
from captions.walk import expand_names

if TYPE_CHECKING:
    from captions.credit.agencies import AgencyTable
    from captions.metadata import FieldValue, ImageMetadata, Value, WriteResult
    from captions.writer import WriteBatch  # lazy: `show` never writes


class Done(NamedTuple):
    """One file's output: text for stdout, warnings, and the error that stopped it (or None)."""

    out: str
    warnings: tuple[str, ...] = ()
    error: str | None = None
    credit: str = ""  # an embedded credit line left for the caller to parse (`show --json`)
    credit_at: int = 0  # where its `null` stands in `out`


def show_files(paths: Sequence[str | os.PathLike[str]], *, as_json: bool, jobs: int = 0) -> int:
    """Print the metadata of every image under `paths`; the exit code (2 if any failed)."""

    files = expand_names(paths)
    work = partial(show_one, as_json=as_json, parse_credit=False)
    credits = _Credits(paths)
    failed = False
    out = _Collected(sys.stdout)
    if as_json:
        out.write("[" if files else "[]")
    # A lead of 16 chunks per worker (up to 1,024 files, about 4 MB of records) keeps the
    # workers busy while this process loads the credit grammar for the first record.
    lead = _CREDIT_LEAD if as_json else IN_FLIGHT_PER_WORKER
    for number, done in enumerate(ordered_map(work, files, jobs=jobs, lead=lead)):
        if done.error is not None:
            failed = True
            out.flush()
            error(done.error)
        if as_json:
            out.write(",\n" if number else "\n")
        out.write(credits.filled(done) if done.credit else done.out)
    if as_json:
        out.write("\n]\n" if files else "\n")
    out.flush()
    return 2 if failed else 0


_CREDIT_LEAD = 16


class _Credits:
    """The embedded credits of a `show --json` run, parsed here, in the parent process, once per
    distinct line: an archive repeats its credits (165 distinct lines in the 1,000 files of
    benchmarks/generate.py), and the credit grammar (60 ms to import, 85 ms to compile its
    patterns) is then loaded once per run, not once per worker. The closest configuration's
    supplier table is looked up with the first credit, as `credit` and `audit` parse with."""

    def __init__(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        self.paths = paths
        self.table: AgencyTable | None = None
        self.records: dict[str, str] = {}

    def filled(self, done: Done) -> str:
        """`done.out` with its credit parsed in place of the `null` a worker left."""
        text = done.credit
        record = self.records.get(text)
        if record is None:
            if self.table is None:
                with Loading():  # the first credit loads the credit grammar
                    self.table = _credit_table(self.paths)
                    record = _JSON.encode(_parsed_credit(text, self.table))
            else:
                record = _JSON.encode(_parsed_credit(text, self.table))
            self.records[text] = record
        at = done.credit_at
        return f"{done.out[:at]}{record}{done.out[at + len(_NULL) :]}"


def _credit_table(paths: Sequence[str | os.PathLike[str]]) -> AgencyTable:
    """The supplier table of the closest configuration, as `credit` and `audit` parse with
    (the audit package, which reads a configuration, is loaded only when there is one)."""
    from captions.config_search import closest_config  # lazy: `show --json` only

    found = closest_config(paths)
    if found is None:
        from captions.credit.agencies import DEFAULT_AGENCIES  # lazy: the credit parser

        return DEFAULT_AGENCIES
    # Lazy (start-up): the audit package loads only when a configuration file exists.
    from captions.audit.checks import agencies_of
    from captions.audit.config import config_from_file

    return agencies_of(config_from_file(found))


class _Collected:
    """Text gathered into writes of about 8 KB, as a buffered stdout makes them: one that is not
    buffered (PYTHONUNBUFFERED, `python -u`) would otherwise make two system calls for every
    file. A terminal still gets every file's text as soon as it is there."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.parts: list[str] = []
        self.size = 0
        isatty = getattr(stream, "isatty", None)
        self.limit = 0 if isatty is not None and isatty() else io.DEFAULT_BUFFER_SIZE

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= self.limit:
            self.flush()

    def flush(self) -> None:
        self.stream.write("".join(self.parts))
        self.stream.flush()
        self.parts.clear()
        self.size = 0


def show_one(
    path: str, as_json: bool, table: AgencyTable | None = None, parse_credit: bool = True
) -> Done:
    """One file's `show` output (runs in a worker process); with `as_json` the embedded credit
    is parsed as `credit --json` parses it, with `table` (None: the built-in registry), or, when
    not `parse_credit`, left `null` for the caller (`Done.credit`, `Done.credit_at`)."""

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
        return Done(_JSON.encode(record) if as_json else "", error=message)
    if not as_json:
        return Done(human_text(meta))
    if parse_credit:
        return Done(_JSON.encode(json_record(meta, table)))
    text, _ = metadata.embedded_credit(meta)
    head = _JSON.encode(_fields_record(meta))[:-1]  # without its closing brace
    tail = _JSON.encode({"warnings": list(meta.warnings), "error": None})[1:]
    out = f"{head}, {_CREDIT_KEY}{_NULL}, {tail}"
    return Done(out, credit=text, credit_at=len(head) + 2 + len(_CREDIT_KEY))


# What json.dumps(..., ensure_ascii=False) makes anew for every call; a record is a tree (no
# cycles to look for), so the circular-reference check is left out: 4 of 31 us per record.
_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False)
_CREDIT_KEY = '"credit": '
_NULL = "null"


def json_record(meta: ImageMetadata, table: AgencyTable | None = None) -> dict[str, Any]:
    """The `show --json` record of one image, its embedded credit parsed with `table` (None:
    the built-in registry)."""
    # Lazy (start-up): the credit parser loads in the parent only, for `show --json`.
    from captions.credit import DEFAULT_AGENCIES
    from captions.metadata import embedded_credit

    text, _ = embedded_credit(meta)
    return {
        **_fields_record(meta),
        "credit": _parsed_credit(text, table or DEFAULT_AGENCIES) if text else None,
        "warnings": list(meta.warnings),
        "error": None,
    }


def _fields_record(meta: ImageMetadata) -> dict[str, Any]:
    return {
        "path": meta.path,
        "format": meta.format,
        "fields": {name: _field_record(fv) for name, fv in meta.fields.items()},
    }


def _parsed_credit(text: str, table: AgencyTable) -> dict[str, Any]:
    """A credit line parsed (the record of `credit --json`), or `{"raw", "error"}` when it
    names nothing."""
    # Lazy (start-up): the credit parser loads in the parent only, for `show --json`.
    from captions.credit import read_credit
    from captions.credit.record import credit_record, names_nothing

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


class WriteOptions(NamedTuple):
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
    """Write `values` into every image under `paths`; the exit code (2 if any failed).

    Files are written in batches (`set_batch`): one durability barrier for each.
    """

    files = expand_names(paths)
    _load_writing()
    if not options.dry_run:
        _remove_stale_temps(files)
    failed = False
    out = sys.stdout
    for done in chunked_map(partial(set_batch, values=values, options=options), files, jobs=jobs):
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


def set_batch(
    paths: Sequence[str], values: Mapping[str, Value | None], options: WriteOptions
) -> list[Done]:
    """Write a run of files behind one durability barrier (runs in a worker process): each is
    staged, then the batch commits; a file that fails keeps its original and gets its error."""
    from captions.writer import WriteBatch  # lazy: `show` never writes

    done: list[Done] = []
    pending: dict[str, int] = {}  # staged path -> its index in `done`
    with WriteBatch() as batch:
        for path in paths:
            if batch.full or batch.holds(path):  # a second write of a file reads the first
                _commit(batch, pending, done)
            done.append(set_one(path, values, options, batch))
            if len(batch) > len(pending):
                pending[path] = len(done) - 1
        _commit(batch, pending, done)
    return done


def _commit(batch: WriteBatch, pending: dict[str, int], done: list[Done]) -> None:
    for outcome in batch.commit():
        if outcome.error is not None:
            index = pending[outcome.path]
            done[index] = Done("", error=str(outcome.error))  # as a write that raised
    pending.clear()


def set_one(
    path: str,
    values: Mapping[str, Value | None],
    options: WriteOptions,
    batch: WriteBatch | None = None,
) -> Done:
    """Write one file, or stage it in `batch` (runs in a worker process)."""

    try:
        result = metadata.write(
            path,
            values,
            full_iim=options.full_iim,
            keep_mtime=options.keep_mtime,
            backup=options.backup,
            dry_run=options.dry_run,
            batch=batch,
        )
    except CaptionsError as exc:
        return Done("", error=str(exc))
    warnings = tuple(f"{path}: {message}" for message in result.warnings)
    return Done(_result_text(result, options.dry_run), warnings)


def _load_writing() -> None:
    """Load what every write needs here, before the workers fork: they inherit it instead of
    each loading it again (the writer, the XMP splice, `sync_file_range`: 10 ms a process)."""
    from captions import writer  # lazy: `show` never writes
    from captions.formats import xmp  # noqa: F401  (lazy: the XMP writer, as above)

    writer.load_writeback()


def _remove_stale_temps(files: list[str]) -> None:
    """Clean up after writes that were killed half-way, and say so."""
    from captions.writer import remove_stale_temps  # lazy: `show` never writes

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
    "set_batch",
    "set_files",
    "set_one",
    "show_files",
    "show_one",
    "text_of",
]
