"""The usage class of a credit and its main supplier: what the archive's rights depend on.

    wire          a wire or photo agency's picture (`Name/AFP via Getty Images`, `Photo: Agencies`)
    pool          a pool picture (`Name/Pool/Reuters`, `Pool photo by`)
    handout       handout or official (`Handout via Reuters`, `Official White House Photo`)
    staff         the publication's own photographer (`Name/The Seattle Times`, `Staff`, `记者`)
    commissioned  taken for the publication (`Name for The New York Times`)
    stock         a stock library (`iStock`, `Name via Unsplash`)
    social        taken from a social network or a screen (`Name/Instagram`, `via X`,
                  `Foto: Reprodução`, `Screenshot`)
    courtesy      lent by its owner (`Courtesy of the Harbour Trust`, `Foto: privat`)
    file          an archive or file picture (`Reuters/Name/File Photo`, `Hulton Archive`)
    illustration  an illustration or photo illustration
    unknown       nothing says (a name alone)

The first that applies wins, in the order `illustration, pool, file, handout, courtesy,
commissioned` (an archive supplier is `file` unless a courtesy lends it), then the first known
supplier that made or sold the picture (a wire or photo agency, a collection, a stock library, a
social network); then a distributor (wire), an official source or company (handout), a
publication (staff); then an organisation alone is a handout and a photographer with an unknown
organisation is staff.
"""

from __future__ import annotations

import re

from captions.credit.agencies import AgencyTable, Supplier, active_agencies
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
_ARCHIVE = re.compile(r"\b(?:archives?|archiv|archivo|archivio|arquivo|archief)\b", re.IGNORECASE)
# Kinds whose picture's usage is theirs whatever follows (`EPA via Shutterstock`: wire;
# `iStock/Getty`: stock); a distributor, publication or company defers to the next supplier.
_ORIGINS = frozenset({"wire", "photo-agency", "collection", "stock", "social"})
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


def main_supplier(credit: Credit, table: AgencyTable | None = None) -> Supplier | None:
    """The registry entry of the first known agency, else of the distributor, else None."""
    table = active_agencies(table)
    for name in (*credit.agencies, credit.distributor):
        if name and (supplier := table.supplier(name)) is not None:
            return supplier
    return None


def credit_usage(reading: CreditReading, table: AgencyTable | None = None) -> str:
    """The usage class of a parsed credit (one of `USAGES`)."""
    table = active_agencies(table)
    credit, roles = reading.credit, reading.roles
    if "illustration" in roles:
        return "illustration"
    if credit.pool:
        return "pool"
    suppliers = [
        s for n in (*credit.agencies, credit.distributor) if n and (s := table.supplier(n))
    ]
    if credit.file_photo and not (credit.courtesy or "private" in roles):
        return "file"  # `Foto: Dok. Pribadi`: a private archive lent is a courtesy (below)
    if any(s.usage == "file" for s in suppliers) and not credit.courtesy:
        return "file"  # `Courtesy the Wellcome Library`: an archive that lends is a courtesy
    if "official" in roles or (credit.handout and not credit.courtesy):
        return "handout"
    if credit.courtesy:
        return "courtesy"
    if credit.commissioned:
        return "commissioned"
    deferred: set[str] = set()
    for supplier in suppliers:  # the first supplier that made or sold the picture decides
        if supplier.usage or supplier.kind in _ORIGINS:
            return supplier.usage or _BY_KIND[supplier.kind]
        deferred.add(_BY_KIND[supplier.kind])  # `Name/Orlando Sentinel via TNS`: look further
    if "reproduction" in roles and deferred:
        return "social"  # `Screengrab from Orsa TV`: taken from a screen, not the station's own
    for usage in ("wire", "handout", "staff"):
        if usage in deferred:
            return usage
    if "agencies" in roles:
        return "wire"  # `Photo: Agencies`, `[Photo/Agencies]`: from the wires, none named
    if roles & {"social_media", "reproduction"}:
        # `Foto: redes sociales`, `Crédito: Reprodução`, `Screenshot`: taken from a page, a post
        # or a broadcast, not licensed from a supplier: a social network's picture
        return "social"
    if "private" in roles:
        return "courtesy"  # `Foto: privat`, `Kuva: kotialbumi`: lent by the family that owns it
    if "staff" in roles:
        return "staff"
    if any(_ARCHIVE.search(name) for name in credit.agencies):
        return "file"  # `© Lee Miller Archives`
    if credit.agencies:
        # `Name/The Alden Times`: a photographer of a publication; `© Hoklatherm`: the
        # organisation's own picture.
        return "staff" if credit.photographers else "handout"
    return "unknown"


__all__ = ["USAGES", "credit_usage", "main_supplier"]
