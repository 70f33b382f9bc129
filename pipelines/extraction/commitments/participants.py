"""Which participants a name token, an organisation's acronym, an office or a country points at."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from pipelines.extraction.commitments import commitment_patterns as patterns
from pipelines.model import ExtractedParticipant


@lru_cache(maxsize=16384)
def fold(word: str) -> str:
    """A word without accents, lower-cased, without edge dots and apostrophes."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().strip(".’'")


class ParticipantIndex:
    """Look-ups from words of the text to indexes into a meeting's participants."""

    def __init__(self, participants: Sequence[ExtractedParticipant]) -> None:
        self.participants = participants
        self.name_tokens = self._name_index()
        self.acronyms = self._organisation_acronyms()

    def _name_index(self) -> dict[str, set[int]]:
        index: dict[str, set[int]] = {}
        for i, participant in enumerate(self.participants):
            for name in (participant.name, participant.name_as_written):
                for token in re.findall(r"[\w’'\-]+", name or ""):
                    folded = fold(token)
                    if (
                        len(folded) >= 2
                        and folded not in patterns.HONORIFICS
                        and token[0].isupper()
                    ):
                        index.setdefault(folded, set()).add(i)
        return index

    def _organisation_acronyms(self) -> dict[str, set[int]]:
        acronyms: dict[str, set[int]] = {}
        for i, participant in enumerate(self.participants):
            words = re.findall(r"[A-Z][\w-]*", participant.organization or "")
            if len(words) >= 2:
                acronyms.setdefault("".join(w[0] for w in words), set()).add(i)
        return acronyms

    def names_for_tokens(self, tokens: Sequence[str]) -> tuple[int, ...]:
        """The participants named by all the tokens, else by the most telling one (if at most
        two share it)."""
        sets = [self.name_tokens[fold(t)] for t in tokens if fold(t) in self.name_tokens]
        if not sets:
            return ()
        common = set.intersection(*sets)
        chosen = common or max(sets, key=len)
        return tuple(sorted(chosen)) if len(chosen) <= 2 or common else ()

    def by_role(self, title: str) -> tuple[int, ...]:
        """The participant whose role (else written name) holds every word of `title` with
        the fewest other words; the first of ties."""
        words = {w for w in re.findall(r"[a-z]+", title.lower()) if w not in ("the", "of")}
        if not words:
            return ()
        ranked = []
        for i, participant in enumerate(self.participants):
            role_words = set(re.findall(r"[a-z]+", (participant.role or "").lower()))
            written = set(re.findall(r"[a-z]+", (participant.name_as_written or "").lower()))
            pool = role_words or written
            if words <= pool:
                ranked.append((len(pool - words), i))
        if not ranked:
            return ()
        best = min(rank for rank, _ in ranked)
        return (min(i for rank, i in ranked if rank == best),)

    def by_country(self, code: str) -> tuple[int, ...]:
        """The participants of a country (ISO 3166-1 alpha-3)."""
        return tuple(i for i, p in enumerate(self.participants) if p.country_code == code)
