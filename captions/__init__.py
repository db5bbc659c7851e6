"""captions: extract, parse, check and losslessly write photo captions and credit lines.

The public API is small; everything else is an implementation detail.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
