"""The one exception tree of captions.

    CaptionsError                       root; the CLI turns it into a one-line error, exit 2
    ├── FormatError(ValueError)         bytes we cannot parse (names the file and offset)
    │   └── NotAnImageError             not an image format we know
    ├── UnsupportedError(ValueError)    a known format we cannot write yet
    ├── WriteError(OSError)             a write that was refused or failed; the file is unchanged
    ├── ArticleError(ValueError)        an article we cannot read
    ├── CreditError(ValueError)         a credit line we cannot parse (empty, no words)
    └── ConfigError(ValueError)         bad configuration

Data problems that do not stop the work are findings or warnings, not exceptions.
"""

from __future__ import annotations


class CaptionsError(Exception):
    """Root of every error captions raises on purpose."""


class FormatError(CaptionsError, ValueError):
    """Bytes that cannot be parsed. The message names the structure and, where known, the offset."""


class NotAnImageError(FormatError):
    """The content is not an image format captions knows."""


class UnsupportedError(CaptionsError, ValueError):
    """A known format or feature that captions cannot handle yet."""


class WriteError(CaptionsError, OSError):
    """A write was refused or failed; the original file is left as it was."""


class ArticleError(CaptionsError, ValueError):
    """An article that cannot be read."""


class CreditError(CaptionsError, ValueError):
    """A credit line that cannot be parsed at all (empty, or no words)."""


class ConfigError(CaptionsError, ValueError):
    """Bad configuration."""


__all__ = [
    "ArticleError",
    "CaptionsError",
    "ConfigError",
    "CreditError",
    "FormatError",
    "NotAnImageError",
    "UnsupportedError",
    "WriteError",
]
