"""Image references in articles (URLs, paths, srcset) reduced to comparable file-name stems.

A CMS rarely serves the file the desk holds: it renames sizes (`-1024x683`, `_800w`, `@2x`,
`-scaled`), adds query strings and URL-encodes names. Both sides are reduced to a folded stem
without those decorations before they are compared.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from captions.match.text import fold

# Decorations CDNs and CMSs add to a file name's stem, removed repeatedly from the end.
_SIZE_SUFFIXES = (
    re.compile(r"[-_]\d{2,5}x\d{2,5}$"),  # WordPress -1024x683
    re.compile(r"[-_]\d{2,5}w$"),  # _800w, -1200w
    re.compile(r"@\d(?:\.\d)?x$"),  # @2x
    re.compile(r"[-_](?:scaled|thumb|thumbnail|large|medium|small|full|original|rotated)$"),
    re.compile(r"[-_]e\d{10,13}$"),  # WordPress edited copies -e1706612345678
    re.compile(r"[-_](?:w|h|q)\d{2,5}$"),  # -w800
)
_EXTENSIONS = re.compile(r"\.(?:jpe?g|png|gif|webp|tiff?|heic|avif|jxl|psd)$", re.IGNORECASE)
_LONG_NUMBER = re.compile(r"(?<!\d)\d{7,12}(?!\d)")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_SPLIT = re.compile(r"[^0-9a-z]+")


def reference_candidates(ref: str) -> list[str]:
    """The URLs in an image reference: one `src`, or each entry of a `srcset`."""
    parts = [p.strip() for p in ref.split(",")] if re.search(r"\s\d+[wx]\s*(,|$)", ref) else [ref]
    return [p.split()[0] for p in parts if p.strip()]


def reference_stem(ref: str) -> str:
    """`https://cdn.x/up/GettyImages-19798%2D1024x683.JPG?w=800` -> `gettyimages-19798`."""
    path = urlsplit(ref.strip()).path if "://" in ref or ref.startswith("//") else ref
    path = path.split("?", 1)[0].split("#", 1)[0]
    name = PurePosixPath(unquote(path).replace("\\", "/")).name
    return file_stem(name)


def file_stem(name: str) -> str:
    """A file name's folded stem without extension and CDN size decorations."""
    stem = fold(_EXTENSIONS.sub("", name.strip()))
    changed = True
    while changed:
        changed = False
        for suffix in _SIZE_SUFFIXES:
            shorter = suffix.sub("", stem)
            if shorter != stem and shorter:
                stem, changed = shorter, True
    return stem


def same_stem(a: str, b: str) -> bool:
    """Equal stems, ignoring the separators CMSs change (`my_photo` vs `my-photo`)."""
    return bool(a) and _SPLIT.sub("", a) == _SPLIT.sub("", b)


def asset_ids(text: str) -> set[str]:
    """Agency asset numbers (7 to 12 digits, e.g. Getty `1979853050`) found in a string.

    Eight-digit dates (`20240130`) are not asset numbers: every frame of a day shares them.
    """
    return {n for n in _LONG_NUMBER.findall(text) if not _COMPACT_DATE.fullmatch(n)}


# Agency IDs written with letters and digits: Reuters `RC2X8A9ABCDE`, AP's 32 hexadecimal digits.
_MIXED_ID = re.compile(
    r"(?<![0-9A-Za-z])(?=[0-9A-Za-z]*\d[0-9A-Za-z]*\d)(?=[0-9A-Za-z]*[A-Za-z])"
    r"[0-9A-Za-z]{10,40}(?![0-9A-Za-z])"
)


def agency_ids(text: str) -> set[str]:
    """Agency asset IDs in a string: long numbers (`asset_ids`) and IDs of letters and digits
    (`RC2X8A9ABCDE`, `9f1b2c...`), folded. A word with a number (`Lisbon2025`, `epa11234567`)
    is not one; its long number may be."""
    mixed = {m.casefold() for m in _MIXED_ID.findall(text) if _interleaved(m)}
    return asset_ids(text) | {m for m in mixed if sum(c.isdigit() for c in m) >= 3}


def _interleaved(token: str) -> bool:
    """Letters and digits alternate at least three times: `RC2X8A9`, not `Lisbon2025`."""
    runs = re.findall(r"[A-Za-z]+|\d+", token)
    return len(runs) >= 4


def name_words(name: str) -> list[str]:
    """Words of a file name (`FerryTerminal_Wisniewski-03.jpg` -> `ferry`, `terminal`, ...)."""
    stem = _EXTENSIONS.sub("", PurePosixPath(name).name)
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", stem)
    return [w for w in _SPLIT.split(fold(spaced)) if w]
