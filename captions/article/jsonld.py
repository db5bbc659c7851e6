"""schema.org JSON-LD: the `caption` of every `ImageObject`, with its offset in the page.

`NewsArticle.image` lists, `@graph` arrays and nested objects are walked in document order. The
offset of a caption is its first character in the source (just after the opening quote), found by
scanning the JSON text itself with the JSON string decoder.
"""

from __future__ import annotations

import bisect
import html
import json
import re
from dataclasses import dataclass
from typing import Any

from captions.article.common import Draft, LineSpan
from captions.caption.normalize import strip_labels

_DECODER = json.JSONDecoder()
_CAPTION_KEY = re.compile(r'"caption"\s*:\s*"')


@dataclass(frozen=True)
class JsonLdCaption:
    line: int
    offset: int
    caption: str
    credit: str | None
    url: str | None

    def draft(self) -> Draft:
        span = LineSpan(self.line, self.offset, self.offset + len(self.caption))
        text = strip_labels(html.unescape(self.caption) if "&" in self.caption else self.caption)
        return Draft(span, self.caption, text, self.credit, self.url)


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type", ())
    return {value} if isinstance(value, str) else {v for v in value if isinstance(v, str)}


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for v in value if (n := _name(v))]
        return "/".join(names) or None
    return None


def _credit(obj: dict[str, Any]) -> str | None:
    for key in ("creditText", "copyrightHolder", "creator", "author", "copyrightNotice"):
        name = _name(obj.get(key))
        if name:
            return name
    return None


# Images of the publisher or of people, not of the story: logos, author portraits.
_NOT_STORY_KEYS_TEXT = "logo author publisher creator brand sourceOrganization contributor editor"
_NOT_STORY_KEYS = frozenset(_NOT_STORY_KEYS_TEXT.split())
_NOT_STORY_TYPES_TEXT = "Organization NewsMediaOrganization Person WebSite Corporation Brand"
_NOT_STORY_TYPES = frozenset(_NOT_STORY_TYPES_TEXT.split())


def _image_objects(node: Any) -> list[dict[str, Any]]:
    """ImageObjects with a string caption, in document order (logos and portraits left out)."""
    found: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            found.extend(_image_objects(item))
    elif isinstance(node, dict):
        if _types(node) & _NOT_STORY_TYPES:
            return found
        if "ImageObject" in _types(node) and isinstance(node.get("caption"), str):
            found.append(node)
        for key, value in node.items():
            if key not in _NOT_STORY_KEYS:
                found.extend(_image_objects(value))
    return found


def jsonld_captions(script: str, start: int, line_starts: list[int]) -> list[JsonLdCaption]:
    """Captions of the ImageObjects in one JSON-LD script whose text begins at offset `start`."""
    try:
        data = json.loads(script)
    except ValueError:
        return []  # broken JSON-LD is common on real pages; the visible captions still count
    positions: list[tuple[int, str]] = []
    for m in _CAPTION_KEY.finditer(script):
        try:
            value, _end = _DECODER.raw_decode(script, m.end() - 1)
        except ValueError:
            continue
        if not isinstance(value, str):
            continue
        positions.append((m.end(), value))
    result: list[JsonLdCaption] = []
    cursor = 0
    for obj in _image_objects(data):
        caption = obj["caption"].strip()
        for i in range(cursor, len(positions)):
            if positions[i][1].strip() == caption and caption:
                offset = start + positions[i][0]
                line = bisect.bisect_right(line_starts, offset)
                url = _name(obj.get("contentUrl")) or _name(obj.get("url"))
                result.append(JsonLdCaption(line, offset, positions[i][1], _credit(obj), url))
                cursor = i + 1
                break
    return result


__all__ = ["JsonLdCaption", "jsonld_captions"]
