"""Manifests: the matcher's pairs as CSV or JSON, for an editor to correct and feed back.

One row per photo: `photo` (id from the article), `image` (file name in the folder, empty for
none), `write` (yes/no: whether `apply` writes this photo), and, for the editor's eyes only,
`score`, `ambiguous` and the start of the `caption`. Read back, a row fixes its pair (or, with
no image, keeps the photo unmatched); photos without a row are left to the matcher.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from captions.errors import ConfigError

if TYPE_CHECKING:
    from captions.match import MatchResult

COLUMNS = ("photo", "image", "write", "score", "ambiguous", "caption")
_YES = {"yes", "y", "true", "1", "x"}
_NO = {"no", "n", "false", "0", ""}
CAPTION_PREVIEW = 80


@dataclass(frozen=True)
class ManifestEntry:
    """An editor's decision for one photo."""

    photo: int
    image: str | None
    write: bool


@dataclass(frozen=True)
class Manifest:
    path: str
    entries: tuple[ManifestEntry, ...]


def rows(result: MatchResult) -> list[dict[str, Any]]:
    """One row per photo of the article, matched or not, in photo order."""
    by_photo = {m.photo: m for m in result.matches}
    out: list[dict[str, Any]] = []
    for photo in sorted(set(result.captions) | set(by_photo)):
        found = by_photo.get(photo)
        out.append(
            {
                "photo": photo,
                "image": PurePath(found.image).name if found else "",
                "write": "yes" if found and found.write else "no",
                "score": f"{found.score:.3f}" if found else "",
                "ambiguous": "yes" if found and found.ambiguous else "no",
                "caption": result.captions.get(photo, "")[:CAPTION_PREVIEW],
            }
        )
    return out


def dumps(result: MatchResult, fmt: str) -> str:
    """The manifest text in `csv` or `json`."""
    table = rows(result)
    if fmt == "json":
        photos = [_typed(row) for row in table]
        data = {"article": result.article, "photos": photos}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return buffer.getvalue()


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    """A row with JSON types: booleans for yes/no, a number or null for the score."""
    return {
        **row,
        "image": row["image"] or None,
        "write": row["write"] == "yes",
        "ambiguous": row["ambiguous"] == "yes",
        "score": float(row["score"]) if row["score"] else None,
    }


def write(result: MatchResult, path: str | Path) -> None:
    """Write the manifest; `.json` files get JSON, anything else CSV."""
    target = Path(path)
    target.write_text(dumps(result, _format_of(target)), encoding="utf-8")


def read(path: str | Path) -> Manifest:
    """Read a manifest an editor may have changed. Raises ConfigError naming file and row."""
    source = Path(path)
    try:
        content = source.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read manifest ({exc.strerror})") from exc
    return loads(content, _format_of(source), str(source))


def loads(content: str, fmt: str, name: str = "<manifest>") -> Manifest:
    if fmt == "json":
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{name}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc
        table = data.get("photos") if isinstance(data, dict) else data
        if not isinstance(table, list):
            raise ConfigError(f"{name}: expected a list of photos")
    else:
        table = list(csv.DictReader(io.StringIO(content)))
    entries = tuple(_entry(row, n, name) for n, row in enumerate(table, start=1))
    return Manifest(name, entries)


def _entry(row: Any, number: int, name: str) -> ManifestEntry:
    if not isinstance(row, dict):
        raise ConfigError(f"{name}: row {number} is not an object")
    try:
        photo = int(str(row.get("photo", "")).strip())
    except ValueError:
        raise ConfigError(f"{name}: row {number}: photo must be a number") from None
    image = str(row.get("image") or "").strip() or None
    write = str(row.get("write", "yes" if image else "no")).strip().lower()
    if write not in _YES | _NO:
        raise ConfigError(f"{name}: row {number}: write must be yes or no, not {write!r}")
    return ManifestEntry(photo, image, image is not None and write in _YES)


def _format_of(path: Path) -> str:
    return "json" if path.suffix.lower() == ".json" else "csv"
