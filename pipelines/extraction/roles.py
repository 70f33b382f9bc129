"""Titles: split an office phrase into role, organisation and country.

"Prosecutor General of the Russian Federation" -> ("Prosecutor General", None, "RUS");
"Japanese Foreign Minister" -> ("Foreign Minister", None, "JPN");
"Head of the NATO Mission in Ukraine" -> ("Head of the NATO Mission in Ukraine", "NATO", None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.countries import find_countries
from pipelines.extraction.regions import find_region
from pipelines.extraction.tokens import word_could_be_name
from pipelines.extraction.vocabulary import (
    INTERNATIONAL_ORGANISATIONS,
    NATIONAL_OFFICES,
    NON_STATE_MARKERS,
    ORGANISATION_WORDS,
    STATE_FORM_WORDS,
)

# Prepositions before a country that is the host, not the official's own: "Ambassador to".
HOST_PREPOSITIONS = ("to", "in", "for")
_LEADING_ADDRESS = re.compile(
    r"^(?:(?:the|his|her|their)\s+(?:royal\s+)?(?:highness|excellency|majesty|eminence|holiness)"
    r"\s+|the\s+|an\s+(?=[A-Z])|H\.E\.\s+"
    r"|(?:the\s+)?(?:Hon\.|Hon|Honou?rable|Rt\.?\s+Hon\.?)\s+)+",
    re.IGNORECASE,
)


_LEADING_BODY = re.compile(r"((?:[A-Z][a-z]+\s+){1,3}?)((?:Chairman|Chairperson|Chairwoman|Chair"
                           r"|Director|Director General|Managing Director|Chief Executive Officer"
                           r"|CEO|President|Head)(?:\s.*)?)")
_TRAILING_ACRONYM = re.compile(r"(.*[A-Z][a-z]+)\s+([A-Z]{3,8})")


@dataclass(frozen=True)
class ParsedTitle:
    role: str | None
    organization: str | None
    country_code: str | None
    international: bool  # an official of an international organisation
    non_state: bool  # a church, association or other body that is not a state's


@lru_cache(maxsize=1)
def _international_pattern() -> re.Pattern[str]:
    names = sorted(INTERNATIONAL_ORGANISATIONS, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    # "the Commonwealth" of nations, not "the Commonwealth of Dominica".
    return re.compile(rf"(?<![\w.])(?:{body}|(?<=the )Commonwealth(?! of\b))(?![\w])")


def international_organisation(
    text: str, hosts: tuple[str, ...] = (*HOST_PREPOSITIONS, "with")
) -> str | None:
    """The first international organisation named in text not after one of `hosts` ("Mission
    to the United Nations"), else None."""
    for match in _international_pattern().finditer(text):
        if _preceding_word(text, match.start()) not in hosts:
            return match.group(0)
    return None


@lru_cache(maxsize=1)
def _national_office_pattern() -> re.Pattern[str]:
    names = sorted(NATIONAL_OFFICES, key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _national_office_codes() -> dict[str, str]:
    return {" ".join(n.casefold().split()): code for n, code in NATIONAL_OFFICES.items()}


def _national_office_country(title: str) -> str | None:
    """The state of an office that only one state has ("Taoiseach" -> IRL)."""
    match = _national_office_pattern().search(title)
    return _national_office_codes()[" ".join(match.group(0).casefold().split())] if match else None


@lru_cache(maxsize=1)
def _non_state_pattern() -> re.Pattern[str]:
    body = "|".join(re.escape(n) for n in NON_STATE_MARKERS)
    return re.compile(rf"\b(?:{body})")


# Associations of local governments ("Austrian Association of Municipalities") are public
# bodies of their state, unlike other associations.
_LOCAL_GOVERNMENT_ASSOCIATION = re.compile(
    r"\bAssociation\s+of\s+(?:\w+\s+)?(?:Municipalities|Cities|Towns|Communities"
    r"|Local\s+(?:Authorities|Governments|Self-Government\w*)|Regions)\b"
)


# The word before a position, over an article: "to" of "Ambassador to the United States".
_PRECEDING_WORD = re.compile(r"(\w+)\W*(?:(?<!\w)the\W+)?$", re.IGNORECASE)


_BODY_AFTER = re.compile(r"\s+(?!and\b)[A-Z]")


def _preceding_word(text: str, at: int) -> str:
    match = _PRECEDING_WORD.search(text[:at])
    return match.group(1).lower() if match else ""


# "Minister for International Trade, the [Rt Hon] X", "Prime Minister, Dr. [the Honourable]
# X": the article and honorific of a dropped form of address.
_TRAILING_ARTICLE = re.compile(r"(?:[\s,]+(?:the|dr|mr|mrs|ms|prof)\.?)+$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def parse_title(title: str) -> ParsedTitle:
    """Role, organisation and country of an office phrase as written."""
    title = " ".join(title.replace("’", "'").split()).strip(" ,;–—-")
    title = _TRAILING_ARTICLE.sub("", _LEADING_ADDRESS.sub("", title))
    international_match = next(
        (
            m for m in _international_pattern().finditer(title)
            if _preceding_word(title, m.start()) not in HOST_PREPOSITIONS + ("with",)
        ),
        None,
    )
    international = international_match is not None
    non_state = _non_state_pattern().search(title) is not None and not (
        _LOCAL_GOVERNMENT_ASSOCIATION.search(title)
    )
    country = None
    role = title
    own_countries = []
    region = find_region(title)
    for start, end, code in find_countries(title):
        if region is not None and region[0] <= start < region[1]:
            continue  # "British" of "British Columbia"
        # "Advisor to the United States Indo-Pacific Command": a country naming a body is the
        # official's own, even after "to".
        if _preceding_word(title, start) in HOST_PREPOSITIONS and not _BODY_AFTER.match(
            title, end
        ):
            continue
        own_countries.append((start, end, code))
    if own_countries:
        country = own_countries[0][2]
        # "Serbian Member of the Presidency of Bosnia and Herzegovina": the state whose office it
        # is wins over a demonym in front, which may name a people rather than the state served.
        of_state = next(
            (code for start, _, code in own_countries[1:] if _preceding_word(title, start) == "of"),
            None,
        )
        if of_state and _preceding_word(title, own_countries[0][0]) == "":
            country = of_state
    if country is None:
        country = _national_office_country(title)
    # "Governor of Lagos State", "Sichuan Governor": a region's office serves its country.
    if country is None and region is not None and (
        _preceding_word(title, region[0]) not in HOST_PREPOSITIONS
    ):
        country = region[2]
    # A country or demonym at the front: "Japanese Foreign Minister", "Pakistan's High ...".
    front = re.match(r"(?:the\s+)?", role)
    for start, end, _ in own_countries:
        if start == front.end():
            rest = role[end:]
            rest = re.sub(r"^(?:'s|s')?\s*(?:\([A-Z.]+\)\s*)?", "", rest)
            if rest and rest[0].isupper():
                role = rest
            break
    # A country complement at the end: "... of the Republic of India", "... of Japan".
    role = _strip_country_complement(role)
    organization = None
    complement = re.search(r"\b(?:of|for)\s+(?:the\s+)?(.+)$", role)
    if complement and any(
        w.lower().strip("'s") in ORGANISATION_WORDS for w in complement.group(1).split()
    ):
        organization = complement.group(1)
    # "Lak Sathosa Chairman": the proper name of a body before the office.
    body = _LEADING_BODY.match(role)
    if body and organization is None and not international_match and all(
        word_could_be_name(w) for w in body.group(1).split()
    ):
        role, organization = body.group(2), body.group(1).strip()
    # "Deputy Director General IDCPC": the acronym of the body after the office.
    acronym = _TRAILING_ACRONYM.fullmatch(role)
    if acronym and not any(True for _ in find_countries(acronym.group(2))):
        role, organization = acronym.group(1), organization or acronym.group(2)
    if international_match and organization is None:
        organization = international_match.group(0)
    role = role.strip(" ,;") or None
    if international or non_state:
        country = None
    return ParsedTitle(role, organization, country, international, non_state)


def _strip_country_complement(role: str) -> str:
    for start, end, _ in reversed(list(find_countries(role))):
        tail = role[end:].strip(" ,")
        if tail and not re.fullmatch(r"\([A-Z.]+\)", tail):
            continue
        head = role[:start].rstrip()
        # "Minister of Trade, Norway": the state after a comma.
        if head.endswith(",") and len(head) > 1:
            return head[:-1].rstrip()
        words = head.split()
        k = len(words)
        while k > 0 and words[k - 1].lower() in STATE_FORM_WORDS:
            k -= 1
        # Keep at least the office: only cut when an "of" introduced the country.
        if k < len(words) and "of" in (w.lower() for w in words[k:]) and k > 0:
            return " ".join(words[:k])
        return role
    return role
