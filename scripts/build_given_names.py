"""Rebuild captions/credit/data/given_names.json from Faker's person providers (MIT licence).

    pip install faker && python scripts/build_given_names.py

Faker (https://pypi.org/project/Faker/, MIT licence, copyright Daniele Faraglia and
contributors) ships first-name lists for some 80 locales in many scripts. This script takes the
first names of every locale except the bare `en` one (6,800 US names down to the rarest, `Unknown`
and `General` among them: a name counts when a national locale lists it, `en_US`, `en_GB` and the
other English ones included), adds the names the file holds and those written below (EXTRA), and
leaves out (except the few of KEEP, from the first hand-written list):

- names of scripts written without spaces (Chinese, Japanese, Korean): their given names are not
  words of their own;
- names that are also places, label words, supplier names or common English words
  (the lists below and data/places.json, data/words.json, data/suppliers.json): they begin
  organisation names (`Victoria Police`, `Star Tribune`, `Royal Navy`).

Faker is needed only to rebuild the file, never at run time.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "captions" / "credit" / "data"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Places that are also given names somewhere (countries, states, regions, cities).
PLACES = _words("""
africa america asia europe india china israel jordan georgia virginia carolina dakota montana
nevada arizona florida indiana kentucky tennessee texas alabama louisiana maryland victoria
sydney adelaide darwin perth brisbane melbourne london paris berlin vienna florence venice
verona siena lincoln madison phoenix charlotte orlando houston denver dallas austin cleveland
camden chelsea brooklyn devon kent york jackson savannah aurora lourdes fatima medina santiago
rio lima quito cuba chile peru panama bolivia kenya ghana libya syria egypt asia iran iraq
oman yemen qatar tunis sofia roma milano napoli lucerne geneva zurich bern odessa kyiv kiev
moscow warsaw prague cairo dubai doha delhi bombay mumbai tokyo seoul beijing shanghai
hongkong taipei manila jakarta bali java sumatra borneo alaska hawaii dakota sierra nazareth
bethlehem jericho sharon hebron galilee kashmir punjab bengal goa assam tripura manipur
arabia persia armenia albania bosnia serbia croatia slovenia latvia estonia lithuania
bulgaria romania moldova ukraine russia belarus poland hungary austria germany france
spain portugal italy greece malta cyprus turkey holland ireland scotland wales england
britain canada mexico brazil argentina colombia venezuela ecuador uruguay paraguay guyana
nigeria niger mali chad sudan somalia ethiopia eritrea uganda rwanda burundi tanzania zambia
malawi angola namibia lesotho eswatini gambia senegal guinea togo benin liberia gabon congo
america columbia carolina regina kingston hamilton wellington auckland nelson chester
winchester windsor warwick durham salisbury bristol preston lancaster clifton shelby
sheridan laramie cheyenne tucson vegas reno boise salem troy athens sparta
""")

# Common words, titles and brands that a name list holds but a credit uses otherwise.
WORDS = _words("""
star sky royal major king queen prince princess duke earl baron lord knight bishop general
colonel captain admiral sergeant marshal judge chancellor president governor senator doctor
will may june april august march hope grace faith joy charity mercy glory honor honour
justice liberty freedom destiny harmony melody serenity trinity unity genesis miracle
heaven angel angels saint summer autumn winter spring storm rain river ocean sea lake
forest wood woods brook stone rock cliff hill field fields meadow dale glen vale bay coast
page art bill guy ray rose lily iris ivy holly hazel olive pearl ruby jade amber crystal
coral diamond gem jewel golden silver gold penny sterling cash money price prize
hunter chase mason carter cooper parker tucker porter baker fisher miller taylor turner
walker archer bishop dean chance rich sunny sunshine happy lucky major noble marvel
press post times news image images photo photos picture media studio studios film films
staff pool file handout courtesy credit source unknown anonymous private public official
reuters getty alamy ford porsche dell tesla apple amazon nike disney mercedes bentley
jaguar lexus royce cadillac chevrolet dodge honda toyota nissan sony canon nikon leica
delta united national general central global international american british royal
north south east west northern southern eastern western central
new old young little big grand great good best
love dear darling sweet sugar honey candy cookie baby babe
black white brown green gray grey red blue pink violet orange
christian christmas easter sunday monday friday
heraldo ville правда рада קרן
""")


COMMENT = (
    "Common given names of many languages and scripts, casefolded: evidence that a name is a "
    "person's (captions/credit/names.py). Built by scripts/build_given_names.py from the "
    "first-name lists of Faker's person providers (https://pypi.org/project/Faker/, MIT licence, "
    "(c) Daniele Faraglia and contributors) and names written for this project; names that are "
    "also places, label words, supplier names or common words (Victoria, Georgia, "
    "Jordan, Orlando, Star, Royal, Major, Will) are left out on purpose: they begin organisation "
    "names (`Victoria Police`, `Star Tribune`)."
)

# Written for this project: common given names of languages Faker has no list for, or lists only
# in a script credits seldom use (romanized Chinese, Japanese, Korean, Kazakh, Filipino, Malay,
# Vietnamese, Burmese, Thai, Amharic, Somali, Pashto and Dari, Arabic, Persian, Russian,
# Ukrainian, Greek).
EXTRA = _words("""
wei ming jun jie lei jing hui yan hong xiao hao tao peng feng qiang gang ying fang xin chao hua
jian kun liang ning qing rui tian ting xia xiang yong yuan yun zhen zhi zhong zhiwei xiaoming
jianguo haitao yifan zihan yuxuan haoran xinyi yiming jiaqi zixuan mei wen qian
hiroshi takashi kenji yuki akira satoshi haruki daisuke kazuki takumi shota yuto kaito haruto
yuka yoko keiko naomi aiko haruka misaki sakura yui hina rin emi kaori mariko tomoko noriko
masako kenta ryo koji takeshi tetsuya shinji makoto naoki hideo taro jiro ichiro kazuo masaru
min-jun seo-jun ji-ho ji-hoon hyun-woo jae-won dong-hyun sung-min ji-woo seo-yeon ji-min
min-seo ha-eun soo-jin eun-ji hye-jin yoon-seo su-bin young-ho jin-woo sang-hoon kyung-soo
aigerim aruzhan aizhan gulnara nurlan yerlan askar daulet bauyrzhan nursultan kairat marat
serik yerzhan zhanar aliya madina saule asel aidana dinara arman azamat almas erlan bolat
gulmira aibek bakyt nurbek
maricel marites rowena jennelyn analyn rommel rodel arnel jonel mylene lorna imelda corazon
teodoro ramon rodrigo ferdinand
nurul siti azman hafiz faizal syafiq aisyah zulkifli azlan rosli amirul haziq izzat
zahir najib wahid rahmatullah habibullah zabihullah mujib malalai zarghona shabnam
abebe alemayehu tesfaye haile getachew meskerem tigist selam yonas dawit bereket mulugeta
hiwot liya kidist tsegaye berhanu girma mekonnen
abdi abdirahman abdullahi hodan faadumo hawa ayaan cabdi ilhan mohamud warsame
aung kyaw zaw htet thant thura zin hla khin nyein thida myo tun
anh minh linh tuan hung duc dung thanh huong trang phuong quang hieu khanh thao ngoc huy
cuong vinh
somchai somsak sombat suda malee niran prasert wichai anan kittipong chaiwat apinya siriporn
nattapong thanawat pimchanok supachai
ahmed ahmad mohamed mohammed muhammad mahmoud mustafa omar umar ali hassan hussein hossam
youssef yusuf ibrahim khaled khalid tariq tarek karim nabil samir walid waleed amr ayman
hisham hazem sherif osama bilal hamza anas rami fadi ziad jamal nasser adel faisal saeed
sultan rashid majid salem abdullah abdulaziz abdulrahman abdel layla leila nour noor amira
yasmin yasmine rania dina mona huda hind salma mariam maryam zainab aisha rasha reem lina
hala samira nadia farida heba asmaa aya nada
reza hossein mehdi amir mohsen hamid behnam babak arash kaveh farhad dariush navid omid pouya
shirin nasrin parisa neda mahsa niloufar azadeh roya shadi yasaman
ivan dmitry dmitri sergei sergey alexei alexey andrei andrey mikhail nikolai vladimir yuri
igor oleg pavel maxim anatoly evgeny yevgeny vadim kirill denis artem ilya anton boris
grigory konstantin viktor tatiana tatyana olga natalia natalya elena yelena irina svetlana
ekaterina yekaterina anastasia daria ksenia yulia marina galina lyudmila oksana alina polina
oleksandr oleksiy andriy dmytro serhiy volodymyr mykola yuriy taras bohdan vitaliy yaroslav
ihor petro vasyl halyna olena iryna kateryna nataliya svitlana anastasiia tetiana liudmyla
mariia viktoriia khrystyna
giorgos georgios yannis giannis dimitris kostas nikos panagiotis christos vasilis thanasis
stavros spyros manolis alexandros eleni katerina despina ioanna angeliki dimitra vasiliki
γιάννης γιώργος νίκος κώστας δημήτρης μανώλης σπύρος τάσος θανάσης βασίλης
""")


# Faker's licence, shipped with the names taken from it (the MIT licence asks for it).
FAKER_LICENCE = (
    "Faker's first-name lists: Copyright (c) 2012 Daniele Faraglia. Permission is hereby "
    "granted, free of charge, to any person obtaining a copy of this software and associated "
    'documentation files (the "Software"), to deal in the Software without restriction, '
    "including without limitation the rights to use, copy, modify, merge, publish, distribute, "
    "sublicense, and/or sell copies of the Software, and to permit persons to whom the Software "
    "is furnished to do so, subject to the following conditions: The above copyright notice and "
    "this permission notice shall be included in all copies or substantial portions of the "
    'Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR '
    "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A "
    "PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS "
    "BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT "
    "OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER "
    "DEALINGS IN THE SOFTWARE."
)


# Names of the first, hand-written list that a list above would leave out; kept on purpose
# (`Per Lund`, `Dan Berg`; `Bill Church` is a person by the given-name rule of names.py).
KEEP = _words("per dan bill ray rose amber holly dean christian fatima sharon ville")


def faker_first_names() -> set[str]:
    import faker.providers.person as person  # rebuild-time dependency only

    names: set[str] = set()
    for module_info in pkgutil.iter_modules(person.__path__):
        if module_info.name == "en":
            continue
        module = importlib.import_module(f"faker.providers.person.{module_info.name}")
        provider = getattr(module, "Provider", None)
        for attr in dir(provider) if provider else []:
            value = getattr(provider, attr, None)
            if attr.startswith("first_names") and isinstance(value, (dict, list, tuple, set)):
                names |= {str(n).casefold() for n in value}
    return names


def _no_space_script(name: str) -> bool:
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in name)


def left_out() -> set[str]:
    out = set(PLACES) | set(WORDS)
    places = json.loads((DATA / "places.json").read_text(encoding="utf-8"))["places"]
    out |= {p.casefold() for p in places}
    words = json.loads((DATA / "words.json").read_text(encoding="utf-8"))["languages"]
    # organisation words stay: `Marina`, `Δήμος` are names too, and names.py weighs both
    out |= {
        w.casefold()
        for lang in words.values()
        for category, listed in lang.items()
        if category != "organisation"
        for w in listed
    }
    suppliers = json.loads((DATA / "suppliers.json").read_text(encoding="utf-8"))["suppliers"]
    for supplier in suppliers:
        # an all-capital alias of up to five letters matches only in capitals (`ANA`, `MIA`)
        printed = [supplier["name"], *supplier["aliases"]]
        out |= {a.casefold() for a in printed if not (a.isupper() and len(a) <= 5)}
    return out


def main() -> int:
    path = DATA / "given_names.json"
    current = json.loads(path.read_text(encoding="utf-8"))
    excluded = left_out() - KEEP
    found = faker_first_names() | {n.casefold() for n in EXTRA} | set(current["names"])
    names = {
        n
        for n in found
        if len(n) > 1 and " " not in n and not _no_space_script(n) and n not in excluded
    }
    ordered = sorted(names)
    lines = [
        ", ".join(json.dumps(n, ensure_ascii=False) for n in ordered[i : i + 12])
        for i in range(0, len(ordered), 12)
    ]
    body = ",\n  ".join(lines)
    comment = json.dumps(COMMENT, ensure_ascii=False)
    licence = json.dumps(FAKER_LICENCE)
    path.write_text(
        f'{{\n "_comment": {comment},\n "_licence": {licence},\n "names": [\n  {body}\n ]\n}}\n',
        "utf-8",
    )
    print(f"{path}: {len(ordered)} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
