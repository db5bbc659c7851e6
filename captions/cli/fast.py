"""A front door for `show`, `set` and `audit` that starts without Typer's argument parsing.

Importing Typer (which imports pydantic) and building the command tree costs about 130 ms
before any file is read: 25 times what exiv2 needs for a whole one-file run. These commands run
in newsroom scripts and CI thousands of times a day, so their common argument shapes are parsed
here and handed to the same code the Typer commands call (`image_tasks`; for `audit PATH...`
with no options but --jobs, `audit_options` and `audit_tasks`). Anything else: help, an unknown
option, a missing value, a value that needs Typer's checking (`--date`), a missing path, returns
None and the Typer app parses the arguments as usual, with its usage errors. A test runs every
shape both ways and compares the output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from captions.cli.output import error
from captions.cli.startup import Loading
from captions.errors import CaptionsError
from captions.fields import TABLE

if TYPE_CHECKING:
    from captions.metadata import Value

# `set`'s options, one per field of the table (captions.fields): option name -> field. A field
# whose value Typer checks (a `date`: `--date`) is left to Typer.
_TEXT_OPTIONS = {f.option: f.name for f in TABLE if not f.is_list and f.type == "text"}
_LIST_OPTIONS = {f.option: f.name for f in TABLE if f.is_list}  # repeatable
_TYPER_ONLY = {f.option for f in TABLE if f.option not in {**_TEXT_OPTIONS, **_LIST_OPTIONS}}
_SET_FLAGS = {"--dry-run", "--backup", "--keep-mtime", "--full-iim"}


def set_options() -> dict[str, str]:
    """Every option of `set` as parsed here: name -> `text` (one value), `list` (repeatable),
    `flag`, `count` (a whole number >= 0) or `typer` (left to Typer). A test compares it with
    the Typer command's options."""
    kinds = dict.fromkeys(_TEXT_OPTIONS, "text") | dict.fromkeys(_LIST_OPTIONS, "list")
    kinds |= dict.fromkeys(_TYPER_ONLY, "typer") | dict.fromkeys(_SET_FLAGS, "flag")
    return kinds | dict.fromkeys(("--jobs", "-j"), "count")


class _NotMine(Exception):
    """The arguments are not in a shape parsed here: let Typer have them."""


def run_fast(args: list[str]) -> int | None:
    """The exit code of `show`/`set` run on `args`, or None when Typer must parse them."""
    commands = {"show": _show, "set": _set, "audit": _audit}
    if not args or args[0] not in commands:
        return None
    try:
        return commands[args[0]](args[1:])
    except _NotMine:
        return None
    except CaptionsError as exc:  # as the Typer app does
        error(str(exc))
        return 2


def _split(args: list[str]) -> tuple[list[tuple[str, str | None]], list[str]]:
    """(options with their `=value` if given, paths), as click splits them (interspersed)."""
    options: list[tuple[str, str | None]] = []
    paths: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg == "--":
            paths += rest
        elif arg.startswith("-") and len(arg) > 1:
            name, equals, value = arg.partition("=")
            options.append((name, value if equals else None))
        else:
            paths.append(arg)
    return options, paths


def _with_values(args: list[str], takes_value: set[str]) -> list[str]:
    """`args` with every `--opt value` pair joined as `--opt=value`; _NotMine if one has none."""
    joined: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg == "--":
            joined += [arg, *rest]
        elif arg in takes_value:
            value = next(rest, None)
            if value is None or (value.startswith("-") and len(value) > 1):
                raise _NotMine
            joined.append(f"{arg}={value}")
        else:
            joined.append(arg)
    return joined


def _jobs(value: str | None) -> int:
    if value is None or not value.isdigit():
        raise _NotMine
    return int(value)


def _show(args: list[str]) -> int:
    options, paths = _split(_with_values(args, {"--jobs", "-j"}))
    as_json, jobs = False, 0
    for name, value in options:
        if name == "--json" and value is None:
            as_json = True
        elif name in ("--jobs", "-j"):
            jobs = _jobs(value)
        else:
            raise _NotMine
    if not paths:
        raise _NotMine
    with Loading():  # the collector paused while the readers load (cli/startup.py)
        from captions.cli.image_tasks import show_files  # lazy: a command loads when it runs

    return show_files(paths, as_json=as_json, jobs=jobs)


def _set(args: list[str]) -> int:
    valued = {*_TEXT_OPTIONS, *_LIST_OPTIONS, "--jobs", "-j"}
    options, paths = _split(_with_values(args, valued))
    values: dict[str, Value | None] = {}
    flags: set[str] = set()
    jobs = 0
    for name, value in options:
        if name in _TEXT_OPTIONS and value is not None:
            values[_TEXT_OPTIONS[name]] = value
        elif name in _LIST_OPTIONS and value is not None:
            listed = values.setdefault(_LIST_OPTIONS[name], [])
            assert isinstance(listed, list)
            listed.append(value)
        elif name in _SET_FLAGS and value is None:
            flags.add(name)
        elif name in ("--jobs", "-j"):
            jobs = _jobs(value)
        else:
            raise _NotMine
    if not paths or not values:
        raise _NotMine
    # Lazy: start-up loads a command's library only when it runs
    from captions.cli.image_tasks import WriteOptions, set_files
    from captions.metadata import FIELDS

    values = {name: values[name] for name in FIELDS if name in values}  # the order Typer gives

    options_ = WriteOptions(
        dry_run="--dry-run" in flags,
        backup="--backup" in flags,
        keep_mtime="--keep-mtime" in flags,
        full_iim="--full-iim" in flags,
    )
    return set_files(paths, values, options_, jobs)


def _audit(args: list[str]) -> int:
    """`audit PATH... [--jobs N]`: what the Typer command does with its defaults."""
    options, paths = _split(_with_values(args, {"--jobs", "-j"}))
    jobs = 0
    for name, value in options:
        if name not in ("--jobs", "-j"):
            raise _NotMine
        jobs = _jobs(value)
    # Lazy: start-up loads a command's library only when it runs
    from captions.cli.audit_options import AuditOptions, path_exists
    from captions.cli.audit_tasks import AuditRun, run_audit

    if not paths or not all(path_exists(path) for path in paths):
        raise _NotMine  # Typer's path reports what is missing
    return run_audit(paths, AuditOptions().config(paths), AuditRun(jobs=jobs))


__all__ = ["run_fast", "set_options"]
