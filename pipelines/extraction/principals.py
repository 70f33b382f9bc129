"""The publisher's own principal: the office and state a readout speaks for.

Press releases often leave their principal implied ("The President met ..."). The table below
derives the office from words of the publisher's name or site, and the state from a country
named there or from the site's country-code domain; nothing here is per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlparse

from pipelines.extraction.publishers import publisher_country, publisher_organisation

# (pattern over "publisher url", office, country or None to take it from the text).
# Checked in order; the first match wins.
PUBLISHER_OFFICES: tuple[tuple[str, str, str | None], ...] = (
    (r"White House|whitehouse\.gov", "President", "USA"),
    (r"Department of State|State Department|state\.gov", "Secretary of State", "USA"),
    (r"Kremlin|kremlin\.ru", "President", "RUS"),
    (r"[ÉE]lys[ée]e|elysee\.fr", "President", "FRA"),
    (r"Taoiseach", "Taoiseach", "IRL"),
    (r"Foreign,?\s+Commonwealth|Foreign and Commonwealth", "Foreign Secretary", None),
    (r"Prime Minister|Premier|Chancellor|pmo\b|pmindia", "Prime Minister", None),
    (r"External Affairs", "Minister of External Affairs", None),
    (r"Global Affairs", "Minister of Foreign Affairs", None),
    (r"State Council\b", "Premier", None),
    (r"Ministry of Foreign Affairs|Foreign Ministry|Foreign Office|mfa\b|Foreign Affairs",
     "Minister of Foreign Affairs", None),
    (r"Ministry of Defen[cs]e|Defen[cs]e Ministry|mod\b", "Minister of Defence", None),
    # International organisations: their heads serve no state.
    (r"North Atlantic Treaty Organi[sz]ation|\bNATO\b|nato\.int", "Secretary General", None),
    (r"^(?:the\s+)?United Nations|\bun\.org\b|\b(?:UN|United Nations) Secretary-General",
     "Secretary-General", None),
    (r"European Commission|ec\.europa\.eu", "President", None),
    (r"European External Action Service|eeas\.europa\.eu", "High Representative", None),
    (r"European Council|Council of the European Union|consilium\.europa\.eu", "President", None),
    (r"President|Presidential|presidency|president\.", "President", None),
)


@dataclass(frozen=True)
class Principal:
    office: str
    country_code: str | None
    organization: str | None = None  # the international organisation the publisher is

    def office_as_written(self, text: str) -> str:
        """The office as the document writes it: "Minister for Foreign Affairs" where the
        table says "Minister of Foreign Affairs"."""
        found = _office_variants(self.office).search(text)
        return " ".join(found.group().split()) if found else self.office


@lru_cache(maxsize=64)
def _office_variants(office: str) -> re.Pattern[str]:
    words = [r"(?:of|for)" if w in ("of", "for") else re.escape(w) for w in office.split()]
    return re.compile(r"\b" + r"\s+".join(words) + r"\b")


@lru_cache(maxsize=256)
def principal_for(publisher: str | None, url_host: str | None) -> Principal | None:
    """The principal of a publisher (name and site host), or None when nothing tells."""
    haystack = f"{publisher or ''} {url_host or ''}"
    if not haystack.strip():
        return None
    for pattern, office, country in PUBLISHER_OFFICES:
        if re.search(pattern, haystack, re.IGNORECASE):
            return Principal(
                office, country or publisher_country(publisher, url_host),
                publisher_organisation(publisher),
            )
    return None


def principal_of(publisher: str | None, url: str | None) -> Principal | None:
    """The principal of a document's publisher, from its name and URL."""
    host = urlparse(url).hostname if url else None
    return principal_for(publisher, host)
