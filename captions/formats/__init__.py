"""Bytes in, fields out, bytes back. Nothing here imports anything above `captions.formats`."""
