"""A parsed credit as a JSON-ready record: what `credit --json` prints for each line and what
`show --json` prints for the credit embedded in an image (one parse, one shape everywhere).

    {"raw", "photographers", "pool", "agencies", "distributor", "handout", "file_photo",
     "courtesy", "commissioned", "normalized", "supplier", "usage", "notes"}
"""

from __future__ import annotations

from typing import Any

from captions.credit.agencies import AgencyTable
from captions.credit.grammar import CreditReading
from captions.credit.style import format_credit
from captions.credit.usage import credit_usage, main_supplier


def credit_record(
    reading: CreditReading, table: AgencyTable | None = None, style: str = "getty"
) -> dict[str, Any]:
    """The record of a reading from `read_credit(text, table)`: parts, normalized form in
    `style`, the registry's name of the main supplier, the usage class and the notes."""
    credit = reading.credit
    supplier = main_supplier(credit, table)
    return {
        "raw": credit.raw,
        **credit.parts(),
        "normalized": format_credit(credit, style),
        "supplier": supplier.name if supplier else None,
        "usage": credit_usage(reading, table),
        "notes": list(reading.notes),
    }


def names_nothing(reading: CreditReading) -> bool:
    """Whether a reading found no photographer, organisation or handout marker."""
    credit = reading.credit
    return not (credit.photographers or credit.agencies or credit.distributor or credit.handout)


__all__ = ["credit_record", "names_nothing"]
