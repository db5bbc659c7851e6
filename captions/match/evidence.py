"""Evidence that an article's photo is a given image file, each kind scored and explained.

A pair's score is the sum of its evidence weights. Weights are on one scale: about 1 means
"this alone would convince an editor" (the article names the file, or the captions agree word
for word); negative weights are contradictions (a different photographer, a different day,
the same person at another position in the frame).

    kind        source on the article side          source on the image side
    reference   image_ref (src/srcset/path/URL)     file name
    asset_id    numbers in image_ref / caption      file name, Object Name, Transmission Ref.,
                                                    an `epa12345678` in front of the description
    caption     what the caption asserts, weighed   the same of the embedded description (best of
                by rarity in the folder             EXIF/IIM/XMP), boilerplate removed
    position    `(C)`, `(2nd L)` after a name       the same in the embedded description
    people      the people the article names        the people the description places
    credit      parsed photographers and agencies   By-line, Credit, Source
    date        caption date                        Date Created, dates in the description
    filename    caption words                       file-name words
    order       place in the article                place in the folder (tie-breaker only)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from captions.caption.boilerplate import agency_number
from captions.match import refs, text
from captions.model import Credit, Occurrence

if TYPE_CHECKING:
    from captions.metadata import ImageMetadata


_WORDS = re.compile(r"[^\W_]+")


def _flat(token: str) -> float:
    return 1.0


WEIGHT_REFERENCE = 2.0
WEIGHT_REFERENCE_FUZZY = 1.2
WEIGHT_ASSET_ID = 2.0
WEIGHT_CAPTION = 1.2
WEIGHT_POSITION_AGREES = 0.15
WEIGHT_POSITION_CONFLICT = -1.0
WEIGHT_PHOTOGRAPHER = 0.2
WEIGHT_PHOTOGRAPHER_CONFLICT = -0.3
WEIGHT_AGENCY = 0.05
WEIGHT_DATE = 0.15
WEIGHT_DATE_CONFLICT = -0.2
WEIGHT_CAPTION_DATE_CONFLICT = -1.0  # the descriptions name different days: another frame
WEIGHT_PEOPLE_MISSING = -0.4  # none of the article's people in a described file
EVENT_SHARE = 0.3  # fitted on benchmarks/match_wording.py seeds 1-2 (invented captions)
WEIGHT_FILENAME_WORD = 0.08
MAX_FILENAME = 0.3
MAX_ORDER = 0.01

# File-name words that say nothing about the picture.
_GENERIC_NAME_LIST = """img image images photo photos pic dsc dscf dscn jpg jpeg getty
    gettyimages afp ap pool reuters epa efe final edit copy web hires lores crop"""
_GENERIC_NAME_WORDS = frozenset(_GENERIC_NAME_LIST.split())


@dataclass(frozen=True)
class Evidence:
    """One reason to believe (weight > 0) or doubt (weight < 0) a photo-file pair."""

    kind: str
    detail: str
    weight: float

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "detail": self.detail, "weight": round(self.weight, 4)}


@dataclass(frozen=True)
class PhotoFacts:
    """What the article says about one photo, merged over its occurrences."""

    photo: int
    caption: str
    credit: Credit | None
    people: tuple[str, ...]
    date: str | None
    refs: tuple[str, ...]
    raw: tuple[str, ...]
    tokens: text.WeightedTokens = field(repr=False)
    positions: dict[str, str] = field(repr=False)
    surnames: tuple[str, ...] = ()  # folded surnames of the people the article names


@dataclass(frozen=True)
class ImageFacts:
    """What an image file says about itself: its name and embedded metadata."""

    path: str
    caption: str
    byline: tuple[str, ...]
    credit: str
    source: str
    ids_text: str
    date: str | None
    tokens: text.WeightedTokens = field(repr=False)
    positions: dict[str, str] = field(repr=False)
    # Captions of other blocks when EXIF, IIM and XMP disagree (a stale block still identifies).
    other_tokens: tuple[text.WeightedTokens, ...] = field(default=(), repr=False)
    plain: str = field(default="", repr=False)  # folded description without boilerplate

    @property
    def name(self) -> str:
        return PurePath(self.path).name


def photo_facts(photo: int, occurrences: Sequence[Occurrence]) -> PhotoFacts:
    """Merge the occurrences of one photo: the longest text, the first credit, all refs."""
    caption = max((o.text for o in occurrences), key=len)
    credit = next((o.credit for o in occurrences if o.credit is not None), None)
    people = tuple(dict.fromkeys(p.name for o in occurrences for p in o.people))
    date = next((o.date for o in occurrences if o.date), None)
    date = date or next(iter(text.find_dates(caption)), None)
    found_refs = tuple(dict.fromkeys(o.image_ref for o in occurrences if o.image_ref))
    return PhotoFacts(
        photo=photo,
        caption=caption,
        credit=credit,
        people=people,
        date=date,
        refs=found_refs,
        raw=tuple(o.raw for o in occurrences),
        tokens=text.weighted_tokens(caption, people),
        positions=_article_positions(caption, occurrences),
        surnames=tuple(dict.fromkeys(text.fold(n.split()[-1]) for n in people if n.split())),
    )


def _article_positions(caption: str, occurrences: Sequence[Occurrence]) -> dict[str, str]:
    """Markers read from the caption, and those the extractor gave its people."""
    found = text.positions(caption)
    for occ in occurrences:
        for person in occ.people:
            words = person.name.split()
            if person.position and words:
                found.setdefault(text.fold(words[-1]), person.position)
    return found


def image_facts(meta: ImageMetadata) -> ImageFacts:
    """Read the fields matching needs from the engine's read model."""
    caption = _text_field(meta, "caption")
    byline = tuple(_list_field(meta, "byline"))
    ids_text = " ".join(
        [
            PurePath(meta.path).name,
            _text_field(meta, "title"),
            _text_field(meta, "transmission_reference"),
            agency_number(caption) or "",
        ]
    )
    date = _text_field(meta, "date_created")[:10] or None
    blocks = _block_captions(meta)
    return ImageFacts(
        path=str(meta.path),
        caption=caption,
        byline=byline,
        credit=_text_field(meta, "credit"),
        source=_text_field(meta, "source"),
        ids_text=ids_text,
        date=date,
        tokens=text.weighted_tokens(caption),
        positions=text.positions(caption),
        plain=" | ".join(
            text.fold(text.plain_caption(c)) for c in dict.fromkeys([caption, *blocks]) if c
        ),
        other_tokens=tuple(text.weighted_tokens(c) for c in blocks if c != caption),
    )


def _block_captions(meta: ImageMetadata) -> list[str]:
    """The distinct caption values stored in each block (EXIF, IIM, XMP)."""
    value = meta.fields.get("caption")
    found = [getattr(value, block, None) for block in ("exif", "iptc", "xmp")] if value else []
    return list(dict.fromkeys(v for v in found if isinstance(v, str) and v.strip()))


def _text_field(meta: ImageMetadata, name: str) -> str:
    value = meta.fields[name].value if name in meta.fields else None
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value) if value else ""


def _list_field(meta: ImageMetadata, name: str) -> list[str]:
    value = meta.fields[name].value if name in meta.fields else None
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return [v.strip() for v in str(value).split(";") if v.strip()] if value else []


def collect(photo: PhotoFacts, image: ImageFacts, rarity: text.Rarity = _flat) -> list[Evidence]:
    """Every kind of evidence for one pair except order (which needs the whole lists).

    `rarity` weighs caption tokens by how much they tell the folder's files apart.
    """
    found: list[Evidence] = caption(photo, image, rarity)
    for kind in (reference, asset_id, position, people, credit, date, filename):
        found.extend(kind(photo, image))
    return found


def reference(photo: PhotoFacts, image: ImageFacts) -> list[Evidence]:
    """The article's image reference names this file (CDN decorations removed)."""
    stem = refs.file_stem(image.name)
    best: Evidence | None = None
    for ref in photo.refs:
        for url in refs.reference_candidates(ref):
            ref_stem = refs.reference_stem(url)
            if refs.same_stem(ref_stem, stem):
                return [Evidence("reference", f"{url} names {image.name}", WEIGHT_REFERENCE)]
            if best is None and _near_stem(ref_stem, stem):
                detail = f"{url} resembles {image.name}"
                best = Evidence("reference", detail, WEIGHT_REFERENCE_FUZZY)
    return [best] if best else []


def _near_stem(a: str, b: str) -> bool:
    if len(a) < 6 or len(b) < 6:
        return False
    return a.startswith(b) or b.startswith(a) or fuzz.ratio(a, b) >= 92


def asset_id(photo: PhotoFacts, image: ImageFacts) -> list[Evidence]:
    """An agency asset number in the article (ref or text) is this file's name or Object Name."""
    article_ids = refs.agency_ids(" ".join(photo.refs + photo.raw))
    shared = sorted(article_ids & refs.agency_ids(image.ids_text))
    if not shared:
        return []
    return [Evidence("asset_id", f"asset {shared[0]} in article and image", WEIGHT_ASSET_ID)]


def caption(photo: PhotoFacts, image: ImageFacts, rarity: text.Rarity = _flat) -> list[Evidence]:
    """Weighted token similarity of what the article caption and the description assert."""
    if not image.caption:
        return []
    score = max(_alike(photo.tokens, t, rarity) for t in (image.tokens, *image.other_tokens))
    if score <= 0:
        return []
    detail = f"captions {score:.0%} alike (people, positions, dates and rare words weigh most)"
    return [Evidence("caption", detail, WEIGHT_CAPTION * score)]


def _alike(a: text.WeightedTokens, b: text.WeightedTokens, rarity: text.Rarity) -> float:
    """Mostly how alike the claims that tell the folder's files apart are, partly how alike the
    whole captions are (which says the file is of the article's event at all)."""
    return EVENT_SHARE * text.similarity(a, b) + (1 - EVENT_SHARE) * text.similarity(a, b, rarity)


def position(photo: PhotoFacts, image: ImageFacts) -> list[Evidence]:
    """The same person at the same (or another) position marker in both captions."""
    found: list[Evidence] = []
    for surname, marker in photo.positions.items():
        other = image.positions.get(surname)
        if other is None:
            continue
        if other == marker:
            found.append(
                Evidence("position", f"{surname} ({marker}) in both", WEIGHT_POSITION_AGREES)
            )
        else:
            detail = f"{surname} ({marker}) in article, ({other}) in image"
            found.append(Evidence("position", detail, WEIGHT_POSITION_CONFLICT))
    return found


def people(photo: PhotoFacts, image: ImageFacts) -> list[Evidence]:
    """One caption names people the other does not know: another picture.

    The article names people and the description none of them; or the description places
    people in the frame (`Name (C)`) and the article's caption names none of them.
    """
    if not image.plain or not photo.caption.strip():
        return []  # a credit-only caption asserts nothing about who is in the picture
    if photo.surnames:
        words = set(_WORDS.findall(image.plain))
        if not any(s in words for s in photo.surnames):
            detail = f"none of {', '.join(photo.surnames)} in the description"
            return [Evidence("people", detail, WEIGHT_PEOPLE_MISSING)]
    if image.positions:
        said = set(_WORDS.findall(text.fold(photo.caption)))
        if not said & set(image.positions):
            detail = f"the description places {', '.join(image.positions)}; the caption does not"
            return [Evidence("people", detail, WEIGHT_PEOPLE_MISSING)]
    return []


def credit(photo: PhotoFacts, image: ImageFacts) -> list[Evidence]:
    """Photographers against By-line (or the embedded credit), agencies against Credit/Source."""
    if photo.credit is None:
        return []
    found: list[Evidence] = []
    names = {text.fold(n) for n in photo.credit.photographers}
    bylines = {text.fold(n) for n in image.byline}
    if names and bylines:
        if names & bylines:
            detail = f"photographer {', '.join(photo.credit.photographers)} is the By-line"
            found.append(Evidence("credit", detail, WEIGHT_PHOTOGRAPHER))
        else:
            wanted, byline = ", ".join(photo.credit.photographers), ", ".join(image.byline)
            detail = f"photographer {wanted}, By-line {byline}"
            found.append(Evidence("credit", detail, WEIGHT_PHOTOGRAPHER_CONFLICT))
    elif names and any(n in text.fold(image.caption) for n in names):
        found.append(
            Evidence("credit", "photographer named in the embedded caption", WEIGHT_PHOTOGRAPHER)
        )
    agencies = [a for a in (*photo.credit.agencies, photo.credit.distributor) if a]
    image_credit = text.fold(f"{image.credit} {image.source}")
    agreed = [a for a in agencies if text.fold(a) in image_credit]
    if agreed:
        found.append(
            Evidence("credit", f"agency {', '.join(agreed)} in Credit/Source", WEIGHT_AGENCY)
        )
    return found


def date(photo: PhotoFacts, image: ImageFacts) -> list[Evidence]:
    """The caption's date against the dates the description names and Date Created."""
    found: list[Evidence] = []
    said = {d for d in (photo.date, *text.find_dates(photo.caption)) if d}
    described = set(text.find_dates(image.plain))
    if said and described and not said & described:
        detail = f"caption says {min(said)}, description {min(described)}"
        found.append(Evidence("date", detail, WEIGHT_CAPTION_DATE_CONFLICT))
    return found + _date_created(photo, image)


def _date_created(photo: PhotoFacts, image: ImageFacts) -> list[Evidence]:
    if not photo.date or not image.date:
        return []
    if photo.date[:10] == image.date[:10]:
        return [Evidence("date", f"taken {image.date} as the caption says", WEIGHT_DATE)]
    return [
        Evidence(
            "date", f"caption says {photo.date}, image taken {image.date}", WEIGHT_DATE_CONFLICT
        )
    ]


def filename(photo: PhotoFacts, image: ImageFacts) -> list[Evidence]:
    """Words of the file name that the caption also uses (`daskal`, `beijing`)."""
    words = [
        w for w in dict.fromkeys(refs.name_words(image.name))
        if len(w) >= 3 and not w.isdigit() and w not in _GENERIC_NAME_WORDS
        and w not in text.STOPWORDS and w in photo.tokens.weights
    ]  # fmt: skip
    if not words:
        return []
    weight = min(MAX_FILENAME, WEIGHT_FILENAME_WORD * len(words))
    return [Evidence("filename", f"file name shares {', '.join(words)}", weight)]


def order(rank: int, count: int, image_rank: int, image_count: int) -> Evidence:
    """Tie-breaker: the n-th photo of the article goes with the n-th file of the folder."""
    a = rank / max(count - 1, 1)
    b = image_rank / max(image_count - 1, 1)
    weight = MAX_ORDER * (1 - abs(a - b))
    return Evidence(
        "order", f"photo {rank + 1} of {count}, file {image_rank + 1} of {image_count}", weight
    )
