"""Audit configuration: `[tool.captions]` in the closest pyproject.toml, or a `captions.toml`.

Keys are kebab-case, as in ruff:

    [tool.captions]
    select = ["M", "C", "S001"]          # rule codes, prefixes, names, or "ALL"
    ignore = ["P003"]
    extend-select = ["T"]
    per-file-ignores = { "archive/**" = ["M003", "C001"] }
    required-fields = ["headline", "city"]
    known-agencies = ["Northwind Press"]
    agency-aliases = { "NWP" = "Northwind Press" }
    credit-style = "ap"
    caption-template = "{city}, {country} - {text}"
    copyright-template = "(c) {year} {credit}"
    exclude = ["**/thumbs/**"]

A `captions.toml` holds the same keys at its top level. The closest file wins (searched from the
audited path upwards, then from the working directory upwards); in one folder `captions.toml` wins
over pyproject.toml. Bad configuration raises ConfigError naming the file and the key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from captions.audit.checks import template_problem
from captions.audit.rules import resolve_selector
from captions.config_search import CONFIG_NAMES, closest_config, find_config
from captions.errors import ConfigError

if TYPE_CHECKING:
    import pathspec

    from captions.credit.agencies import Supplier

_LIST_KEYS = {
    "select": "select",
    "ignore": "ignore",
    "extend-select": "extend_select",
    "extend-ignore": "extend_ignore",
    "required-fields": "required_fields",
    "known-agencies": "known_agencies",
    "allowed-suppliers": "allowed_suppliers",
    "denied-usage": "denied_usage",
    "exclude": "exclude",
}
_STR_KEYS = {
    "credit-style": "credit_style",
    "caption-template": "caption_template",
    "copyright-template": "copyright_template",
}
_TABLE_KEYS = ("per-file-ignores", "agency-aliases")
KNOWN_KEYS = tuple(sorted([*_LIST_KEYS, *_STR_KEYS, *_TABLE_KEYS]))


@dataclass(frozen=True)
class AuditConfig:
    """What the audit checks and how. Built by `load_config`, or directly in code and tests."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    extend_ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    required_fields: tuple[str, ...] = ()
    known_agencies: tuple[str, ...] = ()
    agency_aliases: tuple[tuple[str, str], ...] = ()
    distributors: tuple[str, ...] = ()
    credit_suppliers: tuple[Supplier, ...] = ()  # [tool.captions.credit] suppliers
    # [tool.captions.credit.words]: extra label and connector words, (category, words) pairs
    credit_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    allowed_suppliers: tuple[str, ...] = ()  # C007: empty allows every supplier
    denied_usage: tuple[str, ...] = ()  # C007: usage classes (captions.credit.USAGES) refused
    credit_style: str | None = None
    caption_template: str | None = None
    copyright_template: str | None = None
    # [tool.captions.apply]: how `apply` lays a credit out (None: apply's default)
    credit_layout: str | None = None
    append_credit: bool | None = None
    apply_fields: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    source: str | None = None  # the file this came from, for messages
    root: str = "."  # the folder globs are relative to
    fix_strip_gps: bool = False  # set by `--fix --strip-gps`, never by a file

    def with_overrides(
        self,
        *,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        extend_select: Iterable[str] = (),
        exclude: Iterable[str] = (),
    ) -> AuditConfig:
        """Command-line options on top of the file: `--select` replaces, the others extend."""
        select, ignore = tuple(select), tuple(ignore)
        extend_select, exclude = tuple(extend_select), tuple(exclude)
        return replace(
            self,
            select=select or self.select,
            extend_ignore=self.extend_ignore + ignore,
            extend_select=self.extend_select + extend_select,
            exclude=self.exclude + exclude,
        )

    def relative(self, path: str) -> str:
        """`path` relative to the configuration root, in POSIX form (for globs and baselines)."""
        resolved = Path(path).resolve()
        try:
            return resolved.relative_to(Path(self.root).resolve()).as_posix()
        except ValueError:
            return resolved.as_posix()


@dataclass(frozen=True)
class _Source:
    path: Path
    table: Mapping[str, Any] = field(default_factory=dict)


def load_config(
    paths: Iterable[str | Path] = (),
    *,
    config_file: str | Path | None = None,
    isolated: bool = False,
) -> AuditConfig:
    """The configuration for `paths`: `config_file`, else the closest file, else defaults."""
    if isolated:
        return AuditConfig(root=str(Path.cwd()))
    if config_file is not None:
        return config_from_file(config_file)
    found = closest_config(paths)
    if found is not None:
        return config_from_file(found)
    return AuditConfig(root=str(Path.cwd()))


def config_from_file(path: str | Path) -> AuditConfig:
    """Read one configuration file (captions.toml or pyproject.toml)."""
    import tomllib  # lazy (start-up): most runs find no configuration file

    source = Path(path)
    try:
        document = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{source}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{source}: cannot read configuration ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: invalid TOML ({exc})") from None
    table: Any = document.get("tool", {}).get("captions", {})
    if source.name != "pyproject.toml" and not table:
        table = {k: v for k, v in document.items() if k != "tool"}
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [tool.captions] must be a table")
    return config_from_table(table, source=source)


def config_from_table(table: Mapping[str, Any], *, source: str | Path = "<config>") -> AuditConfig:
    """Validate a `[tool.captions]` table; sub-tables belong to other commands."""
    where = Path(source)
    values: dict[str, Any] = {}
    credit_section: dict[str, Any] = {}
    for key, value in table.items():
        if key in _LIST_KEYS:
            values[_LIST_KEYS[key]] = _str_list(value, where, key)
        elif key in _STR_KEYS:
            values[_STR_KEYS[key]] = _str(value, where, key)
        elif key == "per-file-ignores":
            values["per_file_ignores"] = tuple(
                (glob, _str_list(codes, where, f"{key}.{glob}"))
                for glob, codes in _table(value, where, key).items()
            )
        elif key == "agency-aliases":
            values["agency_aliases"] = tuple(
                (alias, _str(name, where, f"{key}.{alias}"))
                for alias, name in _table(value, where, key).items()
            )
        elif key == "credit":
            credit_section = _credit_section(value, where)
        elif key == "apply":
            values.update(_apply_section(value, where))
        elif not isinstance(value, dict) or key.replace("_", "-") in KNOWN_KEYS:
            hint = f" (did you mean '{key.replace('_', '-')}'?)" if "_" in key else ""
            raise ConfigError(
                f"{where}: unknown key '{key}' in [tool.captions]{hint}; "
                f"known keys: {', '.join(KNOWN_KEYS)}"
            )
    for name, extra in credit_section.items():
        values[name] = values.get(name, ()) + extra
    config = AuditConfig(source=str(where), root=str(where.resolve().parent), **values)
    _validate(config, where)
    return config


def _credit_section(section: Any, where: Path) -> dict[str, Any]:
    """`[tool.captions.credit]` (aliases, agencies, distributors, suppliers, words), shared with
    the credit parser."""
    # Lazy (start-up): the credit parser (~25 ms to import) loads only for a credit section.
    from captions.credit import table_from_config
    from captions.credit.agencies import supplier_from_json, words_from_config

    section = _table(section, where, "credit")
    try:
        table_from_config(section)
    except ConfigError as exc:
        raise ConfigError(f"{where}: [tool.captions.credit]: {exc}") from None
    return {
        "agency_aliases": tuple(section.get("aliases", {}).items()),
        "known_agencies": tuple(section.get("agencies", ())),
        "distributors": tuple(section.get("distributors", ())),
        "credit_suppliers": tuple(
            supplier_from_json(row, str(where)) for row in section.get("suppliers", ())
        ),
        "credit_words": tuple(words_from_config(section.get("words", {})).items()),
    }


APPLY_KEYS = ("append-credit", "credit-layout", "fields")


def _apply_section(section: Any, where: Path) -> dict[str, Any]:
    """`[tool.captions.apply]`: the house layout `apply` (and the gate's comparison) follows."""
    values: dict[str, Any] = {}
    for key, value in _table(section, where, "apply").items():
        if key == "credit-layout":
            values["credit_layout"] = _str(value, where, f"apply.{key}")
        elif key == "append-credit":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: 'apply.append-credit' must be true or false")
            values["append_credit"] = value
        elif key == "fields":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: 'apply.fields' must be a list of field names")
            values["apply_fields"] = tuple(value)
        else:
            raise ConfigError(
                f"{where}: unknown key '{key}' in [tool.captions.apply] "
                f"(known: {', '.join(APPLY_KEYS)})"
            )
    return values


def _validate(config: AuditConfig, where: Path) -> None:
    for key, selectors in (
        ("select", config.select),
        ("ignore", config.ignore),
        ("extend-select", config.extend_select),
        ("extend-ignore", config.extend_ignore),
        *((f"per-file-ignores.{glob}", codes) for glob, codes in config.per_file_ignores),
    ):
        for selector in selectors:
            if resolve_selector(selector) is None:
                raise ConfigError(f"{where}: unknown rule selector '{selector}' in '{key}'")
    if config.credit_style:
        _check_credit_style(config.credit_style, where)
    from captions.credit import USAGES  # lazy (start-up): only a configuration is checked here

    unknown = [usage for usage in config.denied_usage if usage not in USAGES]
    if unknown:
        raise ConfigError(
            f"{where}: unknown usage class '{unknown[0]}' in 'denied-usage' "
            f"(known: {', '.join(USAGES)})"
        )
    for key, template in (
        ("caption-template", config.caption_template),
        ("copyright-template", config.copyright_template),
    ):
        problem = template_problem(template) if template else None
        if problem:
            raise ConfigError(f"{where}: bad '{key}': {problem}")


def credit_style_problem(style: str) -> str | None:
    """Why `style` is neither a house style nor a usable credit template, or None."""
    from captions.credit.style import STYLES, check_template  # lazy (start-up): credit parser

    if style.strip().lower() in STYLES:
        return None
    if "{" not in style:
        return f"unknown credit style {style!r} (known: {', '.join(STYLES)}, or a template)"
    try:
        check_template(style)
    except ConfigError as exc:
        return f"bad credit template: {exc}"
    return None


def _check_credit_style(style: str, where: Path) -> None:
    problem = credit_style_problem(style)
    if problem:
        raise ConfigError(f"{where}: 'credit-style': {problem}")


def _str_list(value: Any, where: Path, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings, not {value!r}")
    return tuple(value)


def _str(value: Any, where: Path, key: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: '{key}' must be a string, not {value!r}")
    return value


def _table(value: Any, where: Path, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: '{key}' must be a table, not {value!r}")
    return value


def glob_matches(pattern: str, relative_path: str) -> bool:
    """Whether a gitignore pattern matches a path relative to the configuration's folder, as git
    reads `.gitignore` (pathspec): `*` stays within a folder, `**` crosses folders, a pattern
    without `/` matches the file name or any folder name in the path, `[abc]` and `\\*` work."""
    return _gitignore(pattern).match_file(relative_path)


@lru_cache(maxsize=1024)
def _gitignore(pattern: str) -> pathspec.GitIgnoreSpec:
    import pathspec  # lazy (start-up, ~30 ms): loaded only when a configuration names globs

    return pathspec.GitIgnoreSpec.from_lines([pattern])


__all__ = [
    "CONFIG_NAMES",
    "AuditConfig",
    "KNOWN_KEYS",
    "config_from_file",
    "config_from_table",
    "find_config",
    "glob_matches",
    "load_config",
]
