"""Who is who across documents: each mention of a person resolved to one canonical key.

Named mentions are read as tokens (titles, initials and suffixes dropped) and resolved over the
whole corpus at once:

1. a full name (two tokens or more) is keyed by its surname's spelling skeleton, the person's
   country and the initial of the given name (short forms expanded: Joe -> Joseph), so that
   "Antony J. Blinken", "Antony Blinken" and "Anthony Blinken" share a key, and "Kishida
   Fumio" and "Fumio Kishida" too (the surname is the end of the name that the corpus uses
   alone or last more often);
2. the same full name seen with several countries (an extraction slip) takes its most frequent
   country;
3. a surname alone ("Blinken", "Secretary Blinken") joins the one full-name person of that
   surname and country; when several share them, the one with the same role category; when
   still undecided, a key of its own (surname, country, role category).

The key uses only the surname, the country and the given name's first letter, never the
longest form seen, so documents that add fuller forms of a name keep a published id.
People known only by their office are keyed by office, organisation and country.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipelines.identity import fold
from pipelines.normalization.name_vocabulary import (
    GIVEN_NAME_FORMS,
    NAME_SUFFIXES,
    NON_NAME_WORDS,
)

_CONSONANT_H = re.compile(r"([bcdfgjklmnpqrstvwxz])h")
_REPEATS = re.compile(r"(.)\1+")
_SLAVIC_ENDING = re.compile(r"(?:iy|yi|ij|ii)$")


# surname skeleton -> country -> person key -> role categories seen with it
_SurnameIndex = dict[str, dict[str | None, dict[str, set[str]]]]


@dataclass(frozen=True)
class Mention:
    """What the resolver needs of one participant row."""

    name: str | None
    role: str | None
    role_category: str | None
    organization: str | None
    country_code: str | None


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A spelling-insensitive form of a folded name word: transliteration variants such as
    Zelenskyy/Zelensky, Dissanayake/Disanayake and Anthony/Antony share it."""
    word = _CONSONANT_H.sub(r"\1", word)
    word = _SLAVIC_ENDING.sub("y", word)
    return _REPEATS.sub(r"\1", word)


@lru_cache(maxsize=1 << 16)  # names repeat across thousands of documents
def name_tokens(name: str | None) -> tuple[str, ...]:
    """The folded words of a name without titles, initials and generational suffixes."""
    if not name:
        return ()
    words = fold(name.replace("-", " ")).split()
    return tuple(
        w for w in words if len(w) > 1 and w not in NON_NAME_WORDS and w not in NAME_SUFFIXES
    )


def _given(word: str) -> str:
    return GIVEN_NAME_FORMS.get(word, word)


def _surname_scores(names: Sequence[tuple[str, ...]], weights: Sequence[int]) -> Counter:
    """How often each word stands alone or last in a name, minus how often it comes first."""
    scores: Counter = Counter()
    for tokens, weight in zip(names, weights, strict=True):
        if len(tokens) == 1:
            scores[tokens[0]] += weight
        elif tokens:
            scores[tokens[-1]] += weight
            scores[tokens[0]] -= weight
    return scores


def _split(tokens: tuple[str, ...], scores: Counter) -> tuple[str, str]:
    """(surname, given name) of a full name: the end of the name the corpus uses as a
    surname more often; on a tie the later word, or for two words in either order the
    alphabetically later one, so both orders agree."""
    first, last = tokens[0], tokens[-1]
    if scores[first] > scores[last] or (
        scores[first] == scores[last] and len(tokens) == 2 and first > last
    ):
        return first, tokens[1]
    return last, first


def _majority(values: Sequence[str | None], weights: Sequence[int]) -> str | None:
    counted: Counter = Counter()
    for value, weight in zip(values, weights, strict=True):
        if value:
            counted[value] += weight
    if not counted:
        return None
    return min(counted, key=lambda v: (-counted[v], v))


def _office_key(mention: Mention) -> str:
    office = fold(mention.role or "")
    return f"office:{office}|{mention.organization or ''}|{mention.country_code or ''}"


def person_keys(mentions: Sequence[Mention], counts: Sequence[int] | None = None) -> list[str]:
    """One canonical person key per mention, resolved over all the mentions together.

    counts: how many rows each mention stands for (default one each), so that a corpus can
    be resolved over its distinct mentions with the very result of resolving every row."""
    weights = counts if counts is not None else [1] * len(mentions)
    tokens = [name_tokens(m.name) for m in mentions]
    scores = _surname_scores(tokens, weights)
    keys: list[str | None] = [None] * len(mentions)

    # Full names: (surname skeleton, formal given name) -> mention indexes.
    full_groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, words in enumerate(tokens):
        if len(words) >= 2:
            surname, given = _split(words, scores)
            full_groups[(skeleton(surname), skeleton(_given(given)))].append(index)

    # Person clusters: surname skeleton -> country -> key -> role categories seen.
    by_surname: _SurnameIndex = defaultdict(lambda: defaultdict(dict))
    for (surname, given), indexes in sorted(full_groups.items()):
        country = _majority(
            [mentions[i].country_code for i in indexes], [weights[i] for i in indexes]
        )
        key = f"name:{surname}|{country or ''}|{given[0]}"
        categories = by_surname[surname][country].setdefault(key, set())
        for i in indexes:
            keys[i] = key
            if mentions[i].role_category:
                categories.add(mentions[i].role_category)

    for index, words in enumerate(tokens):
        mention = mentions[index]
        if not words:
            keys[index] = _office_key(mention)
        elif len(words) == 1:
            keys[index] = _surname_key(skeleton(words[0]), mention, by_surname)
    return [key or "" for key in keys]


def _surname_key(surname: str, mention: Mention, by_surname: _SurnameIndex) -> str:
    """The key of the one person a surname alone can stand for, else a key of its own."""
    countries = by_surname.get(surname, {})
    everywhere = {key: cats for found in countries.values() for key, cats in found.items()}
    country = mention.country_code
    candidates = countries.get(country, {}) if country is not None else everywhere
    if not candidates and country is not None:
        # The country may be an extraction slip: the same surname in the same office elsewhere.
        candidates = everywhere
        candidates = {k: c for k, c in candidates.items() if mention.role_category in c}
    elif len(candidates) > 1:
        candidates = {k: c for k, c in candidates.items() if mention.role_category in c}
    if len(candidates) == 1:
        return next(iter(candidates))
    return f"name:{surname}|{country or ''}|?{mention.role_category or ''}"
