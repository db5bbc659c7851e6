"""Expand the audited paths into image files, by content (not by extension), in a stable order.

A file named on the command line is always audited (an unreadable one becomes a finding); inside
folders only files whose first bytes are a known image format are, skipping hidden folders and
the `exclude` globs of the configuration.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from captions.audit.config import AuditConfig, glob_matches
from captions.formats.detect import HEADER_BYTES, detect_format


def iter_image_paths(paths: Iterable[str | os.PathLike[str]], config: AuditConfig) -> Iterator[str]:
    """Image files under `paths`: named files as given, folders recursively in sorted order."""
    for entry in paths:
        path = os.fspath(entry)
        if os.path.isdir(path):
            yield from _walk(path, config)
        elif not _excluded(path, config):
            yield path


def _walk(folder: str, config: AuditConfig) -> Iterator[str]:
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and not _excluded(os.path.join(root, d), config)
        )
        for name in sorted(files):
            path = os.path.join(root, name)
            if not _excluded(path, config) and _is_image(path):
                yield path


def _excluded(path: str, config: AuditConfig) -> bool:
    if not config.exclude:
        return False
    relative = config.relative(path)
    return any(glob_matches(pattern, relative) for pattern in config.exclude)


def _is_image(path: str) -> bool:
    try:
        with open(path, "rb") as stream:
            head = stream.read(HEADER_BYTES)
    except OSError:
        return True  # unreadable: let the audit report it as a finding rather than skip it
    return detect_format(head) is not None


__all__ = ["iter_image_paths"]
