"""Benchmark of duplicate-caption detection on generated wire captions with planted pairs.

    python benchmarks/bench_dupes.py                 # 100,000 captions
    python benchmarks/bench_dupes.py --count 20000 --threshold 0.8
    python benchmarks/bench_dupes.py --calibrate     # similarity of real sibling vs unrelated pairs

Captions are generated from wire-style templates (people with titles and position markers,
places, dates, credits) with a fixed seed. Planted among them:
- reprints: the same caption printed again with curly quotes, a `Main image:` label, the credit
  in parentheses or extra spaces (must be found as identical after normalization);
- siblings: another frame of the same event, with position markers changed or swapped, one
  name replaced, or the verb phrase reworded (must be found as near-duplicates).
Everything else is unrelated. Reports wall time, peak memory (RSS), and precision and recall of
the planted pairs (a predicted pair is two captions put in one group).

`--calibrate` measures the word similarity of the annotated sibling pairs and of every other
caption pair in ../shared/articles and ../shared/corpus/metadata.jsonl (the data behind the
default threshold); it needs that folder.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from captions.caption.normalize import caption_tokens, normalize_caption
from captions.dupes.groups import connected_groups, match_texts
from captions.dupes.near import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD, word_similarity

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

_SYLLABLES = [
    "ka",
    "ra",
    "mi",
    "lo",
    "ne",
    "ta",
    "su",
    "vi",
    "de",
    "an",
    "el",
    "or",
    "is",
    "ul",
    "ba",
    "co",
    "fi",
    "ge",
    "ho",
    "ja",
    "ki",
    "le",
    "ma",
    "no",
    "pe",
    "qu",
    "ri",
    "so",
    "tu",
    "va",
    "we",
    "xa",
    "yo",
    "za",
    "bre",
    "dro",
    "fla",
    "gri",
    "ste",
    "tro",
    "wen",
    "dal",
    "mar",
    "len",
    "sol",
    "ber",
    "gun",
    "hal",
    "ric",
    "tor",
]
_TITLES = [
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Finance Minister",
    "Defence Minister",
    "Mayor",
    "Governor",
    "Senator",
    "union leader",
    "coach",
    "striker",
    "goalkeeper",
    "chief executive",
    "Ambassador",
    "Health Minister",
    "opposition leader",
    "party chairwoman",
    "police chief",
    "judge",
    "Secretary of State",
]
_MARKERS = ("L", "R", "C", "2nd L", "2nd R", "3rd L", "3rd R")
_MONTHS = [
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
_AGENCIES = ("AFP via Getty Images", "Reuters", "AP", "EPA-EFE/Shutterstock", "Pool/AFP")
_TEMPLATES = (
    "{p1} ({m1}) speaks with {p2} ({m2}) during a meeting at the {venue} in {city} on {date}.",
    "{p1} ({m1}) and {p2} ({m2}) attend a news conference at the {venue} in {city}, {date}.",
    "{crowd} gather outside the {venue} in {city} on {date} to protest against {issue}.",
    "{p1} gestures as {pronoun} addresses supporters during a rally in {city} on {date}.",
    "{p1} reacts after the {event} at the {venue} in {city}, {country}, on {date}.",
    "Firefighters battle a blaze at a {building} in {city}, {country}, {date}.",
    "{p1} ({m1}) shakes hands with {p2} ({m2}) before their talks in {city} on {date}.",
    "A {vehicle} is seen near the {venue} in {city} as {issue} continues, {date}.",
    "{crowd} wait in line outside a {building} in {city}, {country}, on {date}.",
    "{p1} arrives for a summit on {issue} at the {venue} in {city} on {date}.",
    "{p1} (C), flanked by {p2} ({m2}), votes on {issue} at the {venue} in {city}, {date}.",
    "{crowd} walk past a {building} damaged by {hazard} in {city}, {country}, on {date}.",
    "{p1} celebrates with teammates after the {event} against {city} at the {venue}, {date}.",
    "Rescue workers search the rubble of a {building} after {hazard} hit {city} on {date}.",
    "{p1}, whose {relative} was killed in {hazard}, mourns at a {building} in {city}, {date}.",
    "{p1} ({m1}) listens to {p2} during a hearing on {issue} at the {venue} on {date}.",
)
_CONTEXT = (
    " The talks were the first since {year}.",
    " At least {number} people were injured, officials said.",
    " {p2} said the government would respond within {number} days.",
    " Police said {number} people had been detained.",
    " The {event} was postponed twice because of {hazard}.",
    " Organisers said more than {number},000 people took part.",
    " {country} has been hit by {hazard} three times since {year}.",
    "",
    "",
    "",
)
_HAZARDS = [
    "an earthquake",
    "a storm",
    "floods",
    "a landslide",
    "wildfires",
    "shelling",
    "a heat wave",
    "a gas blast",
]
_RELATIVES = [
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "husband",
    "wife",
    "cousin",
]
_CROWDS = [
    "Protesters",
    "Farmers",
    "Students",
    "Residents",
    "Dockworkers",
    "Nurses",
    "Supporters",
    "Commuters",
    "Fans",
    "Volunteers",
    "Teachers",
    "Pensioners",
    "Tourists",
    "Shoppers",
    "Migrants",
]
_ISSUES = [
    "rising fuel prices",
    "the new pension law",
    "a mining project",
    "water shortages",
    "the port strike",
    "housing costs",
    "a proposed dam",
    "the election result",
    "school closures",
    "food prices",
    "the trade agreement",
    "flooding",
    "a power outage",
    "climate policy",
    "the transit fare increase",
]
_EVENTS = [
    "final",
    "semi-final",
    "vote",
    "ceremony",
    "race",
    "debate",
    "match",
    "verdict",
    "launch",
    "concert",
]
_BUILDINGS = [
    "warehouse",
    "market",
    "factory",
    "hospital",
    "school",
    "apartment block",
    "church",
    "depot",
]
_VEHICLES = ["police car", "armoured vehicle", "bus", "fire engine", "tractor", "tank", "ambulance"]
_VENUE_KINDS = [
    "Palace",
    "Stadium",
    "Guesthouse",
    "Parliament",
    "City Hall",
    "Convention Centre",
    "Arena",
]


def _word(rng: random.Random, low: int = 2, high: int = 3) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(low, high))).capitalize()


class CaptionFactory:
    """Wire-style captions from a seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        rng = self.rng
        self.first = [_word(rng, 2, 2) for _ in range(3000)]
        self.last = [_word(rng, 2, 3) for _ in range(10000)]
        self.cities = [_word(rng, 2, 3) for _ in range(4000)]
        self.countries = [_word(rng, 2, 3) for _ in range(190)]
        self.venues = [f"{_word(rng)} {rng.choice(_VENUE_KINDS)}" for _ in range(5000)]

    def person(self) -> str:
        rng = self.rng
        return f"{rng.choice(_TITLES)} {rng.choice(self.first)} {rng.choice(self.last)}"

    def slots(self) -> dict[str, str]:
        rng = self.rng
        m1, m2 = rng.sample(_MARKERS, 2)
        return {
            "p1": self.person(),
            "p2": self.person(),
            "m1": m1,
            "m2": m2,
            "venue": rng.choice(self.venues),
            "city": rng.choice(self.cities),
            "country": rng.choice(self.countries),
            "date": f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2025)}",
            "crowd": rng.choice(_CROWDS),
            "issue": rng.choice(_ISSUES),
            "pronoun": rng.choice(("he", "she")),
            "event": rng.choice(_EVENTS),
            "building": rng.choice(_BUILDINGS),
            "vehicle": rng.choice(_VEHICLES),
            "hazard": rng.choice(_HAZARDS),
            "relative": rng.choice(_RELATIVES),
            "year": str(rng.randint(1990, 2014)),
            "number": str(rng.randint(2, 400)),
        }

    def credit(self) -> str:
        rng = self.rng
        return f"{rng.choice(self.first)} {rng.choice(self.last)}/{rng.choice(_AGENCIES)}"

    def caption(self, template: str, slots: dict[str, str], credit: str) -> str:
        return f"{template.format(**slots)} {credit}"

    def reprint(self, caption: str) -> str:
        """The same caption as another page prints it."""
        text, _, credit = caption.rpartition(". ")
        choice = self.rng.randrange(4)
        if choice == 0:
            return f"{text}. ({credit})"
        if choice == 1:
            return f"Main image: {caption}"
        if choice == 2:
            return caption.replace(" ", "  ", 3).replace("'", "\u2019")
        return f"{text}.\n{credit}"

    def sibling(self, template: str, slots: dict[str, str], credit: str) -> str:
        """Another frame of the same event: markers, one name or the wording change."""
        rng = self.rng
        changed = dict(slots)
        choice = rng.randrange(4)
        if choice == 0 and "{m1}" in template:
            changed["m1"], changed["m2"] = slots["m2"], slots["m1"]
        elif choice == 1 and "{m1}" in template:
            changed["m1"] = rng.choice([m for m in _MARKERS if m not in (slots["m1"], slots["m2"])])
        elif choice == 2:
            changed["p1" if rng.random() < 0.5 else "p2"] = self.person()
            changed["crowd"] = rng.choice([c for c in _CROWDS if c != slots["crowd"]])
            changed["building"] = rng.choice([b for b in _BUILDINGS if b != slots["building"]])
        else:
            template = template.replace(" in ", " in central ", 1)
            template = template.replace(" on {date}", " {date}").replace(", {date}", " on {date}")
        return self.caption(template, changed, credit)


@dataclass(frozen=True)
class Corpus:
    texts: list[str]
    planted: set[tuple[int, int]]
    reprints: int
    siblings: int


def generate(count: int, seed: int = 20240130) -> Corpus:
    """`count` captions: 2% planted reprints, 3% planted siblings, the rest unrelated."""
    factory = CaptionFactory(seed)
    rng = factory.rng
    texts: list[str] = []
    planted: set[tuple[int, int]] = set()
    reprints = siblings = 0
    while len(texts) < count:
        template = rng.choice(_TEMPLATES) + rng.choice(_CONTEXT)
        slots = factory.slots()
        credit = factory.credit()
        texts.append(factory.caption(template, slots, credit))
        roll = rng.random()
        if roll < 0.02 and len(texts) < count:
            texts.append(factory.reprint(texts[-1]))
            reprints += 1
        elif roll < 0.05 and len(texts) < count:
            texts.append(factory.sibling(template, slots, credit))
            siblings += 1
        else:
            continue
        planted.add((len(texts) - 2, len(texts) - 1))
    order = list(range(len(texts)))
    rng.shuffle(order)
    position = {old: new for new, old in enumerate(order)}
    shuffled = [texts[old] for old in order]
    pairs = {tuple(sorted((position[a], position[b]))) for a, b in planted}
    return Corpus(shuffled, {(a, b) for a, b in pairs}, reprints, siblings)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run(count: int, threshold: float, min_words: int) -> dict[str, float | int]:
    corpus = generate(count)
    rss_before = _peak_rss_mb()
    start = time.perf_counter()
    matches = match_texts(corpus.texts, threshold, min_words=min_words)
    edges = [pair for group in matches.identical for pair in itertools.combinations(group, 2)]
    edges += [(pair.first, pair.second) for pair in matches.near]
    groups = connected_groups(edges)
    elapsed = time.perf_counter() - start
    predicted = {(min(a, b), max(a, b)) for a, b in edges}
    found = len(predicted & corpus.planted)
    return {
        "captions": len(corpus.texts),
        "planted_reprints": corpus.reprints,
        "planted_siblings": corpus.siblings,
        "seconds": round(elapsed, 2),
        "peak_rss_mb_before": round(rss_before, 1),
        "peak_rss_mb_after": round(_peak_rss_mb(), 1),
        "groups": len(groups),
        "largest_group": max((len(group) for group in groups), default=0),
        "predicted_pairs": len(predicted),
        "precision": round(found / len(predicted), 4) if predicted else 1.0,
        "recall": round(found / len(corpus.planted), 4) if corpus.planted else 1.0,
    }


def _article_pairs() -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """(sibling pairs, other pairs) of annotated captions, with their word similarity."""
    siblings: list[tuple[str, float]] = []
    others: list[tuple[str, float]] = []
    everything: list[tuple[str, str]] = []
    for path in sorted((SHARED / "articles").glob("*/*.expected.json")):
        if ".article." in path.name:  # the HTML twin of an annotated text article
            continue
        answer = json.loads(path.read_text(encoding="utf-8"))
        captions = {c["id"]: c["caption"] for c in answer["captions"] if c["caption"]}
        sibling_ids = {
            pair
            for group in answer.get("sibling_groups") or []
            for pair in itertools.combinations(sorted(group), 2)
        }
        for a, b in itertools.combinations(sorted(captions), 2):
            label = f"{path.name}:{a}-{b}"
            score = _similarity(captions[a], captions[b])
            (siblings if (a, b) in sibling_ids else others).append((label, score))
        everything += [(path.name, text) for text in captions.values()]
    for (name_a, a), (name_b, b) in itertools.combinations(everything, 2):
        if name_a != name_b:
            others.append((f"{name_a}|{name_b}", _similarity(a, b)))
    seed = SHARED / "seed" / "000_ae8e12822f8eedd7.txt"
    lines = [line for line in seed.read_text(encoding="utf-8").splitlines() if "/AFP via" in line]
    siblings.append(("seed:(C)-(2nd L)", _similarity(lines[0], lines[1])))
    return siblings, others


def _corpus_pairs() -> list[tuple[str, float, int]]:
    texts: dict[str, str] = {}
    for line in (SHARED / "corpus" / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for tag in ("XMP-dc:Description", "IPTC:Caption-Abstract", "IFD0:ImageDescription"):
            if tag in record:
                value = record[tag]
                texts[record["SourceFile"]] = str(value[0] if isinstance(value, list) else value)
                break
    distinct = sorted({normalize_caption(t).casefold() for t in texts.values()} - {""})
    return [
        (f"{a!r} ~ {b!r}", _similarity(a, b), min(len(caption_tokens(a)), len(caption_tokens(b))))
        for a, b in itertools.combinations(distinct, 2)
    ]


def _similarity(a: str, b: str) -> float:
    return word_similarity(
        caption_tokens(normalize_caption(a)), caption_tokens(normalize_caption(b))
    )


def calibrate() -> dict[str, object]:
    siblings, others = _article_pairs()
    corpus = _corpus_pairs()
    long_enough = [score for _, score, words in corpus if words >= DEFAULT_MIN_WORDS]
    return {
        "article_sibling_pairs": sorted((round(s, 3), label) for label, s in siblings),
        "article_other_pairs": len(others),
        "article_other_top": sorted(((round(s, 3), label) for label, s in others), reverse=True)[
            :5
        ],
        "corpus_distinct_captions_pairs": len(corpus),
        "corpus_top": sorted(((round(s, 3), w, label) for label, s, w in corpus), reverse=True)[:8],
        "corpus_pairs_at_least_min_words_over_0.68": sum(1 for s in long_enough if s > 0.68),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--min-words", type=int, default=DEFAULT_MIN_WORDS)
    parser.add_argument("--calibrate", action="store_true")
    args = parser.parse_args(argv)
    if args.calibrate:
        if not SHARED.is_dir():
            print(f"no shared data at {SHARED}", file=sys.stderr)
            return 2
        result: dict[str, object] = calibrate()
    else:
        result = dict(run(args.count, args.threshold, args.min_words))
    json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
