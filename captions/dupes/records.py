"""The result records of duplicate detection: small, immutable, JSON-ready."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from captions.dupes.diff import Change
from captions.model import Severity


class GroupKind(StrEnum):
    SAME_PHOTO = "same-photo"
    SIBLING = "sibling"
    SAME_CAPTION_DIFFERENT_PICTURES = "same-caption-different-pictures"
    SAME_PICTURE_DIFFERENT_CAPTIONS = "same-picture-different-captions"
    IDENTICAL_FILES = "identical-files"


# Repeated printings of one photo and copies of one file are normal; the rest needs an editor.
SEVERITY = {
    GroupKind.SAME_PHOTO: Severity.INFO,
    GroupKind.IDENTICAL_FILES: Severity.INFO,
    GroupKind.SIBLING: Severity.WARNING,
    GroupKind.SAME_CAPTION_DIFFERENT_PICTURES: Severity.WARNING,
    GroupKind.SAME_PICTURE_DIFFERENT_CAPTIONS: Severity.WARNING,
}


@dataclass(frozen=True)
class Member:
    """One caption in a group: an article occurrence (with line and photo) or an image file."""

    path: str
    text: str
    line: int | None = None
    photo: int | None = None
    credit: str | None = None

    def to_json(self) -> dict[str, Any]:
        record: dict[str, Any] = {"path": self.path}
        if self.line is not None:
            record["line"] = self.line
        if self.photo is not None:
            record["photo"] = self.photo
        record["text"] = self.text
        if self.credit is not None:
            record["credit"] = self.credit
        return record


@dataclass(frozen=True)
class Difference:
    """Words of member `member` that differ from the group's first member."""

    member: int
    change: Change

    def to_json(self) -> dict[str, Any]:
        return {"member": self.member, **self.change.to_json()}


@dataclass(frozen=True)
class DuplicateGroup:
    kind: GroupKind
    members: tuple[Member, ...]
    similarity: float
    differences: tuple[Difference, ...] = ()

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.kind]

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "members": [member.to_json() for member in self.members],
            "similarity": round(self.similarity, 4),
            "differences": [difference.to_json() for difference in self.differences],
        }


@dataclass(frozen=True)
class DuplicateReport:
    """The groups found, and problems with inputs that did not stop the search."""

    groups: tuple[DuplicateGroup, ...]
    warnings: tuple[str, ...] = ()

    @property
    def worst(self) -> Severity | None:
        order = [Severity.INFO, Severity.WARNING, Severity.ERROR]
        severities = [group.severity for group in self.groups]
        return max(severities, key=order.index) if severities else None

    def to_json(self) -> dict[str, Any]:
        return {"groups": [group.to_json() for group in self.groups]}


__all__ = ["Difference", "DuplicateGroup", "DuplicateReport", "GroupKind", "Member", "SEVERITY"]
