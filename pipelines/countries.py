"""Countries: names, aliases and demonyms to ISO 3166-1 alpha-3 codes, built on pycountry.

pycountry supplies the official, common and short names of every country. The tables below add
what press releases write that pycountry lacks: short forms ("the US", "ROK", "PRC"), older or
newer names ("Turkey"/"Türkiye", "Burma"), and demonyms ("Russian", "Japanese").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import pycountry

# Extra names per alpha-3 code (matched case-insensitively unless all upper case, which are
# matched exactly: "US", "UK", "ROK", "PRC", "UAE", "DPRK").
ALIASES: dict[str, tuple[str, ...]] = {
    "USA": ("United States", "United States of America", "US", "U.S.", "U.S.A.", "USA",
            "America"),
    "GBR": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland",
            "Wales", "Northern Ireland"),
    "RUS": ("Russia", "Russian Federation"),
    "KOR": ("South Korea", "Republic of Korea", "ROK", "Korea"),
    "PRK": ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    "CHN": ("China", "PRC", "People's Republic of China", "Mainland China"),
    "TWN": ("Taiwan", "Republic of China"),
    "TUR": ("Turkey", "Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"),
    "PSE": ("Palestine", "State of Palestine", "Palestinian Authority", "Palestinian Territories",
            "West Bank", "Gaza"),
    "IRN": ("Iran", "Islamic Republic of Iran"),
    "SYR": ("Syria",),
    "VNM": ("Vietnam", "Viet Nam", "Socialist Republic of Vietnam"),
    "LAO": ("Laos", "Lao PDR"),
    "MMR": ("Burma", "Myanmar", "Republic of the Union of Myanmar"),
    "CZE": ("Czech Republic", "Czechia"),
    "MDA": ("Moldova", "Republic of Moldova"),
    "BOL": ("Bolivia",),
    "VEN": ("Venezuela",),
    "TZA": ("Tanzania",),
    "COD": ("Democratic Republic of the Congo", "Democratic Republic of Congo", "DRC",
            "DR Congo", "D.R. Congo", "Congo-Kinshasa"),
    "COG": ("Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Congo"),
    "CIV": ("Cote d'Ivoire", "Côte d'Ivoire", "Ivory Coast"),
    "CPV": ("Cape Verde", "Cabo Verde"),
    "SWZ": ("Swaziland", "Eswatini"),
    "MKD": ("North Macedonia", "Macedonia"),
    "ARE": ("United Arab Emirates", "UAE", "U.A.E.", "Emirates"),
    "SAU": ("Saudi Arabia", "Kingdom of Saudi Arabia", "KSA"),
    "VAT": ("Vatican", "Holy See", "Vatican City"),
    "BRN": ("Brunei", "Brunei Darussalam"),
    "FSM": ("Micronesia", "Federated States of Micronesia"),
    "KGZ": ("Kyrgyzstan", "Kyrgyz Republic"),
    "SVK": ("Slovakia", "Slovak Republic"),
    "NLD": ("Netherlands", "the Netherlands", "Holland"),
    "PHL": ("Philippines", "the Philippines"),
    "BHS": ("Bahamas", "the Bahamas"),
    "GMB": ("Gambia", "the Gambia"),
    "TLS": ("Timor-Leste", "East Timor"),
    "LKA": ("Sri Lanka",),
    "IND": ("India", "Republic of India", "Bharat"),
    "JPN": ("Japan",),
    "DEU": ("Germany", "Federal Republic of Germany"),
    "FRA": ("France", "French Republic"),
    "ITA": ("Italy", "Italian Republic"),
    "ISR": ("Israel", "State of Israel"),
    "UKR": ("Ukraine",),
    "BLR": ("Belarus", "Republic of Belarus"),
    "KAZ": ("Kazakhstan", "Republic of Kazakhstan"),
    "UZB": ("Uzbekistan",),
    "ARM": ("Armenia", "Republic of Armenia"),
    "AZE": ("Azerbaijan", "Republic of Azerbaijan"),
    "GEO": ("Georgia",),
    "BIH": ("Bosnia and Herzegovina", "Bosnia", "Bosnia-Herzegovina", "Bosnia Herzegovina", "BiH"),
    "XKX": ("Kosovo", "Republic of Kosovo"),
    "MDV": ("Maldives", "the Maldives"),
    "ATG": ("Antigua and Barbuda",),
    "TTO": ("Trinidad and Tobago", "Trinidad & Tobago", "Trinidad"),
    "KNA": ("Saint Kitts and Nevis", "Saint Kitts"),
    "VCT": ("Saint Vincent and the Grenadines", "Saint Vincent"),
    "LCA": ("Saint Lucia",),
    "SXM": ("Sint Maarten",),
    "IRL": ("Ireland", "Republic of Ireland"),
    "AUS": ("Australia", "Commonwealth of Australia"),
    "URY": ("Uruguay", "Oriental Republic of Uruguay"),
    "GUY": ("Guyana", "Co-operative Republic of Guyana", "Cooperative Republic of Guyana"),
    "RWA": ("Rwanda", "Republic of Rwanda"),
    "NER": ("Niger", "Republic of Niger"),
    "LBY": ("Libya", "State of Libya"),
}

# Demonyms and adjectives: "Russian Foreign Minister", "the Japanese side".
DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",), "ALB": ("Albanian",), "DZA": ("Algerian",), "AGO": ("Angolan",),
    "ARG": ("Argentine", "Argentinian", "Argentinean"), "ARM": ("Armenian",),
    "AUS": ("Australian",),
    "AUT": ("Austrian",), "AZE": ("Azerbaijani", "Azeri"), "BHR": ("Bahraini",),
    "BGD": ("Bangladeshi",), "BLR": ("Belarusian", "Belarussian"), "BEL": ("Belgian",),
    "BEN": ("Beninese",), "BTN": ("Bhutanese",), "BOL": ("Bolivian",),
    "BIH": ("Bosnian", "Herzegovinian"), "BWA": ("Botswanan", "Motswana"), "BRA": ("Brazilian",),
    "BRN": ("Bruneian",), "BGR": ("Bulgarian",), "BFA": ("Burkinabe", "Burkinabè"),
    "BDI": ("Burundian",),
    "KHM": ("Cambodian", "Khmer"), "CMR": ("Cameroonian",), "CAN": ("Canadian",),
    "TCD": ("Chadian",),
    "CHL": ("Chilean",), "CHN": ("Chinese",), "COL": ("Colombian",), "CRI": ("Costa Rican",),
    "HRV": ("Croatian",), "CUB": ("Cuban",), "CYP": ("Cypriot",), "CZE": ("Czech",),
    "DNK": ("Danish",), "DJI": ("Djiboutian",), "DOM": ("Dominican",), "ECU": ("Ecuadorian",),
    "EGY": ("Egyptian",), "SLV": ("Salvadoran", "Salvadorean"), "ERI": ("Eritrean",),
    "EST": ("Estonian",),
    "ETH": ("Ethiopian",), "FJI": ("Fijian",), "FIN": ("Finnish",), "FRA": ("French",),
    "GAB": ("Gabonese",), "GMB": ("Gambian",), "GEO": ("Georgian",), "DEU": ("German",),
    "GHA": ("Ghanaian",), "GRC": ("Greek", "Hellenic"), "GTM": ("Guatemalan",), "GIN": ("Guinean",),
    "GUY": ("Guyanese",), "HTI": ("Haitian",), "HND": ("Honduran",), "HUN": ("Hungarian",),
    "ISL": ("Icelandic",), "IND": ("Indian",), "IDN": ("Indonesian",), "IRN": ("Iranian",),
    "IRQ": ("Iraqi",), "IRL": ("Irish",), "ISR": ("Israeli",), "ITA": ("Italian",),
    "JAM": ("Jamaican",), "JPN": ("Japanese",), "JOR": ("Jordanian",),
    "KAZ": ("Kazakh", "Kazakhstani"),
    "KEN": ("Kenyan",), "KOR": ("Korean", "South Korean"), "PRK": ("North Korean",),
    "KWT": ("Kuwaiti",), "KGZ": ("Kyrgyz",), "LAO": ("Lao", "Laotian"), "LVA": ("Latvian",),
    "LBN": ("Lebanese",), "LBR": ("Liberian",), "LBY": ("Libyan",), "LTU": ("Lithuanian",),
    "LUX": ("Luxembourgish", "Luxembourger"), "MDG": ("Malagasy",), "MWI": ("Malawian",),
    "MYS": ("Malaysian",), "MDV": ("Maldivian",), "MLI": ("Malian",), "MLT": ("Maltese",),
    "MRT": ("Mauritanian",), "MUS": ("Mauritian",), "MEX": ("Mexican",), "MDA": ("Moldovan",),
    "MNG": ("Mongolian",), "MNE": ("Montenegrin",), "MAR": ("Moroccan",),
    "MOZ": ("Mozambican",), "MMR": ("Burmese",), "NAM": ("Namibian",), "NPL": ("Nepali",
    "Nepalese"), "NLD": ("Dutch",), "NZL": ("New Zealand",), "NIC": ("Nicaraguan",),
    "NER": ("Nigerien",), "NGA": ("Nigerian",), "MKD": ("North Macedonian", "Macedonian"),
    "NOR": ("Norwegian",), "OMN": ("Omani",), "PAK": ("Pakistani",), "PSE": ("Palestinian",),
    "PAN": ("Panamanian",), "PNG": ("Papua New Guinean",), "PRY": ("Paraguayan",),
    "PER": ("Peruvian",), "PHL": ("Philippine", "Filipino"), "POL": ("Polish",),
    "PRT": ("Portuguese",), "QAT": ("Qatari",), "ROU": ("Romanian",), "RUS": ("Russian",),
    "RWA": ("Rwandan",), "SAU": ("Saudi",), "SEN": ("Senegalese",), "SRB": ("Serbian",),
    "SLE": ("Sierra Leonean",), "SGP": ("Singaporean",), "SVK": ("Slovak", "Slovakian"),
    "SVN": ("Slovenian", "Slovene"), "SOM": ("Somali",), "ZAF": ("South African",),
    "SSD": ("South Sudanese",), "ESP": ("Spanish",), "LKA": ("Sri Lankan",),
    "SDN": ("Sudanese",), "SWE": ("Swedish",), "CHE": ("Swiss",), "SYR": ("Syrian",),
    "TWN": ("Taiwanese",), "TJK": ("Tajik", "Tajikistani"), "TZA": ("Tanzanian",),
    "THA": ("Thai",), "TGO": ("Togolese",), "TUN": ("Tunisian",), "TUR": ("Turkish",),
    "TKM": ("Turkmen", "Turkmenistani"), "UGA": ("Ugandan",), "UKR": ("Ukrainian",),
    "ARE": ("Emirati",), "GBR": ("British", "Scottish", "Welsh"), "USA": ("American",),
    "URY": ("Uruguayan",), "UZB": ("Uzbek", "Uzbekistani"), "VEN": ("Venezuelan",),
    "VNM": ("Vietnamese",),
    "YEM": ("Yemeni",), "ZMB": ("Zambian",), "ZWE": ("Zimbabwean",), "XKX": ("Kosovar",),
    "VAT": ("Vatican",), "TLS": ("Timorese",), "SYC": ("Seychellois",),
    "CIV": ("Ivorian",), "COD": ("Congolese",), "CAF": ("Central African",),
    "GNB": ("Bissau-Guinean",), "GNQ": ("Equatorial Guinean", "Equatoguinean"), "LSO": ("Basotho",),
    "SWZ": ("Swazi",), "BLZ": ("Belizean",), "BRB": ("Barbadian", "Bajan"), "BHS": ("Bahamian",),
    "TTO": ("Trinidadian",), "SUR": ("Surinamese",), "CPV": ("Cape Verdean",),
    "COM": ("Comorian",), "SLB": ("Solomon Islander",), "VUT": ("Ni-Vanuatu",),
    "WSM": ("Samoan",), "TON": ("Tongan",), "KIR": ("I-Kiribati",), "PLW": ("Palauan",),
    "MHL": ("Marshallese",), "TUV": ("Tuvaluan",), "NRU": ("Nauruan",), "AND": ("Andorran",),
    "MCO": ("Monegasque",),
    "ATG": ("Antiguan",), "FSM": ("Micronesian",), "GRD": ("Grenadian",),
    "KNA": ("Kittitian",), "LCA": ("Saint Lucian",), "STP": ("Santomean", "São Toméan"),
    "VCT": ("Vincentian",), "LIE": ("Liechtensteiner",), "SMR": ("Sammarinese",),
}

# Names that pycountry knows but that read as something else in prose; never matched.
_IGNORED_NAMES = frozenset({"jersey", "guernsey", "chad", "georgia south", "niue"})

# Of those, names of states that are the country only where a place is expected: "of Chad",
# "visit to Chad", not "Chad Smith".
CONTEXT_NAMES = {"Chad": "TCD"}
_PLACE_CONTEXT = re.compile(r"\b(?P<of>of|in|to|from)\s+(?:the\s+Republic\s+of\s+)?$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")

# Countries that pycountry lacks (user-assigned codes in common use).
_EXTRA_COUNTRIES = {"XKX": "Kosovo"}


def strip_accents(name: str) -> str:
    """The text without its accents ("Brasília" -> "Brasilia", "Saïed" -> "Saied")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key, dropping a leading article."""
    text = strip_accents(text)
    text = text.replace("’", "'").casefold()
    text = re.sub(r"[.\u00a0]", "", text)
    text = re.sub(r"[^\w']+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


@lru_cache(maxsize=1)
def _acronym_index() -> dict[str, str]:
    """"US", "ROK", "PRC" (dots removed) -> alpha-3; matched case-sensitively."""
    return {
        name.replace(".", ""): code
        for code, names in ALIASES.items()
        for name in names
        if _is_acronym(name)
    }


@lru_cache(maxsize=1)
def _name_index() -> dict[str, str]:
    """folded name -> alpha-3, for every pycountry name plus the tables above."""
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                key = _fold(value)
                if key not in _IGNORED_NAMES:
                    index.setdefault(key, country.alpha_3)
        # "Korea, Republic of" -> "Republic of Korea"
        if "," in country.name:
            head, _, tail = country.name.partition(",")
            index.setdefault(_fold(f"{tail} {head}"), country.alpha_3)
    for table in (ALIASES, DEMONYMS):
        for code, names in table.items():
            for name in names:
                if not _is_acronym(name):
                    index[_fold(name)] = code
    for code, name in _EXTRA_COUNTRIES.items():
        index.setdefault(_fold(name), code)
    return index


@lru_cache(maxsize=4096)
def country_code(name_or_demonym: str) -> str | None:
    """ISO 3166-1 alpha-3 code for a country name, alias, alpha-3 code or demonym, else None.

    >>> country_code("the Russian Federation"), country_code("U.S."), country_code("Turkish")
    ('RUS', 'USA', 'TUR')
    """
    if not name_or_demonym:
        return None
    raw = name_or_demonym.strip()
    if len(raw) == 3 and raw.isupper():
        if raw in _EXTRA_COUNTRIES:
            return raw
        found = pycountry.countries.get(alpha_3=raw)
        if found:
            return found.alpha_3
    raw = re.sub(r"^the\s+", "", raw)
    acronym = _acronym_index().get(raw.replace(".", ""))
    if acronym:
        return acronym
    key = _fold(raw)
    code = _name_index().get(key) or CONTEXT_NAMES.get(raw)
    if code:
        return code
    # Possessive or plural forms: "Russia's", "Russians".
    for suffix in ("'s", "s'", "s"):
        if key.endswith(suffix) and (code := _name_index().get(key[: -len(suffix)])):
            return code
    return None


@lru_cache(maxsize=512)
def country_name(code: str) -> str | None:
    """The short English name of an alpha-3 code ("RUS" -> "Russia"), else None."""
    if not code:
        return None
    code = code.upper()
    if code in _EXTRA_COUNTRIES:
        return _EXTRA_COUNTRIES[code]
    if code in ALIASES:  # the first alias is the short name in common use
        return ALIASES[code][0]
    found = pycountry.countries.get(alpha_3=code)
    if not found:
        return None
    return getattr(found, "common_name", None) or found.name


# A continent or region qualifier before a country-like word: "North America", "Latin America".
_REGION_BEFORE = re.compile(r"(?:North|Latin|Central|Middle|Anglo)[\s-]$")


def _surface_key(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


@lru_cache(maxsize=1)
def _surface_forms() -> tuple[dict[str, str], int]:
    """Every surface form as written (case-sensitive) -> alpha-3, and the most words in one."""
    forms: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value and _fold(value) not in _IGNORED_NAMES:
                forms.setdefault(_surface_key(value), country.alpha_3)
    for table in (ALIASES, DEMONYMS):
        for code, names in table.items():
            for name in names:
                forms[_surface_key(name)] = code
                if name.startswith("the "):
                    forms[_surface_key(name[4:])] = code
    for code, name in _EXTRA_COUNTRIES.items():
        forms.setdefault(name, code)
    # "Guinea Bissau", "Timor Leste": a hyphenated name is often written with a space; "St.
    # Kitts", "St Lucia": "Saint" is often abridged.
    for key, code in list(forms.items()):
        if "-" in key:
            forms.setdefault(_HYPHEN_BETWEEN_CAPITALS.sub(" ", key), code)
        if key.startswith("Saint "):
            forms.setdefault("St. " + key[6:], code)
            forms.setdefault("St " + key[6:], code)
    return forms, max(len(key.split()) for key in forms)


_HYPHEN_BETWEEN_CAPITALS = re.compile(r"(?<=\w)-(?=[A-Z])")


@lru_cache(maxsize=1)
def _first_words() -> dict[str, int]:
    """First word of every surface form -> the most words of a form starting with it."""
    forms, _ = _surface_forms()
    firsts: dict[str, int] = {}
    for key in forms:
        words = key.split()
        first = words[0]
        firsts[first] = max(firsts.get(first, 0), len(words))
    return firsts


# Words as country names are written: "U.S.", "Côte", "d'Ivoire", "Russia's", "Guinea-Bissau".
_WORD = re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W_])?(?:\.(?:[A-Za-z]\.)*)?")
_POSSESSIVE = re.compile(r"(?:'s|s')$")


def find_countries(
    text: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, int, str]]:
    """Country names and demonyms in text[start:end]: (start, end, alpha-3), in order.

    Longest match first, case-sensitive ("US" is a country, "us" is not); a possessive
    ("Russia's") is part of the match. Dictionary look-ups of word n-grams, so it is fast.
    """
    forms, _ = _surface_forms()
    firsts = _first_words()
    stop = len(text) if end is None else end
    words = [m.span() for m in _WORD.finditer(text, start, stop)]
    count = len(words)
    # Only a capitalised word that does not follow a period can start a name.
    starts = [
        i for i, (s0, _) in enumerate(words)
        if text[s0].isupper() and not (s0 > 0 and text[s0 - 1] == ".")
    ]
    resume = 0  # the word after the last name found
    for i in starts:
        if i < resume:
            continue
        s0, e0 = words[i]
        first = text[s0:e0].replace("’", "'")
        longest = firsts.get(first) or firsts.get(_POSSESSIVE.sub("", first)) or firsts.get(
            first[:-1] if first.endswith(".") else first
        )
        if not longest:
            context = _PLACE_CONTEXT.search(text, max(0, s0 - 30), s0)
            # "President of Chad Mahamat ...", but not "a letter from Chad Smith".
            if first in CONTEXT_NAMES and context and (
                context.group("of") == "of" or not _NAME_AFTER.match(text, e0)
            ):
                yield s0, e0, CONTEXT_NAMES[first]
                resume = i + 1
            continue
        matched = None
        for size in range(min(longest, count - i), 0, -1):
            e0 = words[i + size - 1][1]
            candidate = _surface_key(text[s0:e0])
            code = forms.get(candidate)
            if code is None and (stripped := _POSSESSIVE.sub("", candidate)) != candidate:
                code = forms.get(stripped)
            if code is None and candidate.endswith("."):
                code = forms.get(candidate[:-1])
            if code is not None:
                matched = (s0, e0, code, size)
                break
        if matched is None:
            continue
        s1, e1, code, size = matched
        if not _REGION_BEFORE.search(text, max(0, s1 - 9), s1):
            # A trailing sentence period is not part of the name ("... Japan.").
            if text[e1 - 1] == "." and forms.get(_surface_key(text[s1 : e1 - 1])) == code:
                e1 -= 1
            yield s1, e1, code
        resume = i + size
