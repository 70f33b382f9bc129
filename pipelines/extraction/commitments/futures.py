"""Pledges in a bare future ("will provide", "intends to build"): concrete, and made by a
party as subject or as the speaker of reported speech ("stated that steps will be taken")."""

from __future__ import annotations

import re

from pipelines.extraction.commitments import commitment_patterns as patterns
from pipelines.extraction.commitments.candidate import Candidate
from pipelines.extraction.commitments.clauses import (
    AND_BEFORE,
    end_of_clause,
    start_of_clause,
    text_before,
)
from pipelines.extraction.commitments.due import due_date
from pipelines.extraction.commitments.filters import HEDGE, NEGATION_AFTER, NEGATION_BEFORE
from pipelines.extraction.commitments.parties import MeetingParties, Mention
from pipelines.extraction.commitments.pledge_items import CONCRETE_VERB_PHRASE, pledge_items
from pipelines.extraction.commitments.regex import compile_spaced, may_match

FUTURE = compile_spaced(
    rf"\b(?P<marker>{patterns.FUTURE_MARKERS})"
    r" (?:(?:also|further|soon|jointly|immediately|promptly|now|then|additionally|definitely"
    r"|certainly|shortly|swiftly|quickly|urgently|continue to|start to|begin to) )*"
    r"(?:be )?(?P<verb>[a-z][\w-]*)"
)
# "will continue to support the energy sector", "would continue its assistance": support that
# goes on is a provision a later observer can check, unlike a bare "supports".
CONTINUED_SUPPORT = compile_spaced(
    r"\bcontinu(?:e|ing) (?:to (?:support|assist|help|offer|extend|provide)\b"
    r"|(?:its|their|his|her|our) (?:\w+ )?(?:support|assistance|aid|help)\b"
    r"|(?:supporting|assisting|helping|providing|extending)\b)"
)
# A word of every future marker, which most sentences lack.
FUTURE_WORDS = ("will", "would", "shall", "intend", "plan", "going")
# A party's attendance told by the publisher is its schedule, not an undertaking (GUIDELINES:
# "plans that the publisher announces on its own").
SCHEDULE_VERBS = frozenset({"attend", "participate", "take"})
STEPS_BEFORE = compile_spaced(r"\b(?:steps|measures|actions?) $")
SCHEDULE_HOLD = compile_spaced(rf"(?:hold|held) (?:{patterns.SCHEDULED_MEETINGS})\b")
REPORTING_FRAME = compile_spaced(
    rf"\b(?P<verb>{patterns.REPORTING_VERBS})(?: (?:\w+ ){{0,3}}?| )that (?!(?:is|are|was|were"
    r"|has|have|had|will|would)\b)"
    # "She said the Canadian government would continue ...": reported speech without "that".
    r"|\b(?:said|says|added|stated) (?=(?:the|he|she|they|his|her|their|its) )"
)
# "confirmed that they would continue to work closely together": the verbs by which the
# guidelines say a side undertakes (confirm, promise, pledge, announce) make any future action
# under them a pledge, as "agreed to" does; "said that they would" still needs a concrete one.
UNDERTAKING_FRAME = compile_spaced(
    r"\b(?:confirmed|confirms|assured|assures|promised|promises|pledged|pledges|announced"
    r"|announces|undertook) (?:\w+ ){0,3}?that (?:[\w’'-]+ ){1,6}$"
)
# Verbs of a stance, not an action: "assured that Italy would remain a reliable partner".
STANCE_VERBS = frozenset(
    {"remain", "stay", "stand", "respect", "value", "support", "welcome", "oppose", "recognize",
     "recognise", "appreciate", "consider", "see", "view", "regard"}
)
ACCORDING_TO = compile_spaced(r"\baccording to (?P<who>[\w .’'\-]{2,60}?),")
AMOUNT = compile_spaced(
    r"[$€£]|\b(?:USD|EUR|RUB|US\$) ?\d|\b\d[\d,.]* ?(?:million|billion|trillion|thousand"
    r"|percent|per cent|%|people|persons|tonnes|tons|doses|vaccines|units|rubles|roubles|dollars"
    r"|euros|hryvnias?|rupees|troops|families|homes|schools|hospitals)\b"
)


def find_futures(meeting: MeetingParties, start: int, end: int) -> list[Candidate]:
    """Pledges in a future tense in the sentence text[start:end]."""
    found = []
    if not may_match(meeting.text, start, end, FUTURE_WORDS):
        return found
    for match in FUTURE.finditer(meeting.text, start, end):
        trigger, marker = match.start(), " ".join(match.group("marker").lower().split())
        verb = match.group("verb").lower()
        if verb in ("like", "love", "be", "have", "not", "never"):
            continue
        scope_end = end_of_clause(meeting.text, match.end(), end)
        scope = meeting.text[match.start() : scope_end]
        if NEGATION_AFTER.match(meeting.text[match.end("marker") :].lstrip()):
            continue
        verb_phrase = meeting.text[match.start("verb") : scope_end]
        concrete = (
            verb in patterns.CONCRETE_ACTION_VERBS
            or CONCRETE_VERB_PHRASE.match(verb_phrase)
            or (verb == "taken" and STEPS_BEFORE.search(text_before(meeting.text, start, trigger)))
            or (
                AMOUNT.search(scope)
                and due_date(meeting.text, meeting.reference, match.end(), scope_end)
            )
            or CONTINUED_SUPPORT.match(meeting.text, match.start("marker") + len(marker) + 1)
            or _undertaken_under_frame(meeting.text, start, trigger, match, verb)
        )
        if not concrete or SCHEDULE_HOLD.match(scope[len(match.group(0)) - len(verb) :]):
            continue
        if verb in SCHEDULE_VERBS and not REPORTING_FRAME.search(meeting.text, start, trigger):
            continue  # "Mr X will attend a session tomorrow": the publisher's schedule
        clause_start = start_of_clause(meeting.text, start, trigger)
        if HEDGE.search(meeting.text, clause_start, trigger):
            continue
        if NEGATION_BEFORE.search(text_before(meeting.text, start, trigger)):
            continue
        passive = re.search(r"\bbe\s+[a-z][\w-]*$", match.group(0))
        actors = _future_actors(meeting, start, clause_start, trigger, marker, bool(passive))
        if actors is None:
            continue
        found.extend(pledge_items(meeting, trigger, match.end("marker"), start, end, actors))
    return found


def _undertaken_under_frame(
    text: str, start: int, trigger: int, match: re.Match[str], verb: str
) -> bool:
    """A future action, not a stance ("would remain"), a state ("will be equal to the task")
    or an adverb ("will always be"), under a verb of undertaking."""
    if verb in STANCE_VERBS or verb.endswith("ly") or verb in ("always", "still", "ever"):
        return False
    if match.group(0).endswith(f"be {verb}"):
        return False
    return UNDERTAKING_FRAME.search(text_before(text, start, trigger, 100)) is not None


def _future_actors(
    meeting: MeetingParties, start: int, clause_start: int, trigger: int, marker: str, passive: bool
) -> tuple[int, ...] | None:
    """Who undertakes a future: a participant speaking (reported speech or "I"), or a
    participant, their government or organisation as subject. None when no party does.
    In reported speech an active verb needs a party as its own subject ("stated that the
    gas supply will provide an opportunity" is a forecast, not a pledge)."""
    frame = None
    for candidate in REPORTING_FRAME.finditer(meeting.text, start, trigger):
        frame = candidate
    for candidate in ACCORDING_TO.finditer(meeting.text, start, trigger):
        if frame is None or candidate.start() > frame.start():
            frame = candidate
    if marker in patterns.NOUN_LIKE_MARKERS and not _directly_after_subject(
        meeting, start, frame.end() if frame else clause_start, trigger
    ):
        return None
    if frame is not None:
        own_subject = meeting.subject(start, frame.end(), trigger, fallback=False)
        if not passive and (own_subject is None or not meeting.is_party(own_subject)):
            return None
        speaker = _frame_speaker(meeting, start, frame)
        if speaker is None or not meeting.is_party(speaker) or speaker.kind == "first_plural":
            return None
        return meeting.actors_of(speaker)
    if passive or marker == "would":
        return None
    follows_and = AND_BEFORE.search(meeting.text, start, trigger) is not None
    subject = meeting.subject(start, clause_start, trigger, fallback=follows_and)
    if subject is None:
        return None
    if subject.kind == "first_singular":
        return subject.indexes
    if subject.kind == "government" or (
        subject.kind in ("name", "title", "country", "group", "organisation") and subject.indexes
    ):
        if subject.kind == "country" and not subject.indexes:
            return None
        return subject.indexes
    return None


def _directly_after_subject(
    meeting: MeetingParties, start: int, clause_start: int, trigger: int
) -> bool:
    """'the UN intends to' (a verb) rather than 'an ambitious plan to' (a noun)."""
    follows_and = AND_BEFORE.search(meeting.text, start, trigger) is not None
    subject = meeting.subject(start, clause_start, trigger, fallback=follows_and)
    if subject is None:
        return False
    if follows_and:
        return True
    return (
        re.fullmatch(
            r"\s*(?:(?:also|now|further|still|currently|\w+ly)\s+)?",
            meeting.text[subject.end : trigger],
        )
        is not None
    )


def _frame_speaker(meeting: MeetingParties, start: int, frame: re.Match[str]) -> Mention | None:
    """Who speaks in a reporting frame: the subject of "X stated that", or the X of
    "according to X,". None when the frame itself is hedged."""
    if "who" in frame.groupdict():
        who = frame.group("who").strip()
        if who.lower() in ("him", "her"):
            return Mention(
                frame.start("who"), frame.end("who"), "pronoun", meeting.previous_subject()
            )
        mentions = meeting.mentions(frame.start("who"), frame.end("who"))
        return mentions[0] if mentions else None
    clause_start = start_of_clause(meeting.text, start, frame.start())
    if HEDGE.search(meeting.text, clause_start, frame.start()):
        return None
    return meeting.subject(start, clause_start, frame.start())
