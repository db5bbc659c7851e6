"""Label and connector words of credit lines in many languages, read from `data/words.json`.

The words are data, not code: `Photo`, `Foto`, `Bild`, `Фото`, `写真`, `사진` are label nouns;
`by`, `oleh`, `de` follow them (`Foto oleh Name`); `via`/`vía`, `for`/`para`/`pour` join the parts
of a credit; `file`, `pool`, `handout` are markers; `摄`, `供图` are printed after the name in
Chinese credits. Every category is the union over the languages of the file. The patterns built
from them are compiled once per word set (`credit_words()` is cached).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, cached_property

from captions.credit.labels import BareLabelPattern, LabelPattern, NounTrie, alternation
from captions.errors import ConfigError
from captions.package_data import read_text

CATEGORIES = (
    "photo",
    "image",
    "illustration",
    "credit",
    "source",
    "copyright",
    "by",
    "courtesy",
    "provided",
    "recipient",
    "via",
    "for",
    "and",
    "file",
    "pool",
    "handout",
    "staff",
    "official",
    "shot_suffix",
    "provided_suffix",
    "organisation",
    "organisation_suffix",
    "legal_form",
    "legal_form_lead",
    "note",
    "anonymous",
    "private",
    "reproduction",
    "social_media",
    "agencies",
    "title",
    "article",
    "not_credit",
    "medium",
    "position",
    "writer",
    "account",
    "common",
    "from",
)
# The kinds of source a credit that names nobody may say (`Foto: privat`, `Reprodução`,
# `redes sociales`, `Photo: Agencies`): each sets the credit's usage (captions.credit.usage).
SOURCE_KINDS = ("private", "reproduction", "social_media", "agencies")
_QUOTES = '«»"“”„‟‹› '
# Label nouns: a credit may start with any run of them (`Image credit`, `Foto de archivo`).
_NOUNS = ("photo", "image", "illustration", "credit", "source", "copyright", "file", "pool")
# Single letters and name particles are never read as `and` (`Ortega y Gasset`, `Jan a Petr`).
_AND_EXCLUDED = frozenset(["a", "e", "i", "y", "и", "і", "ו", "و"])


def _is_word_char_end(word: str) -> bool:
    return word[-1:].isalnum()


def _is_cjk(word: str) -> bool:
    """Chinese, Japanese or Korean: written without spaces between words."""
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in word)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a cache key
class CreditWords:
    """Every category's words, casefolded; patterns compiled on first use."""

    categories: Mapping[str, frozenset[str]]

    def words(self, category: str) -> frozenset[str]:
        return self.categories.get(category, frozenset())

    def extended(self, extra: Mapping[str, Iterable[str]]) -> CreditWords:
        """A new word set with `extra` words added to their categories."""
        merged = {name: set(words) for name, words in self.categories.items()}
        for category, words in extra.items():
            if category not in CATEGORIES:
                raise ConfigError(
                    f"credit words: unknown category {category!r} (known: {', '.join(CATEGORIES)})"
                )
            merged.setdefault(category, set()).update(w.casefold().strip() for w in words)
        return CreditWords({k: frozenset(v) for k, v in merged.items()})

    def _nouns(self) -> set[str]:
        return {w for c in _NOUNS for w in self.words(c)}

    @cached_property
    def noun_run(self) -> str:
        """One to four label nouns in a row (`Image credit`, `Foto de archivo`), as a pattern."""
        nouns = self._nouns()
        # A noun of a script written without spaces (`사진제공`, `图片来源`) needs no word end.
        word_nouns = alternation(w for w in nouns if _is_word_char_end(w) and not _is_cjk(w))
        dot_nouns = alternation(w for w in nouns if not _is_word_char_end(w) or _is_cjk(w))
        # Atomic: the longest noun is taken and kept (`Captura de pantalla` is one noun, never
        # `Captura` and a `de` that would read the rest as a photographer's name).
        # A noun ending in a dot comes first: `Fot.` is that noun, not `Fot` and a full stop.
        noun = rf"(?>(?:{dot_nouns})|(?:{word_nouns})(?![^\W_]))"
        # The noun alternation is written once (it is most of the pattern's compile cost): a
        # run opens on a noun, never on a space or hyphen, and puts one before every next noun.
        return rf"(?=[^\s-])(?:[\s-]*{noun}){{1,4}}"

    @cached_property
    def nouns(self) -> NounTrie:
        """The label nouns, looked up longest first (`Captura de pantalla` is one noun)."""
        return NounTrie(self._nouns())

    @cached_property
    def bare_label(self) -> BareLabelPattern:
        """Label nouns and the space after them (`Photo d'illustration `, `FOTO `)."""
        return BareLabelPattern(self.nouns)

    @cached_property
    def label(self) -> LabelPattern:
        """A label at the start of a credit (see `captions.credit.labels`). Named groups tell
        what it said: `courtesy`, `provided`, `official` (with `org`: `Official White House
        Photo by`), `maker` (`U.S. Navy photo by`)."""
        return LabelPattern(
            self.nouns,
            by=self.words("by"),
            courtesy=self.words("courtesy"),
            provided=self.words("provided"),
            official=self.words("official"),
        )

    @cached_property
    def role_patterns(self) -> dict[str, re.Pattern[str]]:
        """A pattern per role a label can name (`illustration`, `pool`, `file`, `official`, and
        `reproduction`: `Screenshot: Orsa TV`, `Video still: Orsa News` took the picture from a
        screen, as `Screengrab from Orsa TV` does)."""
        return {
            role: re.compile(rf"(?<!\w)(?:{alternation(self.words(role))})(?!\w)")
            for role in ("illustration", "pool", "file", "official", "reproduction")
        }

    def label_starts(self, text: str) -> list[int]:
        """Where a label begins inside a caption (`...harbour.Photograph: Name/EPA`): after a
        character that cannot end a word of the label."""
        return [
            m.start()
            for m in self.label.finditer(text)
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-")
        ]

    @cached_property
    def _position(self) -> re.Pattern[str]:
        positions = alternation(self.words("position"))
        return re.compile(rf"(?:{positions})(?![^\W_])(?P<sep>\s*[:：,]\s*|\s+)", re.IGNORECASE)

    def position_end(self, text: str, start: int = 0) -> int:
        """The end of a position printed before a credit (`Left: `, `ci-dessous, `, `above`
        before a label: `above photo courtesy X`), or 0: which picture of several it names."""
        match = self._position.match(text, start)
        if match is None:
            return 0
        if match.group("sep").strip() or self.label.match(text, match.end()):
            return match.end()
        return 0

    def position_starts(self, text: str) -> list[int]:
        """Where a position begins inside a credit line (`...AP; right: Name/Reuters`)."""
        return [
            m.start()
            for m in self._position.finditer(text)
            if (m.start() == 0 or not text[m.start() - 1].isalnum())
            and self.position_end(text, m.start())
        ]

    @cached_property
    def legal_form(self) -> re.Pattern[str]:
        """A company's legal form ending a name (`WAB e.V.`, `Nordwind GmbH`, `Acme, Inc.`)."""
        forms = alternation(self.words("legal_form"))
        return re.compile(rf"(?<=\S)\s*,?\s+(?P<form>{forms})\s*$", re.IGNORECASE)

    @cached_property
    def legal_form_lead(self) -> re.Pattern[str]:
        """A company's legal form printed before its name (`PT Saragih`, `ООО «Орса»`)."""
        forms = alternation(self.words("legal_form_lead"))
        return re.compile(rf"^(?P<form>{forms})\s+(?=\S)", re.IGNORECASE)

    def strip_legal_form(self, name: str) -> str:
        """`WAB e.V.` -> `WAB`, `PT Saragih` -> `Saragih`: the legal form adds nothing to the
        name of a supplier. A form after the name of two letters counts only as printed with a
        capital (`Yara AS`, not `known as`); one before it only as printed in capitals."""
        match = self.legal_form.search(name)
        if match is not None:
            form = match.group("form")
            if len(form) > 2 or form[:1].isupper():
                name = name[: match.start()].rstrip(" ,")
        lead = self.legal_form_lead.match(name)
        if lead is not None and lead.group("form")[:1].isupper():
            rest = name[lead.end() :].strip(_QUOTES)
            if rest:
                return rest
        return name

    @cached_property
    def via(self) -> re.Pattern[str]:
        return re.compile(rf"\s+(?:{alternation(self.words('via'))})\s+", re.IGNORECASE)

    @cached_property
    def for_(self) -> re.Pattern[str]:
        return re.compile(rf"\s+(?:{alternation(self.words('for'))})\s+", re.IGNORECASE)

    @cached_property
    def name_list(self) -> re.Pattern[str]:
        ands = {w for w in self.words("and") if w not in _AND_EXCLUDED and w != "&"}
        return re.compile(rf"\s*,\s*|\s+(?:{alternation(ands)})\s+|\s*&\s*|\s*;\s*", re.I)

    @cached_property
    def cjk_suffix(self) -> re.Pattern[str]:
        """`... 摄`, `...供图`: a Chinese, Japanese or Korean word printed after the name."""
        shot = alternation(self.words("shot_suffix"))
        provided = alternation(self.words("provided_suffix"))
        return re.compile(rf"\s*(?:(?P<shot>{shot})|(?P<provided>{provided}))\s*$")

    @cached_property
    def staff_affix(self) -> re.Pattern[str]:
        """`新华社记者`, `通讯员刘娟`: a staff word glued before or after a name."""
        return re.compile(rf"(?:{alternation(self.words('staff'))})")


def _load(text: str, origin: str) -> CreditWords:
    try:
        data = json.loads(text)
        languages = data["languages"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{origin}: not a credit word file ({exc})") from exc
    merged: dict[str, set[str]] = {c: set() for c in CATEGORIES}
    for lang, cats in languages.items():
        for category, words in cats.items():
            if category not in merged:
                raise ConfigError(f"{origin}: language {lang!r} has unknown category {category!r}")
            merged[category].update(w.casefold() for w in words)
    return CreditWords({k: frozenset(v) for k, v in merged.items()})


@cache
def credit_words() -> CreditWords:
    """The built-in word set (loaded once)."""
    text = read_text(__file__, "data/words.json")
    return _load(text, "captions/credit/data/words.json")


_ACTIVE: ContextVar[CreditWords | None] = ContextVar("credit_words", default=None)


def active_words() -> CreditWords:
    """The word set of the parse under way: the built-in one, or one extended from the
    configuration (`[tool.captions.credit.words]`) that a supplier table carries."""
    return _ACTIVE.get() or credit_words()


@contextmanager
def using_words(words: CreditWords | None) -> Iterator[None]:
    """Parse with `words` (None: the built-in set) inside the block."""
    if words is None or words is _ACTIVE.get():
        yield
        return
    token = _ACTIVE.set(words)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def languages() -> tuple[str, ...]:
    """The languages the built-in word file covers."""
    text = read_text(__file__, "data/words.json")
    return tuple(json.loads(text)["languages"])


def label_roles(label: str, words: CreditWords | None = None) -> frozenset[str]:
    """The roles a label names: `illustration`, `pool`, `file`, `official`, `courtesy`,
    `provided` (`Pool photo by` -> {pool}, `Photo illustration by` -> {illustration})."""
    words = words or active_words()
    roles = set()
    start = 0
    # every label of a run (`Foto: Divulgação`: a photo label, then a handout one)
    while (found := words.label.match(label, start)) is not None and found.end() > start:
        roles |= {name for name in ("courtesy", "provided", "official") if found.group(name)}
        roles |= {"courtesy"} if found.group("run_courtesy") else set()
        roles |= {"provided"} if found.group("run_provided") else set()
        start = found.end()
    tokens = " ".join(re.split(r"[\s:：=,]+", label.casefold())).strip()
    roles |= {role for role, pattern in words.role_patterns.items() if pattern.search(tokens)}
    return frozenset(roles)


__all__ = [
    "CATEGORIES",
    "SOURCE_KINDS",
    "CreditWords",
    "active_words",
    "alternation",
    "credit_words",
    "label_roles",
    "languages",
    "using_words",
]
