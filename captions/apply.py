"""Write an article's captions and normalized credits into the files the matcher paired.

For each match that may be written (confident, or confirmed by a manifest) the values go
through `captions.metadata.write`, which puts each field in every block (EXIF, IIM, XMP) where
it exists. Files without a written match are never opened for writing, so they stay
byte-identical. Which fields are written, and from what part of the article, is the `apply`
column of the field table (`captions.fields`; the README's field table is generated from it):
the caption, the credit in the house layout (`split` without the photographers, `full` whole),
the photographers as by-line, the agency as source, the copyright template, the date, city,
country and people the caption gives, and the article's title as headline.

House style comes from `[tool.captions]` (credit-style, caption-template, copyright-template)
and `[tool.captions.apply]` (credit-layout, append-credit, fields) in the closest
pyproject.toml or captions.toml; the command line overrides both.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from captions import metadata
from captions.audit.config import config_from_file, find_config
from captions.caption.fold import fold
from captions.credit import format_credit
from captions.errors import CaptionsError, ConfigError
from captions.fields import TABLE
from captions.match import Match, MatchResult
from captions.metadata import FieldValue
from captions.model import Article, Credit, Occurrence
from captions.writer import WriteBatch, remove_stale_temps_near

if TYPE_CHECKING:
    from captions.audit.config import AuditConfig

LAYOUTS = ("split", "full")
WRITABLE_FIELDS: tuple[str, ...] = tuple(f.name for f in TABLE if f.apply is not None)
DEFAULT_COPYRIGHT = "© {year} {agency}"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_FRACTION = re.compile(r"(?<=:\d\d)\.\d+")  # sub-seconds of a time

Value = str | list[str]


@dataclass(frozen=True)
class HouseStyle:
    """How the desk wants captions and credits written."""

    credit_style: str = "getty"  # getty, ap, or a template for captions.credit.format_credit
    layout: str = "split"
    append_credit: bool = False
    caption_template: str = "{text}"
    copyright_template: str = DEFAULT_COPYRIGHT
    fields: tuple[str, ...] = WRITABLE_FIELDS

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ConfigError(
                f"credit layout must be one of {', '.join(LAYOUTS)}, not {self.layout!r}"
            )
        unknown = [f for f in self.fields if f not in WRITABLE_FIELDS]
        if unknown:
            known = ", ".join(WRITABLE_FIELDS)
            raise ConfigError(f"cannot write field(s) {', '.join(unknown)} (known: {known})")


@dataclass(frozen=True)
class FileReport:
    """What apply did (or, in a dry run, would do) to one file."""

    path: str
    photo: int
    changes: tuple[tuple[str, Any, Any], ...]
    written: bool
    warnings: tuple[str, ...] = ()
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "photo": self.photo,
            "written": self.written,
            "changes": [{"field": f, "before": b, "after": a} for f, b, a in self.changes],
            "warnings": list(self.warnings),
            "error": self.error,
        }


@dataclass(frozen=True)
class ApplyReport:
    """Every file apply handled, and the photos it left alone with the reason."""

    result: MatchResult
    files: tuple[FileReport, ...]
    skipped: tuple[tuple[int, str], ...]
    dry_run: bool

    @property
    def errors(self) -> tuple[FileReport, ...]:
        return tuple(f for f in self.files if f.error)

    @property
    def complete(self) -> bool:
        """Every photo matched and written (or, in a dry run, writable)."""
        return not self.skipped and not self.errors

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.result.article,
            "dry_run": self.dry_run,
            "files": [f.to_json() for f in self.files],
            "skipped": [{"photo": p, "reason": r} for p, r in self.skipped],
            "unmatched_images": list(self.result.unmatched_images),
        }


def apply(
    article: Article,
    result: MatchResult,
    style: HouseStyle = HouseStyle(),
    *,
    dry_run: bool = False,
) -> ApplyReport:
    """Write every writable match of `result`; report the others as skipped."""
    photos = article.photos
    files: list[FileReport] = []
    skipped = [
        (
            p,
            "its manifest row cannot be honoured"
            if p in result.stopped_photos
            else "no matching image",
        )
        for p in result.unmatched_photos
    ]
    removed = {} if dry_run else _remove_stale_temps(result.matches)
    pending: dict[str, int] = {}  # staged path -> its report's index in `files`
    with WriteBatch() as batch:  # one durability barrier per batch, as `captions set`
        for found in result.matches:
            if not found.write:
                why = "ambiguous match" if found.ambiguous else "the manifest says not to write"
                skipped.append((found.photo, f"{why} ({found.image})"))
                continue
            if batch.full or batch.holds(found.image):  # a second write reads the first
                _commit(batch, pending, files)
            values, warnings = photo_values(article, photos[found.photo], style)
            warnings = [*removed.get(found.image, ()), *warnings]
            files.append(_write(found, values, warnings, None if dry_run else batch))
            if len(batch) > len(pending):
                pending[found.image] = len(files) - 1
        _commit(batch, pending, files)
    return ApplyReport(result, tuple(files), tuple(sorted(skipped)), dry_run)


def _write(
    found: Match, values: dict[str, Value], warnings: list[str], batch: WriteBatch | None
) -> FileReport:
    """Stage the values of one match in `batch` (None: a dry run, nothing written)."""
    try:
        current = metadata.read(found.image)
        values = keep_what_the_file_states(values, current.fields)
        written = metadata.write(found.image, values, dry_run=batch is None, batch=batch)
    except CaptionsError as exc:
        return FileReport(found.image, found.photo, (), False, tuple(warnings), str(exc))
    changes = tuple(tuple(change) for change in written.changes)
    return _report(found, changes, written.written, (*warnings, *written.warnings))


def _commit(batch: WriteBatch, pending: dict[str, int], files: list[FileReport]) -> None:
    """Commit the staged files; a file the commit could not replace keeps its original and its
    report says why, as a write that raised."""
    for outcome in batch.commit():
        if outcome.error is not None:
            index = pending[outcome.path]
            report = files[index]
            files[index] = replace(report, changes=(), written=False, error=str(outcome.error))
    pending.clear()


def _remove_stale_temps(matches: Sequence[Match]) -> dict[str, list[str]]:
    """Clean the folders about to be written of temporary files that killed writes left behind;
    one warning each, on the first file written in that folder."""
    written = [found.image for found in matches if found.write]
    return {
        image: [f"removed {temp}, a temporary file left by an interrupted write" for temp in temps]
        for image, temps in remove_stale_temps_near(written).items()
    }


def _report(
    found: Match, changes: tuple[Any, ...], written: bool, warnings: Sequence[str]
) -> FileReport:
    return FileReport(found.image, found.photo, changes, written, tuple(warnings))


def photo_values(
    article: Article, occurrences: Sequence[Occurrence], style: HouseStyle
) -> tuple[dict[str, Value], list[str]]:
    """The field values for one photo in the house style, and warnings for what is missing."""
    text = max((o.text for o in occurrences), key=len)
    credit = next((o.credit for o in occurrences if o.credit is not None), None)
    people = list(dict.fromkeys(p.name for o in occurrences for p in o.people))
    date = next((o.date for o in occurrences if o.date), None)
    place = next((o.place for o in occurrences if o.place), None)
    values: dict[str, Value] = {}
    warnings: list[str] = []
    city, country = split_place(place)
    if city:
        values["city"] = city
    if country:
        values["country"] = country
    if date:
        values["date_created"] = date
    if people:
        values["persons"] = people
    headline = headline_of(article.title)
    if headline:
        values["headline"] = headline
    if credit is not None:
        values.update(credit_values(credit, style))
    else:
        warnings.append(f"photo {occurrences[0].photo}: the article gives no credit")
    line = format_line(credit, style.credit_style) if credit else ""
    values["caption"] = caption_text(text, line, values, style)
    copyright_notice = fill(style.copyright_template, _placeholders(values, credit, line, text))
    if copyright_notice is None:
        warnings.append(
            f"photo {occurrences[0].photo}: copyright template needs values the article lacks"
        )
    else:
        values["copyright"] = copyright_notice
    return {k: v for k, v in values.items() if k in style.fields}, warnings


def headline_of(title: str | None) -> str | None:
    """The article's title when it reads as a headline; None for a page label.

    A scraped page may open with a label where the headline should be (`Supported by`, a
    section such as `World`, a country name: one to three words). A title of fewer than four
    words, or of fewer than eight characters in a script written without spaces (Chinese,
    Japanese, Thai), or one ending in a colon, is not written: the file's Headline stays.
    """
    title = (title or "").strip()
    if not title or title.endswith((":", "：")):
        return None
    unspaced = sum(1 for c in title if unicodedata.name(c, "").startswith(_UNSPACED_SCRIPTS))
    if len(title.split()) >= 4 or unspaced >= 8:
        return title
    return None


_UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "THAI")


def keep_what_the_file_states(
    values: Mapping[str, Value], current: Mapping[str, FieldValue]
) -> dict[str, Value]:
    """`values` less what would make a field less precise or replace what the caption confirms.

    - date_created: the article's day fills a missing date and corrects a wrong day, but a
      date-time whose day agrees is kept whole (time, seconds and time zone); a wrong day keeps
      the file's time and zone on the article's day;
    - city, country: a place the file holds and the caption itself names stays (the caption
      may mention other places in passing);
    - persons: the names the file lists are kept, the article's added after them.
    """
    out = dict(values)
    date = out.get("date_created")
    before = _text(current.get("date_created"))
    if isinstance(date, str) and before and len(before) > len(date) and before[:4].isdigit():
        if before[: len(date)] == date:
            del out["date_created"]
        elif len(date) == 10 and before[10:11] == "T":
            # the writer stores whole seconds (IIM holds no fraction): the day is corrected
            out["date_created"] = date + _FRACTION.sub("", before[10:])
    text = out.get("caption")
    caption = fold(text) if isinstance(text, str) else ""
    for name in ("city", "country"):
        held = _text(current.get(name))
        if name in out and held and fold(held) in caption:
            del out[name]
    persons = out.get("persons")
    held_persons = current.get("persons")
    if isinstance(persons, list) and held_persons is not None:
        held_list = held_persons.value if isinstance(held_persons.value, list) else []
        known = {fold(n) for n in held_list}
        out["persons"] = [*held_list, *(n for n in persons if fold(n) not in known)]
    return out


def _text(field: FieldValue | None) -> str | None:
    value = field.value if field is not None else None
    return value if isinstance(value, str) and value.strip() else None


def credit_values(credit: Credit, style: HouseStyle) -> dict[str, Value]:
    """Credit, By-line and Source in the house layout."""
    values: dict[str, Value] = {}
    if credit.photographers:
        values["byline"] = list(credit.photographers)
    agency = credit.agencies[0] if credit.agencies else credit.distributor
    if agency:
        values["source"] = agency
    if style.layout == "full" or not credit.photographers:
        values["credit"] = format_line(credit, style.credit_style)
    else:
        values["credit"] = format_line(
            replace(credit, photographers=(), raw=""), style.credit_style
        )
    return values


def format_line(credit: Credit, credit_style: str) -> str:
    line: str = format_credit(credit, credit_style)
    return line


def caption_text(text: str, line: str, values: Mapping[str, Value], style: HouseStyle) -> str:
    """The caption template filled in, with the credit appended when the style asks."""
    fields = {k: v if isinstance(v, str) else ", ".join(v) for k, v in values.items()}
    caption = fill(style.caption_template, {**fields, "text": text}) or text
    if style.append_credit and line:
        caption = f"{caption} {line if line.startswith('(') else f'({line})'}"
    return caption


def _placeholders(
    values: Mapping[str, Value], credit: Credit | None, line: str, text: str
) -> dict[str, str]:
    found = {k: v if isinstance(v, str) else ", ".join(v) for k, v in values.items()}
    date = found.get("date_created", "")
    if date[:4].isdigit():
        found["year"] = date[:4]
    if credit is not None:
        agency = credit.agencies[0] if credit.agencies else credit.distributor
        if agency:
            found["agency"] = agency
        found["photographers"] = ", ".join(credit.photographers)
        found["credit_line"] = line
    found["text"] = text
    return found


def fill(template: str, values: Mapping[str, str]) -> str | None:
    """`template` with `{name}` replaced; None when a placeholder has no value."""
    missing = [n for n in _PLACEHOLDER.findall(template) if not values.get(n)]
    if missing:
        return None
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def split_place(place: str | None) -> tuple[str | None, str | None]:
    """`Lisbon, Portugal` -> (Lisbon, Portugal); `Lisbon` -> (Lisbon, None); prose -> nothing."""
    if not place:
        return None, None
    parts = [p.strip() for p in place.split(",")]
    if len(parts) > 2 or not all(_looks_like_place_name(p) for p in parts):
        return None, None
    return parts[0], parts[1] if len(parts) == 2 else None


def _looks_like_place_name(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 4 and words[0][:1].isupper()


# -- configuration ------------------------------------------------------------------------------


def house_style(start: str | Path = ".", **overrides: Any) -> HouseStyle:
    """The house style from the closest configuration file, with `overrides` (None = unset)."""
    found = find_config(start)
    return style_from_config(config_from_file(found) if found else None, **overrides)


def style_from_config(config: AuditConfig | None, **overrides: Any) -> HouseStyle:
    """The house style a configuration (`captions.audit.config`, the one loader) describes."""
    settings: dict[str, Any] = {}
    if config is not None:
        for name, value in (
            ("credit_style", config.credit_style),
            ("caption_template", config.caption_template),
            ("copyright_template", config.copyright_template),
            ("layout", config.credit_layout),
            ("append_credit", config.append_credit),
            ("fields", config.apply_fields),
        ):
            if value is not None:
                settings[name] = value
    settings.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return HouseStyle(**settings)
    except ConfigError as exc:
        where = config.source if config is not None and config.source else None
        raise ConfigError(f"{where}: {exc}" if where else str(exc)) from None


__all__ = [
    "ApplyReport",
    "FileReport",
    "HouseStyle",
    "apply",
    "house_style",
    "photo_values",
    "style_from_config",
]
