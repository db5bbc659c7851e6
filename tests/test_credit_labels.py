"""The label matcher (captions.credit.labels): label nouns looked up in a trie, not compiled.

It replaced one regular expression of every noun of the word file; a reference expression of
that shape, built here over a few invented words, checks that both read the same label at every
position of generated texts.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from captions.credit.labels import BareLabelPattern, LabelPattern, NounTrie
from captions.credit.words import alternation, credit_words

NOUNS = ["photo", "foto", "foto de archivo", "fot.", "image", "credit", "写真", "©", "bild"]
BY = ["by", "oleh", "von"]
COURTESY = ["courtesy", "courtesy of"]
PROVIDED = ["provided by", "handout from"]
OFFICIAL = ["official", "official photo"]
_GROUPS = ("courtesy", "provided", "official", "org", "maker", "run_courtesy", "run_provided")


def _reference() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The label and bare-label expressions as one regular expression each (the old shape)."""
    word_nouns = alternation(n for n in NOUNS if n[-1].isalnum() and n != "写真")
    dot_nouns = alternation(n for n in NOUNS if not n[-1].isalnum() or n == "写真")
    noun = rf"(?>(?:{dot_nouns})|(?:{word_nouns})(?![^\W_]))"
    run = rf"(?=[^\s-])(?:[\s-]*{noun}){{1,4}}"
    by, courtesy = alternation(BY), alternation(COURTESY)
    provided, official = alternation(PROVIDED), alternation(OFFICIAL)
    upper = r"(?-i:[^\W\d_a-z])"
    maker_word = rf"(?:{upper}\.(?:\w\.)+|{upper}[\w&'’-]*)"
    end = r"(?:(?<=[\u3040-\u9fff\uac00-\ud7af])|(?![^\W_]))"
    label = rf"""(?:
        ©\s*(?:\d{{4}}\s+)?
      | \(c\)\s+(?:\d{{4}}\s+|(?=(?-i:[^\W\d_a-z])))
      | copyright(?:\s*[:©]\s*|\s+(?=(?-i:[^\W_a-z])))(?:\d{{4}}\s+)?
      | all\s+rights\s+reserved\s*[,.:;]?\s*
      | (?P<courtesy>(?:{courtesy}){end}\s*[:：,.]?\s*)
      | (?P<provided>(?:{provided}){end}\s*[:：]?\s*)
      | (?P<prefixed>
            (?P<official>(?:{official})\s+(?P<org>(?:[^\W\d_][\w.&'’-]*\s+){{1,5}}?))
          | (?P<maker>(?:{maker_word}\s+){{1,4}}?)
        )??(?:{run})(?(prefixed)\s+(?:{by})\s*:?\s+|(?:
            \s*(?P<run_courtesy>{courtesy}){end}\s*[:,=＝]?\s*
          | \s+(?P<run_provided>{provided}){end}\s*:?\s+
          | \s+(?:{by})(?![^\W_])\s*:?\s+
          | \s*(?::|：|፡|=|＝|\.{{2,}}|…|\s[-–—]\s)\s*
          | (?<=[\u3400-\u9fff\uac00-\ud7af])\s*[/／・]\s*
          | (?<=source)\s*,\s*
          | (?<=[.©])\s*
        ))
    )"""
    flags = re.IGNORECASE | re.VERBOSE
    return re.compile(label, flags), re.compile(rf"(?:{run})\s+", re.IGNORECASE)


REFERENCE, BARE_REFERENCE = _reference()
TRIE = NounTrie(NOUNS)
LABEL = LabelPattern(TRIE, by=BY, courtesy=COURTESY, provided=PROVIDED, official=OFFICIAL)
BARE = BareLabelPattern(TRIE)

_PIECES = [*NOUNS, *BY, *COURTESY, *PROVIDED, *OFFICIAL, "U.S.", "Navy", "White House"]
_PIECES += ["Ana", "Berg", "AFP", ":", "：", " - ", "/", "／", ", ", ".", "..", "-", "(c)", "2024"]
_PIECES += ["source", "Copyright", "all rights reserved", "FOTO", "İ", "ı", "ς", "x", "写真家"]
texts = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "  ", "\t"])), max_size=8
).map(lambda parts: "".join(piece + space for piece, space in parts))


def _span(match: re.Match[str] | object | None) -> tuple[object, ...] | None:
    if match is None:
        return None
    return (match.start(), match.end(), *(match.group(name) for name in _GROUPS))  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from([str, str.upper, str.title, str.lower]))
def test_the_matcher_reads_what_the_reference_expression_reads(text: str, case: object) -> None:
    text = case(text)  # type: ignore[operator]
    for pos in range(len(text) + 1):
        assert _span(LABEL.match(text, pos)) == _span(REFERENCE.match(text, pos)), pos
        bare, expected = BARE.match(text, pos), BARE_REFERENCE.match(text, pos)
        assert (bare and bare.end()) == (expected and expected.end()), pos
    assert [_span(m) for m in LABEL.finditer(text)] == [_span(m) for m in REFERENCE.finditer(text)]


@pytest.mark.parametrize(
    ("text", "label", "groups"),
    [
        ("Photo: Ana Berg/AFP", "Photo: ", {}),
        ("FOTO DE ARCHIVO: Ana Berg", "FOTO DE ARCHIVO: ", {}),
        ("Foto oleh Ana Berg", "Foto oleh ", {}),
        ("Fot. Ana Berg", "Fot. ", {}),
        ("Photo courtesy of Orsa Press", "Photo courtesy of ", {"run_courtesy": "courtesy of"}),
        ("Courtesy of Orsa Press", "Courtesy of ", {"courtesy": "Courtesy of "}),
        ("U.S. Navy photo by Ana Berg", "U.S. Navy photo by ", {"maker": "U.S. Navy "}),
        (
            "Official White House Photo by Ana Berg",
            "Official White House Photo by ",
            {"org": "White House "},
        ),
        ("写真／Orsa", "写真／", {}),
        ("Photographer Ana Berg", None, {}),  # a noun must end its word
        ("photo of the harbour", None, {}),
    ],
)
def test_a_table_of_labels(text: str, label: str | None, groups: dict[str, str]) -> None:
    match = LABEL.match(text)
    assert (match and match.group(0)) == label
    for name, value in groups.items():
        assert match is not None and match.group(name) == value


def test_no_pattern_of_the_label_holds_the_nouns() -> None:
    """The nouns of 34 languages were most of the label pattern's compile cost: they are looked
    up, never compiled, so a noun added from the configuration costs no compile either."""
    words = credit_words()
    nouns = sorted(words.nouns.openings)
    assert all(words.noun_run not in p.pattern for p in words.label.patterns)
    assert not any("archiwum" in p.pattern for p in words.label.patterns)
    assert len(nouns) > 100
    extended = words.extended({"photo": ["lichtbildnis"]})
    found = extended.label.match("Lichtbildnis: Ana Berg")
    assert found is not None and found.group(0) == "Lichtbildnis: "
    assert words.label.match("Lichtbildnis: Ana Berg") is None
