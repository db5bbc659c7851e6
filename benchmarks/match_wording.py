"""Matching when agencies word a caption differently from the article (issue 18).

    python benchmarks/match_wording.py                    # 12 cases per class, seed 1
    python benchmarks/match_wording.py --cases 30 --seed 7 --show 3

Generates, seeded, cases of every wording class: an article (a text file, read by `extract`)
with two or three photos of one invented event, and a folder of wire JPEGs (written by
`metadata.write`) holding each photo's file as the agency filed it, sibling frames of the same
event (other people's positions, another action, the day before) and decoys (another event in
the same city, an unrelated picture). In a quarter of the cases one photo's own file is left
out, so that only its sibling frame is there: writing it would be wrong. Every name, place and
caption is invented here.

Prints per class: photos, right (written to its own file), wrong (written to any other file),
ambiguous (reported, not written), unmatched; for photos whose file was left out, `absent ok`
(rightly not written) and `sibling written` (another frame written instead); and `decoy
written` (a file of another event written to any photo). Measured, never asserted;
tests/test_match_wording.py holds one fixture test per class and runs this script once.

    class         the agency's caption differs from the article's by
    same          nothing but the agency's credit tail (a control)
    paraphrase    another wording of the same clause (`addresses` for `speaks during`)
    name_order    the people named in the other order, given names dropped
    dateline      an AP dateline in front: `VALDMORA, Kestria (AP) —`
    epa_number    an EPA number in front (`epa11234567`), the day written `14 March 2025`
    upper_slug    an upper-case slug in front (`KESTRIA-TRADE/`), sometimes all in capitals
    credit_tail   the agency's credit and editors' note at the end (REUTERS/, Photo:, Xinhua/)
    ascii_names   names and places without diacritics (`Wegrzyn` for `Węgrzyn`, `o` for `ø`)
    markers       sibling frames differ only by who stands where (`(C)` against `(2nd R)`)
    dates         sibling frames differ only by the day
    mixed         three of the above at once
"""

from __future__ import annotations

import argparse
import calendar
import random
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402

from captions import metadata  # noqa: E402
from captions.article import extract  # noqa: E402
from captions.match import match  # noqa: E402

CLASSES = (
    "same", "paraphrase", "name_order", "dateline", "epa_number", "upper_slug",
    "credit_tail", "ascii_names", "markers", "dates", "mixed",
)  # fmt: skip

GIVEN = [
    "Ilse",
    "Tomasz",
    "Søren",
    "Þóra",
    "Ana",
    "Jürgen",
    "Zoë",
    "Łucja",
    "Mira",
    "Oskar",
    "Renée",
    "Çetin",
    "Nuno",
    "Agnès",
    "Dagny",
    "Emeric",
    "Halvard",
    "Ines",
    "Kaja",
    "Leontine",
    "Matěj",
    "Noémi",
    "Ottó",
    "Radka",
    "Sibéal",
    "Teodor",
    "Vesna",
    "Yrsa",
]
SURNAMES = [
    "Marrék",
    "Węgrzyn",
    "Ødegren",
    "Þórsdóttir",
    "Okonkwo",
    "Brückner",
    "Halloran",
    "Çelikbay",
    "Núñez",
    "Dvořák",
    "Lindqvist",
    "Pereira",
    "Aaltonen",
    "Moravec",
    "Quesnel",
    "Szabó",
    "Varga",
    "Jørstad",
    "Ferreira",
    "Kovačić",
    "Radev",
    "Castellan",
    "Ibsley",
    "Maretti",
    "Novotná",
    "Olafsen",
    "Ruiz",
    "Stránský",
    "Tamminen",
    "Welland",
]
ROLES = [
    "Trade Commissioner",
    "Harbour Minister",
    "Deputy Prime Minister",
    "Senate Speaker",
    "Mayor",
    "Finance Minister",
    "Fisheries Commissioner",
    "Opposition leader",
    "Foreign Minister",
    "Interior Minister",
    "Chief Negotiator",
    "Health Minister",
]
PLACES = [
    ("Valdmora", "Kestria", "Kestrian"), ("Brellin", "Norvania", "Norvanian"),
    ("Tesk", "Aldoria", "Aldorian"), ("Ørnvik", "Haldmark", "Haldmarkish"),
    ("Sáenzburg", "Corvessa", "Corvessan"), ("Łódmar", "Velsia", "Velsian"),
]  # fmt: skip
VENUES = [
    "Old Customs House",
    "Palace of the Assembly",
    "Harbour Hall",
    "Grand Hotel Meridian",
    "National Library",
    "Chamber of Commerce",
    "Congress Centre",
    "River Pavilion",
]
TOPICS = [
    "harbour concession",
    "fishing quotas",
    "rail tariffs",
    "grain exports",
    "border crossings",
    "energy prices",
    "water rights",
    "airport expansion",
]
MARKERS = ("C", "L", "R", "2nd L", "2nd R")
MONTHS = list(calendar.month_name)[1:]
AP_MONTHS = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]


@dataclass
class Event:
    city: str
    country: str
    adjective: str
    venue: str
    topic: str
    people: list[tuple[str, str]]  # (role, full name)
    day: tuple[int, int, int]
    photographer: str
    agency: str


@dataclass
class Frame:
    """One picture: which action, who is where, which day."""

    action: str
    markers: tuple[str, str]
    day: tuple[int, int, int]


def clean(value: str) -> str:
    return " ".join(value.split())


def date_text(day: tuple[int, int, int], style: str = "us") -> str:
    y, m, d = day
    if style == "dmy":
        return f"{d} {MONTHS[m - 1]} {y}"
    if style == "ap":
        return f"{AP_MONTHS[m - 1]} {d}, {y}"
    return f"{MONTHS[m - 1]} {d}, {y}"


def caption(
    ev: Event, fr: Frame, *, paraphrase: bool = False, swap: bool = False, date_style: str = "us"
) -> str:
    """The caption of a frame, in the article's words or another agency's."""
    (r1, p1), (r2, p2) = ev.people[:2]
    m1, m2 = fr.markers
    when, place = date_text(fr.day, date_style), f"{ev.city}, {ev.country},"
    a, b = f"{r1} {p1} ({m1})", f"{r2} {p2} ({m2})"
    if swap:  # names in the other order, the given name dropped from the second
        a, b = f"{r2} {p2} ({m2})", f"{r1} {p1.split()[-1]} ({m1})"
    talks = f"talks on {ev.topic}"
    plain = {
        "speaks": f"{a} speaks with {b} during {talks} at the {ev.venue} in {place} on {when}.",
        "shake": f"{a} shakes hands with {b} before {talks} at the {ev.venue} in {place} "
        f"on {when}.",
        "attend": f"{a} and {b} attend {talks} at the {ev.venue} in {place} on {when}.",
        "press": f"{a} and {b} hold a news conference after {talks} in {place} on {when}.",
        "sign": f"{a} and {b} sign an agreement on the {ev.topic} at the {ev.venue} in {place} "
        f"on {when}.",
        "crowd": f"Protesters hold placards outside the {ev.venue} as {talks} open in {place} "
        f"on {when}.",
    }
    other = {
        "speaks": f"{a} talks to {b} as they meet over the {ev.topic} at the {ev.venue}, "
        f"{place} {when}.",
        "shake": f"{a} greets {b} ahead of their meeting on the {ev.topic} at the {ev.venue}, "
        f"{place} {when}.",
        "attend": f"{a} and {b} take part in a round of {talks} at the {ev.venue} in {ev.city} "
        f"on {when}.",
        "press": f"{a} and {b} brief reporters once the {talks} ended, in {place} {when}.",
        "sign": f"{a} and {b} put their names to a deal over the {ev.topic}, {ev.venue}, "
        f"{place} {when}.",
        "crowd": f"Demonstrators display banners in front of the {ev.venue} while {talks} get "
        f"under way in {place} {when}.",
    }
    text = (other if paraphrase else plain)[fr.action]
    return clean(text)


def ascii(text: str) -> str:
    table = str.maketrans(
        {
            "ø": "o",
            "Ø": "O",
            "ł": "l",
            "Ł": "L",
            "ß": "ss",
            "þ": "th",
            "Þ": "Th",
            "đ": "d",
            "æ": "ae",
        }
    )
    decomposed = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def credit_line(ev: Event) -> str:
    return f"{ev.photographer}/{ev.agency} via Getty Images"


TAILS: list[Callable[[Event], str]] = [
    lambda ev: (
        f" REUTERS/{ev.photographer} ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY."
    ),
    lambda ev: f" Photo: {ev.photographer}/dpa",
    lambda ev: (
        f" (Photo by {ev.photographer.upper()} / POOL / AFP) (Photo by "
        f"{ev.photographer.upper()}/POOL/AFP via Getty Images)"
    ),
    lambda ev: f" Xinhua/{ev.photographer}",
    lambda ev: f" (AP Photo/{ev.photographer}, Pool)",
    lambda ev: f" EPA-EFE/{ev.photographer.upper()}",
]


def wire(ev: Event, fr: Frame, wording: str, rng: random.Random, number: int) -> str:
    """The caption as the agency filed it, in one wording class."""
    kinds = [wording] if wording != "mixed" else rng.sample(CLASSES[1:8], 3)
    date_style = "dmy" if "epa_number" in kinds else "us"
    text = caption(
        ev, fr, paraphrase="paraphrase" in kinds, swap="name_order" in kinds, date_style=date_style
    )
    if "ascii_names" in kinds:
        text = ascii(text)
    if "upper_slug" in kinds:
        slug = f"{ascii(ev.country).upper()}-{ev.topic.split()[0].upper()}-TALKS"
        text = f"{slug}/ {text.upper()}" if rng.random() < 0.5 else f"{slug} - {text}"
    if "dateline" in kinds:
        head = f"{ev.city.upper()}, {ev.country} (AP) — "
        return head + text + f" (AP Photo/{ev.photographer})"
    if "epa_number" in kinds:
        return f"epa{number:08d} {text} EPA/{ev.photographer.upper()}"
    if "credit_tail" in kinds:
        return text + rng.choice(TAILS)(ev)
    return text + f" (Photo by {ev.photographer.upper()} / {ev.agency})"


def new_event(rng: random.Random, city: tuple[str, str, str] | None = None) -> Event:
    city = city or rng.choice(PLACES)
    names = rng.sample(SURNAMES, 3)
    people = [(rng.choice(ROLES), f"{rng.choice(GIVEN)} {n}") for n in names]
    year, month = rng.choice((2024, 2025)), rng.randint(1, 12)
    return Event(
        city[0],
        city[1],
        city[2],
        rng.choice(VENUES),
        rng.choice(TOPICS),
        people,
        (year, month, rng.randint(2, 27)),
        f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}",
        rng.choice(("AFP", "Pool", "Anadolu")),
    )


def other_markers(rng: random.Random, markers: tuple[str, str]) -> tuple[str, str]:
    while True:
        found = tuple(rng.sample(MARKERS, 2))
        if found != markers:
            return found  # type: ignore[return-value]


@dataclass
class Case:
    wording: str
    article: str
    files: dict[str, dict[str, str | list[str]]] = field(default_factory=dict)
    truth: dict[int, str | None] = field(default_factory=dict)  # photo -> its file (None: absent)
    decoys: set[str] = field(default_factory=set)  # files of other events


def make_case(rng: random.Random, wording: str, index: int) -> Case:
    ev = new_event(rng)
    actions = rng.sample(["speaks", "shake", "attend", "press", "sign", "crowd"], 5)
    count = rng.choice((2, 3))
    frames = [Frame(a, tuple(rng.sample(MARKERS, 2)), ev.day) for a in actions[:count]]  # type: ignore[arg-type]
    siblings: list[Frame] = []
    posed = [f for f in frames if f.action != "crowd"]  # frames in which people stand somewhere
    if wording == "markers":
        siblings = [Frame(f.action, other_markers(rng, f.markers), f.day) for f in posed]
    elif wording == "dates":
        y, m, d = ev.day
        siblings = [Frame(f.action, f.markers, (y, m, d - 1)) for f in frames]
    else:
        siblings = [Frame(a, tuple(rng.sample(MARKERS, 2)), ev.day) for a in actions[count:]]  # type: ignore[arg-type]
        siblings.append(Frame(posed[0].action, other_markers(rng, posed[0].markers), ev.day))
    same_city = new_event(rng, (ev.city, ev.country, ev.adjective))
    elsewhere = new_event(rng)
    decoys = [
        (same_city, Frame("attend", ("L", "R"), same_city.day)),
        (elsewhere, Frame("crowd", ("C", "C"), elsewhere.day)),
    ]
    absent = count - 1 if rng.random() < 0.25 else None
    body = [
        f"Talks on {ev.topic} in {ev.city}",
        "",
        f"Officials met in {ev.city} for talks on the {ev.topic}, their first in years.",
        "",
    ]
    case = Case(wording, "")
    number = 10_000_000 + 1_000 * index
    shots = [(ev, f, "own", n) for n, f in enumerate(frames)]
    shots += [(ev, f, "sibling", -1) for f in siblings]
    shots += [(e, f, "decoy", -1) for e, f in decoys]
    rng.shuffle(shots)
    for event, frame, role, photo in shots:
        number += rng.randint(3, 40)
        name = f"{rng.choice(('GettyImages-', 'AP', 'epa', 'RTX'))}{number}.jpg"
        if role == "own":
            case.truth[photo] = None if photo == absent else name
            if photo == absent:
                continue
        y, m, d = frame.day
        if role == "decoy":
            case.decoys.add(name)
        case.files[name] = {
            "caption": wire(event, frame, wording, rng, number),
            "byline": [event.photographer.upper()],
            "credit": f"{event.agency} via Getty Images",
            "source": event.agency,
            "date_created": f"{y:04d}-{m:02d}-{d:02d}",
            "city": event.city,
            "title": str(number),
        }
    for frame in frames:
        body += [
            f"{caption(ev, frame)} {credit_line(ev)}",
            "",
            "The minister said the talks had been useful and would resume next month.",
            "",
        ]
    case.article = "\n".join(body)
    return case


@dataclass
class Tally:
    photos: int = 0
    right: int = 0
    wrong: int = 0
    ambiguous: int = 0
    unmatched: int = 0
    absent: int = 0
    absent_ok: int = 0


def run_case(case: Case, folder: Path, show: list[str]) -> Counter[str]:
    folder.mkdir(parents=True)
    for name, values in case.files.items():
        Image.new("RGB", (8, 8)).save(folder / name, "JPEG")
        metadata.write(folder / name, values)
    (folder / "story.txt").write_text(case.article, encoding="utf-8")
    images = [metadata.read(folder / n) for n in sorted(case.files)]
    result = match(extract(folder / "story.txt"), images, **MATCH_OPTIONS)
    got = {m.photo: (Path(m.image).name, m.write) for m in result.matches}
    out: Counter[str] = Counter()
    out["decoy_written"] = sum(1 for name, w in got.values() if w and name in case.decoys)
    for photo, own in case.truth.items():
        name, written = got.get(photo, (None, False))
        if own is None:
            out["absent"] += 1
            verdict = "sibling_written" if written else "absent_ok"
        else:
            out["photos"] += 1
            verdict = (
                ("right" if name == own else "wrong")
                if written
                else ("ambiguous" if name else "unmatched")
            )
        out[verdict] += 1
        if name:
            match_ = next(m for m in result.matches if m.photo == photo)
            alike = sum(e.weight for e in match_.evidence if e.kind == "caption") / 1.2
            SCORES.append((verdict, alike, match_.margin))
        if verdict not in ("right", "absent_ok") and len(show) < SHOW_LIMIT[0]:
            show.append(_explain(case, result, photo, own, verdict))
    return out


SHOW_LIMIT = [0]
MATCH_OPTIONS: dict[str, float] = {}
SCORES: list[tuple[str, float, float]] = []


def _explain(case: Case, result: object, photo: int, own: str | None, verdict: str) -> str:
    from captions.match import MatchResult

    assert isinstance(result, MatchResult)
    lines = [
        f"[{case.wording}] photo {photo} {verdict}; own file {own}",
        f"  article: {result.captions.get(photo)}",
    ]
    if own:
        lines.append(f"  own:     {case.files[own]['caption']}")
    for m in result.matches:
        if m.photo == photo:
            lines.append(f"  got {Path(m.image).name} score {m.score:.2f} margin {m.margin:.2f}")
            lines.append(f"     {case.files[Path(m.image).name]['caption']}")
            lines += [f"     {e.kind} {e.weight:+.2f} {e.detail}" for e in m.evidence[:6]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=12, help="cases per class")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--classes", default=",".join(CLASSES))
    parser.add_argument("--show", type=int, default=0, help="explain this many misses")
    parser.add_argument("--threshold", type=float, help="match's threshold (default: its own)")
    parser.add_argument("--scores", action="store_true", help="score spread per verdict")
    args = parser.parse_args(argv)
    SHOW_LIMIT[0] = args.show
    if args.threshold is not None:
        MATCH_OPTIONS["threshold"] = args.threshold
    rng = random.Random(args.seed)
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    shown: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for wording in args.classes.split(","):
            for index in range(args.cases):
                case = make_case(rng, wording, index)
                totals[wording] += run_case(case, Path(tmp) / f"{wording}-{index}", shown)
    columns = ("photos", "right", "wrong", "ambiguous", "unmatched", "absent", "absent_ok",
               "sibling_written", "decoy_written")  # fmt: skip
    labels = [c.replace("_", " ") for c in columns]
    print(f"{'class':<12} " + " ".join(f"{c:>{max(9, len(c))}}" for c in labels))
    grand: Counter[str] = Counter()
    for wording, t in totals.items():
        grand.update(t)
        print(f"{wording:<12} " + " ".join(f"{t[c]:>{max(9, len(c))}}" for c in columns))
    g = grand
    print(f"{'all':<12} " + " ".join(f"{g[c]:>{max(9, len(c))}}" for c in columns))
    print(
        f"right {g['right'] / max(g['photos'], 1):.1%}, wrong {g['wrong']}, "
        f"sibling written for a missing file {g['sibling_written']}, "
        f"decoy written {g['decoy_written']}"
    )
    if args.scores:
        for verdict in ("right", "wrong", "ambiguous", "sibling_written"):
            found = sorted(s for v, s, _ in SCORES if v == verdict)
            if found:
                cut = [found[int(q * (len(found) - 1))] for q in (0, 0.1, 0.5, 0.9, 1)]
                print(
                    f"{verdict:<16} caption alike "
                    + " ".join(f"{c:.2f}" for c in cut)
                    + "; below .6/.65/.7/.75: "
                    + "/".join(str(sum(1 for f in found if f < x)) for x in (0.6, 0.65, 0.7, 0.75))
                )
    for text in shown:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
