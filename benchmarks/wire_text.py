"""Wire-style caption, credit and byline text for the benchmark corpus (all people fictional).

Names mix ASCII, Latin letters with diacritics (Ł, ü, é, ø, ...) and, now and then, CJK; credits
follow the forms agencies send (`Name/Pool/AFP via Getty Images`, `AP Photo/Name`, `REUTERS/Name`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

PHOTOGRAPHERS = (
    "Łucja Kowalczyk", "Jürgen Baumgärtner", "Émile Rousseau-Ferrand", "Søren Fjeldstad",
    "Ingrid Ødegård", "Zoë Marchetti", "Tomás Ibáñez", "Anaïs Lefèvre", "Mateusz Żurawski",
    "Dagný Þórsdóttir", "Daniel Okafor", "Priya Raman", "Marcus Webb", "Helen Cho",
    "Samuel Ortega", "Nadia Haddad", "Oskar Lindqvist", "Beatriz Conceição",
)  # fmt: skip
CJK_PHOTOGRAPHERS = ("山田 花子", "王小明", "김철수")
PEOPLE = (
    "Věra Novotná", "Kacper Wiśniewski", "Chloé Bénard", "Ålrik Berntsen", "Ayşe Demirtaş",
    "Jonas Müller", "Grace Adeyemi", "Luis Peña", "Mia Kovačević", "Theo Lambert",
)  # fmt: skip
PLACES = (
    ("Kraków", "Małopolska", "Poland", "POL"), ("Zürich", "Zürich", "Switzerland", "CHE"),
    ("Malmö", "Skåne", "Sweden", "SWE"), ("Tromsø", "Troms", "Norway", "NOR"),
    ("São Paulo", "São Paulo", "Brazil", "BRA"), ("Québec", "Quebec", "Canada", "CAN"),
    ("Reykjavík", "Capital Region", "Iceland", "ISL"), ("Łódź", "Łódzkie", "Poland", "POL"),
    ("Lyon", "Auvergne-Rhône-Alpes", "France", "FRA"), ("Tokyo", "Tokyo", "Japan", "JPN"),
    ("Nairobi", "Nairobi", "Kenya", "KEN"), ("Austin", "Texas", "United States", "USA"),
)  # fmt: skip
SUBJECTS = (
    "Supporters of the Green Valley Alliance", "Firefighters", "Delegates", "Residents",
    "Forward {person} of FC Nordhaven", "Cyclist {person}", "Conductor {person}",
    "Volunteers", "Riot police officers", "Fans of the Harbour Lions",
)  # fmt: skip
ACTIONS = (
    ("gather", "gathers"), ("react", "reacts"), ("wave flags", "waves a flag"),
    ("clear debris", "clears debris"), ("celebrate a goal", "celebrates a goal"),
    ("listen to speeches", "listens to speeches"), ("arrive", "arrives"),
    ("take part in a rehearsal", "takes part in a rehearsal"), ("wait in line", "waits in line"),
)  # fmt: skip
EVENTS = (
    "the opening session of the regional water forum", "the third stage of the Tour of the Lakes",
    "the annual lantern festival", "the second round of the Nordic Open",
    "flood relief operations", "a rally ahead of the municipal elections",
    "the premiere of a new opera", "the spring trade fair",
)  # fmt: skip
SECOND_SENTENCES = (
    "Organisers said more than 20,000 people were expected over the weekend.",
    "The event returns after a three-year break caused by repairs to the venue.",
    "Local authorities closed several streets around the square for the day.",
    "The match ended in a 2-2 draw after extra time.",
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
KEYWORDS = ("news", "politics", "sport", "culture", "weather", "festival", "election", "music")


@dataclass(frozen=True)
class Agency:
    """How one agency words a credit, a source, a copyright and the caption's photo tag."""

    credit: str  # {name} is the photographer
    source: str
    copyright: str
    caption_tag: str
    prefix: str  # file-name prefix the agency uses


AGENCIES = (
    Agency("{name}/AFP via Getty Images", "AFP", "© {year} AFP", "(Photo by {upper} / AFP)", "AFP"),
    Agency("{name}/Pool/AFP via Getty Images", "AFP", "© {year} AFP",
           "(Photo by {upper} / POOL / AFP)", "AFP"),
    Agency("AP Photo/{name}", "AP", "Copyright {year} The Associated Press. All rights reserved.",
           "(AP Photo/{name})", "AP"),
    Agency("REUTERS/{name}", "REUTERS", "© {year} Reuters", "REUTERS/{name}", "RTR"),
    Agency("{name}/Getty Images", "Getty Images", "{year} Getty Images",
           "(Photo by {name}/Getty Images)", "GettyImages"),
    Agency("{name}/Bloomberg via Getty Images", "Bloomberg", "{year} Bloomberg Finance LP",
           "(Photo by {name}/Bloomberg via Getty Images)", "GettyImages"),
    Agency("{name}/dpa", "dpa", "© dpa-Zentralbild", "Photo: {name}/dpa", "dpa"),
    Agency("{name}/EPA-EFE", "EPA", "© {year} EPA-EFE", "EPA-EFE/{upper}", "EPA"),
)  # fmt: skip


@dataclass(frozen=True)
class Story:
    """The text of one picture and the structural variant its file takes."""

    caption: str
    headline: str
    title: str
    byline: str
    byline_title: str
    credit: str
    source: str
    copyright: str
    writer: str
    date: str  # YYYY-MM-DD
    time: str  # HH:MM:SS
    city: str
    state: str
    country: str
    country_code: str
    transmission_reference: str
    keywords: list[str]
    persons: list[str]
    file_stem: str
    layout: str  # photoshop | wire | photo-mechanic
    iim_charset: str  # utf-8 (1:90 declared) | undeclared-utf-8
    digest: str  # match | stale
    has_gps: bool


def make_story(rng: random.Random, index: int) -> Story:
    """One picture's text, drawn from `rng` (seeded per file, so files are reproducible alone)."""
    cjk = rng.random() < 0.05
    name = rng.choice(CJK_PHOTOGRAPHERS if cjk else PHOTOGRAPHERS)
    agency = rng.choice(AGENCIES)
    city, state, country, code = rng.choice(PLACES)
    year, month, day = rng.choice((2023, 2024, 2025)), rng.randint(1, 12), rng.randint(1, 28)
    person = rng.choice(PEOPLE)
    template = rng.choice(SUBJECTS)
    subject = template.format(person=person)
    event = rng.choice(EVENTS)
    weekday = WEEKDAYS[(year * 372 + month * 31 + day) % 7]  # plausible, not calendar-exact
    action = rng.choice(ACTIONS)["{person}" in template]  # one named person: singular verb
    caption = (
        f"{subject} {action} during {event} in {city}, {country}, on {weekday}, "
        f"{MONTHS[month - 1]} {day}, {year}."
    )
    for _ in range(rng.choice((0, 0, 1, 1, 2, 4))):
        caption += " " + rng.choice(SECOND_SENTENCES)
    caption += " " + agency.caption_tag.format(name=name, upper=name.upper())
    reference = f"{agency.prefix}{rng.randbytes(4).hex().upper()}"
    return Story(
        caption=caption,
        headline=f"{country}-{event.split()[-1].capitalize()}",
        title=f"{code}{year % 100:02d}{month:02d}{day:02d}-{index:05d}",
        byline=name,
        byline_title=rng.choice(("Staff Photographer", "Stringer", "Contributor", "Pool")),
        credit=agency.credit.format(name=name),
        source=agency.source,
        copyright=agency.copyright.format(year=year),
        writer=rng.choice(("ŁK/hs", "jm", "DESK/ap", "sø")),
        date=f"{year}-{month:02d}-{day:02d}",
        time=f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        city=city,
        state=state,
        country=country,
        country_code=code,
        transmission_reference=reference,
        keywords=rng.sample(KEYWORDS, rng.randint(1, 4)),
        persons=[person] if "{person}" in template or rng.random() < 0.3 else [],
        file_stem=f"{agency.prefix}_{reference}",
        layout=rng.choice(("photoshop", "wire", "wire", "photo-mechanic")),
        iim_charset="utf-8" if rng.random() < 0.9 else "undeclared-utf-8",
        digest="stale" if rng.random() < 0.05 else "match",
        has_gps=rng.random() < 0.2,
    )
