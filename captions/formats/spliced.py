"""A new file's bytes as a new head followed by part of the original, not copied.

A JPEG whose metadata changes keeps its scan (the megabytes of picture) byte for byte, so its new
bytes are the new header, then the original from its SOS marker on. Joining the two into one
bytes object copies the scan and faults in a fresh buffer of its size (0.5 ms a file of 1.8 MB,
a third of the write plan); `Spliced` keeps them apart: the writer hands both to one
`os.writev`, the read-back and the check before the rename compare them in place.

    new = Spliced(header, original, scan_offset)     # header + original[scan_offset:]
    new.size, new.views(), new.matches(at, chunk), new.joined()
"""

from __future__ import annotations

from typing import NamedTuple


class Spliced(NamedTuple):
    """`head`, then `source[kept_from:]`: the bytes of a file, in two pieces."""

    head: bytes
    source: bytes = b""
    kept_from: int = 0

    @property
    def size(self) -> int:
        return len(self.head) + max(len(self.source) - self.kept_from, 0)

    def kept(self) -> memoryview:
        """The part taken from `source`, as a view (no copy)."""
        return memoryview(self.source)[self.kept_from :]

    def views(self) -> tuple[memoryview, ...]:
        """The pieces to write, in order (empty pieces left out)."""
        pieces = [memoryview(self.head)] if self.head else []
        if self.kept_from < len(self.source):
            pieces.append(self.kept())
        return tuple(pieces)

    def joined(self) -> bytes:
        """The bytes as one object (a copy unless one piece is empty)."""
        if not self.head and not self.kept_from:
            return self.source
        if self.kept_from >= len(self.source):
            return self.head
        return b"".join((self.head, self.kept()))

    def first(self, count: int) -> bytes:
        """The first `count` bytes (fewer if the file is shorter)."""
        if len(self.head) >= count:
            return self.head[:count]
        rest = count - len(self.head)
        return self.head + self.source[self.kept_from : self.kept_from + rest]

    def matches(self, at: int, chunk: bytes | memoryview) -> bool:
        """Whether the bytes from offset `at` begin with `chunk` (compared in place)."""
        if not chunk:
            return True
        head = self.head
        if at < len(head):
            count = min(len(chunk), len(head) - at)
            if not head.startswith(chunk[:count], at):
                return False
            chunk = chunk[count:]
            if not chunk:
                return True
            at = len(head)
        return self.source.startswith(chunk, self.kept_from + at - len(head))

    def same_as(self, data: bytes) -> bool:
        """Whether these are exactly the bytes of `data`."""
        if self.size != len(data):
            return False
        if self.source is data and self.kept_from == len(self.head) and data.startswith(self.head):
            return True  # the kept part is `data`'s own tail
        return self.matches(0, data)


def as_spliced(data: bytes | Spliced) -> Spliced:
    """`data` as a `Spliced` (one piece when it is plain bytes)."""
    return data if isinstance(data, Spliced) else Spliced(b"", data, 0)


__all__ = ["Spliced", "as_spliced"]
