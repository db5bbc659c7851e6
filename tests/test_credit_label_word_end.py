"""The label patterns without their CJK lookbehinds, and split's sentence end without its CJK
class for a text holding none, read every text as the patterns written before did.

A lookbehind class of U+3040-U+9FFF and U+AC00-U+D7AF costs 17.7 M instructions to compile. The
label's head and tail read it otherwise: after a word alternation the character before is the
last letter of a word (`end_of_words` names those of the words), and `tail_match` tests the
letter before a slash in code. Split's sentence end leaves its CJK class out for a text holding
none of those characters. The patterns as they were written before, kept here only, are compared
with the new reading at every position: generated credit lines in many scripts around every
label word of the word file, random texts, and random word lists.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from captions.credit import split
from captions.credit.labels import LabelPattern, alternation, end_of_words, has_spaceless_script
from captions.credit.words import credit_words

_OLD_END = r"(?:(?-i:(?<=[\u3040-\u9fff\uac00-\ud7af]))|(?![^\W_]))"
_OLD_HEAD = r"""
            ©\s*(?:\d{{4}}\s+)?
          | \(c\)\s+(?:\d{{4}}\s+|(?=(?-i:[^\W\d_a-z])))
          | copyright(?:\s*[:©]\s*|\s+(?=(?-i:[^\W_a-z])))(?:\d{{4}}\s+)?
          | all\s+rights\s+reserved\s*[,.:;]?\s*
          | (?P<courtesy>(?:{courtesy}){end}\s*[:：,.]?\s*)
          | (?P<provided>(?:{provided}){end}\s*[:：]?\s*)
"""
_OLD_TAIL = r"""
                \s*(?P<run_courtesy>{courtesy}){end}\s*[:,=＝]?\s*
              | \s+(?P<run_provided>{provided}){end}\s*:?\s+
              | \s+(?:{by})(?![^\W_])\s*:?\s+
              | \s*(?::|：|፡|=|＝|\.{{2,}}|…|\s[-–—]\s)\s*
              | (?-i:(?<=[\u3400-\u9fff\uac00-\ud7af]))\s*[/／・]\s*
              | (?<=source)\s*,\s*
              | (?<=[.©])\s*
"""
_OLD_SENTENCE_END = (
    r"[.!?…。！？](?:[”’\"')\]」』]*)(?:\s+|(?=[A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω©\u3040-\u9fff\uac00-\ud7af]))"
    r"(?=[^\s.,;:!?])"
)
_NOUN_CATEGORIES = (
    "photo",
    "image",
    "illustration",
    "credit",
    "source",
    "copyright",
    "file",
    "pool",
)
# Names and words in many scripts, with characters just outside the CJK blocks (U+3000-U+303F
# punctuation, Bopomofo, enclosed and fullwidth forms, a hexagram, an emoji) and inside them.
NAMES = (
    "Jane Doe",
    "J. Doe/EXAMPLE WIRE",
    "Иван Петров",
    "Γιάννης Παπάς",
    "محمد علي",
    "דוד לוי",
    "राम शर्मा",
    "สมชาย ใจดี",
    "Nguyễn Văn An",
    "Ｊａｎｅ　Ｄｏｅ",
    "ㄅㄆ Doe",
    "㈱Example",
    "䷀ Doe",
    "Doe 📷",
    "李明",
    "山田太郎",
    "김철수",
    "ヤマダ",
    "〆Doe",
)
JOINS = (": ", "：", " ", " by ", " - ", "/", "／", "・", ", ", "... ", " = ", "  ", "")


@cache
def _words() -> tuple[LabelPattern, list[str], dict[str, re.Pattern[str]]]:
    words = credit_words()
    fill = {
        "courtesy": alternation(words.words("courtesy")),
        "provided": alternation(words.words("provided")),
        "by": alternation(words.words("by")),
        "end": _OLD_END,
    }
    flags = re.IGNORECASE | re.VERBOSE
    old = {
        "head": re.compile(_OLD_HEAD.format(**fill), flags),
        "tail": re.compile(_OLD_TAIL.format(**fill), flags),
        "sentence": re.compile(_OLD_SENTENCE_END),
    }
    label_words = {w for c in _NOUN_CATEGORIES for w in words.words(c)}
    label_words |= words.words("courtesy") | words.words("provided") | words.words("by")
    return words.label, sorted(label_words), old


def _texts() -> Iterator[str]:
    """Every label word in a credit line, the names and joins taken in turn (and every join with
    every name for the first words): about 4,000 lines."""
    _, label_words, _ = _words()
    for i, word in enumerate(label_words):
        for k in range(3):
            name = NAMES[(i + 7 * k) % len(NAMES)]
            join = JOINS[(i + 5 * k) % len(JOINS)]
            yield f"{word}{join}{name}"
            yield f"A caption ends here. {word.title()}{join}{name}"
    for word in label_words[:12]:
        for name in NAMES:
            for join in JOINS:
                yield f"{word}{join}{name}"


def _read(found: re.Match[str] | None) -> object:
    """A match as the label reads it: its span and the named parts it holds."""
    if found is None:
        return None
    return found.span(), {k: v for k, v in found.groupdict().items() if v is not None}


def _same_everywhere(text: str) -> None:
    label, _, old = _words()
    for pos in range(len(text) + 1):
        assert _read(label.head_match(text, pos)) == _read(old["head"].match(text, pos)), (
            text,
            pos,
        )
        assert _read(label.tail_match(text, pos)) == _read(old["tail"].match(text, pos)), (
            text,
            pos,
        )
    sentence = split._sentence_end(has_spaceless_script(text))
    for pos in range(0, len(text) + 1, 3):
        got_ends = [m.span() for m in sentence.finditer(text, pos)]
        assert got_ends == [m.span() for m in old["sentence"].finditer(text, pos)], (text, pos)


def test_each_generated_credit_line_matches_as_the_old_patterns() -> None:
    texts = list(_texts())
    assert len(texts) > 1000
    spaceless = [t for t in texts if has_spaceless_script(t)]
    assert len(texts) // 10 < len(spaceless) < len(texts) // 2  # both kinds of text are read
    for text in texts:
        _same_everywhere(text)


_ALPHABET = st.sampled_from(
    list("abcxyz ABC.,:;-/()!?©") + [ch for name in NAMES for ch in name] + ["\u303f", "\ua000"]
)


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=40), st.sampled_from(sorted(_words()[1])))
def test_random_texts_around_a_label_word_match_as_the_old_patterns(text: str, word: str) -> None:
    _same_everywhere(f"{word}{text}")
    _same_everywhere(f"{text} {word}:{text}")


def test_has_spaceless_script_is_the_old_classes_on_every_code_point() -> None:
    classes = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")
    for code in (*range(0x10000), 0x1F4F7, 0x20000, 0x10FFFF):
        ch = chr(code)
        assert has_spaceless_script(f"ab{ch}c") == bool(classes.search(ch)), hex(code)
    assert not has_spaceless_script("")


_WORD_LETTERS = st.sampled_from(list("abAB .-'#ıİſ") + ["写", "真", "사", "진", "\u303f", "\ua000"])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.text(_WORD_LETTERS, max_size=5), min_size=1, max_size=8),
    st.text(st.sampled_from(list("abAB .-写真사진1_:\u303f\ua000")), max_size=12),
)
def test_words_with_their_end_match_as_the_words_before_the_old_end(
    words: list[str], text: str
) -> None:
    # every word list (prefixes of one another, words ending in CJK, a space, a full stop, the
    # empty word), under IGNORECASE, at every position of texts built from the same letters
    flags = re.IGNORECASE | re.VERBOSE
    new = re.compile(rf"(?P<w>{alternation(words)}){end_of_words(words)}x?", flags)
    old = re.compile(rf"(?P<w>{alternation(words)}){_OLD_END}x?", flags)
    for sample in (text, f"{words[0]}{text}", f"{text}{words[-1]}{text}"):
        for pos in range(len(sample) + 1):
            assert _read(new.match(sample, pos)) == _read(old.match(sample, pos)), (sample, pos)


def test_the_end_of_words_reads_only_the_last_letters_of_the_cjk_words() -> None:
    no_class = r"(?![^\W_])"
    assert end_of_words(["photo", "foto"]) == no_class
    assert end_of_words(["photo", "写真", "사진", "真"]) == rf"(?:(?-i:(?<=[真진]))|{no_class})"
    assert end_of_words(["photo", ""]) == _OLD_END  # the letter before an empty word: any


def test_ignorecase_never_takes_a_letter_of_the_cjk_blocks_for_one_outside() -> None:
    # The word's last letter in the pattern stands for the text's: under IGNORECASE they are in
    # the same blocks or both outside them (every code point).
    blocks = r"[\u3040-\u9fff\uac00-\ud7af]"
    sensitive, insensitive = re.compile(blocks), re.compile(blocks, re.IGNORECASE)
    for code in range(0x110000):
        ch = chr(code)
        assert bool(sensitive.match(ch)) == bool(insensitive.match(ch)), hex(code)
        if sensitive.match(ch):
            # uncased: `re` compiles it as a literal that matches only itself, so the text's
            # letter is the word's (`end_of_words` names the words' letters)
            assert ch.lower() == ch == ch.upper(), hex(code)


def test_no_label_pattern_holds_a_cjk_class() -> None:
    # In a fresh interpreter, after a Latin and a CJK credit: one head and one tail, and no
    # class of the CJK blocks in the patterns compiled for the label.
    code = (
        "import sys\n"
        "from captions.credit import parse_credit\n"
        "from captions.credit.words import active_words\n"
        "label = active_words().label\n"
        "for text in sys.argv[1:]:\n"
        "    parse_credit(text)\n"
        "print(sorted(k for k in vars(label) if k.startswith(('_head', '_tail'))))\n"
        "print(any('\\u3040' in p.pattern or '\u3040' in p.pattern for p in label.patterns))\n"
    )
    latin, cjk = "Photo: Jane Doe/Example Wire", "写真／山田太郎"
    out = subprocess.run(
        [sys.executable, "-c", code, latin, cjk], capture_output=True, text=True, check=True
    )
    compiled, holds_class = out.stdout.splitlines()
    assert ast.literal_eval(compiled) == ["_head", "_tail"]
    assert holds_class == "False"
