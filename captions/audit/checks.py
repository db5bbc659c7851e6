"""The check functions behind the rules: one image's metadata in, (field, message) hits out.

A check never raises on odd data and never reads pixels: it looks only at the read model
(`captions.metadata.ImageMetadata`) that the engine built from the file's headers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from captions.caption.fold import fold

if TYPE_CHECKING:
    from captions.audit.config import AuditConfig
    from captions.credit import AgencyTable
    from captions.credit.agencies import Supplier
    from captions.metadata import ImageMetadata
    from captions.model import Credit


class Hit(NamedTuple):
    """What a check found: the field concerned (or None) and a one-line message."""

    field: str | None
    message: str


@dataclass
class Image:
    """One image as the checks see it: its read model, the configuration, and derived values."""

    path: str
    metadata: ImageMetadata
    config: AuditConfig

    def text(self, name: str) -> str:
        """The reconciled value of a field as one string ('' when absent; lists joined by '; ')."""
        text = self._texts.get(name)
        if text is None:
            text = self._texts[name] = "; ".join(self.values(name))
        return text

    def values(self, name: str) -> list[str]:
        """The reconciled value of a field as a list of non-blank strings."""
        found = self._values.get(name)
        if found is None:
            field = self.metadata.fields.get(name)
            value = None if field is None else field.value
            if isinstance(value, str):  # most fields: no generator (the audit asks ~16 a file)
                value = value.strip()
                found = (value,) if value else ()
            else:
                stripped = (i.strip() for i in value or () if isinstance(i, str))
                found = tuple(item for item in stripped if item)
            self._values[name] = found
        return list(found)

    @cached_property
    def _texts(self) -> dict[str, str]:
        return {}  # `text` of each field asked for: a dozen rules ask for the same few

    @cached_property
    def _values(self) -> dict[str, tuple[str, ...]]:
        return {}  # `values` of each field asked for: about 20 asks a file, for 8 fields

    @cached_property
    def credit(self) -> Credit | None:
        """The parsed credit line, or None when there is none (or it holds no words)."""
        raw = self.text("credit")
        return parse_credit(raw, self.config) if raw else None


Check = Callable[[Image], Iterator[Hit]]


# -- presence ---------------------------------------------------------------------------------


def missing(name: str, label: str) -> Check:
    """A check that fires when field `name` is absent or blank."""

    def check(image: Image) -> Iterator[Hit]:
        if not image.values(name):
            yield Hit(name, f"no {label}")

    check.__name__ = f"missing_{name}"
    return check


PRESENCE_RULE_FIELDS = ("caption", "credit", "byline", "source", "copyright")


def missing_required_fields(image: Image) -> Iterator[Hit]:
    for name in image.config.required_fields:
        if name not in PRESENCE_RULE_FIELDS and not image.values(name):
            yield Hit(name, f"no {name.replace('_', ' ')} (required by the configuration)")


# -- credits ------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
@lru_cache(maxsize=64)
def agency_table(
    known: tuple[str, ...],
    aliases: tuple[tuple[str, str], ...],
    distributors: tuple[str, ...],
    suppliers: tuple[Supplier, ...] = (),
    words: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> AgencyTable:
    """The built-in supplier registry extended by the configuration (built once per config),
    carrying the configured credit words the parser reads with."""
    from captions.credit import DEFAULT_AGENCIES  # lazy (start-up): the credit parser, ~25 ms

    return DEFAULT_AGENCIES.extended(
        dict(aliases),
        agencies=known,
        distributors=distributors,
        suppliers=suppliers,
        words=dict(words),
    )


def agencies_of(config: AuditConfig) -> AgencyTable:
    """The supplier table (and credit words) of a configuration: what every command parses
    credits with."""
    return agency_table(
        config.known_agencies,
        config.agency_aliases,
        config.distributors,
        config.credit_suppliers,
        config.credit_words,
    )


def parse_credit(raw: str, config: AuditConfig) -> Credit | None:
    """The parsed credit, or None when the text holds no credit words at all."""
    return _parsed_credit(raw, agencies_of(config))


@lru_cache(maxsize=4096)
def _parsed_credit(raw: str, table: AgencyTable) -> Credit | None:
    # An archive repeats its credit lines (one photographer, one agency): each is parsed once.
    # Lazy (start-up): the credit parser (~25 ms) loads with the first file that has a credit.
    from captions.credit import parse_credit as parse
    from captions.errors import CreditError

    try:
        return parse(raw, table)
    except CreditError:
        return None


def credit_not_in_house_style(image: Image) -> Iterator[Hit]:
    credit = image.credit
    if credit is None:
        return
    expected = house_style_credit(credit, image.config)
    raw = image.text("credit")
    if expected and expected != raw:
        yield Hit("credit", f"credit '{raw}' should read '{expected}'")


def house_style_credit(credit: Credit, config: AuditConfig) -> str:
    from captions.credit.style import format_credit  # lazy (start-up): the credit parser

    return format_credit(credit, config.credit_style or "getty")


def unknown_agency(image: Image) -> Iterator[Hit]:
    credit = image.credit
    if credit is None:
        return
    table = agencies_of(image.config)
    named = [*credit.agencies, *([credit.distributor] if credit.distributor else [])]
    for agency in named:
        if table.lookup(agency) is None:
            yield Hit("credit", f"agency '{agency}' is not in the list of known agencies")


def supplier_not_allowed(image: Image) -> Iterator[Hit]:
    """C007: the credit's main supplier outside `allowed-suppliers`, or a denied usage class."""
    config = image.config
    raw = image.text("credit")
    if not raw or not (config.allowed_suppliers or config.denied_usage):
        return
    supplier, usage = _supplier_and_usage(raw, agencies_of(config))
    if config.allowed_suppliers and supplier not in _allowed(config):
        shown = f"supplier '{supplier}'" if supplier else "no known supplier"
        yield Hit("credit", f"credit '{raw}' names {shown}, which is not in allowed-suppliers")
    if usage in config.denied_usage:
        yield Hit("credit", f"credit '{raw}' is {usage} usage, which denied-usage refuses")


@lru_cache(maxsize=4096)
def _supplier_and_usage(raw: str, table: AgencyTable) -> tuple[str | None, str]:
    """The credit's main supplier (the registry's canonical name, else the first organisation
    as the configured aliases normalize it), and its usage class."""
    # Lazy (start-up): the credit parser (~25 ms) loads with the first file that has a credit.
    from captions.credit import credit_usage, main_supplier, read_credit

    reading = read_credit(raw, table)
    credit = reading.credit
    supplier = main_supplier(credit, table)
    named = supplier.name if supplier else next(iter((*credit.agencies, credit.distributor)), None)
    return named or None, credit_usage(reading, table)


def _allowed(config: AuditConfig) -> frozenset[str]:
    """`allowed-suppliers` as canonical names (an alias in the file means its supplier)."""
    table = agencies_of(config)
    names = set()
    for name in config.allowed_suppliers:
        found = table.supplier(name)
        names.add(found.name if found else name)
    return frozenset(names)


def byline_not_in_credit(image: Image) -> Iterator[Hit]:
    """Only credits that name photographers are compared: a credit that names only agencies
    (`Pool/AFP via Getty Images`, the `split` layout) leaves the photographer to the by-line."""
    credit = image.credit
    if credit is None or not credit.photographers:
        return
    credit_words = set(words(image.text("credit")))
    for name in image.values("byline"):
        name_words = [w for w in words(name) if len(w) > 1]
        if name_words and not set(name_words) <= credit_words and not _junk_parts(name):
            yield Hit("byline", f"by-line '{name}' is not named in the credit '{credit.raw}'")


JUNK_TOKENS = frozenset({"STR", "HO", "UNCREDITED", "UNKNOWN", "N/A", "NA", "-", "?", "XX"})
_HASHTAG = re.compile(r"(?<!\w)#\w+")


def _junk_parts(value: str) -> list[str]:
    """Wire placeholders: `STR`, `HO`, `#AFP`... (in capitals only: `Ho` is also a name)."""
    if value.strip().upper() in JUNK_TOKENS:
        return [value.strip()]
    parts = [part.strip() for part in re.split(r"[/;,|]", value)]
    junk = [part for part in parts if part in JUNK_TOKENS or part.upper() == "UNCREDITED"]
    return junk + _HASHTAG.findall(value)


def junk_credit_tokens(image: Image) -> Iterator[Hit]:
    for name in ("credit", "byline"):
        for value in image.values(name):
            listed = _junk_listed(value)
            if listed:
                yield Hit(name, f"{name} '{value}' contains placeholder token {listed}")


@lru_cache(maxsize=4096)  # credits and by-lines repeat across an archive
def _junk_listed(value: str) -> str:
    """The placeholder tokens of `value` as C004 lists them ('' when there is none)."""
    return ", ".join(f"'{token}'" for token in _junk_parts(value))


def credit_in_caption(image: Image) -> Iterator[Hit]:
    from captions.caption.normalize import clean_text, strip_credit  # lazy: credit parser
    from captions.credit.agencies import using_agencies  # lazy, as the line above

    caption = clean_text(image.text("caption"))
    if not caption:
        return
    # the table the credit field is read with: the configured suppliers end a caption too,
    # and a tail equal to the credit line is the same entry of the parse cache
    with using_agencies(agencies_of(image.config)):
        kept = strip_credit(caption)
    if kept != caption and kept:
        tail = caption[len(kept) :].strip()
        yield Hit("caption", f"caption ends with a credit line: '{tail}'")


# -- consistency and structure --------------------------------------------------------------------


def metadata_mismatch(image: Image) -> Iterator[Hit]:
    for name, found in image.metadata.fields.items():
        if not found.conflict:
            continue
        copies = [
            f"{where.upper() if where != 'iptc' else 'IIM'} {_show(value)}"
            for where, value in (("exif", found.exif), ("iptc", found.iptc), ("xmp", found.xmp))
            if value not in (None, "", [])
        ]
        yield Hit(name, f"{name} differs between blocks: {' vs '.join(copies)}")


def stale_iptc_digest(image: Image) -> Iterator[Hit]:
    if image.metadata.structure.digest == "stale":
        yield Hit(
            None, "the Photoshop IPTC digest does not match the IIM: readers may ignore the IIM"
        )


def undeclared_iim_charset(image: Image) -> Iterator[Hit]:
    charset = image.metadata.structure.iim_charset or ""
    if charset.startswith("undeclared-") and charset != "undeclared-ascii":
        guess = charset.removeprefix("undeclared-")
        yield Hit(None, f"IIM text is not ASCII and declares no character set (read as {guess})")


def iim_value_too_long(image: Image) -> Iterator[Hit]:
    for name, size, limit in image.metadata.structure.iim_over_limit:
        yield Hit(name, f"IIM {name} is {size} bytes, over its limit of {limit}")


def duplicate_metadata_segments(image: Image) -> Iterator[Hit]:
    for description in image.metadata.structure.duplicate_segments:
        yield Hit(None, f"metadata spread over several segments: {description}")


# -- text -------------------------------------------------------------------------------------

_PLACEHOLDERS = re.compile(
    r"(?<![\w-])(?:XXX+|TKTK|TK|TBD|FPO)(?![\w-])"
    r"|(?i:caption here|insert caption|caption to come|headline here|lorem ipsum)"
)
TEXT_FIELDS = ("caption", "headline", "title", "credit", "byline", "source", "copyright")


# What every placeholder holds, found by plain substring tests (a tenth of the regex's time on
# a long caption); the regex decides only when one is there. The phrases match case-insensitively
# and Unicode case rules let ı, İ (lowered to i + U+0307) and ſ match i and s: those go to the
# regex too. Spelled out, not `any()` over a tuple of hints: a file asks this of 7 fields.
def may_hold_placeholder(value: str) -> bool:
    """False only when `_PLACEHOLDERS` cannot match `value`."""
    if "XXX" in value or "TK" in value or "TBD" in value or "FPO" in value:
        return True
    lower = value.lower()
    return (
        "caption" in lower
        or "headline" in lower
        or "lorem" in lower
        or "\u0131" in lower
        or "\u0307" in lower
        or "\u017f" in lower
    )


def placeholder_text(image: Image) -> Iterator[Hit]:
    for name in TEXT_FIELDS:
        for value in image.values(name):
            found = _placeholder(value)
            if found is not None:
                yield Hit(name, f"{name} contains placeholder text '{found}'")
                break


# Caches by value, here and below: an archive repeats its credits and by-lines, and a folder
# walked twice (or files hard-linked) its captions; each is read once per process.
@lru_cache(maxsize=4096)
def _placeholder(value: str) -> str | None:
    """The first placeholder `value` holds, or None."""
    match = _PLACEHOLDERS.search(value) if may_hold_placeholder(value) else None
    return None if match is None else match.group(0)


def caption_date_mismatch(image: Image) -> Iterator[Hit]:
    message = _date_mismatch(image.text("caption"), image.text("date_created")[:10])
    if message is not None:
        yield Hit("caption", message)


@lru_cache(maxsize=4096)
def _date_mismatch(caption: str, created: str) -> str | None:
    """T002's message for a caption and the picture's date (ISO, as read), or None."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", created) or not caption:
        return None
    from captions.caption.dates import find_date  # lazy: the date patterns, only when needed

    said = find_date(caption, int(created[:4]))
    if said is not None and said != created:
        return f"caption says {said} but the picture was taken on {created}"
    return None


# -- privacy ------------------------------------------------------------------------------------


def gps_position(image: Image) -> Iterator[Hit]:
    structure = image.metadata.structure
    if structure.has_gps:
        yield Hit(None, "EXIF holds a GPS position")
    elif structure.xmp_has_gps:
        yield Hit(None, "XMP holds a GPS position (exif:GPSLatitude/GPSLongitude)")


def camera_owner_name(image: Image) -> Iterator[Hit]:
    owner = image.metadata.structure.owner_name
    if owner and owner.strip():
        yield Hit(None, f"EXIF names the camera owner '{owner.strip()}'")


def camera_serial_number(image: Image) -> Iterator[Hit]:
    serial = image.metadata.structure.serial_number
    if serial and serial.strip().strip("0"):
        yield Hit(None, f"EXIF holds the camera serial number '{serial.strip()}'")


# -- files --------------------------------------------------------------------------------------


# Reader warnings that a dedicated rule already reports (S003, S005): not repeated by F002.
_COVERED_WARNINGS = re.compile(r"no character set \(1:90\)|^duplicate metadata:")


def metadata_read_warning(image: Image) -> Iterator[Hit]:
    for warning in image.metadata.warnings:
        if not _COVERED_WARNINGS.search(warning):
            yield Hit(None, warning)


# -- templates ----------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{(\w*)\}")
# The same placeholders `captions apply` fills (captions/apply.py), plus every field name.
TEMPLATE_WORDS = ("text", "year", "agency", "photographers", "credit_line")


def template_problem(template: str) -> str | None:
    """Why a caption or copyright template is unusable, or None when it is fine."""
    from captions.metadata import FIELDS  # lazy: checking a configuration loads no reader

    for name in _PLACEHOLDER.findall(template):
        if name not in FIELDS and name not in TEMPLATE_WORDS:
            known = ", ".join((*TEMPLATE_WORDS, *FIELDS))
            return f"unknown placeholder '{{{name}}}' (known: {known})"
    return None


def template_values(image: Image) -> dict[str, str]:
    """What each placeholder stands for in this image (absent ones left out)."""
    from captions.metadata import FIELDS  # lazy: checking a configuration loads no reader

    values = {name: image.text(name) for name in FIELDS if image.text(name)}
    year = image.text("date_created")[:4]
    if year.isdigit():
        values["year"] = year
    credit = image.credit
    if credit is not None:
        agency = credit.agencies[0] if credit.agencies else credit.distributor
        if agency:
            values["agency"] = agency
        if credit.photographers:
            values["photographers"] = ", ".join(credit.photographers)
        values["credit_line"] = image.text("credit")
    return values


def template_regex(template: str, values: dict[str, str]) -> re.Pattern[str] | None:
    """`{text}` matches any text, other placeholders their value; None if a value is missing
    (then `captions apply` would not have used the template either)."""
    pieces: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        name = match.group(1)
        if name != "text" and name not in values:
            return None
        pieces.append(_loose(template[position : match.start()]))
        pieces.append(".+?" if name == "text" else _loose(values[name]))
        position = match.end()
    pieces.append(_loose(template[position:]))
    return re.compile("".join(pieces), re.DOTALL)


def _loose(literal: str) -> str:
    """A literal whose runs of spaces match any whitespace."""
    pieces = re.split(r"(\s+)", literal)
    return "".join(r"\s+" if part.isspace() else re.escape(part) for part in pieces if part)


def _template_check(name: str, key: str) -> Check:
    def check(image: Image) -> Iterator[Hit]:
        template: str | None = getattr(image.config, key)
        if not template:
            return
        value = " ".join(image.text(name).split())
        if not value:
            return
        pattern = template_regex(template, template_values(image))
        if pattern is not None and not pattern.fullmatch(value):
            yield Hit(name, f"{name} does not follow the template '{template}'")

    check.__name__ = f"{name}_template"
    return check


caption_not_in_template = _template_check("caption", "caption_template")
copyright_not_in_template = _template_check("copyright", "copyright_template")


# -- helpers ------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # credits and names repeat across an archive
def words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _show(value: object, limit: int = 60) -> str:
    text = "; ".join(value) if isinstance(value, list) else str(value)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
