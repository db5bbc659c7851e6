"""Photoshop blocks spread over several APP13 segments, and writing the IIM back into them.

Two shapes meet in the wild, and a reader cannot tell them apart by the segments alone:

(a) one 8BIM resource stream too large for a segment, cut across consecutive APP13 segments
    (Photoshop does this; a resource, even an IIM dataset, may straddle the cut): the payloads
    concatenate into one stream;
(b) several complete Photoshop blocks, one per segment, each with its own IIM (0x0404) and digest
    (0x0425), as some tools leave behind when they add a block instead of replacing one.

`blocks_of` tells them apart by parsing: consecutive segment payloads are joined until they
parse completely, and each such run is one block. Reading concatenates every block (exiftool
does the same) and merges the IIM streams (`iptc.merge_blocks`); `rewrite` writes the merged IIM
and its digest into the block that held the first IIM and takes the IIM and digest out of every
other block, keeping each block's other resources byte for byte in its own segment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from captions.formats import iptc


class PhotoshopBlock(NamedTuple):
    """One complete resource stream and the number of APP13 segments it was read from."""

    stream: bytes
    segments: int
    complete: bool  # False: the last run of segments never parsed completely


def blocks_of(parts: Sequence[bytes]) -> list[PhotoshopBlock]:
    """The Photoshop blocks of consecutive APP13 payloads (without their `Photoshop 3.0` prefix)."""
    blocks: list[PhotoshopBlock] = []
    pending: list[bytes] = []
    for part in parts:
        pending.append(part)
        stream = b"".join(pending)
        if iptc.parse_8bim_lenient(stream)[1] is None:
            blocks.append(PhotoshopBlock(stream, len(pending), complete=True))
            pending = []
    if pending:
        blocks.append(PhotoshopBlock(b"".join(pending), len(pending), complete=False))
    return blocks


def describe(parts: Sequence[bytes]) -> str:
    """How several APP13 segments hold their Photoshop data, for the duplicate-segment report."""
    blocks = blocks_of(parts)
    if len(blocks) == 1:
        return f"{len(parts)} Photoshop APP13 segments (one block split across them)"
    return f"{len(parts)} Photoshop APP13 segments ({len(blocks)} separate Photoshop blocks)"


def rewrite(parts: Sequence[bytes], iim: bytes) -> list[bytes]:
    """New 8BIM streams for the APP13 segments read as `parts`, with `iim` as the only IIM.

    One entry per part, in order: a block's new stream at its first segment (to be cut into as
    many segments as it needs) and b"" for the segments it continues into and for a block left
    with no resource (those segments are dropped). With no parts, one new block.
    Raises FormatError when a block cannot be parsed completely.
    """
    if not parts:
        return [iptc.update_8bim(None, iim)]
    blocks = blocks_of(parts)
    home = _home(blocks)
    out: list[bytes] = []
    for index, block in enumerate(blocks):
        new = iptc.update_8bim(block.stream, iim) if index == home else _without_iim(block.stream)
        out += [new, *[b""] * (block.segments - 1)]
    return out


def _home(blocks: list[PhotoshopBlock]) -> int:
    """The block that receives the IIM: the first holding an IIM, else a digest, else the first."""
    for wanted in (iptc.IIM_RESOURCE, iptc.DIGEST_RESOURCE):
        for index, block in enumerate(blocks):
            resources, _ = iptc.parse_8bim_lenient(block.stream)
            if any(r.id == wanted and r.signature == b"8BIM" for r in resources):
                return index
    return 0


def _without_iim(stream: bytes) -> bytes:
    resources = iptc.parse_8bim(stream)  # raises on a block we cannot parse completely
    ours = (iptc.IIM_RESOURCE, iptc.DIGEST_RESOURCE)
    kept = [r for r in resources if not (r.id in ours and r.signature == b"8BIM")]
    if len(kept) == len(resources):
        return stream
    if not kept:
        return b""  # only IIM and digest: the segment goes
    consumed = sum(len(r.raw) for r in resources)
    return b"".join(iptc.padded(r) for r in kept) + stream[consumed:]


__all__ = ["PhotoshopBlock", "blocks_of", "describe", "rewrite"]
