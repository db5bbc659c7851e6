"""The picture nouns read from a trie (`WordEnds`) match as the patterns that compiled them did.

The grammar compiled the picture nouns (about 300 words) into `supplier_noun`, `photo_via`,
`recipient` and `writer_and`, 2-3 ms of compiling each in every process that reads a credit
(issue 16). Those patterns, as written before and kept here only, are compared with
`SupplierNounPattern` and `WordsThenPattern` at every position of generated credit lines around
every picture noun, `writer_and` (now compiled after its opening matched) on writer lines, and
`WordEnds` with the regex alternation it replaces on random word lists: the same ends, in the
order the alternation tries them. Letters and spaces are compared on every code point.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from captions.credit import grammar
from captions.credit.labels import (
    SupplierNounPattern,
    WordEnds,
    WordsThenPattern,
    _folded,
    alternation,
)
from captions.credit.words import credit_words

NAMES = ("Jane Doe", "J. Doe/EXAMPLE WIRE", "Иван Петров", "李明", "chinadaily.com.cn", "")
JOINS = (": ", "：", " ", "  ", ":", " : ", "-", "\t", ". ", "")


@cache
def _old() -> dict[str, re.Pattern[str]]:
    """The three patterns as the grammar wrote them before (session 8)."""
    words = credit_words()
    photo = words.words("photo")
    picture = alternation(photo | words.words("image"))
    writer = alternation(words.words("writer"))
    ands = alternation(w for w in words.words("and") if w.isalpha())
    return {
        "writer_and": re.compile(
            rf"(?:{writer})\s+(?:{ands}|&|\+)\s+(?=(?:{alternation(photo)})(?![^\W_]))",
            re.IGNORECASE,
        ),
        "supplier_noun": re.compile(
            rf"(?P<org>[^\W_][\w.&]*)-(?P<noun>(?:{alternation(photo)}))\s*[:：]\s*(?=\S)",
            re.IGNORECASE,
        ),
        "photo_via": re.compile(
            rf"(?:{picture})\s+(?=(?:{alternation(words.words('via'))})\s+\S)", re.IGNORECASE
        ),
        "recipient": re.compile(
            rf"(?:(?:{picture})\s+)?(?:{alternation(words.words('recipient'))})\s+"
            r"(?P<to>\S.*?)[\s.]*",
            re.IGNORECASE,
        ),
    }


def _nouns() -> list[str]:
    words = credit_words()
    return sorted(words.words("photo") | words.words("image"))


def _variants(word: str) -> list[str]:
    return sorted({word, word.upper(), word.title(), word.replace(" ", "  ")})


def _texts() -> Iterator[str]:
    """Every picture noun (upper case, title case, spaces doubled) with `via`, recipient and
    supplier shapes around it, the joins and names taken in turn."""
    words = credit_words()
    vias = sorted(words.words("via"))
    recipients = sorted(words.words("recipient"))
    for i, noun in enumerate(_nouns()):
        for k, form in enumerate(_variants(noun)):
            name = NAMES[(i + k) % len(NAMES)]
            join = JOINS[(i + 3 * k) % len(JOINS)]
            via = vias[(i + k) % len(vias)]
            given = recipients[(i + k) % len(recipients)]
            yield f"{form} {via} {name}"
            yield f"{form}{join}{via}{join}{name}"
            yield f"{form} {given} {name}."
            yield f"{form}{join}{given}{join}{name} ."
            yield f"dpa-{form}{join}{name}"
            yield f"A.N.P&Co-{form}: {name}"
            yield f"{form}{join}{name}"
    for given in recipients:
        yield f"{given} {NAMES[0]}"
        yield f"{given.upper()}  {NAMES[2]}..."


def _same_everywhere(text: str) -> None:
    lex, old = grammar._lex(), _old()
    for pos in range(len(text) + 1):
        was = old["supplier_noun"].match(text, pos)
        now = lex.supplier_noun.match(text, pos)
        assert (now and (now.org, now.noun, now.end)) == (
            was and (was["org"], was["noun"], was.end())
        ), (text, pos)
        was = old["photo_via"].match(text, pos)
        then = lex.photo_via.match(text, pos)
        assert (then and (then.text, then.rest.end())) == (was and (was[0], was.end())), (
            text,
            pos,
        )
        was = old["recipient"].fullmatch(text, pos)
        then = lex.recipient.fullmatch(text, pos)
        assert (then and then.rest["to"]) == (was and was["to"]), (text, pos)


def test_generated_credit_lines_match_as_the_old_patterns() -> None:
    texts = list(_texts())
    assert len(texts) > 2000
    old = _old()
    # each pattern matches some of the lines, so the comparison can fail
    assert sum(bool(old["supplier_noun"].match(t)) for t in texts) > 100
    assert sum(bool(old["photo_via"].match(t)) for t in texts) > 100
    assert sum(bool(old["recipient"].fullmatch(t)) for t in texts) > 100
    for text in texts:
        _same_everywhere(text)


_ALPHABET = st.sampled_from(list("abxyz ABC.,:;-/()&：\t") + list("fotoPHIMAGEbildйФ李"))


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=30), st.sampled_from(_nouns()))
def test_random_texts_around_a_picture_noun_match_as_the_old_patterns(text: str, noun: str) -> None:
    _same_everywhere(f"{noun}{text}")
    _same_everywhere(f"Ab-{noun}{text}")


def _regex_ends(words: list[str], text: str, pos: int) -> list[int]:
    """The ends of `alternation(words)` at `pos`, in the order the regex tries them: every end
    it can reach, ordered by asking which of two it takes first."""
    alt = alternation(words)

    def first(*ends: int) -> int | None:
        at = "|".join(rf"(?=(?s:.{{{len(text) - e}}})\Z)" for e in ends)
        found = re.compile(rf"(?:{alt})(?:{at})", re.IGNORECASE).match(text, pos)
        return None if found is None else found.end()

    reached = [e for e in range(pos, len(text) + 1) if first(e) is not None]
    ordered: list[int] = []
    for end in reached:  # an insertion sort, the regex as the comparison
        i = 0
        while i < len(ordered) and first(ordered[i], end) == ordered[i]:
            i += 1
        ordered.insert(i, end)
    return ordered


_WORD_LETTERS = st.sampled_from(list("abAB .-ıİſKkσςΣ") + ["\u212a", "写", "\xa0", "\t"])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(_WORD_LETTERS, max_size=5), min_size=1, max_size=8),
    st.text(st.sampled_from(list("abAB .-:ıİiIsSKkσςΣ\u212a\xa0\t写")), max_size=10),
)
def test_word_ends_are_the_alternations_in_its_order(words: list[str], text: str) -> None:
    # prefixes of one another, spaces (doubled, leading, trailing), the empty word, letters
    # IGNORECASE takes for one another (`ı`/`i`, `ſ`/`s`, Kelvin/`k`, `ς`/`σ`)
    ends = WordEnds(words)
    for sample in (text, f"{words[0]}{text}", f"{text}{words[-1]} {text}"):
        folded = _folded(sample)
        for pos in range(len(sample) + 1):
            got = list(dict.fromkeys(ends.ends(sample, folded, pos)))
            assert got == _regex_ends(words, sample, pos), (words, sample, pos)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(st.sampled_from(list("ab B.")), max_size=4), min_size=1, max_size=6),
    st.text(st.sampled_from(list("abB .:x")), max_size=10),
    st.sampled_from([r"\s*:\s*(?P<r>x)?", r"\s+(?P<r>\S.*?)[\s.]*", r"(?P<r>b*)a$", r"(?!\w)"]),
    st.booleans(),
)
def test_words_then_a_rest_match_as_one_pattern(
    words: list[str], text: str, rest: str, optional: bool
) -> None:
    alt = alternation(words)
    whole = rf"(?:(?:{alt})\s+)?(?:{rest})" if optional else rf"(?:{alt})(?:{rest})"
    old = re.compile(whole, re.IGNORECASE)
    new = WordsThenPattern(WordEnds(words), re.compile(rest, re.IGNORECASE), optional=optional)
    for pos in range(len(text) + 1):
        for kind in ("match", "fullmatch"):
            was = getattr(old, kind)(text, pos)
            now = getattr(new, kind)(text, pos)
            assert (now and (now.text, now.rest.groupdict())) == (
                was and (was[0], was.groupdict())
            ), (words, text, rest, optional, pos, kind)


def test_writer_and_compiled_on_first_need_matches_as_before() -> None:
    # `Text und Fotos: `: the pattern with the picture nouns is compiled only after its opening
    # (a writer word, an `and`, a space) matched
    words = credit_words()
    writers, ands = sorted(words.words("writer")), sorted(words.words("and"))
    lex, old = grammar._lex(), _old()["writer_and"]
    texts = [
        f"{writer}{space}{joined}{space}{form}{tail}"
        for i, writer in enumerate(writers)
        for k, joined in enumerate([*ands, "&", "+", "x"])
        for form in _variants(_nouns()[(i * 7 + k) % len(_nouns())])[:2]
        for space in (" ", "  ")
        for tail in (": Jane Doe", "grafie", "")
    ]
    assert sum(bool(old.match(t)) for t in texts) > 100
    assert sum(bool(lex.writer_and.guard.match(t)) and not old.match(t) for t in texts) > 100
    for text in texts:
        for pos in (0, 1, len(writers[0])):
            was, now = old.match(text, pos), lex.writer_and.match(text, pos)
            assert (now and now.span()) == (was and was.span()), (text, pos)


def test_supplier_noun_pattern_reads_its_parts() -> None:
    found = SupplierNounPattern(["foto", "bild"]).match("ANP-Foto : Jane Doe")
    assert found is not None and (found.org, found.noun) == ("ANP", "Foto")
    assert "ANP-Foto : Jane Doe"[found.end :] == "Jane Doe"
    assert SupplierNounPattern(["foto"]).match("ANP-Fotograf: Jane Doe") is None
    assert SupplierNounPattern(["foto"]).match("ANP-Foto:") is None  # nothing after the colon


def _every_code_point() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1))


def test_letters_and_spaces_compare_as_ignorecase_on_every_code_point() -> None:
    # `WordEnds` compares `_folded` letters and reads `\s` as str.isspace: the same as `re`,
    # for every letter of the picture nouns and every character of the text
    text = _every_code_point()
    folded = _folded(text)
    assert len(folded) == len(text)
    where: dict[str, set[int]] = defaultdict(set)
    for i, ch in enumerate(folded):
        where[ch].add(i)
    letters = {ch for noun in _nouns() for ch in noun} | set("ıİſKkσςΣ\u212a")
    for letter in sorted(letters - {" "}):
        matched = {m.start() for m in re.finditer(re.escape(letter), text, re.IGNORECASE)}
        assert matched == where[_folded(letter)], letter
    spaces = {m.start() for m in re.finditer(r"\s", text)}
    assert spaces == {i for i, ch in enumerate(text) if ch.isspace()}
