"""Per-line features of a scraped page, measured against the page they sit on.

The text reader decides per page, not per line: the same short line is a caption on a page whose
body paragraphs run to sixty words and a body paragraph on a page of one-line jokes. This module
measures each line once (how credit-like it is, by the credit parser's reading; how long it is
against the page's body paragraphs; whether it is a heading, page furniture or a copyright
footer) and the reader combines the measures.

Thresholds were fitted on the development part of the real pages (../shared/articles/real minus
benchmarks/real_pages_validation.txt, 81 publishers) and checked on the validation part.
"""

from __future__ import annotations

import json
import re
import statistics
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from captions.credit import CreditReading, read_credit
from captions.credit import credit_confidence as grade_credit
from captions.credit.agencies import AgencyTable, active_agencies
from captions.credit.cjk import split_body
from captions.credit.grammar import CREDIT_LOWER_WORDS
from captions.credit.words import credit_words
from captions.errors import CaptionsError
from captions.package_data import read_text

_YEAR_FIRST = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\b", re.IGNORECASE)
_YEAR_ANYWHERE = re.compile(r"^(?:©|\(c\)|copyright)\W.*\b(?:19|20)\d\d\b", re.IGNORECASE)
_FOOTER_WORDS = 8
# Words of a site's notice rather than a picture's: `Copyright ©` (both), a publisher's legal form.
_NOTICE = re.compile(r"\bcopyright\b|\bco\. kg\b|\bllc\b", re.IGNORECASE)
_RIGHTS = re.compile(r"all rights reserved|alle rechte vorbehalten|tous droits", re.IGNORECASE)
# A site's copyright notice sits in the page's last part (development pages: every `© 2022 X`
# footer lies in the last 25% of the lines).
_FOOTER_PART = 0.7

# (with the full stops of Indic scripts, `।` and `॥`, Ethiopic `።`, Urdu `۔`, the Arabic `؟`,
# Myanmar `။` and Khmer `។`)
_SENTENCE_END = re.compile(r"[.!?…:;。！？：；।॥።۔؟။។][”\"’'»«)\]」』*]*$")
_SENTENCES = re.compile(r"[.!?。！？][”\"’')\]]*\s+(?=[A-Z“\"‘(])|[。！？](?=.)")
# Dates, times, prices, pipes and calls to action: page furniture around pictures, never a caption
# (development pages: bylines with times, shop links under product pictures).
_FURNITURE = re.compile(
    r"^\$?\d[\d,.]*\s*(?:from|at)\b|^(?:buy|shop|book"
    r"|read|watch|listen|share|written by|in this article|updated|published|"
    r"advertisement|anzeige|weiterlesen|read more|see more"
    r"|view (?:all|more|gallery|photos|comments)|back to|more like this|more on|topics?:|tags?:"
    r"|lire aussi|lesen sie auch|leer más|lee también|leia também|leggi anche|czytaj (?:też|także)"
    r"|читайте также)(?:\b|(?<=:))"
    r"|\bmin(?:ute)?s? read\b|\binbox\b|newsletter|\bsubscribe\b|\bsign up\b|@|[•/]\s*$"
    r"|https?://|\b(?:twitter|x|facebook|instagram|tiktok|youtube)\.com/|\bpic\.twitter",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(r"^[\w.,: -]*\b(?:19|20)\d\d\b[\w.,: -]*$")
# A time of day (`14:20 Uhr`, `6:45 PM`) marks a byline's or a list's line, not a sentence that
# gives a time (`... leaves the depot at 5.40am on Wednesday.`): a line with a time is furniture
# unless it ends with a full stop after this many words (fitted on the invented HTML pages,
# html_to_text half A; on the development pages it moves no photo).
_TIME = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|uhr|h)?\b", re.IGNORECASE)
_TIMED_SENTENCE_WORDS = 6
# A pager: one word numbered again and again (`Page 1, Page 2, Page 3`, `ページ 1, ページ 2`).
_PAGER = re.compile(r"^(\w+)\s*\d+(?:\s*[,|·]?\s*\1\s*\d+)+$")
_QUOTE_OPEN = "“\"'‘«„"


_WIDE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Scripts printed without spaces between words but with longer words than CJK's characters:
# Thai, Lao, Myanmar, Khmer (a word runs to about four letters).
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")
_UNSPACED_WORD_LETTERS = 4


def words_of(text: str) -> int:
    """Words of `text`, counting a run of CJK characters as one word per two characters (and a
    run of Thai, Lao, Myanmar or Khmer letters as one word per four)."""
    if _UNSPACED.search(text):
        runs = _UNSPACED.findall(text)
        letters = sum(len(run) for run in runs)
        unspaced = -(-letters // _UNSPACED_WORD_LETTERS)  # rounded up
        return _words_spaced(_UNSPACED.sub(" ", text)) + unspaced
    return _words_spaced(text)


def _words_spaced(text: str) -> int:
    if not _WIDE.search(text):
        return len(text.split())
    count = 0
    cjk = 0
    for token in text.split():
        wide = sum(1 for ch in token if is_cjk(ch))
        if wide:
            cjk += wide
            if wide < len(token) / 2:
                count += 1
        else:
            count += 1
    return count + (cjk + 1) // 2


def is_cjk(ch: str) -> bool:
    """Chinese, Japanese and Korean letters (scripts printed without spaces or case)."""
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # kana
        or 0x3400 <= code <= 0x9FFF  # CJK ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0xF900 <= code <= 0xFAFF
    )


def ends_like_sentence(text: str) -> bool:
    """Whether `text` ends with sentence punctuation (closing quotes and brackets aside), or is a
    paragraph of Thai or Lao, which end their sentences with a space and a paragraph with
    nothing: one of a body paragraph's length (the page shape's floor) ends like a sentence."""
    text = text.strip()
    if _SENTENCE_END.search(text):
        return True
    return bool(_NO_STOP_SCRIPT.search(text[-1:])) and words_of(text) >= _BODY_MIN_WORDS


# Thai and Lao letters: scripts whose sentences end with no mark.
_NO_STOP_SCRIPT = re.compile("[\u0e00-\u0eff]")


def sentences_of(text: str) -> int:
    return len(_SENTENCES.findall(text.strip())) + 1


def credit_confidence(text: str) -> float:
    """How credit-like `text` is as a line of its own, from 0 (not at all) to 1, with the active
    supplier table (`captions.credit.using_agencies`).

    The credit parser's grade (`captions.credit.credit_confidence`), less a labelled line whose
    body is a title the parser cannot place (`Photos: Inside the Battle for Tripoli` links a
    gallery: development pages).
    """
    return _credit_confidence(text, active_agencies())


@lru_cache(maxsize=4096)  # keyed by the table too: a configured alias changes the answer
def _credit_confidence(text: str, table: AgencyTable) -> float:
    stripped = " ".join(text.split())
    if words_of(stripped) > _MAX_CREDIT_WORDS or stripped.endswith(("?", "!", "？", "！")):
        return 0.0  # a sentence (in a script printed without spaces too), not a credit
    if _CJK_SENTENCE_INSIDE.search(stripped) and not labelled_credit(stripped):
        return 0.0  # `caption。 credit 摄`: a caption with its credit, not a credit line
    score = grade_credit(stripped, own_line=True)
    if score and (_links_gallery(stripped) or _article_source(stripped)):
        return 0.0
    return score


# Suppliers whose name after a bare `Source:` label credits a picture.
_PICTURE_SUPPLIERS = frozenset({"wire", "photo-agency", "collection", "distributor", "stock"})


def picture_supplier(text: str) -> bool:
    """Whether `text` is only the name of a supplier of pictures the registry knows (a wire, a
    photo agency, a collection, a distributor, a stock library: `dpa`, `imago`), not a social
    platform (`twitter`, `facebook`: a share link)."""
    table = active_agencies()
    name = table.lookup(" ".join(text.split()))
    kind = table.supplier(name) if name else None
    return kind is not None and kind.kind in _PICTURE_SUPPLIERS


def social_platform(text: str) -> bool:
    """Whether `text` is only the name of a social platform the registry knows (`Facebook`,
    `微博`): printed alone under a story's text, a share link."""
    table = active_agencies()
    name = table.lookup(" ".join(text.split()))
    kind = table.supplier(name) if name else None
    return kind is not None and kind.kind == "social"


def _article_source(text: str) -> bool:
    """`Quelle: site.de/xy`, `Źródło: Onet`, `Source: Amazon.co.jp`: a line labelled only as a
    source (no picture word in the label) that names no person and no picture supplier cites
    where the story or a chart comes from, not a picture's credit (development pages: 5 of 7
    such lines; the other two name a stock agency and a photographer). CJK labels (`出典`)
    announce picture credits and are left alone."""
    try:
        reading = read_credit(text)
    except (CaptionsError, ValueError):
        return False
    label = (reading.label or "").strip().rstrip(":：").strip().casefold()
    if not label or any(map(is_cjk, label)):
        return False
    words = credit_words()
    if label not in words.words("source"):
        return False
    if any(w in label for w in words.words("photo") | words.words("image") if len(w) > 2):
        return False  # `Bildquelle`, `Image source`: the picture's source
    credit = reading.credit
    if credit.photographers or credit.handout or credit.file_photo:
        return False  # `Source: Supplied`, `Quelle: Archiv`: a picture's handout or file mark
    table = active_agencies()
    # (`Source: Planet Labs via AP`: a picture supplier that distributed it counts too)
    kinds = [table.supplier(a) for a in (*credit.agencies, credit.distributor) if a]
    return not any(k is not None and k.kind in _PICTURE_SUPPLIERS for k in kinds)


_CJK_SENTENCE_INSIDE = re.compile(r"[。！？](?=.)")
# The longest credit line of the development pages has 15 words (suppliers listed after a label).
_MAX_CREDIT_WORDS = 16


# A title has more words than any name the parser leaves unplaced in a credit.
_TITLE_WORDS = 4


def _links_gallery(text: str) -> bool:
    """`Photos: Million-dollar cars for auction`: a label, then a title with lower-case words
    and none of a credit's separators."""
    try:
        reading = read_credit(text)
    except (CaptionsError, ValueError):
        return False
    if reading.label is None or reading.credit.courtesy or reading.credit.photographers:
        return False
    if reading.roles & {"illustration", "anonymous"} or reading.credit.file_photo:
        return False  # `Illustration: image générée par IA`: a usage marker after the label
    body = text[len(reading.label) :] if text.startswith(reading.label) else text
    words = body.split()
    if len(words) < _TITLE_WORDS or _CREDIT_SEPARATORS.search(body):
        return False
    if reading.credit.agencies and not reading.unrecognized:
        return False  # an organisation's name, joints in lower case: `Foto: Câmara de Porto Alvo`
    return any(w[:1].islower() for w in words[1:])


_CREDIT_SEPARATORS = re.compile(r"[/,|–—]|\s-\s|\bvia\b|\bon\b", re.IGNORECASE)


# A credit in a gallery's credit slot names a few sources (development pages: up to 8 words).
_MAX_SLOT_WORDS = 8


def fills_credit_slot(text: str) -> bool:
    """Whether `text`, printed where a layout puts credits, is one: names and organisations only
    (`ORSA PRESS`, `Name/Collection`), by the credit parser's reading, and no sentence."""
    reading = _slot_reading(text)
    if reading is None:
        return False
    credit = reading.credit
    return bool(credit.photographers or credit.agencies) and not reading.unrecognized


def handout_in_slot(text: str) -> bool:
    """Whether `text`, printed where a layout puts credits, is a handout's credit whose source
    the parser cannot place (`Пресс-служба администрации района`: a handout label, then
    lower-case words): a label that says who handed the picture out, and no sentence."""
    reading = _slot_reading(text)
    return reading is not None and reading.credit.handout and bool(reading.label)


def reading_of(text: str) -> CreditReading | None:
    """The credit parser's reading of `text`, or None when it refuses the text."""
    try:
        return read_credit(text)
    except (CaptionsError, ValueError):
        return None


def usage_marker(reading: CreditReading) -> bool:
    """Whether a reading holds a usage marker and nothing else: an illustration, an AI-made
    picture, a file picture, an anonymous source (`Representational image`, `Ảnh minh họa`)."""
    credit = reading.credit
    if reading.unrecognized or credit.photographers or credit.agencies or credit.distributor:
        return False
    return credit.file_photo or bool(reading.roles & {"illustration", "anonymous"})


def _slot_reading(text: str) -> CreditReading | None:
    """The credit parser's reading of a short line printed in a credit slot, or None for a
    sentence, furniture, a line too long for a credit, or one the parser refuses."""
    text = " ".join(text.split())
    if not text or words_of(text) > _MAX_SLOT_WORDS or ends_like_sentence(text):
        return None
    if is_furniture(text):
        return None
    return reading_of(text)


def bare_name(text: str) -> bool:
    """Whether `text` is only one name the parser knows, with no label and no mark (`Reuters`,
    `Jane Doe`): a sentence may end with it, so it is a credit only where a layout says so."""
    try:
        reading = read_credit(text)
    except (CaptionsError, ValueError):
        return False
    credit = reading.credit
    names = {" ".join(n.casefold().split()) for n in (*credit.photographers, *credit.agencies)}
    return reading.label is None and " ".join(text.casefold().split()) in names


def names_someone(text: str) -> bool:
    """Whether `text` holds more than a label (`released by` names no one): the credit parser
    finds a name, or words follow the label it reads."""
    try:
        reading = read_credit(text)
    except (CaptionsError, ValueError):
        return False
    credit = reading.credit
    if credit.photographers or credit.agencies or credit.distributor:
        return True
    label = reading.label or ""
    last = label.split()[-1].casefold() if label.split() else ""
    if (
        (credit.handout or credit.courtesy)
        and last[-1:].isalnum()
        and last not in _LABEL_CONNECTORS
    ):
        # `Foto: Divulgação`, `Foto: Cortesía`, `Фото: пресс-служба`: the label's own last word
        # names the source (a handout); `Photo courtesy of` ends on a connector
        return True
    body = text.strip()[len(label) :] if text.strip().startswith(label) else text
    return any(ch.isalnum() for ch in body)


def labelled_credit(text: str) -> bool:
    """Whether the credit parser reads a label at the start of `text` (`Foto:`, `Photo by`)."""
    try:
        return read_credit(text).label is not None
    except (CaptionsError, ValueError):
        return False


# Words that end a label run into its name (`Photo courtesy of X`, `Foto von X`), so the label is
# firm without a colon: the credit grammar's connectors in every language it knows.
_LABEL_CONNECTORS = CREDIT_LOWER_WORDS | frozenset(["courtesy", "credit", "credits", "from"])


def firm_label(text: str) -> bool:
    """Whether `text` opens with a label that makes it a credit whatever follows: a label ended
    by punctuation (`Foto:`, `Fot.`, `사진=`), glued to the name (`CreditName`), or ended by a
    connector (`Courtesy of`); a bare noun before a space (`Archive Search`, `Arte Concert`)
    counts only before a person's name or a known agency.

    Development pages: credit-only lines with a noun label and an unplaced word after it were
    menu items (5 of 5); the other colon-less labels were credits (63 of 63).
    """
    try:
        reading = read_credit(text)
    except (CaptionsError, ValueError):
        return False
    label = reading.label
    if label is None:
        return False
    if not label[-1:].isspace():
        return True
    words = label.split()
    last = words[-1] if words else ""
    if not last[-1:].isalnum() or last.casefold() in _LABEL_CONNECTORS:
        return True
    credit = reading.credit
    known = [a for a in credit.agencies if active_agencies().lookup(a)]
    return bool(credit.photographers or known)


def cjk_role_marked(text: str) -> bool:
    """Whether a CJK credit line says its role after the name (`新华社记者 王小明 摄`, `山东某
    学院供图`): the credit's shape in scripts printed without labels before the name."""
    if not any(map(is_cjk, text)):
        return False
    reading = split_body(text, credit_words())
    # `图` alone after a name says `picture`, but ends `网站地图` (site map) too: only the
    # two-character provided words count (development pages)
    provided = reading.provided and bool(_CJK_PROVIDED.search(text))
    return (reading.shot or provided) and bool(reading.tokens)


_CJK_PROVIDED = re.compile(r"(?:供图|供圖|提供|제공)[)）\]］]?\s*$")


@lru_cache(maxsize=1)
def _page_words() -> dict[str, frozenset[str]]:
    data = json.loads(read_text(__file__, "data/page_words.json"))
    merged: dict[str, set[str]] = {}
    for categories in data["languages"].values():
        for category, words in categories.items():
            merged.setdefault(category, set()).update(w.casefold() for w in words)
    return {category: frozenset(words) for category, words in merged.items()}


def page_words(category: str) -> frozenset[str]:
    """The words of `category` in every language of captions/article/data/page_words.json
    (`speech_verb`, `video`)."""
    return _page_words().get(category, frozenset())


# A bracket's text after a name (`周文斌（左）`, `김민수(왼쪽 두번째)`, `山田（右から2人目）`).
_BRACKETED = re.compile(r"[(（]([^()（）]{1,12})[)）]")


def names_position(text: str) -> bool:
    """Whether `text` places a person in the picture with a position word in brackets after a
    name, in a script without case (`镇长周文斌（左）与...`): the `position_marker` words of
    captions/article/data/page_words.json, as the bracket's whole text or its start."""
    words = page_words("position_marker")
    for match in _BRACKETED.finditer(text):
        inside = match[1].strip().casefold()
        if inside in words or any(inside.startswith(w) for w in words if len(w) > 1):
            return True
    return False


def viewer_control(text: str) -> bool:
    """Whether line `text` is only a viewer's button (`Enlarge this image`, `Bild vergrößern`):
    the viewer controls of captions/article/data/page_words.json."""
    key = " ".join(text.replace("’", "'").split()).strip(" .:…»›>").casefold()
    return bool(key) and key in page_words("viewer_control")


@lru_cache(maxsize=1)
def _promo_headings() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    data = json.loads(read_text(__file__, "data/promo_headings.json"))
    # (case folded as the lines are: Greek `ς` folds to `σ`)
    return (
        frozenset(w.casefold() for w in data["headings"]),
        tuple(w.casefold() for w in data["prefixes"]),
        frozenset(w.casefold() for w in data["words"]),
    )


# A heading naming a source (`More from Orsa Tidende`) is a short line.
_MAX_PROMO_HEADING = 60
# Words of a heading found by a promo word inside it (the longest on the development pages: 6).
_PROMO_WORDS_HEADING = 8


def opens_promo_block(text: str) -> bool:
    """Whether `text` heads blocks of other stories (`Related`, `You may also like`, `関連記事`):
    the headings of captions/article/data/promo_headings.json."""
    key = " ".join(text.split()).rstrip(":：").casefold()
    headings, prefixes, words = _promo_headings()
    # `Read also: Title of another story`: the heading printed on one line with its first item
    head = re.split(r"[:：]", key, maxsplit=1)[0].strip()
    if head != key and head in headings:
        return True
    if not key or len(key) > _MAX_PROMO_HEADING:
        return False
    if key in headings or key.startswith(prefixes):
        return True
    # `Read other related stories about this:`: a heading (no sentence) holding a promo word
    tokens = key.split()
    return (
        len(tokens) <= _PROMO_WORDS_HEADING
        and not ends_like_sentence(key)
        and not words.isdisjoint(tokens)
    )


def is_copyright_footer(text: str, position: float) -> bool:
    """A site's copyright notice (`© 2022 Name Inc.`), not a picture's credit.

    `position` is the line's place in the page, from 0 (first line) to 1 (last).
    """
    if _RIGHTS.search(text):
        return True
    text = text.strip()
    if position < _FOOTER_PART / 2:
        return False
    if _NOTICE.search(text) and ("©" in text or "ⓒ" in text or "(c)" in text.casefold()):
        return True  # `Copyright © Name`, `© Verlag GmbH & Co. KG`: the site's notice
    if bool(_YEAR_ANYWHERE.match(text)) and len(text.split()) <= _FOOTER_WORDS:
        return True  # `© Name 2025`, `Copyright © 2022, Name`: a dated notice in the lower half
    return bool(_YEAR_FIRST.match(text)) and position >= _FOOTER_PART


def is_furniture(text: str, *, pipes: bool = True) -> bool:
    """Bylines, dates and times, prices, calls to action and (with `pipes`) the pipes of page
    navigation (`Home | News`); a credit line may print a pipe (`Name | AP`)."""
    text = text.strip()
    if pipes and _PIPE.search(text) and _menu_pipes(text):
        return True
    if is_byline(text):
        return True
    if _PAGER.match(text):
        return True
    if _HANDLE.search(text) and firm_label(text):
        text = _HANDLE.sub("", text)  # `Foto: Instagram @name`: a credit naming an account
    if _TIME.search(text) and (words_of(text) < _TIMED_SENTENCE_WORDS or not text.endswith(".")):
        return True
    return bool(_FURNITURE.search(text)) or bool(_DATE_ONLY.match(text) and words_of(text) <= 6)


# A social account's handle (`@name`, `Instagram/@name`), which a labelled credit may name.
_HANDLE = re.compile(r"(?:/\s*)?(?<![\w.])@\w[\w.]*")


# Navigation pipes (`Home | News`) and CJK `label：value` lines (`责任编辑：Name`, `来源：X`).
_PIPE = re.compile(r"\s\|\s|^[^\s：:]{1,6}：")
# A menu's items are short; a caption may print a title and its text apart with a pipe
# (`Title | A sentence of twenty words.`). Development pages: menu items run to five words.
_MENU_ITEM_WORDS = 6


# Pipes of any width between the items of a line (`Home | News`, `首页 ｜ 网站地图`).
_ANY_PIPE = re.compile(r"\s*[|｜¦]\s*")
# Items of a line that make it a menu or a site footer whatever their length (development pages:
# no caption line holds more than one pipe; footers and menus hold three to ten).
_MENU_ITEMS = 4


def is_menu(text: str) -> bool:
    """Whether `text` lists four items or more between pipes (`About | Contact | Privacy |
    Terms`, `长江日报简介 ｜ 网站地图 ｜ ...`): navigation or a site's footer, never a caption."""
    return len([part for part in _ANY_PIPE.split(text.strip()) if part]) >= _MENU_ITEMS


def _menu_pipes(text: str) -> bool:
    """Whether the pipes of `text` separate menu items (every part short), not a title and its
    sentence."""
    if " | " not in text:
        return True  # the CJK `label：value` form
    return all(words_of(part) <= _MENU_ITEM_WORDS for part in text.split(" | "))


_BYLINE = re.compile(
    r"^(?:by|von|par|por|di|door|av|af)\s+\S.{0,80}$"
    # CJK author and editor lines, `[作者: Name 责任编辑: Name]`: who wrote and edited the story
    r"|^[\[【（(]?\s*(?:作者|责任编辑|責任編輯|编辑|編輯)\s*[:：]",
    re.IGNORECASE,
)
_MAX_BYLINE_WORDS = 14


def is_byline(text: str) -> bool:
    """`By Name • Dec. 19, 2025`: a story's author line."""
    text = text.strip()
    return (
        bool(_BYLINE.match(text))
        and len(text.split()) <= _MAX_BYLINE_WORDS
        and not (ends_like_sentence(text) and not text[-2:-1].isupper())
    )


# `Autor: Name`, `Автор: Name`: in Polish, Czech and Slovak the same label credits a photo, so
# the line is the story's author only in the page head, above its first body paragraph.
_AUTHOR_LABEL = re.compile(r"^(?P<label>[^\W\d_]+)\s*[:：]")


def names_author(text: str) -> bool:
    """`Autor: Name`: an author's label (`author_label` in captions/article/data/page_words.json)
    and a few words (a byline where the page head has one)."""
    text = text.strip()
    match = _AUTHOR_LABEL.match(text)
    return (
        match is not None
        and match["label"].casefold() in page_words("author_label")
        and len(text.split()) <= _MAX_BYLINE_WORDS
    )


def opens_with_quote(text: str) -> bool:
    return text.lstrip()[:1] in _QUOTE_OPEN


def is_heading(text: str) -> bool:
    """A short title-case line with no final punctuation: a heading, not a description."""
    text = text.strip()
    words = text.split()
    if not words or len(words) > 9 or ends_like_sentence(text) or any(map(is_cjk, text)):
        return False
    long_words = [w.strip("“”\"'‘’(),.:") for w in words]
    long_words = [w for w in long_words if len(w) > 3]
    if not long_words:
        return False
    capitals = sum(1 for w in long_words if w[:1].isupper())
    return capitals / len(long_words) >= 0.75


def starts_like_text(text: str) -> bool:
    """An upper-case letter, a digit, or a letter of a script without case (CJK, Arabic...)."""
    first = text.lstrip("“\"'‘(*_[「『【《…. ")[:1]
    if not first:
        return False
    if text.lstrip().startswith(("…", "...")):
        return first.isalpha()  # `… um 7 cm ab.`: a caption continued from the slide before
    if first.isupper() or first.isdigit():
        return True
    return first.isalpha() and first.lower() == first.upper()


@dataclass(frozen=True)
class PageShape:
    """What the page's running text looks like: the length of its body paragraphs."""

    body_words: float  # median words of the page's body paragraphs
    lines: int
    paragraphs: int = 0  # body paragraphs measured (0: body_words is a default)

    @classmethod
    def measure(cls, texts: list[str]) -> PageShape:
        lengths = [
            words_of(t) for t in texts if words_of(t) >= _BODY_MIN_WORDS and ends_like_sentence(t)
        ]
        median = statistics.median(lengths) if lengths else 40.0
        return cls(body_words=float(median), lines=len(texts), paragraphs=len(lengths))

    def reads_like_body(self, text: str) -> bool:
        """A paragraph of the page's running text, not a caption beside a picture.

        Development pages: captions beside a credit line run to 45 words and two sentences;
        body paragraphs on the same pages run to their median length or more.
        """
        words = words_of(text)
        sentences = sentences_of(text)
        if not ends_like_sentence(text):
            return words > _MAX_CAPTION_WORDS
        if sentences >= _MIN_BODY_SENTENCES or words > _MAX_CAPTION_WORDS:
            return True
        if opens_with_quote(text):
            return True
        return words >= max(_BODY_FLOOR, 0.9 * self.body_words)

    def well_short_of_body(self, text: str) -> bool:
        """Under half the page's median body paragraph: a sentence that long is a picture's
        caption, not the text going on (development pages: captions printed under their
        credit run to 0.41 of the median, the text after a credit-only picture 0.46 and more).
        Never on a page with no body paragraph to measure."""
        return self.paragraphs > 0 and words_of(text) < _SHORT_OF_BODY * self.body_words


_BODY_MIN_WORDS = 15
_MAX_CAPTION_WORDS = 60
_MIN_BODY_SENTENCES = 4
_BODY_FLOOR = 22
_SHORT_OF_BODY = 0.45


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


__all__ = [
    "PageShape",
    "bare_name",
    "cjk_role_marked",
    "credit_confidence",
    "ends_like_sentence",
    "fills_credit_slot",
    "firm_label",
    "handout_in_slot",
    "is_byline",
    "is_cjk",
    "is_copyright_footer",
    "is_furniture",
    "is_heading",
    "is_menu",
    "labelled_credit",
    "names_author",
    "names_position",
    "names_someone",
    "opens_promo_block",
    "opens_with_quote",
    "page_words",
    "picture_supplier",
    "social_platform",
    "starts_like_text",
    "viewer_control",
    "words_of",
]
