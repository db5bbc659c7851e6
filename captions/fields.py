"""The field table: each caption and credit field, where every format keeps it, its option.

One row per field. Everything else is derived from this table: the readers and writers of
`formats/` (EXIF tags, IIM datasets and byte limits, XMP properties), the read model and its MWG
reconciliation (`metadata`), the values `apply` may write, the options of `captions set` (the
Typer command and the Typer-free fast path) and the README's field table (`markdown_table`).

Plain data: this module imports nothing but `typing` (an import-linter contract in
pyproject.toml keeps it so), so the bottom layer (`formats/`) may import it and importing it
costs under a millisecond. The records are NamedTuples: a frozen dataclass costs 1 ms to create
on Python 3.11, four of them more than the rest of the module.

Conversions that are code, not data, stay with their format: the IIM date pair 2:55/2:60
(`formats.iptc`), EXIF's DateTimeOriginal with its offset (`formats.exif`), the one EXIF
Artist string for several creators (`metadata`).

The MWG rule (Metadata Working Group, as exiftool implements it) is the same for every field
but for one column: a field that has an EXIF tag takes the EXIF value when it is not blank;
otherwise XMP wins when there is no IIM or the IPTC digest matches or is absent; otherwise IIM,
except that an IIM value cut at its byte limit is recovered from the XMP value it begins.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

DC_NS = "http://purl.org/dc/elements/1.1/"
PHOTOSHOP_NS = "http://ns.adobe.com/photoshop/1.0/"
IPTC_CORE_NS = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
IPTC_EXT_NS = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
XMP_PREFIXES = {
    DC_NS: "dc",
    PHOTOSHOP_NS: "photoshop",
    IPTC_CORE_NS: "Iptc4xmpCore",
    IPTC_EXT_NS: "Iptc4xmpExt",
}
"""The prefix each namespace of the table is declared with when a writer adds it."""

Kind = Literal["text", "lang", "seq", "bag"]
"""XMP value shape: simple text, lang-alt (x-default written), ordered or unordered array."""
ValueType = Literal["text", "date"]
"""`date`: ISO 8601 (`YYYY-MM-DD[THH:MM:SS[+HH:MM]]`), checked before writing, and two dates
agree when one is a prefix of the other (the time zone ignored)."""


class XmpProperty(NamedTuple):
    """Where a field lives in XMP."""

    namespace: str
    name: str
    kind: Kind

    @property
    def is_list(self) -> bool:
        return self.kind in ("seq", "bag")

    @property
    def qualified(self) -> str:
        return f"{XMP_PREFIXES[self.namespace]}:{self.name}"


class IimDataset(NamedTuple):
    """Where a field lives in IPTC-IIM: a record-2 dataset, its IIM 4.2 name and byte limit."""

    number: int
    name: str
    limit: int


class ExifTag(NamedTuple):
    """Where a field lives in EXIF: a text tag of IFD0, or a date of the Exif IFD with the tag
    of its time zone (`offset`)."""

    tag: int
    name: str
    ifd: Literal["IFD0", "Exif IFD"] = "IFD0"
    offset: int | None = None

    @property
    def written(self) -> bool:
        """The EXIF patcher writes IFD0 only (it appends a new IFD0; sub-IFDs keep their bytes)."""
        return self.ifd == "IFD0"


class Field(NamedTuple):
    """One caption or credit field.

    `name` is its read-model name (`show --json`, `metadata.write`); `xmp`, `iim` and `exif` say
    where each format keeps it (None: nowhere); `option` and `help` make its `captions set`
    option (`help` None: the option has none); `apply` says what `captions apply` writes there
    (None: apply never writes it); `type` is how its value is checked and compared.
    """

    name: str
    option: str
    xmp: XmpProperty
    iim: IimDataset | None
    exif: ExifTag | None = None
    help: str | None = None
    apply: str | None = None
    type: ValueType = "text"

    @property
    def is_list(self) -> bool:
        """Several values (XMP seq or bag, a repeated IIM dataset, a repeatable option)."""
        return self.xmp.is_list

    @property
    def exif_first(self) -> bool:
        """The MWG rule: a non-blank EXIF value wins over IIM and XMP."""
        return self.exif is not None


def _dc(name: str, kind: Kind) -> XmpProperty:
    return XmpProperty(DC_NS, name, kind)


def _ps(name: str) -> XmpProperty:
    return XmpProperty(PHOTOSHOP_NS, name, "text")


_PLACE = "the place the caption gives, when known"

TABLE: tuple[Field, ...] = (
    Field(
        "caption", "--caption", _dc("description", "lang"),
        IimDataset(120, "Caption-Abstract", 2000), ExifTag(0x010E, "ImageDescription"),
        help="Caption (description).",
        apply="the article caption (caption template), the credit appended if the style says so",
    ),
    Field(
        "title", "--title", _dc("title", "lang"), IimDataset(5, "Object Name", 64),
        help="Title (IIM Object Name).",
    ),
    Field(
        "headline", "--headline", _ps("Headline"), IimDataset(105, "Headline", 256),
        apply="the article title, when it reads as a headline",
    ),
    Field(
        "byline", "--byline", _dc("creator", "seq"), IimDataset(80, "By-line", 32),
        ExifTag(0x013B, "Artist"), help="Creator; repeat for several.", apply="the photographers",
    ),
    Field(
        "byline_title", "--byline-title", _ps("AuthorsPosition"),
        IimDataset(85, "By-line Title", 32),
    ),
    Field(
        "credit", "--credit", _ps("Credit"), IimDataset(110, "Credit", 32),
        apply="the credit line: without the photographers (layout `split`) or whole (`full`)",
    ),
    Field(
        "source", "--source", _ps("Source"), IimDataset(115, "Source", 32),
        apply="the agency (first agency of the credit, else its distributor)",
    ),
    Field(
        "copyright", "--copyright", _dc("rights", "lang"),
        IimDataset(116, "Copyright Notice", 128), ExifTag(0x8298, "Copyright"),
        apply="the copyright template, e.g. `© {year} {agency}`",
    ),
    Field(
        "date_created", "--date", _ps("DateCreated"), IimDataset(55, "Date Created", 8),
        ExifTag(0x9003, "DateTimeOriginal", "Exif IFD", offset=0x9011),
        help="Date created: YYYY-MM-DD[THH:MM:SS[+HH:MM]].",
        apply="the date the caption gives", type="date",
    ),
    Field("city", "--city", _ps("City"), IimDataset(90, "City", 32), apply=_PLACE),
    Field(
        "sublocation", "--sublocation", XmpProperty(IPTC_CORE_NS, "Location", "text"),
        IimDataset(92, "Sub-location", 32),
    ),
    Field("state", "--state", _ps("State"), IimDataset(95, "Province-State", 32)),
    Field("country", "--country", _ps("Country"), IimDataset(101, "Country", 64), apply=_PLACE),
    Field(
        "country_code", "--country-code", XmpProperty(IPTC_CORE_NS, "CountryCode", "text"),
        IimDataset(100, "Country Code", 3),
    ),
    Field(
        "transmission_reference", "--transmission-reference", _ps("TransmissionReference"),
        IimDataset(103, "Original Transmission Reference", 32),
    ),
    Field(
        "instructions", "--instructions", _ps("Instructions"),
        IimDataset(40, "Special Instructions", 256),
    ),
    Field(
        "keywords", "--keyword", _dc("subject", "bag"), IimDataset(25, "Keywords", 64),
        help="Keyword; repeat for several.",
    ),
    Field(
        "persons", "--person", XmpProperty(IPTC_EXT_NS, "PersonInImage", "bag"), None,
        help="Person shown; repeatable.", apply="the people named in the caption",
    ),
)  # fmt: skip
"""The fields in the order `show` prints them."""

IIM_TIME_CREATED = IimDataset(60, "Time Created", 11)
"""Where IIM keeps the time of a `date` field (its date goes to the field's own dataset, 2:55)."""

NAMES: tuple[str, ...] = tuple(field.name for field in TABLE)
BY_NAME: dict[str, Field] = {field.name: field for field in TABLE}


def markdown_table() -> str:
    """The README's field table: one row per field, every place it is kept."""
    rows = [
        "| field | `set` option | EXIF | IPTC-IIM (byte limit) | XMP | `apply` writes |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for field in TABLE:
        option = f"`{field.option}`" + (" (repeatable)" if field.is_list else "")
        exif = "" if field.exif is None else field.exif.name
        if field.exif is not None and not field.exif.written:
            exif += " (read)"
        iim = "" if field.iim is None else _dataset(field.iim)
        if field.iim is not None and field.type == "date":
            iim += " + " + _dataset(IIM_TIME_CREATED)
        xmp = f"{field.xmp.qualified} ({_KIND_NAMES[field.xmp.kind]})"
        rows.append(f"| {field.name} | {option} | {exif} | {iim} | {xmp} | {field.apply or ''} |")
    return "\n".join(rows) + "\n"


def _dataset(dataset: IimDataset) -> str:
    return f"2:{dataset.number:02d} {dataset.name} ({dataset.limit})"


_KIND_NAMES: dict[Kind, str] = {"text": "text", "lang": "lang-alt", "seq": "seq", "bag": "bag"}

__all__ = [
    "BY_NAME",
    "DC_NS",
    "IIM_TIME_CREATED",
    "IPTC_CORE_NS",
    "IPTC_EXT_NS",
    "NAMES",
    "PHOTOSHOP_NS",
    "TABLE",
    "XMP_PREFIXES",
    "ExifTag",
    "Field",
    "IimDataset",
    "Kind",
    "ValueType",
    "XmpProperty",
    "markdown_table",
]
