"""The agency alias table: printed agency names mapped to their short house names.

The table is data, not code: each row is a canonical short name, the spellings that mean it, and
whether the agency usually acts as a distributor (`AFP/Getty Images` names AFP as the agency and
Getty Images as the distributor). Users extend it from configuration with `extended` or
`table_from_config`; a table is immutable, so extending returns a new one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from captions.errors import ConfigError

# (canonical short name, aliases, acts as distributor)
_ROWS: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("AFP", ("Agence France-Presse", "Agence France Presse", "AFP Photo", "AFP PHOTO"), False),
    ("AP", ("Associated Press", "The Associated Press", "AP Photo", "AP Images"), False),
    (
        "Reuters",
        ("REUTERS", "Thomson Reuters", "Reuters Photo", "ロイター", "路透社", "Рейтер"),
        False,
    ),
    ("EPA", ("European Pressphoto Agency", "EPA Images"), False),
    ("EPA-EFE", ("EPA EFE",), False),
    ("EFE", ("Agencia EFE",), False),
    ("Getty Images", ("Getty", "GETTY IMAGES", "Getty Images News", "Getty Images Sport"), True),
    ("Shutterstock", ("REX Shutterstock",), True),
    ("Alamy", ("Alamy Stock Photo", "Alamy Live News"), True),
    ("Redux", ("Redux Pictures",), True),
    ("ZUMA Press", ("ZUMA Wire", "ZUMAPRESS.com", "ZUMA"), True),
    ("Rex", ("Rex Features",), False),
    ("PA Media", ("PA", "PA Wire", "PA Images", "PA Archive", "Press Association"), False),
    ("Xinhua", ("Xinhua News Agency", "新华社", "新華社"), False),
    ("Anadolu", ("Anadolu Agency", "Anadolu Ajansı"), False),
    ("NTB", ("NTB Scanpix", "NTB Kommunikasjon"), False),
    ("TT", ("TT News Agency",), False),
    ("Ritzau Scanpix", ("Ritzau",), False),
    ("Lehtikuva", (), False),
    ("ANP", (), False),
    ("Belga", (), False),
    ("Keystone", (), False),
    ("PAP", ("Polish Press Agency",), False),
    ("ČTK", ("CTK",), False),
    ("dpa", ("Deutsche Presse-Agentur", "DPA"), False),
    ("picture alliance", (), False),
    ("ANSA", (), False),
    ("Kyodo", ("Kyodo News",), False),
    ("Yonhap", ("Yonhap News Agency",), False),
    ("Jiji Press", ("Jiji",), False),
    ("KCNA", ("Korean Central News Agency",), False),
    ("TASS", (), False),
    ("Sputnik", (), False),
    ("IRNA", (), False),
    ("WANA", ("West Asia News Agency",), False),
    ("PTI", ("Press Trust of India",), False),
    ("ANI", (), False),
    ("AAP", ("Australian Associated Press", "AAP Image"), False),
    ("The Canadian Press", ("Canadian Press",), False),
    ("Bloomberg", ("Bloomberg News",), False),
    ("SOPA Images", (), False),
    ("LightRocket", (), False),
    ("NurPhoto", (), False),
    ("Sipa USA", (), False),
    ("Abaca", ("ABACAPRESS.COM", "Abaca Press"), False),
    ("Polaris", (), False),
    ("Magnum Photos", ("Magnum",), False),
    ("VII", (), False),
    ("Panos Pictures", ("Panos",), False),
    ("Agencja Gazeta", (), False),
    ("Sportsfile", (), False),
    ("SNS Group", (), False),
    ("Action Images", (), False),
    ("Offside", (), False),
    ("BBC", (), False),
    ("The New York Times", ("New York Times", "NYT"), False),
    ("The Washington Post", ("Washington Post",), False),
    ("The Guardian", ("Guardian",), False),
    ("The Observer", ("Observer",), False),
    ("The Verge", (), False),
    ("The Wall Street Journal", ("Wall Street Journal", "WSJ"), False),
)

# Words a printed agency name may end with that add nothing (`AFP PHOTO`, `Reuters Pictures`).
_NOISE_SUFFIXES = (" photo", " photos", " pictures", " picture")


def alias_key(text: str) -> str:
    """The lookup key of a printed name: case, hyphens, spacing and a leading `The` ignored."""
    key = re.sub(r"[-‐‑–]", " ", text.casefold())
    key = " ".join(key.replace(".", " ").split())
    return key.removeprefix("the ")


@dataclass(frozen=True)
class AgencyTable:
    """Printed agency names to canonical short names, and which agencies distribute."""

    aliases: Mapping[str, str] = field(default_factory=dict)
    distributors: frozenset[str] = frozenset()

    def lookup(self, text: str) -> str | None:
        """The canonical short name for `text`, or None when the table does not know it."""
        key = alias_key(text)
        if not key:
            return None
        found = self.aliases.get(key)
        if found is None:
            for suffix in _NOISE_SUFFIXES:
                if key.endswith(suffix):
                    found = self.aliases.get(key.removesuffix(suffix))
                    break
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
    ) -> AgencyTable:
        """A new table with extra `alias -> short name` mappings, known agencies and distributors.

        Extra entries win over built-in ones, so a newsroom can map `AP` to `The Associated Press`.
        """
        merged = dict(self.aliases)
        for name in [*agencies, *distributors]:
            merged[alias_key(name)] = name
        for alias, name in (aliases or {}).items():
            merged[alias_key(name)] = name
            merged[alias_key(alias)] = name
        return AgencyTable(merged, self.distributors | frozenset(distributors))


def _default_table() -> AgencyTable:
    aliases: dict[str, str] = {}
    distributors: set[str] = set()
    for name, spellings, distributes in _ROWS:
        for spelling in (name, *spellings):
            aliases[alias_key(spelling)] = name
        if distributes:
            distributors.add(name)
    return AgencyTable(aliases, frozenset(distributors))


DEFAULT_AGENCIES = _default_table()


def table_from_config(
    section: Mapping[str, object], base: AgencyTable = DEFAULT_AGENCIES
) -> AgencyTable:
    """Extend `base` from a configuration section such as `[tool.captions.credit]`.

    Keys: `aliases` (a table of printed name -> short name), `agencies` and `distributors`
    (lists of short names). Anything else is a `ConfigError` naming the key.
    """
    known = {"aliases", "agencies", "distributors"}
    for key in section:
        if key not in known:
            raise ConfigError(
                f"credit configuration: unknown key {key!r} "
                "(known: aliases, agencies, distributors)"
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
    )


__all__ = ["DEFAULT_AGENCIES", "AgencyTable", "alias_key", "table_from_config"]
