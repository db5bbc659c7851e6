"""House styles: write a parsed `Credit` back out as a credit line.

    getty   Ng Han Guan/Pool/AFP via Getty Images       (the default)
    ap      (AP Photo/Evan Vucci)  for AP's own pictures, `(Name/Reuters)` for everyone else's
    a template with placeholders, e.g. `Photo: {credit}` or
            `[{photographers}/]{agencies}[ via {distributor}][, {file}]`

Every style is written so that `parse_credit` reads back the same parts. In a template a
`[...]` group is printed only when every placeholder inside it has a value.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from captions.errors import ConfigError
from captions.model import Credit

STYLES = ("getty", "ap")
PLACEHOLDERS = (
    "credit",
    "photographers",
    "pool",
    "handout",
    "agencies",
    "agency",
    "distributor",
    "via",
    "file",
    "courtesy",
)
_GROUP = re.compile(r"\[([^\[\]]*)\]")
_FIELD = re.compile(r"\{(\w*)\}")


def join_names(names: tuple[str, ...] | list[str]) -> str:
    """`A`, `A and B`, `A, B and C`."""
    if len(names) <= 2:
        return " and ".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _getty_parts(credit: Credit, agencies: tuple[str, ...]) -> str:
    parts = [join_names(credit.photographers)] if credit.photographers else []
    parts += ["Pool"] if credit.pool else []
    parts += list(agencies)
    parts += ["Handout"] if credit.handout and not credit.courtesy else []
    return "/".join(parts)


_SOURCE_END = re.compile(r"\s*[/|]\s*|\s+via\s+|\s+[-–—]\s+|\s*,\s*(?:file|pool|handout)\b", re.I)


def _courtesy_source(raw: str) -> str:
    """`the Smith family` in `Courtesy of the Smith family/Handout via Reuters`: the source as
    printed, up to the next part (which the other fields already hold)."""
    match = re.search(r"courtesy(?:\s+of)?\s*[:,]?\s*", raw, re.IGNORECASE)
    if not match:
        return ""
    source = _SOURCE_END.split(raw[match.end() :], maxsplit=1)[0]
    return source.strip().rstrip(").").strip()


def getty_body(credit: Credit) -> str:
    """`Name/Pool/AFP via Getty Images, File`, `Name for The New York Times`, `Courtesy of X`."""
    if credit.commissioned and credit.agencies:
        body = f"{_getty_parts(credit, credit.agencies[:-1])} for {credit.agencies[-1]}"
    else:
        body = _getty_parts(credit, credit.agencies)
    if credit.courtesy:
        # `Courtesy of the Smith family` names no person or agency: keep the source as printed.
        body = f"Courtesy of {body or _courtesy_source(credit.raw)}".strip()
    if credit.distributor:
        body = f"{body} via {credit.distributor}"
    return f"{body}, File" if credit.file_photo else body


def ap_style(credit: Credit) -> str:
    """`(AP Photo/Name, Pool, File)` for AP's own pictures, the getty form in parentheses else."""
    own = credit.agencies == ("AP",) and credit.distributor is None
    if not own or credit.commissioned or credit.courtesy:
        return f"({getty_body(credit)})"
    parts = ["AP Photo"]
    parts += [join_names(credit.photographers)] if credit.photographers else []
    parts += ["Handout"] if credit.handout else []
    flags = (", Pool" if credit.pool else "") + (", File" if credit.file_photo else "")
    return f"({'/'.join(parts)}{flags})"


def _values(credit: Credit) -> dict[str, str]:
    return {
        "credit": getty_body(credit),
        "photographers": join_names(credit.photographers),
        "pool": "Pool" if credit.pool else "",
        "handout": "Handout" if credit.handout else "",
        "agencies": "/".join(credit.agencies),
        "agency": credit.agencies[0] if credit.agencies else "",
        "distributor": credit.distributor or "",
        "via": f" via {credit.distributor}" if credit.distributor else "",
        "file": "File" if credit.file_photo else "",
        "courtesy": "Courtesy of" if credit.courtesy else "",
    }


def check_template(template: str) -> None:
    """Raise `ConfigError` for a template with unknown placeholders or unbalanced brackets."""
    unknown = sorted({name for name in _FIELD.findall(template) if name not in PLACEHOLDERS})
    if unknown:
        known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        raise ConfigError(f"credit template {template!r}: unknown {unknown[0]!r} (known: {known})")
    if _GROUP.sub("", template).count("[") or _GROUP.sub("", template).count("]"):
        raise ConfigError(f"credit template {template!r}: unbalanced [ ] group")
    if not _FIELD.search(template):
        raise ConfigError(f"credit template {template!r} has no {{placeholder}}")


def render_template(credit: Credit, template: str) -> str:
    """Fill `template`; drop `[...]` groups with an empty placeholder; tidy empty separators."""
    check_template(template)
    values = _values(credit)

    def fill(text: str) -> str:
        return _FIELD.sub(lambda m: values[m.group(1)], text)

    def group(match: re.Match[str]) -> str:
        names = _FIELD.findall(match.group(1))
        return fill(match.group(1)) if all(values[n] for n in names) else ""

    text = fill(_GROUP.sub(group, template))
    text = re.sub(r"(?:\s*/\s*){2,}", "/", text)
    return " ".join(text.split()).strip(" /,")


_BUILTIN: dict[str, Callable[[Credit], str]] = {"getty": getty_body, "ap": ap_style}


def format_credit(credit: Credit, style: str = "getty") -> str:
    """Write `credit` in a house style (`getty`, `ap`) or a template with `{placeholders}`."""
    builtin = _BUILTIN.get(style.strip().lower())
    if builtin is not None:
        return builtin(credit)
    if "{" not in style:
        raise ConfigError(
            f"unknown credit style {style!r} "
            "(known: getty, ap, or a template with {placeholders})"
        )
    return render_template(credit, style)


__all__ = ["PLACEHOLDERS", "STYLES", "check_template", "format_credit", "join_names"]
