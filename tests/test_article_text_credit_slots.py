"""Credit-only pictures whose credit line the credit parser grades low (a bare name, one word, an
unknown organisation, a name with a role), found by the page's credit slot
(captions/article/text_credit_slots.py; issue 12).

Two invented sets under tests/fixtures/articles/credit_slots: `typed` (text typed as a scraper
prints it, expected photos in expected.json) and `html` (invented HTML pages, their text made by
the real pages' scraper: `python scripts/html_to_text.py --set tests/fixtures/articles/
credit_slots/html`). Each page prints three or more credit lines the parser trusts in one slot
and one or two low-graded ones in the same slot, in Spanish, German, French, Polish, Italian,
Swedish, Portuguese and Dutch; the traps (subheadings between paragraphs, block titles, an ad's
label printed in the slot and elsewhere) must stay unreported. A page prints one photographer's
credit several times, so the photos are compared in document order (the real pages' scorer
places a credit-only photo by its line; tests/text_scoring.py matches one by its credit alone,
which cannot tell three `Foto: Anna Berg` apart).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from text_scoring import SCRAPER, Expected, norm, scraped

from captions.article import extract
from captions.article.text import TEXT_RULES, read_text
from captions.article.text_credit_slots import names_person
from captions.article.text_credits import CREDIT_LINE
from captions.article.text_features import credit_confidence

SET = Path(__file__).parent / "fixtures" / "articles" / "credit_slots"
TYPED = SET / "typed"
HTML = SET / "html"
TYPED_PHOTOS: dict[str, list[Expected]] = {
    name: [(caption, credit) for caption, credit in photos]
    for name, photos in json.loads((TYPED / "expected.json").read_text(encoding="utf-8")).items()
}
HTML_PAGES = sorted(p.name.removesuffix(".expected.json") for p in HTML.glob("*.expected.json"))


def html_expected(name: str) -> dict[str, object]:
    return dict(json.loads((HTML / f"{name}.expected.json").read_text(encoding="utf-8")))


def pages() -> list[tuple[str, str, list[Expected]]]:
    """(name, text, expected photos) of every page of both sets."""
    out = [(n, (TYPED / n).read_text(encoding="utf-8"), p) for n, p in TYPED_PHOTOS.items()]
    for name in HTML_PAGES:
        photos = [(c, r) for c, r in html_expected(name)["captions"]]  # type: ignore[attr-defined]
        out.append((f"{name}.txt", (HTML / f"{name}.txt").read_text(encoding="utf-8"), photos))
    return out


def low_graded(photos: list[Expected]) -> list[str]:
    """The credits of the credit-only photos that the credit parser grades below a credit line."""
    return [
        credit
        for caption, credit in photos
        if not caption and credit and credit_confidence(credit) < CREDIT_LINE
    ]


def reported(name: str, text: str) -> list[tuple[str, str]]:
    """(caption, credit as printed) of each photo the reader reports, in document order, by its
    first printing, normalized as the scorer normalizes."""
    photos = extract(name, text=text).photos.values()
    firsts = sorted((printings[0] for printings in photos), key=lambda o: o.offset)
    return [(norm(o.text), norm(o.credit.raw if o.credit else None)) for o in firsts]


@pytest.mark.parametrize(("name", "text", "photos"), pages(), ids=[p[0] for p in pages()])
def test_every_credit_in_the_slot_is_found_and_nothing_else(
    name: str, text: str, photos: list[Expected]
) -> None:
    assert reported(name, text) == [(norm(caption), norm(credit)) for caption, credit in photos]


def test_both_sets_hold_low_graded_credits_of_each_shape() -> None:
    credits = [c for _, _, photos in pages() for c in low_graded(photos)]
    assert len(credits) >= 10
    assert any(len(c.split()) == 1 for c in credits)  # one word (`Fotolampo`)
    assert any("," in c for c in credits)  # a name with a role
    assert any(names_person(c) and "," not in c for c in credits)  # a bare name


def test_every_expected_text_is_printed() -> None:
    for name, text, photos in pages():
        flat = " ".join(text.split())
        for caption, credit in photos:
            assert caption in flat, (name, caption)
            assert credit is None or credit in flat, (name, credit)


@pytest.mark.skipif(not SCRAPER.is_file(), reason="needs ../shared (the real pages' scraper)")
@pytest.mark.parametrize("name", HTML_PAGES)
def test_the_committed_text_is_the_scrapers_output(name: str) -> None:
    page = HTML / str(html_expected(name)["source"])
    assert (HTML / f"{name}.txt").read_bytes() == scraped(page)


_TOPICS = ["late ferry", "harbour crane", "island school", "winter market", "night bus", "pier"]


def _page(*blocks: str) -> str:
    """A page of `blocks`, each `BODY` a different paragraph of running text."""
    topics = iter(_TOPICS)
    body = [
        f"The council voted on Tuesday to keep the {next(topics)} running through the winter "
        "months, reversing a decision made in the spring after residents of the island protested."
        if block == BODY
        else block
        for block in blocks
    ]
    return "Ferry timetable kept for the winter\n\n" + "\n\n".join(body) + "\n"


BODY = "<body>"


def _credits(text: str) -> list[str | None]:
    return [d.credit_raw for d in read_text(text) if d.why.startswith("slot-")]


def test_a_bare_name_in_the_slot_of_three_trusted_credits_is_a_credit() -> None:
    label = "Photo: Kari Holm/Orsa Times"
    text = _page(label, BODY, label, BODY, label, BODY, "Jane Doe", BODY)
    assert _credits(text) == ["Jane Doe"]


def test_the_page_decides_two_trusted_credits_make_no_slot() -> None:
    label = "Photo: Kari Holm/Orsa Times"
    assert _credits(_page(label, BODY, label, BODY, "Jane Doe", BODY)) == []


def test_a_subheading_in_the_slot_is_no_credit() -> None:
    label = "Photo: Kari Holm/Orsa Times"
    text = _page(label, BODY, label, BODY, label, BODY, "Background", BODY, "The Harbour", BODY)
    assert _credits(text) == []


def test_a_line_printed_in_the_slot_and_elsewhere_is_no_credit() -> None:
    label = "Photo: Kari Holm/Orsa Times"
    blocks = [label, BODY, "Sponsored", BODY, label, BODY, "Sponsored", BODY, label, BODY]
    assert _credits(_page(*blocks, "Sponsored", "Read more")) == []
    assert _credits(_page(*blocks)) == ["Sponsored", "Sponsored"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jane Doe", True),
        ("Anna Berg, fotograf", True),
        ("Ewa Zielińska, fotoreporterka", True),
        ("Studio Nordlys", False),
        ("Background", False),
        ("What Comes Next", False),
    ],
)
def test_names_person(text: str, person: bool) -> None:
    assert names_person(text) is person


def test_the_rules_benchmark_credits_every_photo_to_a_rule_of_the_table() -> None:
    """benchmarks/text_rules.py (the precision table of benchmarks/README.md) runs and names
    only rules of TEXT_RULES."""
    script = Path(__file__).parents[1] / "benchmarks" / "text_rules.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()[1:]
    assert rows
    assert {row.split()[0] for row in rows} <= set(TEXT_RULES)
