"""The supplier registry: printed organisation names mapped to their canonical short names.

The registry is data (`data/suppliers.json`, checked against `data/suppliers.schema.json`): each
supplier has a canonical short name, the spellings that mean it (own scripts and
transliterations: `ロイター`, `路透社`, `Рейтер`), a kind (wire, photo-agency, collection,
distributor, stock, official, company, social, publication), a country, whether it usually acts
as a distributor (`AFP/Getty Images` names AFP as the agency and Getty Images as the
distributor), the larger agency a collection belongs to, and a default usage class. The file is
read once (`load_registry` is cached). Users extend it from configuration with `extended` or
`table_from_config`; a table is immutable, so extending returns a new one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from captions.credit.words import CATEGORIES, CreditWords, credit_words
from captions.errors import ConfigError
from captions.package_data import read_text

KINDS = (
    "wire",
    "photo-agency",
    "collection",
    "distributor",
    "stock",
    "official",
    "company",
    "social",
    "publication",
)
# `Fotolia.com`, `www.orsapress.de`: a supplier printed as its web address.
_WEB_ADDRESS = re.compile(
    r"(?:www\.)?(?P<name>[^\W_][\w-]*)\.(?:(?:com|co|org|net|gov)\.[a-z]{2}|com|net|org|[a-z]{2})",
    re.IGNORECASE,
)
# Words a printed agency name may end with that add nothing (`AFP PHOTO`, `Reuters Pictures`).
_NOISE_SUFFIXES = (" photo", " photos", " pictures", " picture", " foto", " fotos")
# An all-capital alias this short is an acronym: printed in title case it is a first name
# (`MIA` the agency, `Mia` a person), so it then does not match.
_ACRONYM_MAX = 5


def alias_key(text: str) -> str:
    """The lookup key of a printed name: case, hyphens, spacing, full-width forms (`ＡＰ`) and a
    leading `The` ignored."""
    if text.isascii() and "." not in text and "-" not in text:
        # The usual name (three in four of the registry's spellings, all keyed at every start):
        # ASCII is its own NFKC form and casefolds as it lowers, and without a dot or a hyphen
        # only the spacing and a leading `The` are left to normalize (as `_full_alias_key`).
        return " ".join(text.lower().split()).removeprefix("the ")
    return _full_alias_key(text)


def _full_alias_key(text: str) -> str:
    key = _HYPHENS.sub(" ", unicodedata.normalize("NFKC", text).casefold())
    if _DOTTED_LETTERS.fullmatch(key.strip()):
        return _DOTS_AND_SPACES.sub("", key)  # `A.P.`, `A. F. P.`: the acronym spelled with dots
    key = " ".join(key.replace(".", " ").split())
    return key.removeprefix("the ")


# Compiled once: the registry's ~2,200 aliases and every name looked up pass through here.
_HYPHENS = re.compile(r"[-‐‑–]")
_DOTS_AND_SPACES = re.compile(r"[.\s]")
# Single letters each followed by a period (the last one's may be cut: `A.P`)
_DOTTED_LETTERS = re.compile(r"[^\W\d_](?:\.\s?[^\W\d_])+\.?")


@dataclass(frozen=True)
class Supplier:
    """One organisation of the registry."""

    name: str
    kind: str = "publication"
    country: str = ""
    aliases: tuple[str, ...] = ()
    distributes: bool = False
    parent: str | None = None
    usage: str | None = None


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= _ACRONYM_MAX


def _titlecase_word(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) > 1 and stripped[0].isupper() and stripped[1:].islower()


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a cache key
class AgencyTable:
    """Printed names to canonical short names, the suppliers behind them, and distributors."""

    aliases: Mapping[str, str] = field(default_factory=dict)
    distributors: frozenset[str] = frozenset()
    suppliers: Mapping[str, Supplier] = field(default_factory=dict)
    acronyms: frozenset[str] = frozenset()  # keys printed only in capitals
    the_only: frozenset[str] = frozenset()  # keys printed only with a leading `The`
    words: CreditWords | None = None  # label and connector words; None: the built-in ones

    def lookup(self, text: str) -> str | None:
        """The canonical short name for `text`, or None when the table does not know it."""
        text = unicodedata.normalize("NFKC", text)
        key = alias_key(text)
        if not key:
            return None
        found = self._get(key, text)
        if found is None:
            for suffix in _NOISE_SUFFIXES:
                if key.endswith(suffix):
                    found = self._get(key.removesuffix(suffix), text)
                    break
        if found is None and (bare := credit_words().strip_legal_form(text)) != text:
            found = self.lookup(bare)  # `Reuters Ltd.`, `Acme, Inc.`
        if found is None and (site := _WEB_ADDRESS.fullmatch(text.strip())) is not None:
            found = self.lookup(site.group("name"))  # `Fotolia.com`, `www.Harbour-Press.de`
        return found

    def _get(self, key: str, text: str) -> str | None:
        if key in self.acronyms and (
            _titlecase_word(text)
            or (len(key) <= 2 and not text.isupper() and not self._lower_wire(key, text))
            or (len(key) >= 4 and text.strip().islower())
        ):
            return None  # `Mia` is not MIA, `pl` (a domain) is not PL, `dawn` is not DAWN
        if key in self.the_only and not text.strip().casefold().startswith("the "):
            return None  # `Atlantic` is a word; `The Atlantic` the magazine
        return self.aliases.get(key)

    def _lower_wire(self, key: str, text: str) -> bool:
        """`Foto: ap`, `(ap)`: a wire's two-letter acronym printed in lower case, as German and
        Nordic papers print agencies (`dpa`, `afp`, `ap`); no other supplier's (`si` is a word,
        `ft` a unit). The whole text must be the acronym (`.pl` in an address is a domain)."""
        found = self.suppliers.get(self.aliases.get(key, ""))
        return text.strip() == key and found is not None and found.kind == "wire"

    def supplier(self, name: str) -> Supplier | None:
        """The registry entry of a canonical name (or of any alias of one)."""
        found = self.suppliers.get(name)
        if found is None and (canonical := self.lookup(name)) is not None:
            found = self.suppliers.get(canonical)
        return found

    def is_distributor(self, name: str) -> bool:
        return name in self.distributors

    @property
    def names(self) -> tuple[str, ...]:
        """Every canonical short name, sorted."""
        return tuple(sorted(set(self.aliases.values())))

    def extended(
        self,
        aliases: Mapping[str, str] | None = None,
        *,
        agencies: Iterable[str] = (),
        distributors: Iterable[str] = (),
        suppliers: Iterable[Supplier] = (),
        words: Mapping[str, Iterable[str]] | None = None,
    ) -> AgencyTable:
        """A new table with extra `alias -> short name` mappings, suppliers and distributors,
        and extra label and connector words (`{"photo": ["Lichtbild"], "via": ["über"]}`,
        categories of `captions.credit.words.CATEGORIES`) that the parser then reads with.

        Extra entries win over built-in ones, so a newsroom can map `AP` to `The Associated Press`.
        """
        suppliers = tuple(suppliers)
        agencies, distributors = tuple(agencies), tuple(distributors)
        if not (aliases or agencies or distributors or suppliers or words):
            return self  # nothing configured: the registry itself (and its parse cache)
        extra_words = (self.words or credit_words()).extended(words) if words else self.words
        merged = dict(self.aliases)
        entries = dict(self.suppliers)
        acronyms = set(self.acronyms)
        dists = set(self.distributors) | set(distributors)
        for supplier in suppliers:
            entries[supplier.name] = supplier
            for spelling in (supplier.name, *supplier.aliases):
                merged[alias_key(spelling)] = supplier.name
                acronyms.discard(alias_key(spelling))
            if supplier.distributes:
                dists.add(supplier.name)
        for name in [*agencies, *distributors]:
            merged[alias_key(name)] = name
            acronyms.discard(alias_key(name))
        for alias, name in (aliases or {}).items():
            for spelling in (name, alias):
                merged[alias_key(spelling)] = name
                acronyms.discard(alias_key(spelling))
            if name not in entries and (base := self.supplier(alias)) is not None:
                entries[name] = Supplier(name, base.kind, base.country, (), base.distributes)
        touched = set(self.acronyms) - acronyms | {
            k for k, v in merged.items() if self.aliases.get(k) != v
        }
        return AgencyTable(
            merged,
            frozenset(dists),
            entries,
            frozenset(acronyms),
            self.the_only - touched,
            extra_words,
        )


def supplier_from_json(row: Mapping[str, Any], origin: str) -> Supplier:
    """A `Supplier` from one registry row; `ConfigError` naming `origin` when it is malformed."""
    name = row.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{origin}: a supplier without a name: {dict(row)!r}")
    kind = row.get("kind", "publication")
    if kind not in KINDS:
        raise ConfigError(f"{origin}: supplier {name!r} has unknown kind {kind!r}")
    aliases = row.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise ConfigError(f"{origin}: supplier {name!r}: aliases must be a list of names")
    return Supplier(
        name=name,
        kind=str(kind),
        country=str(row.get("country", "")),
        aliases=tuple(aliases),
        distributes=bool(row.get("distributes", False)),
        parent=row.get("parent"),
        usage=row.get("usage"),
    )


def _table(suppliers: Iterable[Supplier]) -> AgencyTable:
    aliases: dict[str, str] = {}
    entries: dict[str, Supplier] = {}
    spellings: dict[str, list[str]] = {}
    for supplier in suppliers:
        entries[supplier.name] = supplier
        for spelling in (supplier.name, *supplier.aliases):
            key = alias_key(spelling)
            aliases[key] = supplier.name
            spellings.setdefault(key, []).append(spelling)
    # Each test asks the first spelling alone before all of them: most keys fail there, and
    # building a generator for each of the 2,300 keys was a third of the table's start-up.
    acronyms = frozenset(
        k
        for k, printed in spellings.items()
        if _is_acronym(printed[0]) and all(map(_is_acronym, printed))
    )
    the_only = frozenset(
        k
        for k, printed in spellings.items()
        if " " not in k
        and printed[0].casefold().startswith("the ")
        and all(p.casefold().startswith("the ") for p in printed)
    )
    distributors = frozenset(s.name for s in entries.values() if s.distributes)
    return AgencyTable(aliases, distributors, entries, acronyms, the_only)


def registry_text() -> str:
    return read_text(__file__, "data/suppliers.json")


@cache
def load_registry() -> AgencyTable:
    """The built-in registry (read once)."""
    origin = "captions/credit/data/suppliers.json"
    try:
        rows = json.loads(registry_text())["suppliers"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{origin}: not a supplier registry ({exc})") from exc
    return _table(supplier_from_json(row, origin) for row in rows)


DEFAULT_AGENCIES = load_registry()
_ACTIVE: ContextVar[AgencyTable | None] = ContextVar("credit_agencies", default=None)


def active_agencies(table: AgencyTable | None = None) -> AgencyTable:
    """`table` when given, else the table of `using_agencies` around the call, else the
    built-in registry: what a recognition function called without a table reads with."""
    if table is not None:
        return table
    return _ACTIVE.get() or DEFAULT_AGENCIES


@contextmanager
def using_agencies(table: AgencyTable) -> Iterator[None]:
    """Inside the block, credit functions called without a table use `table` (and the credit
    words it carries): `with using_agencies(agencies_of(config)): extract(path)`."""
    token = _ACTIVE.set(table)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def _suppliers_from_config(value: object) -> list[Supplier]:
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ConfigError("credit configuration: 'suppliers' must be a list of tables")
    return [supplier_from_json(v, "credit configuration") for v in value]


def table_from_config(
    section: Mapping[str, object], base: AgencyTable = DEFAULT_AGENCIES
) -> AgencyTable:
    """Extend `base` from a configuration section such as `[tool.captions.credit]`.

    Keys: `aliases` (a table of printed name -> short name), `agencies` and `distributors`
    (lists of short names), `suppliers` (a list of tables with `name`, `kind`, `country`,
    `aliases`, `distributes` as in the registry), `words` (a table of word category -> extra
    words, see `captions.credit.words`). Anything else is a `ConfigError` naming the key.
    """
    known = {"aliases", "agencies", "distributors", "suppliers", "words"}
    for key in section:
        if key not in known:
            raise ConfigError(
                f"credit configuration: unknown key {key!r} "
                "(known: aliases, agencies, distributors, suppliers, words)"
            )
    aliases = section.get("aliases", {})
    if not isinstance(aliases, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in aliases.items()
    ):
        raise ConfigError("credit configuration: 'aliases' must map names to non-empty short names")
    lists: dict[str, list[str]] = {}
    for key in ("agencies", "distributors"):
        value = section.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ConfigError(f"credit configuration: {key!r} must be a list of non-empty names")
        lists[key] = value
    return base.extended(
        {str(k): str(v) for k, v in aliases.items()},
        agencies=lists["agencies"],
        distributors=lists["distributors"],
        suppliers=_suppliers_from_config(section.get("suppliers", [])),
        words=words_from_config(section.get("words", {})),
    )


def words_from_config(value: object) -> dict[str, tuple[str, ...]]:
    """`[tool.captions.credit.words]`: word category -> extra words, checked (a `ConfigError`
    names an unknown category or a value that is not a list of words)."""
    if not isinstance(value, Mapping):
        raise ConfigError("credit configuration: 'words' must be a table of category = [words]")
    found: dict[str, tuple[str, ...]] = {}
    for category, words in value.items():
        if category not in CATEGORIES:
            raise ConfigError(
                f"credit configuration: words: unknown category {category!r} "
                f"(known: {', '.join(CATEGORIES)})"
            )
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ConfigError(f"credit configuration: words.{category} must be a list of words")
        found[str(category)] = tuple(words)
    return found


__all__ = [
    "DEFAULT_AGENCIES",
    "active_agencies",
    "using_agencies",
    "KINDS",
    "AgencyTable",
    "Supplier",
    "alias_key",
    "load_registry",
    "table_from_config",
    "words_from_config",
]
