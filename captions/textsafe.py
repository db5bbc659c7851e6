"""Untrusted text made safe for an output: a file's bytes never drive a terminal or break XML.

Captions, credits, paths and messages come from the files we read, so any of them may hold an
escape sequence (`ESC [2J` clears a reviewer's screen) or a character XML 1.0 forbids (a camera
serial number with bytes 0x10 0x15). Each output calls the one function its format needs:

- `visible(text)`: C0 and C1 control characters, DEL and the bidirectional overrides become
  `\\xNN`-style escapes (tab and line breaks kept: callers lay lines out themselves);
- `one_line(text)`: `visible`, and line breaks escaped too (`\\n`, U+2028, U+2029): one record,
  one line, for every reader that splits lines (Python's splitlines() breaks on U+2028);
- `xml_text(text)`: every character XML 1.0 forbids becomes such an escape (tab, CR, LF kept);
- `json_line(text)`: JSON text with the line separators that splitlines() and JavaScript break on
  (NEL, U+2028, U+2029) escaped, so a JSON-lines record stays one line for every reader.
"""

from __future__ import annotations

import re

# C0 but tab/LF/CR, DEL, C1, and the bidi embedding/override/isolate controls (Trojan Source).
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]; written as
# the characters outside it: the negated class of those ranges takes 15 ms to compile.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with control characters shown as escapes (`\\x1b`), line breaks and tabs kept."""
    return _TERMINAL_UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """`visible(text)` with CR, LF and the Unicode line separators escaped: one line."""
    if _ONE_LINE_SAFE.fullmatch(text):  # nearly every text: one scan, not four (issue 16)
        return text
    return unicode_breaks(visible(text).replace("\r", "\\r").replace("\n", "\\n"))


_UNICODE_BREAKS = re.compile("[\u2028\u2029]")
# What `one_line` leaves as it is: no character that `_TERMINAL_UNSAFE`, CR, LF or
# `_UNICODE_BREAKS` would escape.
_ONE_LINE_SAFE = re.compile("[^\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]*")


def unicode_breaks(text: str) -> str:
    """`text` with U+2028 and U+2029 (which splitlines() breaks on) shown as escapes."""
    return _UNICODE_BREAKS.sub(_escape, text)


_LINE_SEPARATORS = re.compile("[\x85\u2028\u2029]")


def json_line(text: str) -> str:
    """JSON text (from json.dumps) with NEL, U+2028 and U+2029 written as `\\uXXXX` escapes."""
    return _LINE_SEPARATORS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def xml_forbidden(text: str) -> re.Match[str] | None:
    """The first character of `text` that XML 1.0 forbids, or None."""
    return _XML_FORBIDDEN.search(text)


def xml_text(text: str) -> str:
    """`text` with every character XML 1.0 forbids shown as an escape."""
    return _XML_FORBIDDEN.sub(_escape, text)


__all__ = ["json_line", "one_line", "unicode_breaks", "visible", "xml_text"]
