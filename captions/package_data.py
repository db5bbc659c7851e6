"""The data files shipped inside the package (word lists, the supplier registry).

Read with `open()` beside the module that owns them: `importlib.resources` gives the same bytes
for a package installed as files, and importing it costs about 15 ms at start-up (its readers,
`zipfile`, `pathlib` adapters), paid by every command that reads a credit.
"""

from __future__ import annotations

import os


def read_text(package_file: str, name: str) -> str:
    """The text of data file `name` (`data/words.json`) of the package whose `__init__.py` or
    module is `package_file` (pass `__file__`)."""
    path = os.path.join(os.path.dirname(package_file), *name.split("/"))
    with open(path, encoding="utf-8") as file:
        return file.read()


__all__ = ["read_text"]
