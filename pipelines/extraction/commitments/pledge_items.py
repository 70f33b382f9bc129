"""A pledge's items: one per distinct concrete "to"-infinitive ("agreed to X and to hold Y")."""

from __future__ import annotations

import re

from pipelines.extraction.commitments import commitment_patterns as patterns
from pipelines.extraction.commitments.candidate import Candidate
from pipelines.extraction.commitments.clauses import describe, end_of_clause
from pipelines.extraction.commitments.due import due_date
from pipelines.extraction.commitments.parties import MeetingParties
from pipelines.extraction.commitments.regex import compile_spaced

CONCRETE_VERB_PHRASE = compile_spaced(rf"(?:{patterns.CONCRETE_VERB_PHRASES})\b")
SECOND_INFINITIVE = compile_spaced(r"(?:,? and|,? as well as) to (?=[a-z])")


def pledge_items(
    meeting: MeetingParties,
    trigger: int,
    scope_start: int,
    start: int,
    end: int,
    actors: tuple[int, ...],
    counterparts: tuple[int, ...] | None = None,
    split_infinitives: bool = True,
) -> list[Candidate]:
    """One pledge, or one per "to"-infinitive joined by "and to" / "as well as to" when the
    later one is a distinct concrete action ("... and to hold a forum")."""
    clause_end = end_of_clause(meeting.text, scope_start, end)
    pieces = [trigger]
    for split in SECOND_INFINITIVE.finditer(meeting.text, scope_start, clause_end):
        if split_infinitives and _is_concrete(meeting.text, split.end(), clause_end):
            pieces.append(split.start())
    if counterparts is None:
        counterparts = meeting.others(actors)
    items = []
    for number, piece_start in enumerate(pieces):
        piece_end = pieces[number + 1] if number + 1 < len(pieces) else clause_end
        items.append(
            Candidate(
                type="pledge",
                trigger_start=piece_start,
                scope_end=piece_end,
                description=describe(meeting.text, piece_start, piece_end),
                due=due_date(meeting.text, meeting.reference, scope_start, clause_end),
                evidence=(start, end),
                actors=actors,
                counterparts=counterparts,
            )
        )
    return items


def _is_concrete(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a concrete action ("hold a forum", "take steps")."""
    verb = re.match(r"[a-z][\w-]*", text[start:end])
    return bool(verb) and (
        verb.group(0) in patterns.CONCRETE_ACTION_VERBS
        or CONCRETE_VERB_PHRASE.match(text, start, end) is not None
    )
