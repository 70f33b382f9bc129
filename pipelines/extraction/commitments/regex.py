"""Regular expressions written with plain spaces, as the commitment patterns are."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

# Characters that re.IGNORECASE matches to an ASCII letter while str.lower() makes them
# something else ("ſ" matches "s"): a text with one is left to the patterns themselves.
_CASE_ODDITIES = frozenset("İıſ")


def compile_spaced(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile a pattern written with plain spaces, each standing for any white space."""
    return re.compile(pattern.replace(" ", r"\s+"), flags)


def alternation(items: Sequence[str]) -> str:
    """The items as one alternation: "a|b|c"."""
    return "|".join(items)


def may_match(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """Whether text[start:end] holds one of `words` (lower-case ASCII) in any case: a cheap
    test that rules out patterns that cannot match without one of them."""
    lowered = _lowered(text, start, end)
    return lowered is None or any(word in lowered for word in words)


@lru_cache(maxsize=4)  # the finders of one sentence ask in turn
def _lowered(text: str, start: int, end: int) -> str | None:
    span = text[start:end]
    if not span.isascii() and not _CASE_ODDITIES.isdisjoint(span):
        return None
    return span.lower()
