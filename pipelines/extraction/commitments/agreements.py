"""Agreements: instruments signed, adopted or exchanged at the meeting, in the active
("signed a memorandum"), the passive ("a joint statement was adopted") or at a ceremony."""

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
from pipelines.extraction.commitments.filters import (
    HEDGE,
    MODAL_BEFORE,
    NOW_MARKER,
    PERFECT_BEFORE,
    RECALL_AFTER,
    dates_before_reference,
    is_blocked,
    is_recalled,
)
from pipelines.extraction.commitments.instruments import (
    BARE_TITLE,
    DOCUMENT_PHRASE,
    GENERIC_PLURAL,
    bare_instruments,
    enumerated_instruments,
    instrument_phrases,
    repeats_reported_instrument,
    undetermined_instrument,
)
from pipelines.extraction.commitments.parties import MeetingParties
from pipelines.extraction.commitments.regex import alternation, compile_spaced, may_match

SIGNED_ACTIVE = compile_spaced(
    rf"\b(?P<verb>{alternation(patterns.SIGNING_VERBS)}) (?:(?:also|jointly|formally|today"
    # The instrument may be named in quotes: "signed ‘Memorandum of Understanding on ...’",
    # or after where or with whom: "signed in Brussels a Memorandum", "signed with X a ...".
    rf"|officially) )?(?=(?:{patterns.DOCUMENT_DETERMINERS}) |[‘“\"'][A-Z]|(?:in|at|on|with) "
    # or with none: "signed Letter of Intent", "signed documents on ..."
    r"|(?-i:[A-Z])|(?:[\w-]+ ){0,2}?(?:agreements|documents|memoranda|protocols|MoUs)\b)"
)
# "signed in Brussels a Memorandum", "signed with the Ambassador, X, a Memorandum".
_ADVERBIAL = compile_spaced(r"(?:in|at|on|with) ")
ADVERBIAL_REACH = 100
SIGNED_PASSIVE = compile_spaced(
    r"\b(?P<aux>was|were|has been|have been|had been|is|are|will be|would be|to be)"
    r" (?:also |jointly |formally |officially |subsequently |then )?"
    r"(?P<verb>signed|adopted|exchanged|concluded|initialled|initialed|approved|endorsed|inked"
    r"|issued)\b"
)
# "the joint statement approved today": a participle after the instrument with a mark of this
# meeting states the signing, whatever the clause around it says (thanks, hopes).
SIGNED_HERE = compile_spaced(
    r"\b(?P<verb>signed|adopted|approved|concluded|initialled|initialed|exchanged|endorsed)"
    r" (?=today\b|at (?:the|this|today's) (?:meeting|talks|summit)\b|(?:during|following|after)"
    r" (?:the|these|today's) (?:talks|meeting|negotiations|summit)\b)"
)
SIGNING_CEREMONY = compile_spaced(
    r"\b(?:(?:witnessed|attended|oversaw|presided over|took part in|participated in)"
    # "The meeting concluded with the signing of ...": the signing closed it.
    r"|(?:concluded|ended|culminated|closed) (?:with|in)) the"
    r" (?:signing|exchange)(?: ceremony)?(?: of)?\b"
)
# "issued the following statement", "issued a press statement": what the publisher said.
PRESS_STATEMENT = compile_spaced(r"(?:the following|a|an|this) (?:press |short )?statement\b")
# Every pattern above needs one of these words, which most sentences lack.
AGREEMENT_WORDS = (*patterns.SIGNING_VERBS, "signing", "exchange")


# "Both parties have signed a Memorandum of Understanding": one instrument, new to the text,
# is this meeting's unless the sentence counts or dates it back ("have signed 20 agreements
# so far").
_INDEFINITE = compile_spaced(r"an? ")
_TALLY = compile_spaced(r"\b(?:so far|to date|since|already|over the (?:years|past)|in total)\b")


def _one_new_instrument(text: str, object_start: int, start: int, end: int) -> bool:
    """ "have signed a Memorandum", "have signed Letter of Intent (LoI)", not "the"."""
    new = _INDEFINITE.match(text, object_start) or BARE_TITLE.match(text, object_start)
    return bool(new) and not _TALLY.search(text, start, end)


def find_agreements(
    meeting: MeetingParties, start: int, end: int, following: tuple[int, int] | None
) -> list[Candidate]:
    """Agreements of the sentence text[start:end]; `following` is the next sentence, which
    may enumerate the instruments."""
    found: list[Candidate] = []
    if not may_match(meeting.text, start, end, AGREEMENT_WORDS):
        return found
    for match in SIGNED_ACTIVE.finditer(meeting.text, start, end):
        trigger = match.start("verb")
        issued = match.group("verb").lower().startswith("issue")
        if issued and PRESS_STATEMENT.match(meeting.text, match.end()):
            continue  # "a Spokesperson issued the following statement": a press statement
        before = text_before(meeting.text, start, trigger)
        if MODAL_BEFORE.search(before) or is_recalled(
            meeting.text, start, trigger, match.end(), end
        ):
            continue
        if PERFECT_BEFORE.search(before) and not NOW_MARKER.search(
            meeting.text, start, end
        ) and not _one_new_instrument(meeting.text, match.end(), start, end):
            continue
        if is_blocked(meeting.text, start, trigger, HEDGE):
            continue
        clause_start = start_of_clause(meeting.text, start, trigger)
        subject = meeting.subject(start, clause_start, trigger)
        if subject is None or subject.kind in ("first_singular",):
            continue
        if subject.kind == "first_plural" and not NOW_MARKER.search(meeting.text, start, end):
            continue
        object_end = end_of_clause(meeting.text, match.end(), end)
        phrases = _signed_object(meeting.text, match.end(), object_end)
        if not phrases or dates_before_reference(
            meeting.text, meeting.reference, match.end(), object_end
        ):
            continue
        actors = meeting.actors_of(subject)
        found.extend(_agreement_items(meeting, phrases, trigger, (start, end), actors, following))
    for match in SIGNED_PASSIVE.finditer(meeting.text, start, end):
        aux = match.group("aux").lower().split()
        if aux[0] in ("had", "will", "would", "to") or "had" in aux:
            continue
        if is_blocked(meeting.text, start, match.start(), HEDGE):
            continue
        subject_start = start_of_clause(meeting.text, start, match.start())
        phrases = instrument_phrases(meeting.text, subject_start, match.start(), anchored=False)
        if not phrases:
            phrases = bare_instruments(meeting.text, subject_start, match.start())
        if not phrases:
            continue
        after_end = end_of_clause(meeting.text, match.end(), end)
        if RECALL_AFTER.match(meeting.text[match.end() : after_end].lstrip()) and not re.match(
            r"\s*by\s", meeting.text[match.end() : after_end]
        ):
            continue
        if re.search(
            r"\b(?:previously|earlier|last year|already)\b", meeting.text[start:after_end], re.I
        ):
            continue
        if dates_before_reference(meeting.text, meeting.reference, match.end(), after_end):
            continue
        if repeats_reported_instrument(meeting.text, phrases, start):
            continue
        actors = _passive_actors(meeting, match.end(), after_end)
        found.extend(
            _agreement_items(meeting, phrases, phrases[0][0], (start, end), actors, following)
        )
    for match in SIGNED_HERE.finditer(meeting.text, start, end):
        phrases = _instrument_before(meeting.text, start, match.start())
        if not phrases or repeats_reported_instrument(meeting.text, phrases, start):
            continue
        found.extend(
            _agreement_items(meeting, phrases, phrases[0][0], (start, end), meeting.everyone, None)
        )
    for match in SIGNING_CEREMONY.finditer(meeting.text, start, end):
        object_end = end_of_clause(meeting.text, match.end(), end)
        phrases = instrument_phrases(
            meeting.text, match.end(), object_end, anchored=True
        ) or undetermined_instrument(meeting.text, match.end(), object_end)
        if not phrases or is_blocked(meeting.text, start, match.start(), HEDGE):
            continue
        subject = meeting.subject(
            start, start_of_clause(meeting.text, start, match.start()), match.start()
        )
        found.extend(
            _agreement_items(
                meeting, phrases, match.start(), (start, end), meeting.actors_of(subject), following
            )
        )
    return found


def _signed_object(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The instruments a verb of signing at `start` takes as object, right after it or after
    a short phrase of place, time or partner."""
    if not _ADVERBIAL.match(text, start):
        return instrument_phrases(text, start, end, anchored=True) or undetermined_instrument(
            text, start, end
        )
    first = DOCUMENT_PHRASE.search(text, start, min(end, start + ADVERBIAL_REACH))
    if first is None or re.search(r"[.;:]|\b(?:that|which|who|to)\b", text[start : first.start()]):
        return []
    return instrument_phrases(text, first.start(), end, anchored=True)


def _instrument_before(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The shortest instrument phrase ending right before `end` ("the joint statement")."""
    phrase_end = len(text[:end].rstrip())
    words = list(re.finditer(r"(?<![\w’'-])\w", text[max(start, end - 80) : phrase_end]))
    offset = max(start, end - 80)
    for word in reversed(words):
        if DOCUMENT_PHRASE.fullmatch(text, offset + word.start(), phrase_end):
            return [(offset + word.start(), phrase_end)]
    return []


def _passive_actors(meeting: MeetingParties, start: int, end: int) -> tuple[int, ...]:
    """Agents of a passive signing ('exchanged by A and B'), else every participant."""
    agent = re.match(r"\s+by\s", meeting.text[start:end])
    if agent:
        indexes = {
            i
            for m in meeting.mentions(start, end)
            for i in m.indexes
            if m.kind in ("name", "title")
        }
        if indexes:
            return tuple(sorted(indexes))
    return meeting.everyone


def _agreement_items(
    meeting: MeetingParties,
    phrases: list[tuple[int, int]],
    trigger: int,
    sentence: tuple[int, int],
    actors: tuple[int, ...],
    following: tuple[int, int] | None,
) -> list[Candidate]:
    evidence = sentence
    phrase = " ".join(meeting.text[phrases[0][0] : phrases[0][1]].split())
    if len(phrases) == 1 and GENERIC_PLURAL.match(phrase):
        phrases, evidence = enumerated_instruments(meeting.text, phrases, sentence, following)
    items = []
    for number, (phrase_start, phrase_end) in enumerate(phrases):
        description_end = end_of_clause(meeting.text, phrase_end, evidence[1])
        if number + 1 < len(phrases):
            description_end = min(description_end, phrases[number + 1][0])
        description_end = min(description_end, phrase_end + 100)
        items.append(
            Candidate(
                type="agreement",
                trigger_start=trigger,
                scope_end=phrase_end,
                description=describe(meeting.text, phrase_start, description_end),
                due=None,
                evidence=evidence,
                actors=actors,
                counterparts=(),
            )
        )
    return items
