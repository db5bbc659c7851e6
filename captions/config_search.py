"""Where the configuration is: the closest captions.toml, or pyproject.toml with
[tool.captions], at or above a path (then the working directory).

Its own module, apart from `captions.audit.config` (which reads the file): `show --json` asks
whether there is a configuration before it loads the audit package (about 40 ms) to read one.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from captions.errors import ConfigError

CONFIG_NAMES = ("captions.toml", "pyproject.toml")


def closest_config(paths: Iterable[str | os.PathLike[str]] = ()) -> Path | None:
    """The configuration file for `paths`: the closest to the first of them that has one,
    else the closest to the working directory; None when there is none."""
    searched: set[Path] = set()
    for start in _folders((*paths, Path.cwd())):  # lazily: the first folder usually decides
        if start in searched:
            continue
        searched.add(start)
        found = find_config(start)
        if found is not None:
            return found
    return None


def find_config(start: str | os.PathLike[str]) -> Path | None:
    """The closest captions.toml, or pyproject.toml with [tool.captions], at or above `start`."""
    here = Path(start).resolve()
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name == "captions.toml" or _has_tool_table(path)):
                return path
    return None


def _folders(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """The resolved folder of each path (a folder itself, a file its parent), each folder
    resolved once: 10,000 files of one folder cost one `resolve`, not 10,000."""
    named: set[str] = set()
    for path in paths:
        name = os.fspath(path)
        base = os.path.basename(name)
        if os.path.islink(name) or base in ("", ".", ".."):
            yield _folder(path)  # a link's folder is its target's
            continue
        folder = name if os.path.isdir(name) else os.path.dirname(name) or "."
        if folder not in named:
            named.add(folder)
            yield Path(folder).resolve()


def _folder(start: str | os.PathLike[str]) -> Path:
    here = Path(start).resolve()
    return here if here.is_dir() else here.parent


def _has_tool_table(pyproject: Path) -> bool:
    import tomllib  # lazy (start-up): only a folder with a pyproject.toml needs the parser

    try:
        document = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{pyproject}: cannot read ({exc})") from None
    return isinstance(document.get("tool", {}).get("captions"), dict)


__all__ = ["CONFIG_NAMES", "closest_config", "find_config"]
