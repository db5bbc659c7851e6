"""Credits printed in Chinese, Japanese and Korean: `新华社记者 李明 摄`, `山东某学院供图`,
`（2024年 ロイター/Name）`, `[사진=JTBC]`.

These credits put the role after the name (`摄`, "photographed"; `供图`, "picture provided") and
glue staff words to the employer (`新华社记者`, "Xinhua reporter") or to the name (`通讯员刘娟`).
A person's name is recognised by shape: two to four Han characters or Hangul syllables that do
not end in an organisation suffix (`社`, `院`, `网`, `报`...), or a handle with an honorific
(`さん`, `님`). Fitted on the Chinese and Japanese credits of the development pages.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from captions.credit.words import CreditWords

_DATE = re.compile(r"^\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*")
_TOKENS = re.compile(r"\s*[/／、，,・|｜]\s*")
_INNER = re.compile(r"[（(]([^（()）]+)[)）]")
_HONORIFICS = ("さん", "氏", "님", "씨")
# Last characters of organisation names: agency, academy, site, paper, station, bureau, team...
_ORG_ENDS = frozenset("社院网網报報台馆館会會所厅廳委局部队隊校司团團馆店园園处處厂廠站刊")
# ... and of places that publish pictures: prefecture, metropolis, ministry, city, county, ward
_ORG_ENDS |= frozenset("都県府庁省市县区町")
_ORG_ENDINGS = (
    "中心",
    "公司",
    "集团",
    "官网",
    "大学",
    "政府",
    "医院",
    "日报",
    "新闻",
    "新聞",
    "通信",
    # Korean: city and district offices, police and fire stations, foundations, associations,
    # corporations, universities, hospitals, centres, committees, broadcasters, papers, museums
    "시",  # `서울시`, `부산시`: a city (a Korean given name seldom ends in it)
    "시청",
    "구청",
    "도청",
    "군청",
    "경찰청",
    "경찰서",
    "소방서",
    "소방본부",
    "재단",
    "협회",
    "공사",
    "공단",
    "대학교",
    "병원",
    "센터",
    "위원회",
    "전자",
    "그룹",
    "은행",
    "방송",
    "신문",
    "일보",
    "뉴스",
    "박물관",
    "미술관",
    "기념관",
)


# Hiragana, katakana, CJK ideographs (and extension A, compatibility), Hangul jamo and syllables.
_CJK_RANGES = (
    (0x1100, 0x11FF),
    (0x3040, 0x30FF),
    (0x3130, 0x318F),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
)
_CJK_FROM = chr(_CJK_RANGES[0][0])  # no character below it is CJK
_SHORT = 32  # characters: tested one by one; a longer text goes to the compiled class


@functools.cache
def _cjk_class() -> re.Pattern[str]:
    # Compiled on the first long text that may hold CJK: `re` fills the class's 38,000
    # characters one at a time in Python (37 M instructions, 9 ms), and the grammar asks
    # `has_cjk` of its short connector words at import.
    return re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES) + "]")


def _is_cjk_code(code: int) -> bool:
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def is_cjk_char(ch: str) -> bool:
    """Whether the first character of `ch` is CJK."""
    return bool(ch) and _is_cjk_code(ord(ch[0]))


def has_cjk(text: str) -> bool:
    if not text or max(text) < _CJK_FROM:
        return False
    if len(text) <= _SHORT:
        return any(_is_cjk_code(ord(ch)) for ch in text if ch >= _CJK_FROM)
    return _cjk_class().search(text) is not None


@dataclass
class CjkBody:
    """What the suffixes and brackets of a CJK credit said, and its tokens in order."""

    tokens: list[str]
    shot: bool = False
    provided: bool = False
    honoured: bool = False


def split_body(body: str, words: CreditWords) -> CjkBody:
    """`新华社发（刘满仓摄）` -> tokens [新华社, 刘满仓], provided, shot."""
    reading = CjkBody([])
    body, reading.honoured = strip_honorific(body.strip())
    if reading.honoured:  # `船井香緒里（フードライターKaorin）さん`: a person and a description
        body = _INNER.sub(" ", body)
    pieces = [_INNER.sub(" ", body), *(_INNER.findall(body))]
    for piece in pieces:
        piece = _DATE.sub("", piece.strip())
        while piece and (match := words.cjk_suffix.search(piece)) and match.start() > 0:
            reading.shot = reading.shot or match.group("shot") is not None
            reading.provided = reading.provided or match.group("provided") is not None
            piece = piece[: match.start()]
        for part in _TOKENS.split(piece):
            reading.tokens += _merge_latin(part.split())
    return reading


def _merge_latin(tokens: list[str]) -> list[str]:
    """Whitespace separates CJK parts but not the words of a Latin name: `ロイター Ken Sato`."""
    merged: list[str] = []
    for token in tokens:
        if merged and not has_cjk(token) and not has_cjk(merged[-1]):
            merged[-1] = f"{merged[-1]} {token}"
        else:
            merged.append(token)
    return merged


def split_staff(token: str, words: CreditWords) -> tuple[str, str, bool]:
    """`新华社记者` -> (`新华社`, ``, True); `通讯员刘娟` -> (``, `刘娟`, True)."""
    for match in words.staff_affix.finditer(token):
        before, after = token[: match.start()], token[match.end() :]
        return before.strip(), after.strip(), True
    return "", token, False


def strip_honorific(token: str) -> tuple[str, bool]:
    for honorific in _HONORIFICS:
        if token.endswith(honorific) and len(token) > len(honorific):
            return token[: -len(honorific)], True
    return token, False


_SITE_SUFFIXES = ("官方网站", "官网", "官方微博", "官微", "公式サイト", "公式")


def strip_org_suffix(token: str) -> str:
    """`未来科学大奖官网` (its official site) -> `未来科学大奖`."""
    for suffix in _SITE_SUFFIXES:
        if token.endswith(suffix) and len(token) > len(suffix) + 1:
            return token[: -len(suffix)]
    return token


# Longer than this, or holding sentence punctuation, a CJK token is prose, not a name.
_MAX_NAME_CHARS = 14
_PROSE = re.compile("[。，！？；：、「」]")


def is_cjk_prose(token: str) -> bool:
    return len(token) > _MAX_NAME_CHARS or _PROSE.search(token) is not None


def looks_like_cjk_person(token: str) -> bool:
    """Two to four Han characters or Hangul syllables without an organisation ending."""
    if not 2 <= len(token) <= 4 or not all(is_cjk_char(ch) for ch in token):
        return False
    if any(unicodedata.name(ch, "").startswith(("HIRAGANA", "KATAKANA")) for ch in token):
        return False
    return token[-1] not in _ORG_ENDS and not token.endswith(_ORG_ENDINGS)


__all__ = [
    "CjkBody",
    "has_cjk",
    "is_cjk_prose",
    "looks_like_cjk_person",
    "split_body",
    "split_staff",
    "strip_honorific",
    "strip_org_suffix",
]
