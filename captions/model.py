"""Small immutable records shared by the article side, the engine and the audit."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Credit:
    """A credit line split into its parts. `raw` is the credit as printed (label kept)."""

    raw: str = ""
    photographers: tuple[str, ...] = ()
    pool: bool = False
    agencies: tuple[str, ...] = ()
    distributor: str | None = None
    handout: bool = False
    file_photo: bool = False
    courtesy: bool = False
    commissioned: bool = False

    def parts(self) -> dict[str, Any]:
        """The parsed parts as plain JSON-ready values (lists, not tuples)."""
        return {
            "photographers": list(self.photographers),
            "pool": self.pool,
            "agencies": list(self.agencies),
            "distributor": self.distributor,
            "handout": self.handout,
            "file_photo": self.file_photo,
            "courtesy": self.courtesy,
            "commissioned": self.commissioned,
        }


@dataclass(frozen=True)
class Person:
    """A person named in a caption, with a normalized position marker (`L`, `2nd R`, `C`)."""

    name: str
    position: str | None = None


@dataclass(frozen=True)
class Occurrence:
    """One printing of a caption in an article. Photos and indexes count from 0, lines from 1."""

    index: int
    photo: int
    line: int
    offset: int
    raw: str
    text: str
    credit: Credit | None = None
    people: tuple[Person, ...] = ()
    date: str | None = None
    place: str | None = None
    image_ref: str | None = None
    kind: str = "photo"


@dataclass(frozen=True)
class Article:
    """An article and the caption occurrences found in it, in document order."""

    path: str
    format: str
    title: str | None
    captions: tuple[Occurrence, ...] = ()

    @property
    def photos(self) -> dict[int, tuple[Occurrence, ...]]:
        """Occurrences grouped by photo id, in order of first appearance."""
        groups: dict[int, list[Occurrence]] = {}
        for occ in self.captions:
            groups.setdefault(occ.photo, []).append(occ)
        return {photo: tuple(occs) for photo, occs in groups.items()}


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Finding:
    """One problem found by a rule: small, immutable, sortable by path."""

    code: str
    name: str
    severity: Severity
    path: str
    message: str
    field: str | None = None
    fixable: bool = False
    line: int | None = None  # the line of a text file (an article) it is about; images have none

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "path": self.path,
            "field": self.field,
            "message": self.message,
            "fixable": self.fixable,
            "line": self.line,
        }


__all__ = ["Article", "Credit", "Finding", "Occurrence", "Person", "Severity"]
