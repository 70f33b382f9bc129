"""Blocks on a trigger: hedged, negated, subordinate or recalled undertakings, and dates that
put what is reported before the meeting."""

from __future__ import annotations

import datetime as dt
import re

from pipelines.dates import find_dates
from pipelines.extraction.commitments import commitment_patterns as patterns
from pipelines.extraction.commitments.clauses import start_of_clause, text_before
from pipelines.extraction.commitments.regex import compile_spaced

SUBORDINATE_OPENING = compile_spaced(rf"\W*(?:{patterns.SUBORDINATORS})\b[^,]*$")
HEDGE = compile_spaced(rf"(?<![\w-])(?:{patterns.HEDGES})(?![\w-])")
INVITATION_HEDGE = compile_spaced(
    r"\b(?:hope|hoped|hopes|expect|expects|expected|if|whether|possibility|proposed|suggested"
    r"|thanked|thanks|grateful|gratitude|recalled)\b"
)
NEGATION_BEFORE = compile_spaced(rf"(?:\b(?:{patterns.NEGATIONS})|n't) (?:\w+ )?$")
NEGATION_AFTER = compile_spaced(r"^(?:not|never)\b")
RECALL_BEFORE = compile_spaced(rf"\b(?:{patterns.RECALL_BEFORE}) (?:(?:also|jointly|earlier) )?$")
RECALL_AFTER = compile_spaced(rf"^(?:{patterns.RECALL_AFTER})\b")
PERFECT_BEFORE = compile_spaced(r"\b(?:have|has|'ve) (?:(?:also|just|now|already|jointly) )?$")
MODAL_BEFORE = compile_spaced(
    r"\b(?:will|would|shall|should|could|can|may|might|must|to|cannot|ready|able) "
    r"(?:\w+ )?$"
)
IT_WAS_BEFORE = compile_spaced(r"\b(?:it|this) (?:was|has been|is) (?:also )?$")
NOW_MARKER = compile_spaced(r"\b(?:today|just|now|this morning|this afternoon|at the meeting)\b")


def is_blocked(text: str, sentence_start: int, trigger: int, hedge: re.Pattern[str]) -> bool:
    """Whether the trigger is hedged, negated or recalled in its own clause."""
    clause_start = start_of_clause(text, sentence_start, trigger)
    before = text_before(text, sentence_start, trigger)
    if NEGATION_BEFORE.search(before):
        return True
    if SUBORDINATE_OPENING.match(text, clause_start, trigger):
        return True
    return bool(hedge.search(text, clause_start, trigger))


def is_recalled(text: str, sentence_start: int, trigger: int, verb_end: int, end: int) -> bool:
    """Whether the trigger reports an earlier undertaking ("had agreed", "signed earlier")."""
    before = text_before(text, sentence_start, trigger)
    after = text[verb_end:end].lstrip()
    if RECALL_BEFORE.search(before) and not IT_WAS_BEFORE.search(before):
        return True
    return bool(RECALL_AFTER.match(after))


def dates_before_reference(text: str, reference: dt.date | None, start: int, end: int) -> bool:
    """Whether text[start:end] dates something well before the reference date."""
    if reference is None:
        return False
    slack = dt.timedelta(days=7)
    for mention in find_dates(text, reference, start, end, prefer="past"):
        if (
            mention.date
            and not mention.relative
            and mention.date + slack < reference
            and (mention.precision == "day" or mention.date.year < reference.year)
        ):
            return True
    return False
