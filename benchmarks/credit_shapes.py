"""Credit lines made by composition: which crossing of label, name, supplier and wrapping fails?

    python benchmarks/credit_shapes.py                 # both halves, per factor and worst pairs
    python benchmarks/credit_shapes.py --half tune --show 20

Every line is composed (fixed seed) from one level of each factor: the label (`Photo:`, `Фото:`,
`写真：`, `Pool photo by`, `Courtesy of`, none, ...), the person (names of several cultures and
scripts, in capitals as wires print them, with particles `al-`, `van der`, initials, a single
name, nobody), the supplier (a registry wire in Latin or its own script, `Agency via
Distributor`, `Collection/Distributor`, organisations no registry knows: a municipality, a
museum archive, a university, a ministry, the police, a football club, a company with its legal
form, a newspaper with its article), the separator (`/`, ` - `, `|`, `,`, ` via `, ` para `,
`・`, ...), the order (person first or supplier first), the wrapper (brackets, `©`, `FILE`,
`Handout`, `Pool`, wire boilerplate `(Tags: ...)`, `via Getty Images`) and the form (one credit,
a credit printed twice as Getty prints it, `AFP PHOTO / NAME`). The names, organisations and
places are invented; the suppliers are the registry's (captions/credit/data/suppliers.json).

A line is right when the photographers (casefolded), the organisations (agencies and
distributor, mapped to the registry's canonical names), pool, handout and file are exactly the
composed ones. The table prints the failure rate of every factor level and the worst pairs of
levels, so a class of failure shows up as a cell. A line's cell (its levels of all factors) falls
by a fixed hash in the `tune` half or the `check` half: rules are written on one, judged on the
other.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from captions.credit import DEFAULT_AGENCIES, parse_credit  # noqa: E402
from captions.errors import CaptionsError  # noqa: E402

DATA = ROOT / "captions" / "credit" / "data"

# label level -> (printed forms, kind): kind "pool", "provided", "courtesy" set the flags
LABELS: dict[str, tuple[list[str], str]] = {
    "none": ([""], ""),
    "Photo:": (["Photo: ", "PHOTO: ", "photo: ", "Photo : "], ""),
    "Photo (no colon)": (["Photo ", "PHOTO "], ""),
    "Foto:": (["Foto: ", "FOTO: ", "Foto - ", "Foto | "], ""),
    "Fotó:": (["Fotó: ", "FOTÓ: "], ""),
    "Фото:": (["Фото: ", "ФОТО: ", "Фото | "], ""),
    "写真：": (["写真：", "写真:", "写真="], ""),
    "사진=": (["사진=", "사진: "], ""),
    "صورة:": (["صورة: ", "تصوير: "], ""),
    "Bild:": (["Bild: ", "BILD: ", "Bild | "], ""),
    "Kuva:": (["Kuva: ", "KUVA: "], ""),
    "Zdjęcie:": (["Zdjęcie: ", "Fot. ", "fot. "], ""),
    "Φωτογραφία:": (["Φωτογραφία: ", "ΦΩΤΟ: "], ""),
    "Foto de/par": (["Foto de ", "Photo par ", "Foto di ", "Foto von "], ""),
    "Photo by": (["Photo by ", "PHOTO BY ", "photo by ", "Photograph by "], ""),
    "Photographed by": (["Photographed by "], ""),
    "Pool photo by": (["Pool photo by ", "POOL PHOTO BY "], "pool"),
    "Photo illustration by": (["Photo illustration by ", "Illustration by "], ""),
    "Official photo by": (["Official photo by ", "Official Photo by "], "provided"),
    "Mandatory Credit:": (["Mandatory Credit: ", "MANDATORY CREDIT: "], ""),
    "Image credit:": (["Image credit: ", "Credit: ", "CREDIT: ", "Crédito: "], ""),
    "Source:": (["Source: ", "Quelle: ", "Fuente: ", "Источник: "], ""),
    "Provided by": (["Provided by ", "Supplied by "], "provided"),
    "Courtesy of": (["Courtesy of ", "Photo courtesy of ", "Cortesía de "], "courtesy"),
    "Staff photo by": (["Staff photo by ", "Staff Photo by "], ""),
    "Photo credit:": (["Photo credit: ", "Crédit photo : ", "Bildquelle: ", "Fonte: "], ""),
    "Foto oleh": (["Foto oleh ", "Foto: "], ""),
    "Fotoğraf:": (["Fotoğraf: ", "FOTOĞRAF: "], ""),
    "Ảnh:": (["Ảnh: ", "Ảnh: "], ""),
    "צילום:": (["צילום: "], ""),
    "फोटो:": (["फोटो: ", "तस्वीर: "], ""),
    "Photo/ (slash)": (["Photo/", "PHOTO/", "Foto/"], ""),
    "Photo | (bar)": (["Photo | ", "FOTO | "], ""),
}

SURNAMES = {
    "latin": ["Lindqvist", "Moreau", "Kowalczyk", "Haraldsen", "Ferreira", "Okonkwo", "Brandt"]
    + ["Rossetti", "Vázquez", "Novotná", "Kaya", "Jansen", "Dumitru", "Nieminen", "Szabó"],
    "cyrillic": ["Соколова", "Петренко", "Иванов", "Кравчук", "Морозова", "Белов", "Орлова"],
    "greek": ["Παπαδάκης", "Νικολάου", "Γεωργίου", "Οικονόμου"],
    "arabic": ["الحسيني", "العمري", "منصور", "الخطيب"],
}
GIVEN = {
    "cyrillic": ["Ирина", "Олег", "Анна", "Сергей", "Дмитрий", "Ольга", "Алексей"],
    "greek": ["Γιώργος", "Μαρία", "Νίκος", "Ελένη"],
    "arabic": ["محمد", "أحمد", "فاطمة", "خالد"],
}
CJK = ["佐藤健", "张伟", "李娜", "田中優子", "김민수", "박지영"]
PARTICLES = ["al-{s}", "bin {s}", "van der {s}", "de la {s}", "Mac{s}", "van {s}", "el-{s}"]
PARTICLE_SURNAMES = ["Rashid", "Hassan", "Berg", "Cruz", "Kinnon", "Dijk", "Amin", "Farouk"]

PERSONS = ["latin", "CAPS", "particle", "PARTICLE CAPS", "initials", "single", "cyrillic"]
PERSONS += ["greek", "arabic", "cjk", "none", "hyphenated", "apostrophe", "three words"]
PERSONS += ["two surnames", "suffix Jr.", "lower case"]
HYPHENATED = ["Jean-Pierre {s}", "{g} {s}-Lindqvist", "Anne-Marie {s}", "Kim Ji-won"]
APOSTROPHE = ["{g} O'Brien", "{g} D'Souza", "{g} N'Diaye", "{g} Dell'Orto", "{g} O’Neill"]

PLACES = ["Orsa", "Varnholm", "Kestrel Bay", "Lindau Vale", "Monteverro", "Tarnów Nowy"]
# supplier level -> templates; {p} is a place; each returns (printed, organisations)
UNKNOWN = {
    "municipality": ["{p} Municipality", "City of {p}", "Gemeinde {p}", "Ayuntamiento de {p}"],
    "museum/archive": ["{p} Museum Archive", "Harbour Museum {p}", "Archives of {p}"],
    "university": ["University of {p}", "{p} University", "Universidad de {p}"],
    "ministry": ["Ministry of Culture", "Ministerio de Defensa", "Ministère de la Santé"],
    "police": ["{p} Police", "Polizei {p}", "Policía Nacional", "{p} Police Department"],
    "club": ["{p} FC", "FC {p}", "{p} Rovers", "Real {p} CF"],
    "newspaper": ["The {p} Times", "Le Journal de {p}", "El Diario de {p}", "Il Corriere di {p}"],
}
COMPANIES = [("{p} Mills GmbH", "{p} Mills"), ("{p} Tools Inc.", "{p} Tools")]
COMPANIES += [
    ("{p} Oy", "{p}"),
    ("{p} Motors Ltd", "{p} Motors"),
    ("{p} Energia S.A.", "{p} Energia"),
]
SUPPLIERS = ["wire", "wire own script", "agency via distributor", "collection/distributor"]
SUPPLIERS += [*UNKNOWN, "company", "none", "wire/distributor", "publication", "official"]
SUPPLIERS += ["stock", "handout via wire", "stock contributor"]
# a stock library after its contributor: the person is named first, the library and its
# distributor after (`Name/iStock/Getty Images Plus`)
STOCK_CHAINS = [
    ("{n}/iStock/Getty Images Plus", ["iStock", "Getty Images"]),
    ("{n}/iStockphoto", ["iStock"]),
    ("{n} | Dreamstime.com", ["Dreamstime"]),
    ("{n}/Adobe Stock", ["Adobe Stock"]),
    ("{n} on Unsplash", ["Unsplash"]),
    ("{n}/Shutterstock", ["Shutterstock"]),
]

SEPARATORS = ["/", " / ", " - ", " – ", " | ", ", ", "; ", " via ", " for ", " para ", " für "]
SEPARATORS += [" pour ", " per ", "・", "／", ", Special to ", " (…)"]
COMMISSIONED = {" for ", " para ", " für ", " pour ", " per ", ", Special to "}
DISTRIBUTED = {"agency via distributor", "collection/distributor", "wire/distributor"}
DISTRIBUTED |= {"handout via wire"}

WRAPPERS = ["none", "( )", "[ ]", "（ ）", "©", "(c)", "Copyright", "trailing .", "FILE"]
WRAPPERS += ["File photo", "Archive", "HANDOUT", "Pool", "(Tags: ...)", "TPX", "via Getty Images"]
WRAPPERS += ["...more"]
FORMS = ["single", "double (Getty)", "AGENCY PHOTO / NAME"]
ORDERS = ["person first", "supplier first"]
CJK_LABELS = {"none", "写真：", "사진=", "Photo:", "Source:"}
LOWER_CASE_LABELS = {"Photo:", "Foto:", "Foto de/par", "Photo by", "Bild:", "Fotó:", "Kuva:"}
CJK_SEPARATORS = {"/", " / ", "・", "／", " | "}
FACTORS = ["label", "person", "supplier", "separator", "order", "wrapper", "form"]


@dataclass(frozen=True)
class Shape:
    """One composed line: its factor levels, the line and the parts it names."""

    levels: tuple[str, ...]
    line: str
    photographers: tuple[str, ...]
    organisations: frozenset[str]
    pool: bool = False
    handout: bool = False
    file_photo: bool = False

    @property
    def cell(self) -> str:
        return "|".join(self.levels)

    @property
    def half(self) -> str:
        """`tune` or `check`, by the sha1 of the cell (all the line's levels)."""
        return "tune" if int(hashlib.sha1(self.cell.encode()).hexdigest(), 16) % 2 else "check"


@dataclass
class Composer:
    rng: random.Random
    registry: list[dict[str, object]] = field(default_factory=list)
    latin_given: list[str] = field(default_factory=list)

    @classmethod
    def seeded(cls, seed: int) -> Composer:
        registry = json.loads((DATA / "suppliers.json").read_text(encoding="utf-8"))["suppliers"]
        given = json.loads((DATA / "given_names.json").read_text(encoding="utf-8"))["names"]
        latin = sorted(g for g in given if g.isascii() and g.isalpha() and 4 <= len(g) <= 8)
        return cls(random.Random(seed), registry, latin)

    def person(self, level: str) -> str:
        pick = self.rng.choice
        if level in ("cyrillic", "greek", "arabic"):
            return f"{pick(GIVEN[level])} {pick(SURNAMES[level])}"
        if level == "cjk":
            return pick(CJK)
        given = pick(self.latin_given).title()
        if level == "single":
            return given
        surname = pick(SURNAMES["latin"])
        if level == "hyphenated":
            return pick(HYPHENATED).format(g=given, s=surname)
        if level == "apostrophe":
            return pick(APOSTROPHE).format(g=given)
        if level == "three words":
            return f"{given} {pick(self.latin_given).title()} {surname}"
        if level == "two surnames":
            return f"{given} {surname} {pick(SURNAMES['latin'])}"
        if level == "lower case":
            return f"{given} {surname}".lower()
        if level == "suffix Jr.":
            return f"{given} {surname} {pick(['Jr.', 'Jr', 'III'])}"
        if level == "initials":
            return pick(["{g}. {s}", "{g}.{h}. {s}", "{g}. {h}. {s}"]).format(
                g=given[0], h=pick("ABCDEJKLMRST"), s=pick(SURNAMES["latin"])
            )
        if level in ("particle", "PARTICLE CAPS"):
            name = f"{given} {pick(PARTICLES).format(s=pick(PARTICLE_SURNAMES))}"
        else:
            name = f"{given} {pick(SURNAMES['latin'])}"
        return name.upper() if level.isupper() else name

    def supplier(self, level: str) -> tuple[str, list[str]]:
        pick = self.rng.choice
        wires = [s for s in self.registry if s["kind"] == "wire"]
        if level == "wire":
            name = str(pick(wires)["name"])
            return name, [name]
        if level == "wire own script":
            scripted = [
                (str(a), str(s["name"]))
                for s in wires
                for a in s.get("aliases", [])  # type: ignore[attr-defined]
                if not str(a).isascii() and not any("A" <= c <= "z" for c in str(a))
            ]
            alias, name = pick(scripted)
            return alias, [name]
        if level == "agency via distributor":
            name = str(pick(wires)["name"])
            return f"{name} via Getty Images", [name, "Getty Images"]
        if level == "collection/distributor":
            kinds = ("collection", "photo-agency")
            name = str(pick([s for s in self.registry if s["kind"] in kinds])["name"])
            dist = pick(["Getty Images", "Shutterstock", "Alamy"])
            return f"{name}/{dist}", [name, dist]
        if level == "wire/distributor":
            name = str(pick(wires)["name"])
            dist = pick(["Getty Images", "Shutterstock", "Alamy"])
            return f"{name}/{dist}", [name, dist]
        if level in ("publication", "official", "stock"):
            name = str(pick([s for s in self.registry if s["kind"] == level])["name"])
            return name, [name]
        if level == "handout via wire":
            org = pick(UNKNOWN["police"] + UNKNOWN["ministry"]).format(p=pick(PLACES))
            wire = pick(["Reuters", "AFP", "AP", "EPA"])
            return f"{org}/Handout via {wire}", [org, wire]
        if level == "company":
            printed, read = pick(COMPANIES)
            place = pick(PLACES)
            return printed.format(p=place), [read.format(p=place)]
        if level == "none":
            return "", []
        if level == "stock contributor":
            return "(a stock chain)", []  # composed with its person in `compose`
        name = pick(UNKNOWN[level]).format(p=pick(PLACES))
        return name, [name]


def compose(composer: Composer, levels: tuple[str, ...]) -> Shape | None:
    """The line of `levels`, or None for a crossing the world does not print."""
    label, person_level, supplier_level, sep, order, wrapper, form = levels
    rng = composer.rng
    person = "" if person_level == "none" else composer.person(person_level)
    supplier, orgs = composer.supplier(supplier_level)
    if not person and not supplier:
        return None
    if sep in (" via ", *COMMISSIONED) and (order == "supplier first" or "via" in supplier):
        return None
    if sep == " via " and supplier_level in ("none",):
        return None
    if supplier_level in DISTRIBUTED and (
        order == "supplier first" or sep in COMMISSIONED or wrapper == "via Getty Images"
    ):
        return None  # `Agency via Distributor` closes a credit: `Name/AFP via Getty Images`
    if person_level == "lower case" and label not in LOWER_CASE_LABELS:
        return None  # a name in lower case is read as one after a label only (`foto: ana berg`)
    if person_level == "cjk" and (label not in CJK_LABELS or sep not in CJK_SEPARATORS):
        return None  # names in Chinese characters or Hangul are printed so in their own papers
    if form != "single" and not (
        person and person_level != "cjk" and supplier_level == "wire" and wrapper == "none"
    ):
        return None
    printed_label, kind = LABELS[label]
    core_sep = sep if person and supplier else ""
    parts = [person, supplier] if order == "person first" else [supplier, person]
    core = core_sep.join(p for p in parts if p)
    if supplier_level == "stock contributor":
        if not person or sep != "/" or order != "person first":
            return None  # the chain prints its own separators
        chain, orgs = rng.choice(STOCK_CHAINS)
        core = chain.format(n=person)
    elif sep == " (…)":
        if not (person and supplier) or order != "person first" or supplier_level in DISTRIBUTED:
            return None
        core = f"{person} ({supplier})"  # `Ana Berg (AFP)`
    pool, handout, file_photo = kind == "pool", kind in ("provided", "courtesy"), False
    handout = handout or supplier_level == "handout via wire"
    if form == "double (Getty)":
        caps = person.upper()
        core = f"(Photo by {person} / {supplier}) (Photo by {caps}/{supplier} via Getty Images)"
        orgs = [*orgs, "Getty Images"]
    elif form == "AGENCY PHOTO / NAME":
        core = f"{supplier.upper()} PHOTO / {person.upper()}"
    else:
        core = rng.choice(printed_label) + core
    if wrapper in ("( )", "[ ]", "（ ）"):
        core = f"{wrapper[0]}{core}{wrapper[-1]}"
    elif wrapper in ("©", "(c)", "Copyright"):
        core = f"{wrapper} {core}"
    elif wrapper == "trailing .":
        core += "."
    elif wrapper in ("FILE", "File photo", "Archive"):
        file_photo = True
        forms = [f"{wrapper}: {core}", f"{core} ({wrapper})", f"{wrapper.upper()} - {core}"]
        core = rng.choice(forms if label == "none" else forms[1:2])
    elif wrapper == "HANDOUT":
        handout = True
        forms = [f"{core}/Handout", f"{core} (Handout)", f"HANDOUT / {core}"]
        core = rng.choice(forms if label == "none" else forms[:2])
    elif wrapper == "Pool":
        pool = True
        forms = [f"{core}/Pool", f"{core} (Pool)", f"POOL / {core}"]
        core = rng.choice(forms if label == "none" else forms[:2])
    elif wrapper == "(Tags: ...)":
        core += rng.choice([" (Tags: POLITICS ELECTIONS)", " (Tags: SPORT SOCCER TPX)"])
    elif wrapper == "TPX":
        core += " TPX IMAGES OF THE DAY"
    elif wrapper == "via Getty Images":
        if "via" in core or sep == " via ":
            return None
        core += " via Getty Images"
        orgs = [*orgs, "Getty Images"]
    elif wrapper == "...more":
        core += " ...more"
    return Shape(
        levels,
        core,
        (person,) if person else (),
        frozenset(canonical(o) for o in orgs),
        pool,
        handout,
        file_photo,
    )


def canonical(name: str) -> str:
    return (DEFAULT_AGENCIES.lookup(name) or name).casefold()


def shapes(count: int = 6000, seed: int = 13) -> list[Shape]:
    """`count` composed lines, each factor's level drawn uniformly (fixed seed)."""
    composer = Composer.seeded(seed)
    axes = [list(LABELS), PERSONS, SUPPLIERS, SEPARATORS, ORDERS, WRAPPERS, FORMS]
    made: list[Shape] = []
    while len(made) < count:
        levels = tuple(composer.rng.choice(axis) for axis in axes[:-1])
        # the double forms are a few percent of the lines the world prints, not two thirds
        levels += (composer.rng.choices(FORMS, weights=[18, 1, 1])[0],)
        if levels[-1] != "single":  # the double forms print no label, one wire, no wrapper
            levels = ("none", *levels[1:2], "wire", "/", "person first", "none", levels[-1])
        shape = compose(composer, levels)
        if shape is not None:
            made.append(shape)
    return made


def _person_key(name: str) -> str:
    """A name compared casefolded, a final period dropped (`Jr.` = `Jr`)."""
    return name.casefold().rstrip(".")


def wrong(shape: Shape) -> list[str]:
    """The parts `parse_credit` gets wrong on `shape.line` (empty when all are right)."""
    try:
        credit = parse_credit(shape.line)
    except CaptionsError:
        return ["error"]
    orgs = {canonical(o) for o in [*credit.agencies, credit.distributor] if o}
    misses = []
    if sorted(_person_key(p) for p in credit.photographers) != [
        _person_key(p) for p in shape.photographers
    ]:
        misses.append("photographers")
    if orgs != shape.organisations:
        misses.append("organisations")
    for flag in ("pool", "handout", "file_photo"):
        if getattr(credit, flag) != getattr(shape, flag):
            misses.append(flag)
    return misses


def table(results: list[tuple[Shape, list[str]]], pairs: int) -> list[str]:
    out = []
    for i, factor in enumerate(FACTORS):
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for shape, misses in results:
            tally[shape.levels[i]][0] += 1
            tally[shape.levels[i]][1] += bool(misses)
        out.append(f"{factor}:")
        for level, (n, bad) in sorted(tally.items(), key=lambda kv: -kv[1][1] / kv[1][0]):
            out.append(f"  {level:28} {bad / n:6.1%}  ({bad}/{n})")
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for shape, misses in results:
        for (i, a), (j, b) in itertools.combinations(enumerate(shape.levels), 2):
            cell = cells[(f"{FACTORS[i]}={a}", f"{FACTORS[j]}={b}")]
            cell[0] += 1
            cell[1] += bool(misses)
    # a pair is a class when it fails well above its levels' rates: at least 5 lines (the
    # default 6000 lines give ~15 per pair of a 20-level and a 16-level factor)
    worst = sorted(
        ((bad / n, n, k) for k, (n, bad) in cells.items() if n >= 5 and bad), reverse=True
    )
    out.append(f"worst {pairs} pairs:")
    out += [f"  {rate:6.1%} of {n:3}  {a} x {b}" for rate, n, (a, b) in worst[:pairs]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["tune", "check"], help="one half of the cells")
    parser.add_argument("--lines", type=int, default=6000, help="lines composed (default 6000)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--pairs", type=int, default=25, help="worst pairs shown")
    parser.add_argument("--show", type=int, default=0, help="show this many wrong lines")
    args = parser.parse_args()
    made = shapes(args.lines, args.seed)
    halves = [args.half] if args.half else ["tune", "check"]
    for name in halves:
        results = [(s, wrong(s)) for s in made if s.half == name]
        bad = [(s, m) for s, m in results if m]
        print(f"{name}: {len(bad)}/{len(results)} wrong ({len(bad) / len(results):.1%})")
        if not args.half:
            continue
        print("\n".join(table(results, args.pairs)))
        for shape, misses in bad[: args.show]:
            got = parse_credit(shape.line)
            print(
                f"  {shape.line!r} {misses} -> {list(got.photographers)} {list(got.agencies)}"
                f" {got.distributor} want {list(shape.photographers)} {sorted(shape.organisations)}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
