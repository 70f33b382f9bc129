"""Who is who: the key from which a participant's person_id is derived."""

from __future__ import annotations

import re
import unicodedata

from pipelines.model import ExtractedParticipant

_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", _NON_WORD.sub(" ", stripped.casefold())).strip()


def person_key(person: ExtractedParticipant) -> str:
    """A key equal for mentions of the same person.

    Named people are keyed by their folded name and country; people known only by office by
    office and country (the same office holder, whoever holds it).
    """
    if person.name:
        return f"name:{fold(person.name)}|{person.country_code or ''}"
    office = fold(person.role or "")
    return f"office:{office}|{person.organization or ''}|{person.country_code or ''}"
