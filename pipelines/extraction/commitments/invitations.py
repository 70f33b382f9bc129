"""Invitations extended at the meeting ("invited him to visit Moscow")."""

from __future__ import annotations

import re

from pipelines.extraction.commitments import commitment_patterns as patterns
from pipelines.extraction.commitments.candidate import Candidate
from pipelines.extraction.commitments.clauses import (
    describe,
    end_of_clause,
    start_of_clause,
    text_before,
)
from pipelines.extraction.commitments.due import due_date
from pipelines.extraction.commitments.filters import (
    INVITATION_HEDGE,
    NEGATION_BEFORE,
    dates_before_reference,
    is_blocked,
)
from pipelines.extraction.commitments.parties import MeetingParties
from pipelines.extraction.commitments.regex import compile_spaced, may_match

INVITATION = compile_spaced(rf"\b(?P<verb>{patterns.INVITATION_VERBS})\b")
INVITATION_PURPOSE = compile_spaced(
    rf"\bto (?!(?:{patterns.FLOOR_GIVING_VERBS})\b)(?:(?:{patterns.INVITATION_PURPOSES})\b|[A-Z])",
    0,
)


# Every invitation verb holds one of these: "invited", "would be pleased to host".
INVITATION_WORDS = ("invit", "to host", "to welcome", "to receive")
# "Minister-President X was invited to Flanders for an official state visit": a participant
# invited to visit, by the other side. (Invited to this meeting, they are only its guest.)
PASSIVE_INVITATION = compile_spaced(
    r"\b(?:was|were|has been|have been|is|are) (?:also |officially |formally |cordially )?"
    r"invited (?:to (?:visit|pay|make)\b|to (?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+)*"
    r" (?:for|on) (?:an? |the )?(?:\w+ ){0,2}visit\b)"
    # "Pandey has accepted an invitation from General Sharma to visit Nepal": invited as well.
    r"|\baccept(?:ed|s) (?:an?|the|his|her|their) (?:\w+ )?invitation"
    r" (?:(?:from|of|extended by) [^,.;]{1,60}? )?to (?:visit|pay|make|attend)\b"
)


def find_invitations(meeting: MeetingParties, start: int, end: int) -> list[Candidate]:
    """Invitations extended in the sentence text[start:end]."""
    found: list[Candidate] = []
    if not may_match(meeting.text, start, end, INVITATION_WORDS):
        return found
    found.extend(_passive_invitations(meeting, start, end))
    for match in INVITATION.finditer(meeting.text, start, end):
        trigger, verb_end = match.start(), match.end()
        verb = match.group("verb").lower()
        before = text_before(meeting.text, start, trigger)
        if verb.startswith("invit"):
            if re.search(
                r"\b(?:was|were|been|being|is|are|be|had|for|the|his|her|their|an|of"
                r"|at|by)\s+(?:(?:also|officially|formally|kindly)\s+)?$",
                before,
                re.I,
            ):
                continue
            if re.match(r"\s+by\b", meeting.text[verb_end:end]):
                continue
        if NEGATION_BEFORE.search(before):
            continue
        clause_end = end_of_clause(meeting.text, verb_end, end)
        # The invitee's title may be long: "invite H.E. Gen. X, Deputy Commander-in-Chief of
        # ..., to pay a visit".
        purpose = INVITATION_PURPOSE.search(meeting.text, verb_end, min(clause_end, verb_end + 200))
        if verb.startswith("invit") and purpose is None:
            continue
        if is_blocked(meeting.text, start, trigger, INVITATION_HEDGE):
            continue
        if dates_before_reference(meeting.text, meeting.reference, verb_end, clause_end):
            continue
        subject = meeting.subject(start, start_of_clause(meeting.text, start, trigger), trigger)
        actors = meeting.actors_of(subject)
        object_end = purpose.start() if purpose else clause_end
        counterparts = _invitees(meeting, verb_end, object_end, actors)
        span = (trigger, verb_end, clause_end)
        found.append(_invitation(meeting, span, (start, end), actors, counterparts))
    return found


def _invitees(
    meeting: MeetingParties, start: int, end: int, actors: tuple[int, ...]
) -> tuple[int, ...]:
    named = {
        i
        for m in meeting.mentions(start, end)
        if m.kind in ("name", "title", "group")
        for i in m.indexes
        if i not in actors
    }
    if named:
        return tuple(sorted(named))
    obj = meeting.text[start:end]
    if re.search(
        r"\b(?:you|him|her|them|his counterpart|her counterpart|counterparts?)\b", obj, re.I
    ):
        return meeting.others(actors)
    return ()


def _passive_invitations(meeting: MeetingParties, start: int, end: int) -> list[Candidate]:
    """A participant "was invited to visit": by the other side of the meeting."""
    found = []
    for match in PASSIVE_INVITATION.finditer(meeting.text, start, end):
        trigger = match.start()
        before = text_before(meeting.text, start, trigger)
        if NEGATION_BEFORE.search(before) or is_blocked(
            meeting.text, start, trigger, INVITATION_HEDGE
        ):
            continue
        clause_end = end_of_clause(meeting.text, match.end(), end)
        if dates_before_reference(meeting.text, meeting.reference, match.end(), clause_end):
            continue
        clause_start = start_of_clause(meeting.text, start, trigger)
        invitee = meeting.party_subject(start, clause_start, trigger)
        if invitee is None:
            continue
        counterparts = meeting.actors_of(invitee)
        found.append(_invitation(
            meeting, (clause_start, match.end(), clause_end), (start, end),
            meeting.others(counterparts), counterparts,
        ))
    return found


def _invitation(
    meeting: MeetingParties,
    span: tuple[int, int, int],
    sentence: tuple[int, int],
    actors: tuple[int, ...],
    counterparts: tuple[int, ...],
) -> Candidate:
    """The invitation told from span[0] to span[2]; its due date is read after span[1], the
    end of the verb."""
    trigger, verb_end, clause_end = span
    return Candidate(
        type="invitation",
        trigger_start=trigger,
        scope_end=clause_end,
        description=describe(meeting.text, trigger, clause_end),
        due=due_date(meeting.text, meeting.reference, verb_end, clause_end),
        evidence=sentence,
        actors=actors,
        counterparts=counterparts,
    )
