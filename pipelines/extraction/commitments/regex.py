"""Regular expressions written with plain spaces, as the commitment patterns are."""

from __future__ import annotations

import re
from collections.abc import Sequence


def compile_spaced(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile a pattern written with plain spaces, each standing for any white space."""
    return re.compile(pattern.replace(" ", r"\s+"), flags)


def alternation(items: Sequence[str]) -> str:
    """The items as one alternation: "a|b|c"."""
    return "|".join(items)
