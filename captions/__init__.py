"""captions: extract, parse, check and losslessly write photo captions and credit lines.

The public API, imported lazily so that `import captions` (and `captions --version`) stays fast:

    read(path) -> ImageMetadata            caption and credit fields from EXIF, IIM and XMP
    write(path, values, ...) -> WriteResult  lossless, atomic write of those fields
    extract(article) -> Article            caption occurrences of a text, HTML or Markdown article
    parse_credit(text) -> Credit           a credit line split into its parts
    format_credit(credit, style) -> str    a credit in a house style
    audit_images(paths, config) -> findings  the rule checks over images and folders
    match_photos(article, images) -> MatchResult  article photos paired with image files

`audit_images` and `match_photos` are `captions.audit.audit` and `captions.match.match` under
names that cannot be shadowed by the subpackages `captions.audit` and `captions.match`.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "read": "captions.metadata",
    "write": "captions.metadata",
    "extract": "captions.article",
    "parse_credit": "captions.credit",
    "format_credit": "captions.credit",
    "audit_images": "captions.audit",
    "match_photos": "captions.match",
}
_RENAMED = {"audit_images": "audit", "match_photos": "match"}

if TYPE_CHECKING:
    from captions.article import extract
    from captions.audit import audit as audit_images
    from captions.credit import format_credit, parse_credit
    from captions.match import match as match_photos
    from captions.metadata import read, write


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'captions' has no attribute {name!r}")
    return getattr(import_module(module), _RENAMED.get(name, name))


__all__ = [
    "__version__",
    "audit_images",
    "extract",
    "format_credit",
    "match_photos",
    "parse_credit",
    "read",
    "write",
]
