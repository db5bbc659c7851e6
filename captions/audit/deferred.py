"""The credit-line rules of a run with several workers, run where the results are gathered.

An archive repeats its credit lines (165 distinct lines in the 1,000 files of
benchmarks/generate.py), and parsing one costs about 2 ms. In one process the parse is cached
(`checks._parsed_credit`); spread over worker processes (or Dask workers), every worker would
parse every distinct line again. So a worker leaves the rules that read the parsed credit line
(`CREDIT_LINE_CHECKS`) to the parent: it sends back the two values they read (the credit
line and the by-lines) and where their findings go, and the parent runs the same checks on
those values, once per distinct (credit, by-lines) pair, and puts the findings in their
places. The results are those of running every rule in the worker, in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from captions.audit import checks
from captions.audit.checks import Hit, Image

if TYPE_CHECKING:
    from captions.audit import FileResult
    from captions.audit.config import AuditConfig
    from captions.audit.rules import Rule
    from captions.metadata import ImageMetadata
    from captions.model import Finding

# The checks that read only the parsed credit line, the credit text and the by-lines.
CREDIT_LINE_CHECKS = frozenset(
    {
        checks.credit_not_in_house_style,
        checks.unknown_agency,
        checks.byline_not_in_credit,
        checks.supplier_not_allowed,
    }
)
_READS = ("credit", "byline")  # the fields those checks ask for


@dataclass(frozen=True)
class CreditLineWork:
    """What a worker leaves for the parent: the values the credit-line rules read, and for each
    of those rules its code and where its findings and its error (if it fails) go."""

    values: tuple[tuple[str, ...], ...]  # `Image.values` of each field of _READS
    rules: tuple[tuple[str, int, int], ...]  # (code, index in findings, index in errors)
    fixable_codes: frozenset[str] | None  # None: findings keep `fixable`; else only these do


def deferred(image: Image) -> tuple[tuple[str, ...], ...]:
    """The values the credit-line rules read of `image`."""
    return tuple(tuple(image.values(name)) for name in _READS)


class CreditLines:
    """The credit-line rules of one run, in the parent: each distinct (credit, by-lines) pair
    is checked once (a run holds a few hundred; the dict holds their hits, not the files)."""

    def __init__(self, config: AuditConfig) -> None:
        self.config = config
        self.hits: dict[tuple[str, tuple[tuple[str, ...], ...]], _Hits] = {}

    def complete(self, result: FileResult) -> FileResult:
        """`result` with the credit-line rules its worker left (`result.credit_line`) run."""
        work = result.credit_line
        if work is None:
            return result
        from captions.audit.rules import BY_CODE  # lazy: rules import checks

        found, errors = list(result.findings), list(result.errors)
        shift_found = shift_errors = 0
        for code, at_found, at_errors in work.rules:
            rule = BY_CODE[code]
            hits, failure = self._hits(rule, work.values)
            new = [_fixable(rule.finding(result.path, hit), work.fixable_codes) for hit in hits]
            found[at_found + shift_found : at_found + shift_found] = new
            shift_found += len(new)
            if failure is not None:
                errors.insert(at_errors + shift_errors, f"{result.path}: {failure}")
                shift_errors += 1
        return replace(result, findings=tuple(found), errors=tuple(errors), credit_line=None)

    def _hits(self, rule: Rule, values: tuple[tuple[str, ...], ...]) -> _Hits:
        """The hits of `rule` on those values, and its error if it failed (without the path)."""
        key = (rule.code, values)
        known = self.hits.get(key)
        if known is not None:
            return known
        image = _ValuesImage("", _NO_METADATA, self.config)
        image.preset(values)
        found: _Hits = ((), None)
        try:
            if rule.check is not None:
                found = (tuple(rule.check(image)), None)
        except Exception as exc:  # as audit_one: a bug in one check must not stop the audit
            found = ((), f"rule {rule.code} failed: {type(exc).__name__}: {exc}")
        if len(self.hits) >= _HELD:
            self.hits.clear()  # memory stays flat however many distinct pairs the run has
        self.hits[key] = found
        return found


_HELD = 65536  # distinct pairs held: a wire archive repeats a few hundred
_Hits = tuple[tuple[Hit, ...], str | None]
_NO_METADATA: ImageMetadata = None  # type: ignore[assignment]  # these rules read no read model


class _ValuesImage(Image):
    """An image known only by the values of the fields the credit-line rules read."""

    def preset(self, values: tuple[tuple[str, ...], ...]) -> None:
        for name, value in zip(_READS, values, strict=True):
            self._values[name] = value


def _fixable(finding: Finding, codes: frozenset[str] | None) -> Finding:
    if codes is None or not finding.fixable or finding.code in codes:
        return finding
    return replace(finding, fixable=False)


__all__ = ["CREDIT_LINE_CHECKS", "CreditLineWork", "CreditLines", "deferred"]
