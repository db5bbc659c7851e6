"""Parse a printed credit line into a `Credit`.

A credit is read in layers, outside in:

    [label] body [", File" | ", Pool" ...] [" via " distributor] [boilerplate]
    body  = parts [" for " publication]          (`Name for The New York Times`: commissioned)
    parts = part { ("/" | "|" | " - " | "—") part }
    part  = supplier | marker | organisation | names          (see captions.credit.parts)

Labels and connectors come from the word file in many languages (`Foto oleh`, `vía`, `para`,
`Zdroj:`, `摄`); boilerplate (`TPX IMAGES OF THE DAY`, `(COUNTRY - Tags: ...)`) is removed into
`CreditReading.notes`; a credit printed twice for one picture (`(Photo by X/AFP) (Photo by
X/AFP via Getty Images)`) is read once, the shorter printing kept as a note. The parser is
lenient: parts it cannot place are kept in `CreditReading.unrecognized` rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cached_property, lru_cache

from captions.credit.agencies import DEFAULT_AGENCIES, AgencyTable, active_agencies
from captions.credit.cjk import has_cjk
from captions.credit.labels import (
    GuardedPattern,
    GuardedSearch,
    SupplierNounPattern,
    WordEnds,
    WordsThenPattern,
    openings,
)
from captions.credit.names import (
    CREDIT_PARTICLES,
    is_caseless,
    looks_like_person,
    natural_case,
    starts_with_given_name,
)
from captions.credit.notes import strip_notes, strip_places
from captions.credit.parts import (
    NAME_SUFFIXES,
    SEPARATOR,
    Parts,
    abbreviations,
    is_group,
    is_org_shape,
    lone_given_name,
    looks_like_masthead,
    looks_like_org,
    org_name,
    read_marker,
    read_segments,
)
from captions.credit.printings import (
    CreditReading,
    bracket_groups,
    is_whole_credit,
    merge,
    outside_brackets,
    sentence_groups,
    strip_outer_parentheses,
)
from captions.credit.shapes import BRAND_ENDS, ends_with_org_word, opens_with_article
from captions.credit.words import (
    CreditWords,
    active_words,
    alternation,
    credit_words,
    label_roles,
    using_words,
)
from captions.errors import CreditError
from captions.model import Credit

_GLUED_CREDIT = "Credit"  # `CreditIlse van der Meulen`: the NYT label glued to the name
_RIGHTS = re.compile(r"[.,;]?\s*all rights reserved\.?\s*$", re.IGNORECASE)
_DANGLING = "/|-–—,;:"
_BYLINE = re.compile(r"by\s+(?=\S)", re.IGNORECASE)
_NOT_BARE = frozenset({"art", "design", "data", "still", "video", "file", "files", "pool"})


class _Lexicon:
    """The patterns and word sets the grammar reads a credit with, built from one word set
    (the built-in one, or one extended from the configuration)."""

    def __init__(self, words: CreditWords) -> None:
        self.words = words
        flags = words.words("file") | words.words("pool") | words.words("handout")
        self.trailing_flag = GuardedSearch(
            rf"(?:[,(/]|\s[-–—])\s*(?:{openings(flags)})",
            r"(?:\s*,\s*|\s*\(\s*|\s+[-–—]\s+|\s*/\s*)(?P<flag>"
            + alternation(flags)
            + r")\s*\)?\s*$",
            re.IGNORECASE,
        )
        self.via = words.via
        self.for_ = words.for_
        self.shot_word = re.compile(alternation(words.words("shot_suffix")))
        self.via_first = re.compile(r"(?:" + alternation(words.words("via")) + r")\s+", re.I)
        self.for_first = re.compile(r"(?:" + alternation(words.words("for")) + r")\s+(?=\S)", re.I)
        # `Credit Line`, `Source Code`: only picture nouns stand as a label without a colon.
        self.credit_nouns = words.words("credit") | words.words("source") | words.words("copyright")
        self.not_credit = re.compile(
            r"(?:" + alternation(words.words("not_credit")) + r")(?![^\W_])", re.IGNORECASE
        )
        self.slash_for = re.compile(
            r"\s*/\s*(?=(?:" + alternation(words.words("for")) + r")\s+\S)", re.IGNORECASE
        )
        self.photo_nouns = words.words("photo")
        # `Screengrab from Orsa TV`, `Captura de Orsa TV`: a picture taken from a screen names
        # where it was shown after a `from` word, whatever the source's kind
        self.reproduction_from = GuardedSearch(
            openings(words.words("reproduction")),
            rf"(?>{alternation(words.words('reproduction'))})\s+"  # the longest: `captura de tela`
            rf"(?:{alternation(words.words('from'))})"
            r"\s+(?P<source>\S.*)",
            re.IGNORECASE,
            at_start=True,
        )
        self.supplier_noun = SupplierNounPattern(self.photo_nouns)
        self.marker_label = GuardedSearch(
            "[:：]",
            rf"(?:{alternation(words.words('handout'))})\s*[:：]\s*(?=\S)",
            re.IGNORECASE,
        )
        # `Image via Jane Doe`, `Photo via Twitter`: a picture noun before `via` is a label
        picture_nouns = WordEnds(self.photo_nouns | words.words("image"))
        self.photo_via = WordsThenPattern(
            picture_nouns,
            re.compile(rf"\s+(?=(?:{alternation(words.words('via'))})\s+\S)", re.IGNORECASE),
        )
        # `Photo provided to chinadaily.com.cn`, `Foto cedida a El Diario`: a handout's label
        # that names who received it (a publication, a reporter), not who made it
        self.recipient = WordsThenPattern(
            picture_nouns,
            re.compile(
                rf"(?:{alternation(words.words('recipient'))})\s+(?P<to>\S.*?)[\s.]*",
                re.IGNORECASE,
            ),
            optional=True,
        )
        # `From The Strategy of the Genes by Name`: a work's title (a capital or a quote, then
        # at most 80 characters, a bound that keeps a sentence out) and its maker
        self.from_work = re.compile(
            rf"(?P<from>(?i:{alternation(words.words('from'))}))\s+"
            rf"(?P<work>[A-Z“„\"‘‚'«][^/|:]{{0,80}}?)\s+(?i:{alternation(words.words('by'))})\s+"
            r"(?P<maker>[A-Z][^/|:]*)"
        )
        # `ツイッターより`: a postposition that says "from", printed after the source (Japanese)
        cjk_from = [w for w in words.words("from") if has_cjk(w)]
        self.cjk_from = re.compile(f"(?:{alternation(cjk_from)})$" if cjk_from else r"(?!)")
        self.from_ = re.compile(
            r"\s+(?:" + alternation(words.words("from")) + r")\s+(?=\S)", re.IGNORECASE
        )
        self.courtesy_inside = GuardedSearch(
            rf"[,.;]\s*(?:{openings(words.words('courtesy'))})",
            r"[,.;]\s*(?:" + alternation(words.words("courtesy")) + r")\s+(?P<source>[^,]+)$",
            re.IGNORECASE,
        )
        # Lower-case words a credit may hold: connectors, particles, label words (`via`).
        connectors = words.words("via") | words.words("for") | words.words("and")
        self.lower_words = connectors | words.words("by") | CREDIT_PARTICLES
        self.joining = words.words("and") | frozenset({"or", "oder", "ou", "o"})
        # A writer's credit beside the picture's (`Text: Name, Fotos: Name`, `Texto y fotos:`)
        writer = alternation(words.words("writer"))
        ands = alternation(w for w in words.words("and") if w.isalpha())
        self.writer_lead = re.compile(
            rf"(?P<credit>(?:{writer})\s*[:：]\s*[^,.;|/]+?)\s*[,.;|]\s*", re.IGNORECASE
        )
        self.writer_tail = re.compile(
            rf"\s*[,.;|]\s*(?P<credit>(?:{writer})\s*[:：]\s*[^,.;|/]+)$", re.IGNORECASE
        )
        # compiled when `Text and ` opens a credit (rare): with the picture nouns it takes 2.7 ms
        writer_and = rf"(?:{writer})\s+(?:{ands}|&|\+)\s+"
        self.writer_and = GuardedPattern(
            writer_and,
            rf"{writer_and}(?=(?:{alternation(self.photo_nouns)})(?![^\W_]))",
            re.IGNORECASE,
        )

    # Compiled when a credit first needs them (one with a label, one naming a role).
    @cached_property
    def by_end(self) -> re.Pattern[str]:
        return re.compile(r"(?<!\w)(?:" + alternation(self.words.words("by")) + r")\s*:?\s*$", re.I)

    @cached_property
    def staff_lead(self) -> re.Pattern[str]:
        """`Staff photographer Name`, `Stringer Name`: a role printed before the name."""
        return re.compile(
            r"(?:" + alternation(self.words.words("staff")) + r")\s+(?=\S)", re.IGNORECASE
        )


@lru_cache(maxsize=16)
def _lexicon(words: CreditWords) -> _Lexicon:
    return _Lexicon(words)


def _lex() -> _Lexicon:
    """The lexicon of the parse under way (see `captions.credit.words.using_words`)."""
    return _lexicon(active_words())


def strip_label(text: str) -> tuple[str, str | None, bool]:
    """Remove leading labels; return (body, label as printed or None, courtesy)."""
    start, courtesy = 0, False
    while True:
        pattern = _lex().words.label
        match = pattern.match(text, start) or (pattern.maker_colon(text) if start == 0 else None)
        if text.startswith(_GLUED_CREDIT, start) and text[start + 6 : start + 7].isupper():
            start += len(_GLUED_CREDIT)
        elif match and match.end() > start and not (start and match.group("maker")):
            courtesy = courtesy or bool(match.group("courtesy") or match.group("run_courtesy"))
            start = match.end()
        elif caps := _bare_label(text, start):
            start = caps
        else:
            break
    label = text[:start] if start else None
    return text[start:].strip(), label, courtesy


def bare_label_end(text: str) -> int:
    """The end of a label printed with no colon before a name (`FOTO Name`, `Fot. Name/PAP`),
    or 0: the one home of that rule for the credit parser and the article splitters."""
    with using_words(active_agencies(None).words):
        return _bare_label(text, 0)


def _bare_label(text: str, start: int) -> int:
    """`FOTO Name`, `Photo Liv Berg/Orsa Press`, `Photo d'illustration Name`, `Foto dpa`,
    `Photo Bild Zeitung`: label nouns with no colon before a capitalised name or a known
    supplier; the label's end, or 0. Every run of nouns is tried, the longest first (`Bild`
    is a noun and opens a publication's name)."""
    lex = _lex()
    first = text[start:].split(maxsplit=1)[0].casefold() if text[start:].split() else ""
    if first in _NOT_BARE | (lex.credit_nouns - lex.photo_nouns):
        return 0  # `Art Director`, `Data Centre`: words that begin names too (not `Fotograf`)
    first_part = re.split(r"\s*[/|(,;]|\s+(?:via|for)\s+", text[start:], maxsplit=1)[0]
    if DEFAULT_AGENCIES.lookup(first_part) is not None:
        return 0  # `Bild Zeitung`, `Photo Alto`: a supplier's name, not a label
    ends = [match.end() for match in lex.words.bare_label.matches(text, start)]
    if staff := lex.staff_lead.match(text, start):
        ends.append(staff.end())
    labels = [end for end in ends if _bare_label_before(text, start, end)]
    # `Foto Bild Zeitung/Name`: the run after which a known supplier opens wins over the longest
    known = (e for e in labels if DEFAULT_AGENCIES.lookup(_first_named(text[e:].strip())))
    return next(known, labels[0] if labels else 0)


def _bare_label_before(text: str, start: int, end: int) -> bool:
    """Whether the nouns from `start` to `end` label what follows them (see `_bare_label`)."""
    rest = text[end:].strip().rstrip(".")
    # `Foto dpa`, `Foto picture alliance/Name`, `foto AFP/Getty Images` (Italian print): a known
    # supplier, whatever its case
    known = (
        _known_chain(rest, DEFAULT_AGENCIES)
        or DEFAULT_AGENCIES.lookup(_first_named(rest)) is not None
    )
    lead = text[end : end + 1]
    if start == 0 and not text[:1].isupper():
        return _known_chain(rest, DEFAULT_AGENCIES)  # `photo of the harbour`: a sentence
    if not (lead.isupper() or is_caseless(lead) or known):
        return False  # `Photo Ana Berg`, `PHOTO محمد علي`: a capital or a script without capitals
    rest = _period_as_slash(rest, DEFAULT_AGENCIES)
    named = _first_named(rest)
    # `Archive Search`, `Graphic Design Summer Program`: a menu, not a label; `Photo Orsa
    # Times`: a newspaper by its shape, alone
    return _named_after_bare_label(named, rest) or (named == rest and looks_like_masthead(rest))


def _first_named(rest: str) -> str:
    """The first thing a credit names: up to its first separator, `via` or `for` word of any
    language (`Ana Berg para Efe`, `Ana Berg・Orsa Press`)."""
    named = re.split(r"\s*[/|(,;・]|\s+(?:via|vía)\s+", SEPARATOR.split(rest, maxsplit=1)[0])[0]
    return _lex().for_.split(named, maxsplit=1)[0]


def _named_after_bare_label(named: str, rest: str) -> bool:
    """What a label printed without a colon must name first: a known supplier, a person's full
    name, a publication its article opens (`Photo Le Progrès/Name`), a marker (`Photo DR`,
    `Bild Privat`), or one word before a part that is a full name or a known supplier (`Photo
    Progrès/Jane DOE`: a publication's short name)."""
    if DEFAULT_AGENCIES.lookup(named) is not None or _is_full_name(named):
        return True
    marker = Parts()
    if read_marker(" ".join(named.casefold().split()), marker) and not marker.file_photo:
        return True  # `Photo DR`, `Foto Privat` (`Photo Archives` is a page's menu as often)
    if opens_with_article(named):
        return True
    after = rest[len(named) :].lstrip(" /|,;・／–—-")
    if lead := _lex().via_first.match(after) or _lex().for_first.match(after):
        after = after[lead.end() :]  # `Photo Sara via Orsa Museum`, `Photo Sara for Efe`
    after = _first_named(after)
    named_after = DEFAULT_AGENCIES.lookup(after) is not None or _is_full_name(natural_case(after))
    marker_after = bool(after) and read_marker(" ".join(after.casefold().split()), Parts())
    if len(named.split()) >= 2 and looks_like_org(named):
        # `Photo Orsa Museum / Ana Berg`, `PHOTO Orsa Police/Handout`: an organisation's name
        # before another part
        return named_after or marker_after or looks_like_org(after) or lone_given_name(after)
    if not after:
        # `PHOTO Sara`: a first name alone
        return lone_given_name(named)
    if len(named.split()) != 1:
        return False
    # `Photo Sara/AFP`, `Photo Progrès/Jane DOE`: one word (a first name, a publication's
    # short name) before a part that is a full name or a known supplier
    return named_after or (lone_given_name(named) and looks_like_org(after))


# `Ana Berg. Orsa Press`: a name, a period and what follows it
_NAME_PERIOD = re.compile(r"(?P<name>[^./|:;,()]+?[^\W\d_]{2})\.\s+(?P<org>[^.]+)")


def _period_as_slash(body: str, table: AgencyTable) -> str:
    """`Ana Berg. Orsa Press` -> `Ana Berg/Orsa Press`: after a label, a person's full name and
    a period before a known supplier or an organisation's shape (`Cofradía de Puerto Alcora`)
    print the photographer and the agency (the capitals-only case, `Ana Berg. ORSA PRESS`, is
    parts.SEPARATOR's). The name's last word has two letters or more: `Ana B. Lind` is one name."""
    match = _NAME_PERIOD.fullmatch(body.strip())
    if match is None or not _is_full_name(match.group("name")):
        return body
    org = match.group("org").strip()
    if table.lookup(org) is None and not looks_like_org(org):
        return body
    return f"{match.group('name')}/{org}"


def _supplier_noun_first(text: str, agencies: AgencyTable) -> str:
    """`dpa-Foto: Ana Berg` -> `Foto: dpa/Ana Berg`: a known supplier hyphenated before a photo
    noun and a colon (German, Dutch, Nordic compounds: `ANP-foto:`, `TT-bild:`)."""
    match = _lex().supplier_noun.match(text)
    if match is None or agencies.lookup(match.org) is None:
        return text
    return f"{match.noun}: {match.org}/{text[match.end :]}"


# `ABC News: Ana Berg`: a supplier, a colon and what follows it
_SUPPLIER_COLON = re.compile(r"(?P<org>[^:：/|()]+?)\s*[:：]\s*(?P<rest>[^:：]+)")


def _colon_as_slash(body: str, table: AgencyTable) -> str:
    """`ABC News: Ana Berg` -> `ABC News/Ana Berg`: after a label, a known supplier and a colon
    before the rest print the supplier and its photographer (Australian broadcasters' style)."""
    match = _SUPPLIER_COLON.fullmatch(body.strip())
    if match is None or table.lookup(match.group("org")) is None:
        return body
    return f"{match.group('org').strip()}/{match.group('rest').strip()}"


def _is_full_name(text: str) -> bool:
    """A person's name of two words or more that no organisation word marks (`Liv Berg`)."""
    return len(text.split()) >= 2 and looks_like_person(text) and not looks_like_org(text)


def _strip_trailing_flags(body: str, parts: Parts) -> str:
    body = _RIGHTS.sub("", body)
    while match := _lex().trailing_flag.search(body):
        flag = " ".join(match.group("flag").casefold().split())
        if flag in _lex().words.words("file"):  # `File`, `Archivbild`, `foto de archivo`
            parts.file_photo = True
        elif flag in _lex().words.words("pool"):
            parts.pool = True
        else:
            parts.handout = True
        parts.evidence = True
        body = body[: match.start()].rstrip()
    last = _last_word(body)
    # a sentence's period, not an abbreviation's: `Orsa Museum.`, `Orsa FC.` (an initial, `B.`,
    # and the abbreviations of data/words.json, `Co.`, `Bt.`, keep theirs)
    word = len(last) > 3 or (len(last) == 3 and last[:2].isalpha())
    kept = abbreviations() | NAME_SUFFIXES  # `Co.`, `Jr.`
    if body.endswith(".") and word and last.casefold() not in kept:
        body = body[:-1].rstrip()
    return body


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1] if words else ""


def _read_distributor(via: str | None, parts: Parts, table: AgencyTable) -> str | None:
    """The `X` of `via X`: a known agency is evidence of a credit; `via Email` is not."""
    if via is None:
        return None
    known = table.lookup(via)
    if known is not None:
        parts.evidence = True
        return known
    if not is_org_shape(via.split()):
        parts.unrecognized.append(via)
    return org_name(via) or " ".join(via.split())  # `via Orsa Mills GmbH`: its legal form dropped


def _trailing_distributor(parts: Parts, table: AgencyTable, body: str) -> str | None:
    """`AFP/Getty Images`: a distributing agency after another agency, as the last part of the
    chain, is the distributor; in a list of sources (`Photos: Getty Images, Alamy`) it is one
    of the sources."""
    last = SEPARATOR.split(body)[-1].strip()
    if (
        len(parts.agencies) >= 2
        and table.is_distributor(parts.agencies[-1])
        and table.lookup(last) == parts.agencies[-1]
    ):
        return parts.agencies.pop()
    return None


def _split_last(pattern: re.Pattern[str], text: str) -> tuple[str, str | None]:
    matches = list(pattern.finditer(text))
    if not matches or not text[matches[-1].end() :].strip():
        return text, None
    last = matches[-1]
    return text[: last.start()], text[last.end() :].strip()


_SLASH_SHOT = re.compile(r"\s*[/／]\s*(?=(?:摄影|攝影|摄|攝)\s*$)")
_COPYRIGHT_MID = re.compile(r"(?<=[^\W\d_])\s+©\s+")


def _copyright_between(body: str, agencies: AgencyTable) -> str:
    """`Name © AFP`, `AFP © Name`: a © between two parts separates them when the part before it
    is a known supplier or a name of two words or more (`Einstellung einer Heizungsanlage © Name`
    is a caption before its credit)."""
    match = _COPYRIGHT_MID.search(body)
    if match is None:
        return body
    before = body[: match.start()]
    # one unknown word (`...Harry N. Abrams © Name`) is more often a caption's last word
    known = agencies.lookup(before) is not None
    named = known or (
        " " in before.strip() and (looks_like_org(before) or looks_like_person(before))
    )
    return f"{before}/{body[match.end() :]}" if named else body


_SOURCE_KINDS = frozenset({"stock", "social"})


def _split_from(body: str, agencies: AgencyTable) -> tuple[str, str | None]:
    """`Image by Name from Pixabay`, `Foto von Name auf Unsplash`, `Foto de Name en Unsplash`:
    `from` (words.json `from`) a stock library or social network names where the picture came
    from, as `via` does (before anything else it is prose: `Name from Oslo`, `Name en Madrid`)."""
    matches = list(_lex().from_.finditer(body))
    if not matches:
        return body, None
    source = body[matches[-1].end() :].strip()
    supplier = agencies.supplier(source)
    if supplier is None or supplier.kind not in _SOURCE_KINDS:
        return body, None
    return body[: matches[-1].start()], source


_RELAY = re.compile(r"(?P<source>[^=＝/]+?)\s*[=＝]\s*(?P<relay>[^=＝/]+)")


def _split_relay(body: str, agencies: AgencyTable) -> tuple[str, str | None]:
    """`ロイター＝共同`, `AP=Kyodo`: a known supplier's picture passed on by another (Japanese
    wire style); the second is the distributor."""
    match = _RELAY.fullmatch(body.strip())
    if match is None or agencies.lookup(match.group("relay")) is None:
        return body, None
    if agencies.lookup(match.group("source")) is None:
        return body, None
    return match.group("source"), match.group("relay")


# A lower-case German article after `für` is declined by the sentence (`für die Zeitung`); other
# languages print their mastheads' own lower-case articles (`la Repubblica`, `de Volkskrant`).
_DECLINED_ARTICLE = re.compile(r"^(?-i:der|die|das|den|dem)\s+(?=[^\W\d_])")


def _split_for(body: str) -> tuple[str, str | None]:
    """`Name for The New York Times`: the publication a picture was made for. A capitalised
    `For` after anything but a person's full name belongs to a title (`TIME For Kids`)."""
    matches = list(_lex().for_.finditer(body))
    if not matches and (lead := _lex().for_first.match(body.strip())):
        rest = body.strip()[lead.end() :]
        return ("", rest) if _names_a_publication(rest) else (body, None)
    if not matches or not body[matches[-1].end() :].strip():
        return body, None
    last = matches[-1]
    before = body[: last.start()]
    if last.group().strip() == "For" and not _full_name_before(before):
        return body, None
    publication, slash, rest = body[last.end() :].partition("/")
    named = SEPARATOR.split(before)[-1] + last.group() + publication  # `Fund for Nature`
    if active_agencies(None).lookup(named) or _for_in_a_name(before, publication):
        return body, None  # `Landesamt für Umwelt`, `Institute for Marine Research`: one name
    if slash and rest.strip():  # `Name/Invision for Harbour Bank/AP Images`
        return f"{before}/{rest.strip()}", publication.strip()
    return before, publication.strip()


def _for_in_a_name(before: str, after: str) -> bool:
    """`Institute for Marine Research`, `Fund for Nature`, `Landesamt für Umwelt`: after an
    organisation word `for` continues the organisation's name, unless what follows is a known
    supplier or a newspaper's name (`Orsa Agency for The Orsa Times`), or the word names a
    maker of pictures (`Studio Nord for Harbour Weekly`)."""
    head = SEPARATOR.split(before)[-1].strip()
    if not ends_with_org_word(head) or head.casefold().endswith(BRAND_ENDS):
        return False
    if looks_like_masthead(after.strip()):
        return False
    table = active_agencies(None)
    return table.lookup(head) is None and table.lookup(after) is None


def _names_a_publication(text: str) -> bool:
    """`Special to the Orsa Times`, `for The Harbour Post`: a credit that opens with its `for`
    names only the publication; the rest must be a short name of capitalised words (`for the
    first time` is prose)."""
    words = _ELISION.sub("", _ARTICLE.sub("", _DECLINED_ARTICLE.sub("", text))).split()
    return 1 <= len(words) <= 6 and words[-1][:1].isupper() and is_org_shape(words)


_ARTICLE = re.compile(r"^(?i:the)\s+(?=\S)")
_ELISION = re.compile(r"(?<!\S)(?:dell|[dl])['’](?=[A-ZÀ-Þ])")  # `Le Journal d'Orsa`


def _full_name_before(text: str) -> bool:
    return _is_full_name(re.split(r"[/|,]", text)[-1].strip())


def read_credit(
    text: str, agencies: AgencyTable | None = None, *, byline: bool = False
) -> CreditReading:
    """Parse `text` and report the label, whether it carried credit evidence, and leftovers.

    `byline`: the text is a creator field (IPTC By-line, XMP dc:creator, EXIF Artist), where a
    single word names a person (`Patrik`), not an organisation as in a credit line.
    """
    agencies = active_agencies(agencies)  # None: the table of `using_agencies`, or the registry
    return _read_cached(text, agencies, byline)


@lru_cache(maxsize=8192)
def _read_cached(text: str, agencies: AgencyTable, byline: bool) -> CreditReading:
    # The one cache of parsed credits, for every table (tables hash by identity): the credit
    # field, the caption's credit tail (the audit's C005 and D001), the splitters, which try
    # the same tails many times, and the supplier rules all read the same lines.
    if agencies is DEFAULT_AGENCIES:
        return _read(text, agencies, byline)
    with using_words(agencies.words):  # `[tool.captions.credit.words]`
        return _read(text, agencies, byline)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))  # zero-width, soft hyphen
# A zero-width joiner or non-joiner spells a word of Devanagari, Sinhala or Persian (`मानन्‍धर`)
# and stays there; beside anything else (`Ines\u200c/AFP`) it is dropped like the others.
_JOINER = re.compile(r"[\u200c\u200d]")


def _drop_stray_joiners(text: str) -> str:
    if "\u200c" not in text and "\u200d" not in text:
        return text
    return _JOINER.sub(lambda m: m.group() if _spells(text, m.start()) else "", text)


def _spells(text: str, index: int) -> bool:
    around = text[index - 1 : index] + text[index + 1 : index + 2]
    return len(around) == 2 and all(
        ord(ch) > 0x36F and unicodedata.category(ch)[0] in "LM" for ch in around
    )


# Zero-width marks dropped; full-width Latin letters and digits (`ＡＰ`, `Ｉｎｅｓ`, printed in
# Japanese and Chinese text) read as the plain ones.
_FOLD = {
    **_INVISIBLE,
    **{code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B))},
    **{code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)},
}
# `（C）Harbour Press`, `(c)Harbour`: a copyright sign written in letters (full-width in Japan)
# (`(C) speaks` in an upper-case caption is a person's position: a space after `(C)` keeps it).
# A lower-case `(c) ` opening a credit is the sign too (`(c) Ana Berg`, `(c) Photo: Name (AFP)`).
_COPYRIGHT_SIGN = re.compile(r"^(?:（\s*[cCＣｃ]\s*）\s*|\([cC]\)(?=[^\W\d_])|\(c\)\s+(?=\S))")


def _read(text: str, agencies: AgencyTable, byline: bool = False) -> CreditReading:
    folded = strip_outer_parentheses(" ".join(_drop_stray_joiners(text.translate(_FOLD)).split()))
    folded = _COPYRIGHT_SIGN.sub("© ", folded)
    if not any(ch.isalnum() for ch in folded):
        raise CreditError(f"credit {text!r} is empty")
    # the credit as printed keeps its own signs (`(c)`, full-width letters); the parts are read
    # from the folded text
    raw = strip_outer_parentheses(" ".join(_drop_stray_joiners(text).split()))
    body, notes = strip_notes(_close_cut_bracket(folded, agencies))
    if notes:
        body = strip_outer_parentheses(body)  # `APTOPIX (AP Photo/Name)`: bracketed once bare
    body, more = _strip_frame(body, agencies)
    notes = (*notes, *more)
    reading = _read_printings(raw, body, notes, agencies, byline)
    sources = [s for n in notes for s in _source_organisations(n, agencies)]
    if not sources:
        return reading
    named = [*reading.credit.agencies, reading.credit.distributor]
    added = tuple(s for s in dict.fromkeys(sources) if s not in named)
    held = reading.credit.agencies
    # a commissioned credit names its publication last (`Studio for Harbour Weekly`)
    cut = len(held) - 1 if reading.credit.commissioned and held else len(held)
    return replace(
        reading, credit=replace(reading.credit, agencies=held[:cut] + added + held[cut:])
    )


def _source_organisations(note: str, agencies: AgencyTable) -> list[str]:
    """`sources: NASA, ESA`, `Quelle: Statistisches Bundesamt`: the organisations a source note
    names (known suppliers, or names of an organisation's shape when the note reads whole) are
    parts of the credit; the people there wrote the data, they did not make the picture."""
    body, label, _ = strip_label(note)
    if label is None or not any(
        " ".join(label.casefold().rstrip(" :：").split()) == word
        for word in _lex().words.words("source")
    ):
        return []
    reading = _read_one(body, agencies)
    found = [*reading.credit.agencies, *filter(None, [reading.credit.distributor])]
    if reading.unrecognized:
        found = [name for name in found if agencies.lookup(name) is not None]
        if cited := _CITED_IN.search(body):  # `“Title,” by Name et al., in Harbour Science`
            journal = cited.group("journal").strip()
            found.append(agencies.lookup(journal) or journal)
    return found


# A paper cited in a source note: after its quoted title or its authors' `et al.`, `in` and the
# journal's name, up to a comma, a semicolon or a bracket (English, German, Dutch, Italian `in`).
_CITED_IN = re.compile(
    r"(?:[”\"’]|\bet\s+al\.?),?\s+(?:[^;]*?,\s+)?in\s+(?P<journal>[A-Z][^,;()]{0,60}?)\s*(?:[,;(]|$)"
)


def _read_printings(
    raw: str,
    body: str,
    notes: tuple[str, ...],
    agencies: AgencyTable,
    byline: bool,
    sentences: bool = True,
) -> CreditReading:
    # `사진: Name (Orsa Museum) (Archive)`: a CJK label before a credit in Latin letters
    cjk = has_cjk(strip_label(body)[0])
    groups = [] if cjk else bracket_groups(body)
    if len(groups) <= 1 and not cjk:
        groups = sentence_groups(body)
    if len(groups) > 1:
        readings = [_read_one(group, agencies, byline) for group in groups]
        if (merged := _merged(groups, readings)) is not None:
            return replace(
                merged, credit=replace(merged.credit, raw=raw), notes=(*notes, *merged.notes)
            )
        labelled = sentence_groups(body) if sentences and not has_cjk(body) else []
        if len(labelled) > 1:
            # `© Name / Magazine; Fotos: Name / stock.adobe.com (Birke); Bearbeitung: Verlag`:
            # labelled credits one after the other, each with its own brackets
            readings = [
                _read_printings(g, g, (), agencies, byline, sentences=False) for g in labelled
            ]
            # the parts of one composite picture, in their printed order: the first leads
            if (merged := _merged(labelled, readings, parts=True)) is not None:
                return replace(
                    merged, credit=replace(merged.credit, raw=raw), notes=(*notes, *merged.notes)
                )
    reading = _read_one(body, agencies, byline)
    if reading.unrecognized and len(groups) > 1 and not body.startswith(("(", "[")):
        # `Carl Seibert (IIM)`, `Name (Space Telescope Institute, Baltimore)`: what the brackets
        # add after a whole credit is a note
        first = _read_one(groups[0], agencies, byline)
        outside, inside = outside_brackets(body)
        # `Name (AFP)`, `Name (Orsa Museum) (Pool)`: suppliers and markers in brackets
        if inside and all(_bracketed_supplier(g, agencies) or _marker(g) for g in inside):
            whole = _read_one("/".join([outside.rstrip(" ."), *inside]), agencies, byline)
            if is_whole_credit(whole):
                return replace(
                    whole, credit=replace(whole.credit, raw=raw), notes=(*notes, *whole.notes)
                )
        around = _read_one(outside, agencies, byline) if inside else first
        if is_whole_credit(around) and len(around.credit.raw) > len(groups[0]):
            # `NASA, Ana Berg (Harbour Institute, Boston), Tom Lind (...) and the Survey Team`
            reading = replace(around, notes=(*around.notes, *(f"({g})" for g in inside)))
        elif is_whole_credit(first):
            reading = replace(first, notes=(*first.notes, *(f"({g})" for g in groups[1:])))
    return replace(reading, credit=replace(reading.credit, raw=raw), notes=(*notes, *reading.notes))


def _merged(
    groups: list[str], readings: list[CreditReading], *, parts: bool = False
) -> CreditReading | None:
    """The printings merged into one reading when each is a whole credit and each has credit
    evidence (or, for credits of several pictures, `Left: Name/AP; right: Name`, one has).
    `parts`: the groups credit the parts of one picture, kept in their order."""
    pictures = sum(bool(active_words().position_end(g)) for g in groups) >= 2
    evidence = [r.evidence for r in readings]
    if all(is_whole_credit(r) for r in readings) and (
        all(evidence) or (pictures and any(evidence))
    ):
        return merge(readings, pictures=pictures or parts)
    return None


_SUPPLIER_CHAIN = re.compile(r"\s*(?:[/／]|\bvia\b)\s*", re.IGNORECASE)


def _close_cut_bracket(text: str, agencies: AgencyTable) -> str:
    """`Name (AFP`, `Name (AFP/Getty Images`: a bracket left open (a field cut short, a typo)
    around known suppliers is closed, so they are read and not dropped as a cut-off aside."""
    start = text.rfind("(")
    if start <= 0 or ")" in text[start:]:
        return text
    return text + ")" if _known_chain(text[start + 1 :], agencies) else text


def _marker(text: str) -> bool:
    """`Pool`, `File`, `Handout`, `Archiv`: a marker standing alone."""
    return read_marker(" ".join(text.casefold().split()).strip(" ."), Parts())


def _bracketed_supplier(text: str, agencies: AgencyTable) -> bool:
    """`AFP`, `AFP/Getty Images`, `Harbour Press`: a supplier in brackets after a name; an
    affiliation with a place (`Harbour Institute, Boston`) or a bare acronym (`IIM`) is not."""
    words = text.split()
    return _known_chain(text, agencies) or (
        "," not in text and len(words) >= 2 and looks_like_org(text) and not is_group(text)
    )


def _known_chain(text: str, agencies: AgencyTable) -> bool:
    """`AFP`, `AFP/Getty Images`, `AFP via Getty Images`: known suppliers only."""
    pieces = [p for p in _SUPPLIER_CHAIN.split(text) if p.strip()]
    return bool(pieces) and all(agencies.lookup(p) is not None for p in pieces)


# `(서울=연합뉴스)`, `(SEOUL=Yonhap)`: a dateline, the city and the agency that wrote from it.
_DATELINE = re.compile(
    r"^[(（\[]\s*[^\s()（）\[\]=＝]{1,16}\s*[=＝]\s*(?P<agency>[^()（）\[\]=＝]{1,24})[)）\]]\s*"
)
# `文/李明 图/王伟`: the writer's credit before the photographer's (text: 文, 文字, 글).
_WRITER = re.compile(r"(?:^|(?<=\s))(?:文字|文|글)\s*[/／:：=]\s*[^\s/／]+\s+(?=\S)")


def _strip_frame(body: str, agencies: AgencyTable) -> tuple[str, tuple[str, ...]]:
    """What frames a credit without being one: a leading slash or a trailing `=` (`/사진=뉴시스`,
    `홍길동 기자 =`), a wire dateline (its agency is kept), a writer's credit (kept as a note)."""
    notes: list[str] = []
    body = body.strip().lstrip("/／").rstrip("=＝").strip()
    dateline = _DATELINE.match(body)
    if (
        dateline
        and agencies.lookup(dateline.group("agency")) is not None
        and body[dateline.end() :]
    ):
        notes.append(dateline.group(0).strip())
        body = f"{dateline.group('agency').strip()}/{body[dateline.end() :]}"
    writer = _WRITER.search(body)
    if writer:
        notes.append(writer.group(0).strip())
        body = (body[: writer.start()] + body[writer.end() :]).strip()
    body, more = _strip_writer(body)
    return body, (*notes, *more)


def _strip_writer(body: str) -> tuple[str, list[str]]:
    """`Text: Tom Lind, Fotos: Ana Berg`, `Fotos: Ana Berg. Texto: Tom Lind`, `Text und Fotos:
    Ana Berg`: the writer's credit is a note; a label for both is the picture's label."""
    lex, notes = _lex(), []
    if both := lex.writer_and.match(body):
        return body[both.end() :], [both.group(0).strip()]
    lead = lex.writer_lead.match(body)
    if lead and lex.words.label.match(body, lead.end()):
        notes.append(lead.group("credit").strip())
        body = body[lead.end() :]
    tail = lex.writer_tail.search(body)
    if tail and tail.start() > 0:
        notes.append(tail.group("credit").strip())
        body = body[: tail.start()]
    return body, notes


# `Ana Berg (2019)`, `Journal [2007]`: a year in brackets, 1800 to 2099
_YEAR = re.compile(r"\s*[\[(]\s*(?:1[89]|20)\d\d\s*[\])]")
# `Harbour Tide Tables by HTX`: a work's title (a capital, then at most 80 characters: a bound
# that keeps a sentence out, not a fitted figure), a lower-case `by`, its maker.
_WORK_BY = re.compile(r"(?P<work>[A-Z][^/|:]{0,80}?)\s+by\s+(?P<maker>[^/|:\s][^/|:]*)")


def _read_one(text: str, agencies: AgencyTable, byline: bool = False) -> CreditReading:
    position = _lex().words.position_end(text)
    body, label, courtesy = strip_label(_supplier_noun_first(text[position:], agencies))
    if label is None and _BYLINE.match(body) and "/" in body and "|" not in body:
        label, body = body[:3], body[3:].strip()  # `By Kevin Name/WireImage`
    parts = Parts(evidence=label is not None)
    if label is not None:
        # `Foto: (ANTARA/Name)`: the credit after its label in brackets
        body = strip_outer_parentheses(body) if body[:1] in "([" else body
        body = _colon_as_slash(_period_as_slash(body, agencies), agencies)
    elif marker := _lex().marker_label.match(body):
        # `Supplied: Orsa Shire Council`, `Handout: Orsa Police`: a handout word as a label
        label, body = body[: marker.end()], body[marker.end() :]
        parts.handout = parts.evidence = True
    first = body.split(maxsplit=1)[0] if body.split() else ""
    lex = _lex()
    if (first.islower() and first in lex.joining) or (label is None and lex.not_credit.match(body)):
        parts.unrecognized.append(body)  # `Copyright and Reprint`, `Share on X`: page furniture
    elif label is None and " ".join(body.casefold().split()) in lex.words.words("medium"):
        parts.unrecognized.append(body)  # `DIGITAL` in a source field: the medium, no source
        body = ""
    roles = set(label_roles(label)) if label else set()
    if label and " ".join(label.casefold().split()) in lex.words.words("staff"):
        roles.add("staff")  # `Staff photographer Name`
    notes: list[str] = [text[:position].strip(" :：,")] if position else []
    notes += [m.group().strip() for m in _YEAR.finditer(body)]
    body = _YEAR.sub("", body)  # `Name et al, Journal [2007]`: when, not who
    if (shown := lex.reproduction_from.fullmatch(body)) is not None:
        body = shown.group("source")  # `Screengrab from Orsa TV`: taken from its screen
        parts.roles.add("reproduction")
        parts.evidence = True
    if (given := lex.recipient.fullmatch(body)) is not None:
        _read_recipient(given.rest["to"], parts, agencies, notes)
        body = ""
    if label is None and (cited := _lex().from_work.fullmatch(body)) and "©" in cited["maker"]:
        # `From The Strategy of the Genes by C H Waddington © Allen & Unwin`: a figure taken
        # from a book or a paper; its maker and what follows are the credit, the work a note
        # (the © is the evidence: `From the series Harbour by Tom Lind` is a caption's)
        notes.append(f"{cited.group('from')} {cited.group('work')}")
        body = cited.group("maker")
    if label is None and byline and (work := _WORK_BY.fullmatch(body)):
        # a creator field that names a work and its maker (`Harbour Tide Tables by HTX`): the
        # maker is the creator, and a single word there is an organisation, as in a credit line
        notes.append(work.group("work"))
        body, byline = work.group("maker"), False
    official = _official_source(label, parts)
    body, inside_courtesy, places = _courtesy_inside(body)
    notes += places
    if label is None and (noun := lex.photo_via.match(body)):
        label, body = noun.text.strip(), body[noun.rest.end() :]  # `Image via Jane Doe`
        roles |= label_roles(label)  # `Screenshot via Orsa TV`: taken from its screen
        parts.evidence = True
    after_via = body[leading.end() :] if (leading := lex.via_first.match(body)) else ""
    first_source = re.split(r"\s*[/|]\s*", after_via, maxsplit=1)[0]
    if leading and (
        label is not None
        or body[:1].isupper()
        or agencies.lookup(first_source)
        or _is_full_name(after_via)
    ):
        # `Photo via Instagram`, `Via Orsa Police`, `via Jane Doe`: where it came from, the
        # part it names (`via Getty Images`: wire; `Via Orsa Police`: the police's). A person
        # there passed the picture on and is read as a courtesy (`Image via Jane Doe` =
        # `Courtesy of Jane Doe`), not as its distributor
        body = after_via
        courtesy = courtesy or _passed_on_by(leading.group(0), after_via, agencies)
    body = _strip_trailing_flags(body, parts)
    body, via = _split_last(_lex().via, body)
    if via is None:
        body, via = _split_from(body, agencies)
    if via is None:
        body, via = _split_relay(body, agencies)
    if via is not None and "/" in via:  # `via Twitter/@handle`: the network, then the account
        via, account = (p.strip() for p in via.split("/", 1))
        body = f"{body}/{account}" if body.strip() else account
    distributor = _read_distributor(via, parts, agencies)
    body = _strip_trailing_flags(body, parts)
    body = _lex().slash_for.sub(" ", body)  # `Name/For The Washington Post`: made for it
    body = _SLASH_SHOT.sub(" ", body)  # `王小明/摄`: the suffix after a slash
    body = _copyright_between(body, agencies)
    caps_supplier = body.isupper() and agencies.lookup(body.strip(" .")) is not None  # `MAP`
    if not caps_supplier and read_marker(" ".join(body.casefold().split()).strip(" ."), parts):
        body = ""  # `Image for representation`, `Photo illustration`: a marker, whole
    body, publication = _split_for(body)
    # `Photo by X`: X made the picture; `Permission granted by X`, `Provided by X`: X owns it
    by_label = bool(label and _lex().by_end.search(label)) and not (
        courtesy or roles & {"courtesy", "provided"}
    )
    read_segments(
        body,
        parts,
        agencies,
        via=via is not None,
        # `Neda for Orsa FC`: a commissioned maker printed by first name
        byline=byline or _shot_label(label) or (publication is not None and lone_given_name(body)),
        by_label=by_label,
        photo_label=_cjk_photo_label(label),
    )
    distributor = distributor or _trailing_distributor(parts, agencies, body)
    if official:
        parts.add_agency(agencies.lookup(official) or official)
    if inside_courtesy:  # `Name, courtesy of the High Line`, `. Courtesy Ana and Jon Berg`
        known = agencies.lookup(inside_courtesy)
        # `the High Line`: an organisation's shape; `courtesy Harbour Fine Art, London`: a
        # lender printed with its city is a gallery or a museum (art captions print a private
        # lender without one)
        if known is not None or looks_like_org(inside_courtesy) or places:
            parts.add_agency(known or re.sub(r"(?i)^the\s+", "", inside_courtesy))
        else:
            makers = len(parts.photographers)
            read_segments(inside_courtesy, parts, agencies)
            if makers and parts.photographers[makers:]:
                # `Photo: Ana Berg, courtesy Tom Lind`: Tom Lind lent it, Ana Berg made it
                notes.append(f"courtesy {', '.join(parts.photographers[makers:])}")
                del parts.photographers[makers:]
    if publication is not None and parts.unrecognized and not parts.photographers:
        parts.unrecognized.append(publication)  # `Test author string for X`: not a credit
        publication = None
    if publication is not None:
        publication = publication.strip('«»"“”„‟‹› ')  # `pour « Le Monde »`
        known = agencies.lookup(publication)
        if known is None:  # `für die Orsaer Zeitung`: the article is the sentence's, not the name's
            publication = _DECLINED_ARTICLE.sub("", publication)
            known = agencies.lookup(publication)
        parts.evidence = parts.evidence or known is not None
        parts.masthead = parts.masthead or looks_like_masthead(publication)
        parts.add_agency(known or org_name(publication))
    if _cjk_source_phrase(label, body, parts):
        # `写真：お店から` ("photo: from the shop"): a labelled source named in a phrase;
        # `写真：ツイッターより` ("from Twitter"): a known supplier before the particle is named
        source = agencies.lookup(_lex().cjk_from.sub("", body))
        if source is not None:
            parts.add_agency(source)
        else:
            parts.handout = True
            notes.append(body)
        parts.unrecognized.clear()
        parts.evidence = True
    roles |= parts.roles
    notes += parts.notes
    # `Photo by Name / Courtesy of Harbour Museum`: a courtesy label inside the credit too
    courtesy = courtesy or inside_courtesy is not None or "courtesy" in parts.roles
    credit = Credit(
        raw=text,
        photographers=tuple(parts.photographers),
        pool=parts.pool or "pool" in roles,
        agencies=tuple(parts.agencies),
        distributor=distributor,
        handout=parts.handout or courtesy or bool(roles & {"provided", "official"}),
        file_photo=parts.file_photo or "file" in roles,
        courtesy=courtesy,
        commissioned=publication is not None,
    )
    evidence = parts.evidence or courtesy or (parts.masthead and bool(parts.photographers))
    if courtesy:
        roles.add("courtesy")
    return CreditReading(
        credit, label, evidence, tuple(parts.unrecognized), tuple(notes), frozenset(roles)
    )


def _passed_on_by(via: str, source: str, agencies: AgencyTable) -> bool:
    """Whether `via Name` names a person who passed the picture on: a person's full name alone,
    after a `via` word that is no preposition of a network too (`on Instagram`, `On Trump`)."""
    word = " ".join(via.casefold().split())
    lex = _lex()
    return (
        word not in lex.words.words("from")
        and len(SEPARATOR.split(source)) == 1
        and agencies.lookup(source) is None
        and _is_full_name(natural_case(source))
    )


# `chinadaily.com.cn`, `www.orsa-news.co.uk`: a web address, a publication's name on the web
_WEB_ADDRESS = re.compile(r"(?:www\.)?[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}", re.IGNORECASE)


def _read_recipient(to: str, parts: Parts, agencies: AgencyTable, notes: list[str]) -> None:
    """`Photo provided to chinadaily.com.cn`: a handout; a publication that received it (known,
    a web address or an organisation's shape) is its part, a person who did (a reporter) a note:
    they did not make the picture."""
    parts.handout = parts.evidence = True
    known = agencies.lookup(to)
    person = looks_like_person(to) and starts_with_given_name(to) and not looks_like_org(to)
    if known is not None or _WEB_ADDRESS.fullmatch(to) or not person:
        parts.add_agency(known or org_name(to))
    else:
        notes.append(f"provided to {to}")


# A phrase after a Chinese or Japanese label this short names a source (`お店から`, 4 characters;
# fitted on the invented rows of tests/test_credit_languages.py): a sentence is longer.
_CJK_SOURCE_MAX = 12


def _cjk_source_phrase(label: str | None, body: str, parts: Parts) -> bool:
    if not label or label.rstrip()[-1:] not in ("：", ":") or not has_cjk(body):
        return False
    placed = parts.photographers or parts.agencies
    return not placed and bool(parts.unrecognized) and len(body) <= _CJK_SOURCE_MAX


def _shot_label(label: str | None) -> bool:
    """`撮影：`, `摄影/`, `촬영=`: a CJK label that says "shot by" names the photographer."""
    return bool(label) and has_cjk(label or "") and _lex().shot_word.search(label or "") is not None


def _cjk_photo_label(label: str | None) -> bool:
    """`图/`, `写真：`, `사진=`, `Photo:`: a photo label, not a source one (`图片来源：`,
    `Quelle:`): a CJK name after it shaped like a person's is the photographer's."""
    if not label:
        return False
    if not has_cjk(label):
        found = set(re.findall(r"[^\W\d_]+", label.casefold()))
        sources = set(_lex().words.words("source")) | _lex().credit_nouns
        return bool(found & set(_lex().photo_nouns)) and not sources & found
    words = _lex().words
    return not any(noun in label for noun in words.words("source") if has_cjk(noun))


def _official_source(label: str | None, parts: Parts) -> str | None:
    """`White House` in `Official White House Photo by`, `U.S. Navy` in `U.S. Navy photo by`;
    `Staff photo by`, `Family photo by` name no organisation (a marker is read as one)."""
    if not label:
        return None
    if label.startswith(_GLUED_CREDIT) and label[6:7].isupper():
        label = label[6:]  # `CreditPhoto Illustration by`
    match = _lex().words.label.match(label) or _lex().words.label.maker_colon(label)
    if match is None:
        return None
    org = match.group("org") or match.group("maker")
    key = " ".join(org.casefold().split()) if org else ""
    if not org or key in _lex().words.words("official") or read_marker(key, parts):
        return None  # `Official photo by`: the marker alone names no organisation
    if is_group(org):
        return None
    whole = _lex().by_end.sub("", label[: match.end()]).strip(" :：")
    if org != whole and active_agencies(None).lookup(whole) is not None:
        return whole  # `Express Photo by`: a supplier's name that ends in a label noun
    if match.group("colon") and not (DEFAULT_AGENCIES.lookup(org) or looks_like_org(org)):
        return None  # `Cover photo: Name`: a maker before a colon only when it is an organisation
    return org.strip()


def _courtesy_inside(body: str) -> tuple[str, str | None, list[str]]:
    """`Name, courtesy of the High Line`: a courtesy source after the photographer (and the
    place printed after it: `, courtesy Harbour Fine Art, London`)."""
    match = _lex().courtesy_inside.search(body)
    places: list[str] = []
    if match is None:
        body_without, places = strip_places(body)
        match = _lex().courtesy_inside.search(body_without) if places else None
        if match is None:
            return body, None, []
        body = body_without
    source = match.group("source").strip().rstrip(".")
    return body[: match.start()].strip(), source, places


# Lower-case words a credit of the built-in word set may hold (`via`, `van der`).
CREDIT_LOWER_WORDS = _lexicon(credit_words()).lower_words
# The longest line `looks_like_credit` reads as a credit on its own (the splitters try the
# tails of long captions: a longer tail is a caption or a paragraph that mentions a credit).
MAX_CREDIT_CHARS = 160
# Three prose words make a sentence: no credit line of the development pages' or of
# tests/test_credit_table.py without a label holds more than two (`ullstein bild/Getty Images`).
_PROSE_MAX = 3


def _prose_words(text: str, agencies: AgencyTable) -> int:
    """Lower-case words that no credit holds, outside names the registry knows
    (`picture alliance/ullstein bild` holds none)."""
    count = 0
    pieces = [p for part in re.split(r"[/|]", text) for p in _lex().via.split(part)]
    for segment in (p for piece in pieces for p in _lex().for_.split(piece)):
        if agencies.lookup(segment) is None:
            count += sum(
                1
                for word in segment.split()
                if word[:1].islower() and word.strip(",.;:()").casefold() not in _lex().lower_words
            )
    return count


def parse_credit(text: str, agencies: AgencyTable | None = None, *, byline: bool = False) -> Credit:
    """Parse a printed credit line; raises `CreditError` when it holds no words at all.

    >>> parse_credit("(Photo by SAUL LOEB / POOL / AFP)").photographers
    ('Saul Loeb',)
    """
    return read_credit(text, agencies, byline=byline).credit


def looks_like_credit(text: str, agencies: AgencyTable | None = None) -> bool:
    """Whether `text` as a whole reads as a credit line, not as a sentence that mentions one.

    Every part must be a person, an agency or a marker, and something only credits have must be
    present: a label (`Photo:`), a known agency, `Pool`/`Handout`/`STR`, or `via`.
    """
    agencies = active_agencies(agencies)
    with using_words(agencies.words):
        return _looks_like_credit(text, agencies)


_LABEL_COLON = re.compile(r"[:：=＝]")


def _source_word_after_label(label: str) -> bool:
    """`Foto: Divulgação`, `Фото: пресс-служба`, `Foto: Cortesía`: after a label's colon, a
    courtesy or handout word that ends the line is the credit's value (a source that names
    nobody), which the label pattern reads as a second label; one that ends in a connector
    (`Photo: Courtesy of`) waits for its source."""
    pieces = _LABEL_COLON.split(label)
    value = " ".join(pieces[-1].casefold().split()).strip(" .,")
    if len(pieces) < 2 or not value or value.split()[-1] in _lex().lower_words:
        return False
    words = _lex().words
    sources = words.words("courtesy") | words.words("provided") | words.words("handout")
    return value in sources


def _looks_like_credit(text: str, agencies: AgencyTable) -> bool:
    stripped = " ".join(text.split())
    if not stripped or len(stripped) > MAX_CREDIT_CHARS or "\n" in text.strip():
        return False
    if stripped[0] in _DANGLING or stripped[-1] in _DANGLING:
        return False  # `| Reuters` is the end of a credit, not a credit
    if (
        _prose_words(stripped, agencies) >= _PROSE_MAX
        and not _lex().words.label.match(stripped)
        and not _lex().recipient.fullmatch(strip_outer_parentheses(stripped))
    ):
        return False  # a sentence: cheap to tell, and the splitters ask about many tails
    try:
        reading = read_credit(stripped, agencies)
    except CreditError:
        return False
    credit = reading.credit
    has_parts = bool(credit.photographers or credit.agencies or credit.pool or credit.handout)
    has_parts = has_parts or credit.distributor is not None  # `Screenshot via YouTube`
    has_parts = has_parts or "agencies" in reading.roles  # `[Photo/Agencies]`: the wires
    if reading.label or has_cjk(stripped):  # `资料图`, `Foto: privat`: a marker alone
        marker_roles = {"anonymous", "illustration"}  # `Foto: KI-generiert`: made, not taken
        has_parts = has_parts or credit.file_photo or bool(marker_roles & reading.roles)
    label_only = reading.label is not None and not stripped[len(reading.label) :].strip(" .)")
    if label_only and not _source_word_after_label(reading.label or ""):
        return False  # `released by`: a label with nothing after it
    return reading.evidence and has_parts and not reading.unrecognized


__all__ = [
    "CREDIT_LOWER_WORDS",
    "MAX_CREDIT_CHARS",
    "bare_label_end",
    "CreditReading",
    "looks_like_credit",
    "parse_credit",
    "read_credit",
    "strip_label",
    "strip_outer_parentheses",
]
