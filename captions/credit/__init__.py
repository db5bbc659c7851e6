"""Credit lines: parse printed credits, normalize agency names, format them in a house style.

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

__all__ = [
    "DEFAULT_AGENCIES",
    "STYLES",
    "AgencyTable",
    "CreditReading",
    "credit_confidence",
    "format_credit",
    "looks_like_credit",
    "natural_case",
    "parse_credit",
    "read_credit",
    "split_leading_credit",
    "split_trailing_credit",
    "table_from_config",
]
