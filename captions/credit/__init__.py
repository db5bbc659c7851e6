"""Credit lines: parse printed credits, name their supplier and usage, format them in a house style.

parse_credit("Photo by SAUL LOEB/POOL/AFP via Getty Images")    -> Credit(...)
read_credit(text)              -> CreditReading(credit, label, evidence, unrecognized, notes, roles)
main_supplier(credit)          -> Supplier(name="AFP", kind="wire", country="FR", ...) or None
credit_usage(read_credit(text))                                  -> "pool"
format_credit(credit, "ap")                                      -> "(AP Photo/Evan Vucci)"
split_trailing_credit("... 2025. REUTERS/Name")                  -> ("... 2025.", "REUTERS/Name")

Modules: grammar (the layers of a credit line), printings (a credit printed several times),
parts (person or organisation), names and data/given_names.json (person names), cjk (Chinese,
Japanese, Korean credits), notes (boilerplate), words and data/words.json (labels and connectors
of many languages, extended by `[tool.captions.credit.words]`), agencies and data/suppliers.json
(the supplier registry; `using_agencies`), usage (usage classes), record (the JSON record of a
parsed credit), split (finding a credit in a caption), confidence, style (house styles),
inventory.
"""

from __future__ import annotations

from captions.credit.agencies import (
    DEFAULT_AGENCIES,
    KINDS,
    AgencyTable,
    Supplier,
    active_agencies,
    load_registry,
    table_from_config,
    using_agencies,
)
from captions.credit.confidence import credit_confidence, person_then_organisation
from captions.credit.grammar import CreditReading, looks_like_credit, parse_credit, read_credit
from captions.credit.names import natural_case
from captions.credit.split import split_leading_credit, split_trailing_credit
from captions.credit.style import STYLES, format_credit
from captions.credit.usage import USAGES, credit_usage, main_supplier

__all__ = [
    "DEFAULT_AGENCIES",
    "KINDS",
    "STYLES",
    "USAGES",
    "AgencyTable",
    "CreditReading",
    "Supplier",
    "active_agencies",
    "credit_confidence",
    "person_then_organisation",
    "credit_usage",
    "format_credit",
    "load_registry",
    "looks_like_credit",
    "main_supplier",
    "natural_case",
    "parse_credit",
    "read_credit",
    "split_leading_credit",
    "split_trailing_credit",
    "table_from_config",
    "using_agencies",
]
