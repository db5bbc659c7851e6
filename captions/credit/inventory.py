"""The credit inventory of an archive: per supplier, usage class, normalized credit.

`CreditInventory.add` takes one file's credit line and by-line values (as read from its
metadata elsewhere: this package never reads files) and counts them; `as_json` is what
`captions credits --json` prints:

    {"files", "suppliers": [{"supplier", "kind", "files", "photographers": {NAME: N}}],
     "usage": {CLASS: N}, "credits": [{"normalized", "files"}], "unknown": [{"raw", "files"}]}

A file without a credit line counts under usage `none`; a credit no supplier was found for is
listed under `unknown` as printed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from captions.credit.agencies import DEFAULT_AGENCIES, AgencyTable
from captions.credit.grammar import read_credit
from captions.credit.style import format_credit
from captions.credit.usage import credit_usage, main_supplier
from captions.errors import CreditError


@dataclass
class SupplierCount:
    supplier: str
    kind: str
    files: int = 0
    photographers: Counter[str] = field(default_factory=Counter)


@dataclass
class CreditInventory:
    """Counts over the files added so far."""

    table: AgencyTable = DEFAULT_AGENCIES
    style: str = "getty"
    files: int = 0
    suppliers: dict[str, SupplierCount] = field(default_factory=dict)
    usage: Counter[str] = field(default_factory=Counter)
    credits: Counter[str] = field(default_factory=Counter)
    unknown: Counter[str] = field(default_factory=Counter)

    def add(self, credit_line: str, bylines: list[str] | tuple[str, ...] = ()) -> None:
        """Count one file: its credit line ('' when it has none) and its by-line values."""
        self.files += 1
        text = " ".join(credit_line.split())
        try:
            reading = read_credit(text, self.table) if text else None
        except CreditError:
            reading = None
        if reading is None:
            self.usage["none"] += 1
            return
        credit = reading.credit
        self.usage[credit_usage(reading, self.table)] += 1
        self.credits[format_credit(credit, self.style) or text] += 1
        supplier = main_supplier(credit, self.table)
        if supplier is None:
            self.unknown[text] += 1
            return
        count = self.suppliers.setdefault(
            supplier.name, SupplierCount(supplier.name, supplier.kind)
        )
        count.files += 1
        names = list(credit.photographers)
        for byline in bylines:
            for person in read_credit(byline, self.table, byline=True).credit.photographers:
                if person.casefold() not in {name.casefold() for name in names}:
                    names.append(person)
        count.photographers.update(names)

    def merge(self, other: CreditInventory) -> None:
        """Add another inventory's counts (from a worker that counted other files)."""
        self.files += other.files
        self.usage.update(other.usage)
        self.credits.update(other.credits)
        self.unknown.update(other.unknown)
        for name, theirs in other.suppliers.items():
            ours = self.suppliers.setdefault(name, SupplierCount(name, theirs.kind))
            ours.files += theirs.files
            ours.photographers.update(theirs.photographers)

    def as_json(self) -> dict[str, Any]:
        """The inventory as `captions credits --json` prints it, largest counts first."""
        suppliers = sorted(self.suppliers.values(), key=lambda s: (-s.files, s.supplier))
        return {
            "files": self.files,
            "suppliers": [
                {
                    "supplier": s.supplier,
                    "kind": s.kind,
                    "files": s.files,
                    "photographers": dict(_ranked(s.photographers)),
                }
                for s in suppliers
            ],
            "usage": dict(_ranked(self.usage)),
            "credits": [{"normalized": k, "files": n} for k, n in _ranked(self.credits)],
            "unknown": [{"raw": k, "files": n} for k, n in _ranked(self.unknown)],
        }


def _ranked(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


__all__ = ["CreditInventory", "SupplierCount"]
