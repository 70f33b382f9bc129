"""The state a publisher speaks for, from its name or its site.

"Ministry of Foreign Affairs of Norway", "Ministry of Foreign Affairs, Nepal", "Prime Minister of
New Zealand" name their state; "Office of the Prime Minister (gov.uk)" only gives it by the
country-code domain of a government site. Nothing here is per publisher.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from pipelines.countries import find_countries, strip_accents
from pipelines.extraction.places import SHARED_VENUES, city_country, find_venue
from pipelines.extraction.roles import international_organisation

# Country-code domains that are used for other things than the country (".tv", ".io").
GENERIC_DOMAINS = frozenset({"tv", "io", "co", "me", "ai", "fm", "ws", "cc", "to", "eu"})
# Country-code domains whose code is not the ISO alpha-2 one.
DOMAIN_CODES = {"uk": "GB"}
# Second-level labels of government sites under a country-code domain: "gov.in", "go.jp",
# "gc.ca", "gouv.fr", "gob.mx", "govt.nz", "gv.at", "mil.kr".
GOVERNMENT_LABELS = frozenset({"gov", "go", "gc", "gouv", "gob", "govt", "gv", "mil", "gub"})
# Generic top-level domains that only one state's government uses.
NATIONAL_GENERIC_DOMAINS = {"gov": "USA", "mil": "USA"}

_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,6}\b", re.IGNORECASE)
# A country after these is where the publisher's copy sits, not whose it is: "the Chinese
# Embassy in Peru", "Mission to the United Nations".
_HOST_BEFORE = re.compile(r"\b(?:in|to|at|on)\s+(?:the\s+)?$", re.IGNORECASE)


def domain_country(host: str | None, government_only: bool = False) -> str | None:
    """The state of a site by its top-level domain ("mea.gov.in" -> IND, "state.gov" -> USA),
    else None; with `government_only`, only for government sites ("gov.uk", "mofa.go.jp")."""
    if not host:
        return None
    labels = host.lower().rstrip(".").split(".")
    suffix = labels[-1]
    if suffix in NATIONAL_GENERIC_DOMAINS:
        return NATIONAL_GENERIC_DOMAINS[suffix]
    if len(suffix) != 2 or suffix in GENERIC_DOMAINS:
        return None
    if government_only and not (len(labels) >= 2 and labels[-2] in GOVERNMENT_LABELS):
        return None
    found = pycountry.countries.get(alpha_2=DOMAIN_CODES.get(suffix, suffix.upper()))
    return found.alpha_3 if found else None


def _outside_brackets(publisher: str) -> str:
    """The publisher's name without its bracketed notes ("(gov.uk)", "(via EIN Presswire)")."""
    return re.sub(r"\([^)]*\)?", " ", publisher)


def _named_country(text: str) -> str | None:
    for start, _, code in find_countries(text):
        if not _HOST_BEFORE.search(text, max(0, start - 12), start):
            return code
    return None


@lru_cache(maxsize=256)
def publisher_country(publisher: str | None, url_host: str | None) -> str | None:
    """The state of a publisher: a country its name gives (outside any parenthesis first), a
    government site's domain in its name or URL, a seat of government it names, else the URL's
    country-code domain."""
    publisher = publisher or ""
    code = _named_country(_outside_brackets(publisher))
    if code:
        return code
    hosts = [m.group(0) for m in _DOMAIN.finditer(publisher)]
    for host in (*hosts, url_host):
        if code := domain_country(host, government_only=True):
            return code
    # "Prime Minister's Office, 10 Downing Street", "Élysée Palace": a seat of government that
    # only one state has.
    venue = find_venue(publisher, 0, len(publisher))
    if venue and venue[0] not in SHARED_VENUES:
        return venue[2]
    code = _named_country(publisher)
    if code:
        return code
    # "Office of the Governor, State of Hawaiʻi", "Government of Alberta": a state or province
    # that names one country's subdivision.
    code = _subdivision_country(_outside_brackets(publisher))
    if code:
        return code
    for host in (*hosts, url_host):
        if code := domain_country(host):
            return code
    return None


MAX_SUBDIVISION_WORDS = 3


def _fold(name: str) -> str:
    """ "Hawaiʻi" and "Hawaii" alike: no accents, no apostrophes, lower case."""
    kept = "".join(c for c in strip_accents(name) if c not in "ʻʼ'’")
    return " ".join(kept.lower().split())


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, str]:
    """Folded name of each first-level subdivision that only one country has -> alpha-3."""
    owners: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None and len(subdivision.name) >= 5:
            owners.setdefault(_fold(subdivision.name), set()).add(subdivision.country_code)
    return {
        name: pycountry.countries.get(alpha_2=codes.pop()).alpha_3
        for name, codes in owners.items()
        if len(codes) == 1
    }


# Subdivision names that are also plain words of publishers' names ("South", "Centre").
_COMMON_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "centre", "center", "capital", "northern",
     "southern", "eastern", "western", "coast", "islands", "island", "lakes", "river"}
)


def _subdivision_country(text: str) -> str | None:
    # Capitalised words, not acronyms ("SANA") and not plain words.
    words = [
        w for w in re.findall(r"[A-Z][\w'’ʻ-]*", text)
        if not w.isupper() and w.lower() not in _COMMON_WORDS
    ]
    known = _subdivisions()
    for size in range(MAX_SUBDIVISION_WORDS, 0, -1):
        for start in range(len(words) - size + 1):
            code = known.get(_fold(" ".join(words[start : start + size])))
            if code:
                return code
    return None


# "Embassy of Japan in Belgium", "High Commission of India to Fiji": a post abroad.
_POST_ABROAD = re.compile(
    r"\b(?:Embassy|High\s+Commission|Consulate(?:\s+General)?|Permanent\s+Mission|Mission)\b"
    r"[^()|]{0,60}?\b(?:in|to)\s+",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def publisher_post(publisher: str | None) -> str | None:
    """The state where a publishing embassy or mission is posted, else None."""
    name = _outside_brackets(publisher or "")
    post = _POST_ABROAD.search(name)
    if not post:
        return None
    found = next(find_countries(name, post.end(), min(len(name), post.end() + 60)), None)
    if found and found[0] <= post.end() + len("the "):
        return found[2]
    city = re.match(r"(?:[A-Z][\w'’-]+\s?){1,3}", name[post.end() :])  # "in Tashkent"
    located = city_country(city.group(0).strip()) if city else None
    return located[1] if located else None


def publisher_organisation(publisher: str | None) -> str | None:
    """The international organisation a publisher is ("North Atlantic Treaty Organization
    (nato.int)"), else None; a mission to one ("Permanent Mission ... to the United Nations")
    is not it."""
    if not publisher:
        return None
    # "Spokesperson for the UN Secretary-General" is the UN's; "Mission to the UN" is not.
    return international_organisation(_outside_brackets(publisher), ("to", "in", "at"))
