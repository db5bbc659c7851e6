"""Where a credit label is printed: `Photo: `, `Foto de archivo `, `Image courtesy of `,
`U.S. Navy photo by `, `写真／`.

A label is a run of one to four label nouns (`Image credit`, `Foto de archivo`), optionally after
an organisation (`Official White House Photo by`, `NASA photo by`), and what ends it (a colon,
`by`, `courtesy of`, a dash...); or a courtesy, a provided-by or a copyright printed alone. The
nouns come from the word file in many languages (hundreds of them): they are looked up in a trie
of characters, longest first, rather than compiled into one regular expression, whose
alternation of every noun took 60-70 ms to compile in each process that read a credit. What
surrounds the nouns (the short word lists and the punctuation) stays in small patterns.

`LabelPattern.match` and `.finditer` read a label as the pattern they replace did: the same
alternatives in the same order, the same backtracking over the number of nouns in the run and
the words of the organisation before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property, lru_cache
from typing import Any, Literal, NamedTuple, overload

# re.IGNORECASE also takes these letters for one another (`ı` for `i`, `ς` for `σ`): both the
# nouns and the text are read with each mapped to one of its class, after str.lower().
_CASE_FIXES = str.maketrans(
    "ıſµ\u0345\u1fbe\u1fd3\u1fe3ϐϵϑϰϱςϕϖᲀᲁᲂᲃᲄᲅᲆᲇᲈẛﬅ",
    "isμιι\u0390\u03b0βεθκρσφπвдосттъѣꙋṡﬆ",
)
# Letters of a script written without spaces: a noun of it needs no word end after it.
_CJK_RANGES = (("\u3040", "\u9fff"), ("\uac00", "\ud7af"))
# A capitalised word (`Navy`) or an abbreviation (`U.S.`) of the organisation before the nouns;
# the class is case-sensitive, as `(?-i:[^\W\d_a-z])` was in the pattern this replaces.
_UPPER = r"(?-i:[^\W\d_a-z])"
_MAKER_WORD = re.compile(rf"(?:{_UPPER}\.(?:\w\.)+|{_UPPER}[\w&'’-]*)\s+", re.IGNORECASE)
_ORG_WORD = re.compile(r"[^\W\d_][\w.&'’-]*\s+")
# The end of a word: a letter or digit may follow only in a script without spaces. `_END` says
# so, but `re` builds its class of 30,000 characters one character at a time in Python (17.7 M
# instructions, 1.4 ms, each time it is written): after a word alternation, `end_of_words` says the
# same with the few letters that end its words (tests/test_credit_label_word_end.py compares the
# two at every position).
_WORD_END = r"(?![^\W_])"
_END = rf"(?:(?-i:(?<=[\u3040-\u9fff\uac00-\ud7af]))|{_WORD_END})"
_SPACELESS_FROM = "\u3040"  # the lowest character of those classes
# After label nouns: a slash after a letter of U+3400-U+9FFF or U+AC00-U+D7AF (`写真／`), and
# `Source, ` or a full stop or `©` before (what the tail pattern tries last).
_CJK_SLASH = re.compile(r"\s*[/／・]\s*")
_TAIL_AFTER = re.compile(r"(?<=source)\s*,\s*|(?<=[.©])\s*", re.IGNORECASE)


def _before_slash(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"


def has_spaceless_script(text: str) -> bool:
    """Whether `text` holds a letter of U+3040-U+9FFF or U+AC00-U+D7AF, the scripts written
    without spaces (one C call when its largest character is below them: nearly every credit)."""
    if max(text, default="") < _SPACELESS_FROM:
        return False
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)


def _opens_name(ch: str) -> bool:
    """A letter that may open the organisation before a label (`_UPPER`: not `a`-`z`)."""
    return ch.isalnum() and not ch.isdecimal() and not "a" <= ch <= "z"


def _is_cjk(word: str) -> bool:
    return any(low <= ch <= high for ch in word for low, high in _CJK_RANGES)


def _folded(text: str) -> str:
    """`text` in lower case, one character for one (as IGNORECASE compares them)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # `İ` lowers to two characters: keep the first, as re does
        lowered = "".join(ch.lower()[0] for ch in text)
    return lowered.translate(_CASE_FIXES)


class NounTrie:
    """Label nouns as a trie of characters; a space in a noun matches any run of whitespace.

    A noun ending in a letter or digit, outside the scripts written without spaces, must end a
    word (`Photo` is not read in `Photographer`); the others (`Fot.`, `写真`) need not, and the
    longest of them is taken first (`Fot.` is that noun, not `Fot` and a full stop)."""

    _WORD, _DOT = 1, 2

    def __init__(self, nouns: Iterable[str]) -> None:
        self.root: dict[str, Any] = {}
        for noun in nouns:
            node = self.root
            for ch in _folded(" ".join(noun.split())):
                node = node.setdefault(ch, {})
            kind = self._WORD if noun[-1:].isalnum() and not _is_cjk(noun) else self._DOT
            node[""] = node.get("", 0) | kind
        self.first = frozenset(self.root)
        self.openings = frozenset(" ".join(noun.split())[:2] for noun in nouns)

    def noun_end(self, text: str, folded: str, pos: int) -> int:
        """The end of the noun at `pos`, or -1."""
        node, i, n = self.root, pos, len(text)
        word_end = dot_end = -1
        while True:
            kind = node.get("", 0)
            if kind & self._DOT:
                dot_end = i
            if kind & self._WORD and (i == n or not text[i].isalnum()):
                word_end = i
            if i == n:
                break
            ch = folded[i]
            if ch.isspace():
                child = node.get(" ")
                if child is None:
                    break
                while i < n and text[i].isspace():
                    i += 1
            else:
                child = node.get(ch)
                if child is None:
                    break
                i += 1
            node = child
        return dot_end if dot_end >= 0 else word_end

    def run_ends(self, text: str, folded: str, pos: int) -> list[int]:
        """The ends of a run of one to four nouns at `pos` (spaces or hyphens between them),
        the longest run first; empty when no noun starts at `pos`."""
        ends: list[int] = []
        i, n = pos, len(text)
        while len(ends) < 4:
            if ends:
                while i < n and (text[i].isspace() or text[i] == "-"):
                    i += 1
            if i >= n or folded[i] not in self.first:
                break
            end = self.noun_end(text, folded, i)
            if end < 0:
                break
            ends.append(end)
            i = end
        return ends[::-1]


class LabelMatch:
    """One label as read: its span and the named parts a caller asks for (as `re.Match`)."""

    __slots__ = ("string", "_start", "_end", "_groups")

    def __init__(self, string: str, start: int, end: int, groups: dict[str, str | None]) -> None:
        self.string, self._start, self._end, self._groups = string, start, end, groups

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    @overload
    def group(self, name: Literal[0] = 0, /) -> str: ...
    @overload
    def group(self, name: str, /) -> str | None: ...
    def group(self, name: int | str = 0, /) -> str | None:
        if name == 0:
            return self.string[self._start : self._end]
        if isinstance(name, int):
            raise IndexError("no such group")
        return self._groups.get(name)

    def __repr__(self) -> str:
        return f"<LabelMatch span=({self._start}, {self._end}) match={self.group(0)!r}>"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words` as a trie (shared prefixes once: hundreds of words stay
    fast), longest match first, a space matching any whitespace."""
    return _alternation(frozenset(words))


@lru_cache(maxsize=64)  # the grammar writes some word sets into several patterns
def _alternation(words: frozenset[str]) -> str:
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie) if trie else "(?!)"


def _trie_pattern(node: dict[str, Any]) -> str:
    chain = []  # the letters of a node with one child and no word ending there, in a loop
    while len(node) == 1 and "" not in node:
        ((ch, node),) = node.items()
        chain.append(_escaped(ch))
    ends = "" in node
    branches = [_escaped(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return "".join(chain)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        body = "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return "".join(chain) + body


@cache
def _escaped(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def end_of_words(words: Iterable[str]) -> str:
    """The end of a word after an alternation of `words`, as `_END` reads it there: the
    character before is the last of the word just read, so the lookbehind needs only the last
    letters of the words that end in a script without spaces (none, most often)."""
    kept = set(words)
    if "" in kept:
        return _END  # the character before the empty word is the text's
    last = "".join(sorted({w[-1] for w in kept if _is_cjk(w[-1])}))
    return rf"(?:(?-i:(?<=[{last}]))|{_WORD_END})" if last else _WORD_END


# Letters of a word a guard keeps. Any number gives the same matches (a guard only spares a
# compile). Fitted on `show --json -j 1` over the 1,000 files of `benchmarks/generate.py
# --profile light`: 3 letters let more names through (`Mateusz` for a `mate...` word) and cost
# 31 M instructions more, 5 made the guards dearer to compile (+15 M); one file alone: 3 is 2 M
# cheaper than 4, 5 is 15 M dearer.
_GUARD_LETTERS = 4


def openings(words: Iterable[str]) -> str:
    """An alternation of the first letters of `words` (up to a space): wherever a word of
    `alternation(words)` matches, one of these matches at the same place (a guard)."""
    return alternation({w.split(" ", 1)[0][:_GUARD_LETTERS] for w in words})


class LabelPattern:
    """A label at the start of a credit. Named parts tell what it said: `courtesy`,
    `provided`, `official` (with `org`: `Official White House Photo by`), `maker` (`U.S. Navy
    photo by`; with `colon`: `Reuters photo: `), `run_courtesy` (`Photo courtesy of`) and
    `run_provided` (`Photo provided by`)."""

    _COLON = re.compile(r"\s*[:：]\s*")

    def __init__(
        self,
        nouns: NounTrie,
        by: Iterable[str],
        courtesy: Iterable[str],
        provided: Iterable[str],
        official: Iterable[str],
    ) -> None:
        self.nouns = nouns
        self._by = alternation(by)
        self._courtesy, self._provided = alternation(courtesy), alternation(provided)
        self._courtesy_end, self._provided_end = end_of_words(courtesy), end_of_words(provided)
        self._official_words = sorted(set(official), key=lambda w: (-len(w), w))
        # The first two letters of everything a label opens with: `finditer` tries a label
        # only where they are printed (or a capital, which may open an organisation's name).
        opening = {*nouns.openings, *courtesy, *provided, *official, "©", "(c", "co", "al"}
        self._pairs = frozenset(_folded(" ".join(w.split())[:2]) for w in opening)
        # What `_head` and `_tail` open with (see `GuardedSearch`): a text that opens otherwise
        # at `pos` is not asked of them, and a run whose credits never do never compiles them.
        self._opening_of_head = re.compile(
            rf"©|\(c\)|copyright|all\s+rights|{openings([*courtesy, *provided])}", re.IGNORECASE
        )
        self._opening_of_tail_source = (
            rf"\s*(?:{openings([*courtesy, *provided, *by])}|[:：፡=＝…]|\.\.|\s[-–—]\s)"
        )

    # Compiled when a text first needs them (a credit without a label needs none).
    @cached_property
    def _by_tail(self) -> re.Pattern[str]:
        """What ends the nouns after an organisation (`U.S. Navy photo by `)."""
        return re.compile(rf"\s+(?:{self._by})\s*:?\s+", re.IGNORECASE)

    @cached_property
    def _opening_of_tail(self) -> re.Pattern[str]:
        return re.compile(self._opening_of_tail_source, re.IGNORECASE)

    # Compiled when a text first needs them.
    @cached_property
    def _head(self) -> re.Pattern[str]:
        """A copyright, courtesy or provided-by opening a label."""
        return re.compile(
            rf"""
            ©\s*(?:\d{{4}}\s+)?
          | \(c\)\s+(?:\d{{4}}\s+|(?=(?-i:[^\W\d_a-z])))  # not `(C) speaks`: a marker
          | copyright(?:\s*[:©]\s*|\s+(?=(?-i:[^\W_a-z])))(?:\d{{4}}\s+)?  # not `agent`
          | all\s+rights\s+reserved\s*[,.:;]?\s*
          | (?P<courtesy>(?:{self._courtesy}){self._courtesy_end}\s*[:：,.]?\s*)
          | (?P<provided>(?:{self._provided}){self._provided_end}\s*[:：]?\s*)
            """,
            re.IGNORECASE | re.VERBOSE,
        )

    def head_match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """A copyright, courtesy or provided-by opening a label at `pos`."""
        if self._opening_of_head.match(text, pos) is None:
            return None
        return self._head.match(text, pos)

    def tail_match(self, text: str, pos: int) -> re.Match[str] | None:
        """What ends a run of nouns printed alone (`Photo: `, `Foto oleh `, `写真／`) at `pos`:
        the first of `_tail`, a slash after a letter of a script without spaces (`写真／`) and
        `_TAIL_AFTER` that matches, as the one pattern of the three did (its slash needed a
        lookbehind class of 32,000 characters: the character before is tested here instead)."""
        found = None
        if self._opening_of_tail.match(text, pos) is not None:
            found = self._tail.match(text, pos)
        if found is None and pos and _before_slash(text[pos - 1]):
            found = _CJK_SLASH.match(text, pos)
        return found or _TAIL_AFTER.match(text, pos)

    # `_tail` is the costliest pattern of the credit grammar (33 ms at load average 5, its word
    # alternations under IGNORECASE), and a process that reads one credit without a label never
    # needs it: compiled when a noun is first read.
    @cached_property
    def _tail(self) -> re.Pattern[str]:
        return re.compile(
            rf"""
                \s*(?P<run_courtesy>{self._courtesy}){self._courtesy_end}\s*[:,=＝]?\s*
              # `Photo provided by`
              | \s+(?P<run_provided>{self._provided}){self._provided_end}\s*:?\s+
              | \s+(?:{self._by})(?![^\W_])\s*:?\s+
              | \s*(?::|：|፡|=|＝|\.{{2,}}|…|\s[-–—]\s)\s*  # `፡`: the Ethiopic colon
            """,
            re.IGNORECASE | re.VERBOSE,
        )

    @cached_property
    def _official(self) -> list[re.Pattern[str]]:
        """`Official White House Photo by`: the official words, longest first."""
        return [
            re.compile(r"\s+".join(re.escape(p) for p in w.split()) + r"\s+", re.IGNORECASE)
            for w in self._official_words
        ]

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The patterns compiled for the words around the nouns (none holds a noun)."""
        return (
            self._head,
            self._tail,
            _CJK_SLASH,
            _TAIL_AFTER,
            self._by_tail,
            *self._official,
        )

    def match(self, text: str, pos: int = 0) -> LabelMatch | None:
        """The label at `pos`, or None."""
        return self._match(text, _folded(text), pos)

    def finditer(self, text: str) -> Iterator[LabelMatch]:
        """Every label of `text`, left to right, none overlapping (as `re.finditer`)."""
        folded, pos, n = _folded(text), 0, len(text)
        pairs = self._pairs
        while pos < n:
            found = None
            for start in range(pos, n):
                pair = folded[start : start + 2]
                if (
                    pair in pairs
                    or pair[:1] in pairs
                    or pair[1:].isspace()
                    and pair[0] + " " in pairs
                    or _opens_name(text[start])
                ):
                    found = self._match(text, folded, start)
                    if found is not None:
                        break
            if found is None:
                return
            yield found
            pos = found.end()

    def _match(self, text: str, folded: str, pos: int) -> LabelMatch | None:
        head = self.head_match(text, pos)
        if head is not None:
            return LabelMatch(text, pos, head.end(), head.groupdict())
        for end in self.nouns.run_ends(text, folded, pos):
            tail = self.tail_match(text, end)
            if tail is not None:
                return LabelMatch(text, pos, tail.end(), tail.groupdict())
        for prefix_end, groups in self._prefixes(text, pos):
            for end in self.nouns.run_ends(text, folded, prefix_end):
                tail = self._by_tail.match(text, end)
                if tail is not None:
                    return LabelMatch(text, pos, tail.end(), groups)
        return None

    def maker_colon(self, text: str, pos: int = 0) -> LabelMatch | None:
        """`Express photo: `, `Reuters photo: `: one to four capitalised words before lower-case
        nouns and a colon, as the `maker` of `U.S. Navy photo by` (the caller checks that the
        maker is an organisation: `Cover photo:` names none). Apart from `match`, which reads
        labels inside captions too."""
        folded = _folded(text)
        for prefix_end, groups in self._prefixes(text, pos):
            if "maker" not in groups:
                continue
            for end in self.nouns.run_ends(text, folded, prefix_end):
                tail = self._COLON.match(text, end)
                if tail is not None and text[prefix_end:end].islower():
                    return LabelMatch(text, pos, tail.end(), {**groups, "colon": ":"})
        return None

    def _prefixes(self, text: str, pos: int) -> Iterator[tuple[int, dict[str, str | None]]]:
        """The organisation before the nouns, shortest first: `Official` and one to five words
        (`Official White House`), else one to four capitalised words (`U.S. Navy`)."""
        for official in self._official:
            lead = official.match(text, pos)
            if lead is None:
                continue
            end = lead.end()
            for _ in range(5):
                word = _ORG_WORD.match(text, end)
                if word is None:
                    break
                org_start, end = lead.end(), word.end()
                groups = {"official": text[pos:end], "org": text[org_start:end]}
                yield end, {**groups, "prefixed": text[pos:end]}
        end = pos
        for _ in range(4):
            word = _MAKER_WORD.match(text, end)
            if word is None:
                return
            end = word.end()
            yield end, {"maker": text[pos:end], "prefixed": text[pos:end]}


class WordEnds:
    r"""The ends of the words of a list at a position of a text, in the order the regex
    `(?:{alternation(words)})` under IGNORECASE tries them: at each letter the longer words
    first (the branches in sorted order, then the word ending there); a space any run of
    whitespace, the longest run first. `(?:{alternation(words)})REST` matches at the first of
    these ends where REST does, so the picture nouns (about 300) are read here rather than
    compiled into four patterns, 2-3 ms each in every process that reads a credit (issue 16).
    Letters are compared as IGNORECASE compares them (`_folded`)."""

    __slots__ = ("_root", "_branches")

    def __init__(self, words: Iterable[str]) -> None:
        self._root: dict[str, Any] = {}
        for word in frozenset(words):
            node = self._root
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}
        # a node's branches by folded letter and its space branch, each (rank in sorted order,
        # is the space, child), made when a text first reaches the node: a letter of the text is
        # looked up, not compared with every branch, and the nodes no text reaches cost nothing
        self._branches: dict[int, tuple[dict[str, tuple[Any, ...]], Any]] = {}

    def ends(self, text: str, folded: str, pos: int) -> Iterator[int]:
        """Where a word read at `pos` may end, in the alternation's order (`folded`:
        `_folded(text)`)."""
        return self._ends(self._root, text, folded, pos)

    def _ends(self, node: dict[str, Any], text: str, folded: str, i: int) -> Iterator[int]:
        if i < len(text):
            letters, space = self._branches.get(id(node)) or self._index(node)
            branches = letters.get(folded[i], ())
            if space is not None and text[i].isspace():  # `\t` before the space, `\xa0` after
                branches = tuple(sorted((*branches, space), key=lambda branch: branch[0]))
            for _, spaced, child in branches:
                if not spaced:
                    yield from self._ends(child, text, folded, i + 1)
                    continue
                j = i
                while j < len(text) and text[j].isspace():
                    j += 1
                for k in range(j, i, -1):  # `\s+`, greedy
                    yield from self._ends(child, text, folded, k)
        if "" in node:
            yield i

    def _index(self, node: dict[str, Any]) -> tuple[dict[str, tuple[Any, ...]], Any]:
        letters: dict[str, tuple[Any, ...]] = {}
        space = None
        for rank, ch in enumerate(sorted(ch for ch in node if ch)):
            branch = (rank, ch == " ", node[ch])
            if ch == " ":
                space = branch
            else:
                letters[_folded(ch)] = (*letters.get(_folded(ch), ()), branch)
        self._branches[id(node)] = letters, space
        return letters, space


class SupplierNoun(NamedTuple):
    """`dpa-Foto: ` as read: the organisation, the noun and where the label ends."""

    org: str
    noun: str
    end: int


class SupplierNounPattern:
    r"""`dpa-Foto: `: an organisation hyphenated before a picture noun, a colon and something
    after it; reads as `(?P<org>[^\W_][\w.&]*)-(?P<noun>{alternation(nouns)})\s*[:：]\s*(?=\S)`
    under IGNORECASE did (the organisation is the whole run before the hyphen: the hyphen is not
    in its class)."""

    _ORG = re.compile(r"[^\W_][\w.&]*-")
    _COLON = re.compile(r"\s*[:：]\s*(?=\S)")

    def __init__(self, nouns: Iterable[str]) -> None:
        self.nouns = WordEnds(nouns)

    def match(self, text: str, pos: int = 0) -> SupplierNoun | None:
        org = self._ORG.match(text, pos)
        if org is None:
            return None
        start = org.end()
        for end in self.nouns.ends(text, _folded(text), start):
            if (colon := self._COLON.match(text, end)) is not None:
                return SupplierNoun(text[pos : start - 1], text[start:end], colon.end())
        return None


class WordsThen(NamedTuple):
    """A match of `WordsThenPattern`: where it starts, and what `rest` read (its named parts;
    its end is the match's)."""

    start: int
    rest: re.Match[str]

    @property
    def text(self) -> str:
        return self.rest.string[self.start : self.rest.end()]


class WordsThenPattern:
    r"""`(?:{alternation(words)})` then `rest`, under IGNORECASE (`rest` compiled with it): the
    first end of a word where `rest` matches, as the one pattern backtracked. With `optional`,
    `(?:(?:{alternation(words)})\s+)?` then `rest`: the words and a space are tried first, then
    `rest` alone. Named parts are `rest`'s."""

    _SPACE = re.compile(r"\s+")

    def __init__(self, words: WordEnds, rest: re.Pattern[str], *, optional: bool = False):
        self.words, self.rest, self.optional = words, rest, optional

    def match(self, text: str, pos: int = 0) -> WordsThen | None:
        return self._first(text, pos, self.rest.match)

    def fullmatch(self, text: str, pos: int = 0) -> WordsThen | None:
        return self._first(text, pos, self.rest.fullmatch)

    def _first(
        self, text: str, pos: int, read: Callable[[str, int], re.Match[str] | None]
    ) -> WordsThen | None:
        for end in self.words.ends(text, _folded(text), pos):
            starts = [end]
            if self.optional:
                space = self._SPACE.match(text, end)
                starts = list(range(space.end(), end, -1)) if space else []  # greedy
            for start in starts:
                if (found := read(text, start)) is not None:
                    return WordsThen(pos, found)
        if self.optional and (found := read(text, pos)) is not None:
            return WordsThen(pos, found)
        return None


class GuardedPattern:
    """A pattern compiled on first use, asked only where `guard` (a shorter pattern that must
    match wherever it does: its opening) matches: the same matches, and a run whose texts never
    open that way never compiles it."""

    def __init__(self, guard: str, source: str, flags: int = 0) -> None:
        self.guard, self.source, self.flags = re.compile(guard, flags), source, flags

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, self.flags)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.guard.match(text, pos) is None:
            return None
        return self.pattern.match(text, pos)


class GuardedSearch:
    """`source` compiled on first use and asked only of a text where `guard` (a short pattern
    with the same flags that matches inside every match of `source`; with `at_start`, at its
    start) finds a match: where the guard finds none the full pattern could not match either,
    so the answers are the full pattern's. The grammar's alternations of hundreds of words
    under IGNORECASE take 1-4 ms each to compile; `REUTERS/Name` matches none of them."""

    def __init__(self, guard: str, source: str, flags: int = 0, *, at_start: bool = False):
        self.guard = re.compile(guard, flags)
        self.source, self.flags, self.at_start = source, flags, at_start

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, self.flags)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self.guard.search(text, pos) is None:
            return None
        return self.pattern.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(text, pos) if self._opens(text, pos) else None

    def fullmatch(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos) if self._opens(text, pos) else None

    def _opens(self, text: str, pos: int) -> bool:
        if self.at_start:
            return self.guard.match(text, pos) is not None
        return self.guard.search(text, pos) is not None


class BareLabelPattern:
    """Label nouns and the space after them, with no colon (`Photo d'illustration `, `FOTO `)."""

    _SPACE = re.compile(r"\s+")

    def __init__(self, nouns: NounTrie) -> None:
        self.nouns = nouns

    def match(self, text: str, pos: int = 0) -> LabelMatch | None:
        return next(self.matches(text, pos), None)

    def matches(self, text: str, pos: int = 0) -> Iterator[LabelMatch]:
        """Every run of nouns at `pos` with its space, the longest first (`Photo Bild ` and
        `Photo `: `Bild` may open a publication's name)."""
        for end in self.nouns.run_ends(text, _folded(text), pos):
            space = self._SPACE.match(text, end)
            if space is not None:
                yield LabelMatch(text, pos, space.end(), {})


__all__ = [
    "BareLabelPattern",
    "GuardedPattern",
    "GuardedSearch",
    "LabelMatch",
    "LabelPattern",
    "NounTrie",
    "SupplierNoun",
    "SupplierNounPattern",
    "WordEnds",
    "WordsThen",
    "WordsThenPattern",
    "alternation",
    "end_of_words",
    "has_spaceless_script",
    "openings",
]
