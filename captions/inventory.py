"""Read the credit and by-line of every image under some paths into a `CreditInventory`.

The counting lives in `captions.credit.inventory` (no file access there); this module reads the
metadata headers (never the pixels) with `captions.metadata.read`. A file that cannot be read
is reported back as a problem line, not raised: one bad file never stops an archive's count.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from captions.credit.agencies import AgencyTable
from captions.credit.inventory import CreditInventory
from captions.errors import CaptionsError, NotAnImageError
from captions.metadata import read
from captions.walk import expand_names


def _values(value: object) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    return [item.strip() for item in items if isinstance(item, str) and item.strip()]


def count_file(path: str, inventory: CreditInventory) -> str | None:
    """Add one image to `inventory`; the problem as one line when it cannot be read."""
    try:
        metadata = read(path)
    except NotAnImageError:
        return None  # a sidecar or text file in the folder: not counted
    except CaptionsError as exc:
        return str(exc)
    fields = metadata.fields
    credit = fields.get("credit")
    byline = fields.get("byline")
    credit_line = "; ".join(_values(credit.value if credit else None))
    inventory.add(credit_line, _values(byline.value if byline else None))
    return None


def credit_inventory(
    paths: Iterable[str | os.PathLike[str]], table: AgencyTable, style: str = "getty"
) -> tuple[CreditInventory, list[str]]:
    """The inventory of every image under `paths`, and the problems met (one line each)."""
    inventory = CreditInventory(table, style)
    problems: list[str] = []
    for name in expand_names(paths):
        problem = count_file(name, inventory)
        if problem is not None:
            problems.append(problem)
    return inventory, problems


__all__ = ["count_file", "credit_inventory"]
