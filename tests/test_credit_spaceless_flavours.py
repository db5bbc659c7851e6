"""The label and sentence-end patterns without their CJK classes read every other text alike.

`LabelPattern.head`/`.tail` and split's sentence end leave out the lookbehinds and classes of
U+3040-U+9FFF and U+AC00-U+D7AF for a text holding none of those characters (they cost 17.7 M
instructions to compile each). The patterns as they were written before, kept here only, are
compared with the flavour chosen for each text at every position: generated credit lines in many
scripts around every label word of the word file, and random texts.
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
from captions.credit.labels import LabelPattern, alternation, has_spaceless_script
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


def _same_everywhere(text: str) -> None:
    label, _, old = _words()
    head, tail = label.head(text), label.tail(text)
    for pos in range(len(text) + 1):
        for new_pattern, old_pattern in ((head, old["head"]), (tail, old["tail"])):
            got, want = new_pattern.match(text, pos), old_pattern.match(text, pos)
            assert (got and (got.span(), got.groupdict())) == (
                want and (want.span(), want.groupdict())
            ), (text, pos, new_pattern.pattern)
    sentence = split._sentence_end(has_spaceless_script(text))
    for pos in range(0, len(text) + 1, 3):
        got_ends = [m.span() for m in sentence.finditer(text, pos)]
        assert got_ends == [m.span() for m in old["sentence"].finditer(text, pos)], (text, pos)


def test_the_flavour_for_each_generated_credit_line_matches_as_the_old_patterns() -> None:
    texts = list(_texts())
    assert len(texts) > 1000
    spaced = [t for t in texts if not has_spaceless_script(t)]
    assert len(spaced) > len(texts) // 2  # most lines take the flavour without the classes
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


def test_a_latin_credit_compiles_no_cjk_flavour_and_a_cjk_one_does() -> None:
    # In a fresh interpreter: the flavours are compiled on first use, and kept.
    code = (
        "import sys\n"
        "from captions.credit import parse_credit\n"
        "from captions.credit.words import active_words\n"
        "label = active_words().label\n"
        "for text in sys.argv[1:]:\n"
        "    parse_credit(text)\n"
        "    print(sorted(k for k in vars(label) if k.startswith(('_head', '_tail'))))\n"
    )
    latin, cjk = "Photo: Jane Doe/Example Wire", "写真：山田太郎"
    out = subprocess.run(
        [sys.executable, "-c", code, latin, cjk], capture_output=True, text=True, check=True
    )
    after_latin, after_cjk = map(ast.literal_eval, out.stdout.splitlines())
    assert after_latin == ["_head_spaced", "_tail_spaced"]
    assert set(after_cjk) >= {"_head_spaceless", "_tail_spaceless"}
