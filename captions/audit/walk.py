"""The audited paths as image files: `captions.walk.expand` (by content, stable order, each file
once, hidden entries skipped; URLs listed through fsspec by `captions.remote`) less the `exclude`
globs of the configuration.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from captions.audit.config import AuditConfig, glob_matches


def iter_image_paths(paths: Iterable[str | os.PathLike[str]], config: AuditConfig) -> Iterator[str]:
    """Image files under `paths`: named files as given, folders recursively, minus exclusions."""
    from captions.remote import expand_paths  # paths by the OS, URLs through fsspec

    for name in expand_paths(paths):
        if not excluded(name, config):
            yield name


def excluded(path: str, config: AuditConfig) -> bool:
    """Whether an `exclude` glob of the configuration matches `path` (relative to its root)."""
    if not config.exclude:
        return False
    relative = config.relative(path)
    return any(glob_matches(pattern, relative) for pattern in config.exclude)


__all__ = ["excluded", "iter_image_paths"]
