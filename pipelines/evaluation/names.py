"""Folding text into comparable words, and the name and role matching rules of FORMAT.md.

Names match when, after folding case, accents and punctuation and dropping one-letter initials
and honorifics, the tokens of one name are all among the tokens of the other, or they share a
surname-length token and their other tokens agree on their first two letters.
"""

from __future__ import annotations

import re
import unicodedata

# Honorifics and generational suffixes that are not part of a name ("Dr.", "H.E.", "Jr.").
# "H.E." folds to the one-letter tokens "h" and "e", which are dropped as initials anyway.
HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
        "hon", "honorable", "honourable", "rt", "excellency", "his", "her", "majesty",
        "highness", "hrh", "rev", "reverend", "jr", "sr", "ii", "iii", "iv",
    }
)  # fmt: skip

# Name particles too common to identify a person on their own ("bin", "al", "van").
NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "der", "da", "dos", "van", "von", "la"}
)

# A shared token this long or longer can be a surname.
SURNAME_MIN_LENGTH = 3

# Function words ignored when comparing roles ("Minister of/for Foreign Affairs").
ROLE_FUNCTION_WORDS = frozenset({"a", "an", "and", "the", "of", "for", "on", "in", "to", "at"})

_APOSTROPHES = re.compile(r"['\u2019\u2018`\u02bc]")
_WORD = re.compile(r"[^\W_]+")


def fold_words(text: str | None) -> list[str]:
    """Words of `text` with case, accents and punctuation folded away; apostrophes join words."""
    if not text:
        return []
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(_APOSTROPHES.sub("", stripped).casefold())


def name_tokens(name: str | None) -> frozenset[str]:
    """The identifying tokens of a person's name: folded, no initials, no honorifics."""
    return frozenset(word for word in fold_words(name) if len(word) > 1 and word not in HONORIFICS)


def name_match_strength(a: str | None, b: str | None) -> int:
    """How well two names match: 3 same tokens, 2 one within the other, 1 surname rule, 0 none."""
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
    if not tokens_a or not tokens_b:
        return 0
    if tokens_a == tokens_b:
        return 3
    if tokens_a <= tokens_b or tokens_b <= tokens_a:
        return 2
    return 1 if _surname_rule(tokens_a, tokens_b) else 0


def names_match(a: str | None, b: str | None) -> bool:
    """Whether two person names refer to the same person under FORMAT.md's rule."""
    return name_match_strength(a, b) > 0


def _surname_rule(tokens_a: frozenset[str], tokens_b: frozenset[str]) -> bool:
    """Shared surname-length token, and every other token of the name with fewer of them pairs
    one-to-one with another token of the other name starting with the same two letters."""
    shared = tokens_a & tokens_b
    if not any(len(t) >= SURNAME_MIN_LENGTH and t not in NAME_PARTICLES for t in shared):
        return False
    rest_a, rest_b = sorted(tokens_a - shared), sorted(tokens_b - shared)
    fewer, more = (rest_a, rest_b) if len(rest_a) <= len(rest_b) else (rest_b, rest_a)
    # Two-letter prefix equality is an equivalence, so counting per prefix is an exact matching.
    available: dict[str, int] = {}
    for token in more:
        available[token[:2]] = available.get(token[:2], 0) + 1
    for token in fewer:
        if available.get(token[:2], 0) == 0:
            return False
        available[token[:2]] -= 1
    return True


def role_words(role: str | None) -> frozenset[str]:
    """The content words of a role, folded."""
    return frozenset(w for w in fold_words(role) if w not in ROLE_FUNCTION_WORDS)


def roles_match(gold: str | None, predicted: str | None) -> bool:
    """Right when the words of one role are all among the words of the other (folded, function
    words such as "of" and "for" ignored). An empty role matches nothing."""
    words_gold, words_predicted = role_words(gold), role_words(predicted)
    if not words_gold or not words_predicted:
        return False
    return words_gold <= words_predicted or words_predicted <= words_gold
