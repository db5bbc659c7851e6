"""Baselines: accept the findings an archive has today, fail only on new ones.

A baseline is a JSON file listing findings by (path, code, field), paths relative to the
baseline's folder so the file can be committed next to the archive:

    {"version": 1, "findings": [{"path": "2019/a.jpg", "code": "M003", "field": "byline"}]}

Messages are not part of the key: a reworded message must not turn old findings into new ones.
Counts matter: a second finding with the same key is new.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from captions.errors import ConfigError
from captions.model import Finding

VERSION = 1
Key = tuple[str, str, str]


def _key(finding: Finding, root: Path) -> Key:
    path = Path(finding.path).resolve()
    try:
        relative = path.relative_to(root).as_posix()
    except ValueError:
        relative = path.as_posix()
    return (relative, finding.code, finding.field or "")


class Baseline:
    """The accepted findings; `accepts` consumes one accepted occurrence per call."""

    def __init__(self, keys: Iterable[Key], root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()
        self._left: Counter[Key] = Counter(keys)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Baseline:
        source = Path(path)
        try:
            document: Any = json.loads(source.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{source}: baseline file not found") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{source}: cannot read baseline ({exc})") from None
        if not isinstance(document, dict) or document.get("version") != VERSION:
            raise ConfigError(f"{source}: not a captions baseline (version {VERSION} expected)")
        entries = document.get("findings")
        if not isinstance(entries, list):
            raise ConfigError(f"{source}: baseline has no 'findings' list")
        keys: list[Key] = []
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict) or not all(
                isinstance(entry.get(k), str) for k in ("path", "code")
            ):
                raise ConfigError(f"{source}: baseline entry {index} needs 'path' and 'code'")
            keys.append((entry["path"], entry["code"], entry.get("field") or ""))
        return cls(keys, source.resolve().parent)

    def accepts(self, finding: Finding) -> bool:
        key = _key(finding, self.root)
        if self._left[key] > 0:
            self._left[key] -= 1
            return True
        return False


def write_baseline(findings: Iterable[Finding], path: str | os.PathLike[str]) -> int:
    """Write every finding to a baseline file at `path`; returns how many were written."""
    target = Path(path)
    root = target.resolve().parent
    keys = sorted(_key(f, root) for f in findings)
    entries = [{"path": p, "code": c, "field": f or None} for p, c, f in keys]
    document = {"version": VERSION, "tool": "captions audit", "findings": entries}
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{target}: cannot write baseline ({exc.strerror or exc})") from None
    return len(entries)


__all__ = ["Baseline", "write_baseline"]
