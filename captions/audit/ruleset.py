"""Running rules on one image, and which rules run where the results are gathered.

The credit rules (C001, C002, C003, C005, C007) and the caption key of the folder rules read
text with the credit grammar. Run in every worker, each worker would load the grammar and parse
every distinct credit line and caption tail itself (290 distinct lines a worker in the 1,000
files of benchmarks/generate.py, each 1-3 ms). So a worker runs the other rules and hands back
what the grammar rules read (`grammar_reading`: the caption, credit and by-line values, the
format, the picture digest); the process that gathers the results runs the grammar rules on it,
each distinct line parsed once per run, and `merge_in_rule_order` puts their findings back where
`audit_one` would have printed them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from captions.audit.checks import Hit, Image
from captions.audit.folder import FileFacts, caption_digest, file_facts
from captions.audit.rules import RULES, VALUE_FIXES, Rule
from captions.model import Finding

if TYPE_CHECKING:
    from captions.audit.config import AuditConfig
    from captions.metadata import ImageMetadata

GRAMMAR_RULES = frozenset({"C001", "C002", "C003", "C005", "C007"})
"""The rules whose checks parse text with the credit grammar (`checks.Image.credit`,
`caption.normalize.strip_credit`, `credit.read_credit`)."""

GRAMMAR_FIELDS = ("caption", "credit", "byline")
"""The fields those rules and `folder.file_facts` read."""

# The fields each grammar rule's check reads (with the configuration): its hits are the same
# for two files with the same values, so a run remembers them by those values.
_READS: dict[str, tuple[str, ...]] = {
    "C001": ("credit",),
    "C002": ("credit",),
    "C003": ("credit", "byline"),
    "C005": ("caption",),
    "C007": ("credit",),
}
_REMEMBERED = 4096  # values kept per rule: memory stays flat in the number of files


_Split = tuple[tuple[Rule, ...], tuple[Rule, ...]]
# By the identity of the tuple `enabled_rules` hands out (one per selection, remembered there):
# hashing the tuple would hash every frozen `Rule`, field by field, for every file.
_SPLITS: dict[int, tuple[tuple[Rule, ...], _Split]] = {}


def split_grammar_rules(rules: tuple[Rule, ...]) -> _Split:
    """`rules` as (the others, the credit-grammar rules), each in rule order: once per distinct
    selection (a run has one or a few), not once per file."""
    known = _SPLITS.get(id(rules))
    if known is not None and known[0] is rules:
        return known[1]
    split = (
        tuple(r for r in rules if r.code not in GRAMMAR_RULES),
        tuple(r for r in rules if r.code in GRAMMAR_RULES),
    )
    if len(_SPLITS) >= 64:
        _SPLITS.clear()
    _SPLITS[id(rules)] = (rules, split)  # the tuple kept alive: its id stays its own
    return split


_ORDER = {rule.code: number for number, rule in enumerate(RULES)}
# The rules of one file that found something (their hits) or failed (the error): in rule order.
_Outcome = tuple[tuple[Rule, tuple[Hit, ...] | str], ...]


class GrammarPass:
    """The grammar rules of one run (one configuration), applied to `grammar_reading`s.

    A check's hits are remembered by the values it reads, the caption key of the folder facts by
    the caption: an archive repeats its credit lines and copies its captions, and this process
    then does for each file a few look-ups beside the printing, not the captions' normalizing.
    """

    def __init__(self, config: AuditConfig, facts: bool) -> None:
        self.config, self.facts = config, facts
        self._hits: dict[tuple[str, tuple[tuple[str, ...], ...]], tuple[Hit, ...] | str] = {}
        self._keys: dict[str, str] = {}
        # what every rule of a selection found, by the rules' codes and the values they read:
        # a file whose caption, credit and by-line an earlier file had costs one look-up
        self._files: dict[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], _Outcome] = {}

    def run(
        self, path: str, reading: ImageMetadata, rules: Iterable[Rule]
    ) -> tuple[list[Finding], list[str], FileFacts | None]:
        """The findings and error lines of the grammar `rules` on one file, and its facts."""
        image = Image(path, reading, self.config)
        rules = tuple(rules)
        read = tuple(tuple(image.values(name)) for name in GRAMMAR_FIELDS)
        asked = (tuple(rule.code for rule in rules), read)
        outcome = self._files.get(asked)
        if outcome is None:
            outcome = tuple(
                (rule, hits) for rule in rules if (hits := self._rule_hits(rule, image))
            )  # only the rules that found something or failed
            _remember(self._files, asked, outcome)
        found: list[Finding] = []
        errors: list[str] = []
        for rule, hits in outcome:
            if isinstance(hits, str):
                errors.append(f"{path}: rule {rule.code} failed: {hits}")
            else:
                found.extend(rule.finding(path, hit) for hit in hits)
        found = fixable_as_stored(found, reading.format)
        if not self.facts:
            return found, errors, None
        caption = image.text("caption")
        key = self._keys.get(caption)
        if key is None:
            key = _remember(self._keys, caption, caption_digest(caption, self.config))
        return found, errors, file_facts(image, key)

    def _rule_hits(self, rule: Rule, image: Image) -> tuple[Hit, ...] | str:
        key = (rule.code, tuple(tuple(image.values(name)) for name in _READS[rule.code]))
        hits = self._hits.get(key)
        if hits is None:
            try:
                hits = tuple(rule.check(image)) if rule.check is not None else ()
            except Exception as exc:  # a bug in one check must not stop the audit (`run_rules`)
                hits = f"{type(exc).__name__}: {exc}"
            _remember(self._hits, key, hits)
        return hits


_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(table: dict[_K, _V], key: _K, value: _V) -> _V:
    """`table[key] = value`, the oldest entry dropped past _REMEMBERED entries."""
    if len(table) >= _REMEMBERED:
        del table[next(iter(table))]
    table[key] = value
    return value


def run_rules(image: Image, rules: Iterable[Rule]) -> tuple[list[Finding], list[str]]:
    """The findings of `rules` on `image` in rule order, and one error line per failed check."""
    found: list[Finding] = []
    errors: list[str] = []
    for rule in rules:
        if rule.check is None:  # `Rule.findings`, less a generator a rule (37 a file)
            continue
        try:
            for hit in rule.check(image):
                found.append(rule.finding(image.path, hit))
        except Exception as exc:  # a bug in one check must not stop the audit of the archive
            errors.append(f"{image.path}: rule {rule.code} failed: {type(exc).__name__}: {exc}")
    return found, errors


def fixable_as_stored(found: list[Finding], fmt: str) -> list[Finding]:
    """`found`, with `fixable` cleared where `--fix` cannot write the fix into a file of `fmt`:
    other formats than JPEG get only the field values written, and only where writable."""
    if fmt == "jpeg":
        return found
    from captions.containers import WRITABLE_FORMATS  # imported by `metadata.read` already

    writable = fmt in WRITABLE_FORMATS
    return [
        replace(f, fixable=False) if f.fixable and not (writable and f.code in VALUE_FIXES) else f
        for f in found
    ]


def grammar_reading(metadata: ImageMetadata) -> ImageMetadata:
    """What the grammar rules and the folder facts read of `metadata`: a few field values and
    the picture digest (about 1 KB to send back instead of the whole read model)."""
    from captions.metadata import FieldValue, ImageMetadata, Structure  # loaded by `read`

    fields = {
        name: FieldValue(value=found.value)
        for name in GRAMMAR_FIELDS
        if (found := metadata.fields.get(name)) is not None and found.value is not None
    }
    digest = metadata.structure.picture_digest
    return ImageMetadata(
        metadata.path, metadata.format, fields, (), Structure(picture_digest=digest)
    )


def merge_in_rule_order(first: Sequence[Finding], second: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings of two sets of rules as one run of all of them prints them: by rule, each
    rule's findings in the order it found them."""
    if not second:
        return tuple(first)
    if not first:
        return tuple(second)
    return tuple(sorted((*first, *second), key=lambda f: _ORDER.get(f.code, len(_ORDER))))


def errors_in_rule_order(path: str, first: Sequence[str], second: Sequence[str]) -> tuple[str, ...]:
    """Error lines of `run_rules` from two sets of rules, in rule order as one run prints them."""
    if not second:
        return tuple(first)
    prefix = len(f"{path}: rule ")

    def rule_of(line: str) -> int:
        return _ORDER.get(line[prefix : prefix + 4], len(_ORDER))

    return tuple(sorted((*first, *second), key=rule_of))


__all__ = [
    "GRAMMAR_FIELDS",
    "GrammarPass",
    "GRAMMAR_RULES",
    "errors_in_rule_order",
    "fixable_as_stored",
    "grammar_reading",
    "merge_in_rule_order",
    "run_rules",
    "split_grammar_rules",
]
