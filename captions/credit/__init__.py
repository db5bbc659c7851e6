"""Credit lines: parse printed credits, name their supplier and usage, format them in a house style.

parse_credit("Photo by SAUL LOEB/POOL/AFP via Getty Images")    -> Credit(...)
format_credit(credit, "ap")                                      -> "(AP Photo/Evan Vucci)"
split_trailing_credit("... 2025. REUTERS/Name")                  -> ("... 2025.", "REUTERS/Name")
"""

from __future__ import annotations

from captions.credit.agencies import DEFAULT_AGENCIES, AgencyTable, table_from_config
from captions.credit.confidence import credit_confidence
from captions.credit.grammar import CreditReading, looks_like_credit, parse_credit, read_credit
from captions.credit.names import natural_case
from captions.credit.split import split_leading_credit, split_trailing_credit
from captions.credit.style import STYLES, format_credit
from captions.credit.usage import USAGES, credit_usage, main_supplier

__all__ = [
    "DEFAULT_AGENCIES",
    "STYLES",
    "USAGES",
    "AgencyTable",
    "CreditReading",
    "credit_confidence",
    "credit_usage",
    "format_credit",
    "looks_like_credit",
    "main_supplier",
    "natural_case",
    "parse_credit",
    "read_credit",
    "split_leading_credit",
    "split_trailing_credit",
    "table_from_config",
]
