"""The rule and configuration options of `audit` and `check`, and their checks, without Typer.

    options = AuditOptions(select=["M,C001"], ignore=["P003"], isolated=True)
    require_paths(paths)            # UsageError: no such file or folder: ...
    config = options.config(paths)  # ConfigError: unknown rule selector 'X' ...

Errors are CaptionsErrors: the Typer app and the fast front door (`captions.cli.fast`) both
print them as one `captions: error: ...` line and exit 2.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from captions.errors import CaptionsError, ConfigError

if TYPE_CHECKING:
    from captions.audit.config import AuditConfig


class UsageError(CaptionsError, ValueError):
    """The command line names something that is not there."""


def split_codes(values: Iterable[str] | None) -> list[str]:
    """`--select M,C001 --select T` -> ["M", "C001", "T"]."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


@dataclass(frozen=True)
class AuditOptions:
    """`--select`, `--extend-select`, `--ignore`, `--exclude`, `--config` and `--isolated`."""

    select: Sequence[str] = ()
    extend_select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    exclude: Sequence[str] = ()
    config_file: Path | None = None
    isolated: bool = False

    def config(self, roots: Sequence[str | os.PathLike[str]]) -> AuditConfig:
        """The configuration for `roots` with these options on top; every selector checked."""
        # Lazy: start-up loads a command's library only when it runs.
        from captions.audit.config import load_config

        names = [os.fspath(root) for root in roots]
        config = load_config(names, config_file=self.config_file, isolated=self.isolated)
        config = config.with_overrides(
            select=split_codes(self.select),
            ignore=split_codes(self.ignore),
            extend_select=split_codes(self.extend_select),
            exclude=self.exclude,
        )
        validate_selection(config)
        return config


def validate_selection(config: AuditConfig) -> None:
    """ConfigError when a selector of `config` (options or file) names no rule."""
    # Lazy: start-up loads a command's library only when it runs.
    from captions.audit.rules import resolve_selector

    for selector in (*config.select, *config.extend_select, *config.extend_ignore):
        if resolve_selector(selector) is None:
            raise ConfigError(f"unknown rule selector '{selector}' (see `captions rule --all`)")


def path_exists(path: str | os.PathLike[str]) -> bool:
    """Whether the file or folder exists; `s3://` and other URLs are asked of their store."""
    # Lazy: start-up loads a command's library only when it runs.
    from captions.remote import exists, is_url

    name = os.fspath(path)
    if is_url(name):
        return exists(name)
    # os.path first: no Path object for each of 10,000 paths (0.1 s). Path's answer is kept
    # where they differ (`photo.jpg/`, ``), and it is yes wherever os.path says yes.
    return os.path.exists(name) or Path(name).exists()


def require_paths(paths: Iterable[str | os.PathLike[str]]) -> None:
    """UsageError naming every path that does not exist."""
    missing = [os.fspath(path) for path in paths if not path_exists(path)]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")


__all__ = [
    "AuditOptions",
    "UsageError",
    "path_exists",
    "require_paths",
    "split_codes",
    "validate_selection",
]
