"""Commitments of a meeting: every sentence's candidates, kept one per undertaking."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from pipelines.extraction.commitments.agreements import find_agreements
from pipelines.extraction.commitments.candidate import Candidate
from pipelines.extraction.commitments.instruments import head_key, instrument_heads
from pipelines.extraction.commitments.invitations import find_invitations
from pipelines.extraction.commitments.parties import MeetingParties
from pipelines.extraction.commitments.pledges import find_pledges
from pipelines.extraction.commitments.regex import compile_spaced
from pipelines.model import ExtractedCommitment, ExtractedParticipant

# Any word that can start a commitment, matched in the lower-cased text: sentences without one
# are skipped.
ANY_TRIGGER = compile_spaced(
    r"\b(?:sign|adopt|conclu|exchang|approv|endors|issu|ink|initial|witness|attend|oversaw"
    r"|presided|took part|participated|invit|extended|conveyed|renewed|handed|delivered"
    r"|passed on|agree|pledg|commit|promis|assur|undert|vow|decid|resolv|offer|reach|instruct"
    r"|direct"
    r"|task|order|charg|mandat|announc|unveil|will|would|shall|intend|plan|going to|consider"
    r"|deem|find it|think it|i have|i hereby|support(?:ed|s) (?:th|your)|accepted (?:th|your)"
    r"|let's do|let’s do|let us do)",
    0,
)
ANY_TRIGGER_ANY_CASE = re.compile(ANY_TRIGGER.pattern, re.IGNORECASE)


# "The agreement was signed by A and B" after "A memorandum on X was signed": the same one.
ANAPHORIC_INSTRUMENT = re.compile(
    r"(?:The|This|That)\s+(?:agreement|memorandum|MoU|MOU|document|accord|treaty)\b"
    r"(?!\s+(?:on|of|between|for|in)\b)"
)


def find_commitments(
    text: str,
    sentences: Sequence[tuple[int, int]],
    participants: Sequence[ExtractedParticipant],
    reference_date: dt.date | None,
) -> list[ExtractedCommitment]:
    """Commitments made at one meeting, from the meeting's sentences of `text`.

    Actors and counterparts are indexes into `participants`; `due` is resolved against
    `reference_date` (the meeting's or the publication's date). Pure and deterministic.
    """
    ordered = sorted(sentences)
    meeting = MeetingParties(text, participants, reference_date, ordered)
    triggers = _trigger_positions(text)
    candidates: list[Candidate] = []
    for position in range(len(ordered)):
        candidates.extend(_sentence_commitments(meeting, position, triggers))
    return [
        ExtractedCommitment(
            type=c.type,
            description=c.description,
            due=c.due,
            evidence_start=c.evidence[0],
            evidence_end=c.evidence[1],
            actors=list(c.actors),
            counterparts=list(c.counterparts),
        )
        for c in _one_per_undertaking(candidates)
    ]


def _trigger_positions(text: str) -> list[int]:
    """Offsets of the words that may start a commitment, in order."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return [m.start() for m in ANY_TRIGGER.finditer(lowered)]
    # A character whose lower case is longer would shift the offsets.
    return [m.start() for m in ANY_TRIGGER_ANY_CASE.finditer(text)]


def _sentence_commitments(
    meeting: MeetingParties, position: int, triggers: list[int]
) -> list[Candidate]:
    """Commitments of the sentence at `position` in the meeting's sentences."""
    meeting.position = position
    start, end = meeting.sentences[position]
    first = bisect.bisect_left(triggers, start)
    if first == len(triggers) or triggers[first] >= end:
        return []
    sentences = meeting.sentences
    following = sentences[position + 1] if position + 1 < len(sentences) else None
    found: list[Candidate] = []
    found.extend(find_agreements(meeting, start, end, following))
    found.extend(find_invitations(meeting, start, end))
    found.extend(find_pledges(meeting, start, end))
    return found


def _one_per_undertaking(candidates: list[Candidate]) -> list[Candidate]:
    """Drop pledges inside another pledge's scope, pledges to sign a reported instrument and
    agreements that refer back to one already reported ("The agreement was signed by ...")."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.evidence[0], c.trigger_start)):
        if candidate.type == "pledge" and any(
            other.type == "pledge"
            and other.evidence == candidate.evidence
            and other.trigger_start < candidate.trigger_start < other.scope_end
            for other in kept
        ):
            continue
        if candidate.type == "agreement" and any(
            other.type == "agreement" and (
                other.evidence == candidate.evidence and other.description == candidate.description
                or ANAPHORIC_INSTRUMENT.match(candidate.description) is not None
            )
            for other in kept
        ):
            continue
        kept.append(candidate)
    signed_heads = {head_key(c.description) for c in kept if c.type == "agreement"}
    return [
        c
        for c in kept
        if not (c.type == "pledge" and _mentions_signed_instrument(c.description, signed_heads))
    ]


def _mentions_signed_instrument(description: str, signed_heads: set[str]) -> bool:
    if not signed_heads or not re.search(r"\b(?:sign|adopt|conclude)\b", description, re.I):
        return False
    return any(head in signed_heads for head in instrument_heads(description))
