"""Python floors the runner measures beside the tools: what no Python implementation can beat.

    python benchmarks/floor.py walk FILES      # walk the JPEG segment headers up to SOS
    python benchmarks/floor.py rewrite FILES   # read each file whole, write it back atomically

`rewrite` is the I/O floor of a safe atomic write, what any tool that replaces files the way
captions does must at least do: read the file whole, write a temporary file in the same folder,
fsync it (without that, a crash after the rename can leave an empty or partial file under the
original name), then os.replace. It does not parse anything, check anything or fsync the folder.
exiftool writes a temporary file and renames it without fsync; exiv2 rewrites in place.
"""

from __future__ import annotations

import os
import sys


def walk(path: str) -> int:
    """Count the segments before SOS: one read of 64 KB, then a small read per header beyond."""
    count = 0
    with open(path, "rb") as handle:
        head = handle.read(65536)
        pos = 2
        while True:
            if pos + 4 <= len(head):
                header = head[pos : pos + 4]
            else:
                handle.seek(pos)
                header = handle.read(4)
                if len(header) < 4:
                    return count
            if header[1] == 0xDA:  # SOS: the scan follows
                return count
            pos += 2 + int.from_bytes(header[2:4], "big")
            count += 1


def rewrite(path: str) -> None:
    with open(path, "rb") as handle:
        data = handle.read()
    temporary = f"{path}.floor-tmp"
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def main(argv: list[str]) -> int:
    if len(argv) < 1 or argv[0] not in ("walk", "rewrite"):
        print("usage: floor.py walk|rewrite FILES", file=sys.stderr)
        return 2
    if argv[0] == "walk":
        print(sum(walk(path) for path in argv[1:]))
    else:
        for path in argv[1:]:
            rewrite(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
