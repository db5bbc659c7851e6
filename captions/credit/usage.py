"""The usage class of a credit and its main supplier: what the archive's rights depend on.

    wire          a wire or photo agency's picture (`Name/AFP via Getty Images`)
    pool          a pool picture (`Name/Pool/Reuters`, `Pool photo by`)
    handout       handout or official (`Handout via Reuters`, `Official White House Photo`)
    staff         the publication's own photographer (`Name/The Seattle Times`, `Staff`, `记者`)
    commissioned  taken for the publication (`Name for The New York Times`)
    stock         a stock library (`iStock`, `Name via Unsplash`)
    social        taken from a social network (`Name/Instagram`, `via X`)
    courtesy      lent by its owner (`Courtesy of the Harbour Trust`)
    file          an archive or file picture (`Reuters/Name/File Photo`, `Hulton Archive`)
    illustration  an illustration or photo illustration
    unknown       nothing says (a name alone)

The first that applies wins, in the order `illustration, pool, file, handout, courtesy,
commissioned`, then the kind of the main supplier in the registry.
"""

from __future__ import annotations

from captions.credit.agencies import DEFAULT_AGENCIES, AgencyTable, Supplier
from captions.credit.grammar import CreditReading
from captions.model import Credit

USAGES = (
    "wire",
    "pool",
    "handout",
    "staff",
    "commissioned",
    "stock",
    "social",
    "courtesy",
    "file",
    "illustration",
    "unknown",
)
_BY_KIND = {
    "wire": "wire",
    "photo-agency": "wire",
    "collection": "wire",
    "distributor": "wire",
    "stock": "stock",
    "social": "social",
    "official": "handout",
    "company": "handout",
    "publication": "staff",
}


def main_supplier(credit: Credit, table: AgencyTable = DEFAULT_AGENCIES) -> Supplier | None:
    """The registry entry of the first known agency, else of the distributor, else None."""
    for name in (*credit.agencies, credit.distributor):
        if name and (supplier := table.supplier(name)) is not None:
            return supplier
    return None


def credit_usage(reading: CreditReading, table: AgencyTable = DEFAULT_AGENCIES) -> str:
    """The usage class of a parsed credit (one of `USAGES`)."""
    credit, roles = reading.credit, reading.roles
    if "illustration" in roles:
        return "illustration"
    if credit.pool:
        return "pool"
    suppliers = [
        s for n in (*credit.agencies, credit.distributor) if n and (s := table.supplier(n))
    ]
    if credit.file_photo or any(s.usage == "file" for s in suppliers):
        return "file"
    if "official" in roles or (credit.handout and not credit.courtesy):
        return "handout"
    if credit.courtesy:
        return "courtesy"
    if credit.commissioned:
        return "commissioned"
    if any(s.kind == "social" for s in suppliers):
        return "social"  # `Name/Instagram`: taken from the network whoever else is named
    main = suppliers[0] if suppliers else None
    if main is not None:
        return main.usage or _BY_KIND[main.kind]
    if "staff" in roles:
        return "staff"
    if credit.agencies and credit.photographers:
        return "staff"  # `Name/The Alden Times`: a photographer of a publication
    return "unknown"


__all__ = ["USAGES", "credit_usage", "main_supplier"]
