"""role_category: the office as written, mapped onto a small controlled vocabulary."""

from __future__ import annotations

import re
from functools import cache

from pipelines.identity import fold
from pipelines.normalization.role_patterns import ROLE_CATEGORY_PATTERNS

OTHER = "other"


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((category, re.compile(pattern)) for category, pattern in ROLE_CATEGORY_PATTERNS)


@cache
def role_category(role: str | None, organization: str | None = None) -> str | None:
    """The category of an office ("Deputy Foreign Minister" -> "deputy_minister"); None
    without a role, "other" for a role no pattern knows."""
    if not role or not role.strip():
        return None
    text = fold(f"{role} {organization or ''}")
    for category, pattern in _compiled():
        if pattern.search(text):
            return category
    return OTHER
