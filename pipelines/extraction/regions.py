"""States, provinces and regions of countries: "Governor of Lagos State" serves Nigeria, "the
Minister of International Trade of British Columbia" Canada, and "Columbia" of "British
Columbia" is nobody's name.

The names are the first-order subdivisions of ISO 3166-2 as pycountry ships them, without their
generic words ("Sichuan Sheng" -> "Sichuan"), plus the English names that press releases use for
a few whose ISO name is in another language. A name shared by subdivisions of two countries, or
that is a country's own name, or a generic word ("Centre", "Nord") names no one region and is
left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from pipelines.countries import country_code, strip_accents
from pipelines.extraction.vocabulary import ROLE_HEADS, ROLE_MODIFIERS

# Kinds of first-order subdivision whose names press releases use for a region's government.
_REGION_TYPES = frozenset(
    {
        "State", "Province", "Region", "Department", "County", "Governorate", "Prefecture",
        "Republic", "Autonomous region", "Autonomous community", "Autonomous republic",
        "Autonomous province", "Land", "Voivodship", "Regional state", "Union territory",
        "Emirate", "Oblast", "Krai", "Canton", "Territory", "Metropolitan department",
        "Federal district", "Capital territory", "Capital district", "Administrative region",
        "Metropolitan region",
    }
)
# China's municipalities are provinces in all but name ("Chongqing Party Secretary").
_PROVINCIAL_MUNICIPALITIES = ("CN-",)
# Generic words of ISO names: "Sichuan Sheng", "Tatarstan, Respublika", "Almaty oblysy".
_GENERIC_WORDS = re.compile(
    r"(?:,\s*Respublika|\s+(?:Sheng|Shi|Zizhiqu|Huizu|Zhuangzu|Weiwu'er|Zangzu|oblysy|oblast'?"
    r"|kray|avtonomnyy\s+okrug|Respublikasi|viloyati|županija|Province|Region|Prefecture"
    r"|State|Governorate|Department))+$",
    re.IGNORECASE,
)
# Names that are also ordinary words of titles and bodies ("Central Bank", "Delta Force").
_COMMON_WORDS = frozenset(
    {
        "Centre", "Center", "Central", "Nord", "Sud", "Est", "Ouest", "North", "South", "East",
        "West", "Northern", "Southern", "Eastern", "Western", "Capital", "Coast", "Lakes",
        "Littoral", "Plateau", "Plateaux", "Delta", "Upper", "Lower", "Islands", "Federal",
        "Savannah", "Savanes", "Highlands", "Lake", "River", "Mountain", "Orange", "Interior",
        "Frontier", "Border", "National", "Western Area", "Northern Province", "Region", "Free",
        "Gulf",
    }
)
# English names of regions whose ISO name is in another language.
ENGLISH_NAMES: dict[str, str] = {
    "Bavaria": "DEU", "Saxony": "DEU", "Lower Saxony": "DEU", "North Rhine-Westphalia": "DEU",
    "Hesse": "DEU", "Thuringia": "DEU", "Rhineland-Palatinate": "DEU", "Tuscany": "ITA",
    "Lombardy": "ITA", "Sicily": "ITA", "Sardinia": "ITA", "Piedmont": "ITA", "Apulia": "ITA",
    "Catalonia": "ESP", "Andalusia": "ESP", "Basque Country": "ESP", "Flanders": "BEL",
    "Wallonia": "BEL", "Quebec": "CAN", "Inner Mongolia": "CHN", "Tibet": "CHN",
    "Kurdistan Region": "IRQ", "Chechnya": "RUS", "Bashkortostan": "RUS",
}
# Words after a region's name that belong to it: "Lagos State", "Sughd Region".
_TRAILING_REGION_NOUN = re.compile(
    r"\s+(?:State|Province|Region|Prefecture|Governorate|County|Oblast|Territory)$"
)
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|de|del|di|la))*")
MAX_REGION_WORDS = 4
# Words between a region and an office that belong to its government: "Chongqing Party
# Secretary", "Hokkaido Assembly Member", "Lagos State Governor".
_REGION_FOLLOWERS = frozenset(
    {
        "state", "province", "region", "prefecture", "governorate", "county", "oblast",
        "territory", "government", "party", "provincial", "regional", "municipal", "assembly",
        "legislative", "people's", "congress", "committee", "council",
    }
)


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Region name, with and without accents -> alpha-3 of its country."""
    countries: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None:
            continue
        if subdivision.type not in _REGION_TYPES and not (
            subdivision.type == "Municipality"
            and subdivision.code.startswith(_PROVINCIAL_MUNICIPALITIES)
        ):
            continue
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country is None:
            continue
        for part in re.split(r"\s*/\s*|\s*\(|\)", subdivision.name):
            name = _GENERIC_WORDS.sub("", part.strip()).strip(" ,")
            name = re.sub(r"^Respublika\s+", "", name)
            if len(name) >= 4 and name[0].isupper():
                countries.setdefault(name, set()).add(country.alpha_3)
    index: dict[str, str] = {}
    for name, codes in countries.items():
        for form in {name, strip_accents(name)}:
            if len(codes) == 1 and form not in _COMMON_WORDS and country_code(form) is None and (
                not form.startswith(("Region ", "Capital "))
            ):
                index.setdefault(form, next(iter(codes)))
    for name, code in ENGLISH_NAMES.items():
        index[name] = code
    return index


def region_country(name: str) -> str | None:
    """Alpha-3 of the country of a region named exactly so ("Lagos State", "Sichuan")."""
    name = _TRAILING_REGION_NOUN.sub("", " ".join(name.split()))
    return _regions().get(name) or _regions().get(strip_accents(name))


def find_region(text: str) -> tuple[int, int, str] | None:
    """(start, end, alpha-3) of the first region named inside a capitalised run of the text,
    at its end or before office words ("Governor of Lagos State", "Sichuan Governor",
    "Chongqing Party Secretary"; not "Minister of State for Gulf Affairs")."""
    for run in _CAPITALISED_RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start(), m.group(0)) for m in (
            re.finditer(r"\S+", run.group(0))
        )]
        for first in range(len(words)):
            for last in range(min(len(words), first + MAX_REGION_WORDS) - 1, first - 1, -1):
                start, end = words[first][0], words[last][1]
                code = region_country(text[start:end])
                if code is not None and all(_office_word(w) for _, _, w in words[last + 1 :]):
                    return start, end, code
    return None


def _office_word(word: str) -> bool:
    word = word.lower().strip(".,;:")
    return word in _REGION_FOLLOWERS or word in ROLE_HEADS or word in ROLE_MODIFIERS
