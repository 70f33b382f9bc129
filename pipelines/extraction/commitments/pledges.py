"""Pledges by verbs of undertaking ("agreed to", "pledged"), directing ("instructed staff to"),
announcing ("announced new programmes") and first-person decisions ("I have decided")."""

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
    IT_WAS_BEFORE,
    MODAL_BEFORE,
    PERFECT_BEFORE,
    dates_before_reference,
    is_blocked,
    is_recalled,
)
from pipelines.extraction.commitments.futures import find_futures
from pipelines.extraction.commitments.parties import MeetingParties, Mention
from pipelines.extraction.commitments.pledge_items import pledge_items
from pipelines.extraction.commitments.regex import compile_spaced, may_match

UNDERTAKING = compile_spaced(
    rf"\b(?P<verb>{patterns.UNDERTAKING_VERBS})"
    r" (?:(?:also|further|jointly|mutually|firmly|publicly|together|both|all) )?"
    # "agreed in the coming period to organise", "agreed at the meeting that ..."
    r"(?:(?:in|at|during) (?:the |this |that )?(?:[a-z]+ ){1,2})?"
    r"(?P<link>to (?:not |never )?(?=[a-z])(?P<next>[a-z][\w-]*)|that\b|on\b|upon\b)",
)
# Undertaking verbs in a finite past form; a present form needs a subject right before it.
FINITE_ENDINGS = ("ed", "ook", "agreement", "understanding", "consensus")
PRESENT_SUBJECT_BEFORE = compile_spaced(r"\b(?:we|I|they|both|jointly|also|hereby) $")
PLEDGED_OBJECT = compile_spaced(r"\b(?P<verb>pledged) (?!to\b|that\b|on\b|by\b)(?=[\w$€£])")
# "assured further assistance", "offered his country's assistance in rebuilding": a provision
# promised to the other side. Plain "support" only with a word that makes it a provision, since
# "assured him of support" reaffirms a stance.
_PROVISION_KIND = (
    r"(?:further|additional|new|technical|financial|economic|military|humanitarian|material)"
    r" (?:and )?"
)
PROVISION_PROMISED = compile_spaced(
    r"\b(?P<verb>assured|offered|promised)"
    r" (?:(?:his|her|its|their|the|[\w.]+['’]s?|(?-i:[A-Z])[\w.]*) ){0,3}"
    rf"(?:(?:{_PROVISION_KIND})*(?:assistance|aid|help|funding|financing)"
    rf"|(?:{_PROVISION_KIND})+support)\b"
)
DIRECTIVE = compile_spaced(
    rf"\b(?P<verb>{patterns.DIRECTIVE_VERBS}) (?P<object>(?:(?!to\b)[\w’'.\-]+ ){{1,10}}?)"
    r"to (?P<next>[a-z][\w-]*)"
)
ANNOUNCEMENT = compile_spaced(
    rf"\b(?P<verb>{patterns.ANNOUNCING_VERBS}) (?!by\b|during\b|in\b|on\b|about\b)"
)
ANNOUNCED_OBJECT = compile_spaced(
    r"^(?:that|new|a|an|additional|further|more|plans?|its|his|her|their|\$|€|£|\d"
    r"|the (?:allocation|provision|launch|creation|establishment|opening|delivery|start"
    r"|release|deployment|transfer|donation|extension|expansion|approval|decision))"
)
# "The exchange of visits was agreed": a short noun phrase opening the clause, agreed in the
# passive by all parties ("It was agreed to" is read with the active verbs).
PASSIVE_AGREED = compile_spaced(r"\b(?:was|were|has been|have been) (?:also )?agreed\b")
AGREED_SUBJECT = compile_spaced(
    r"\W*(?:the|a|an|further|new|regular|mutual|reciprocal)"
    rf" (?:(?!(?:that|which|who|whom|whose|what|{patterns.REPORTING_VERBS})\b)[\w’'-]+ ){{0,5}}$"
)
ACCEPTED_PROPOSAL = compile_spaced(
    rf"\b(?P<verb>{patterns.ACCEPTING_VERBS}) (?:this|that|these|your)"
    rf" (?:{patterns.PROPOSAL_NOUNS})s?(?=\s*[.;!]| and\b)"
)
ASSENT = compile_spaced(rf"\b(?:{patterns.ASSENT_FORMULAS})(?=\s*[.!])")
FIRST_PERSON_DECISION = compile_spaced(
    rf"\b(?:{patterns.FIRST_PERSON_DECISIONS}) (?P<next>[a-z][\w-]*)", 0
)
ANNOUNCING_CONTEXT = compile_spaced(
    r"\b(?:announced|announces|assured|assures|pledged|promised|promises|confirmed)\b"
)
# Words that each finder's patterns need (a word of every verb), which most sentences lack.
UNDERTAKING_WORDS = (
    "agree", "pledge", "commit", "promise", "undert", "vow", "decide", "resolved", "offered",
    "reached", "assured",
)
DIRECTIVE_WORDS = tuple(patterns.DIRECTIVE_VERBS.split("|"))
ANNOUNCING_WORDS = tuple(patterns.ANNOUNCING_VERBS.split("|"))
ASSENT_WORDS = (*patterns.ACCEPTING_VERBS.split("|"), "let")
ADJECTIVAL_COMMITTED = compile_spaced(
    r"\b(?:is|are|am|was|were|be|been|being|remain|remains|remained|stay|stays|fully|deeply"
    r"|firmly|strongly|totally|very|truly|equally|'re|'s) (?:\w+ )?$"
    r"|\b(?:is|are|am|remain|remains|remained)\b[^,;]{0,40} and $"
)


def find_pledges(meeting: MeetingParties, start: int, end: int) -> list[Candidate]:
    """Pledges of the sentence text[start:end], futures included."""
    found: list[Candidate] = []
    found.extend(_undertakings(meeting, start, end))
    found.extend(_directives(meeting, start, end))
    found.extend(_announcements(meeting, start, end))
    found.extend(find_futures(meeting, start, end))
    found.extend(_first_person_decisions(meeting, start, end))
    found.extend(_assents(meeting, start, end))
    found.extend(_passive_agreements(meeting, start, end))
    return found


def _passive_agreements(meeting: MeetingParties, start: int, end: int) -> list[Candidate]:
    found = []
    if not may_match(meeting.text, start, end, ("agreed",)):
        return found
    for match in PASSIVE_AGREED.finditer(meeting.text, start, end):
        clause_start = start_of_clause(meeting.text, start, match.start())
        if not AGREED_SUBJECT.fullmatch(meeting.text, clause_start, match.start()):
            continue
        if is_recalled(meeting.text, start, match.end(), match.end(), end) or is_blocked(
            meeting.text, start, clause_start, HEDGE
        ):
            continue
        scope_end = end_of_clause(meeting.text, match.end(), end)
        if dates_before_reference(meeting.text, meeting.reference, clause_start, scope_end):
            continue
        found.extend(
            pledge_items(meeting, clause_start, match.end(), start, end, meeting.everyone)
        )
    return found


def _assents(meeting: MeetingParties, start: int, end: int) -> list[Candidate]:
    """A proposal taken up: "X supported this initiative", a speaker's "Let's do that". The
    evidence takes in the sentence before, where the proposal usually is."""
    found = []
    if not may_match(meeting.text, start, end, ASSENT_WORDS):
        return found
    for match in ACCEPTED_PROPOSAL.finditer(meeting.text, start, end):
        trigger = match.start()
        if is_recalled(meeting.text, start, trigger, match.end("verb"), end):
            continue
        if is_blocked(meeting.text, start, trigger, HEDGE):
            continue
        subject = meeting.subject(start, start_of_clause(meeting.text, start, trigger), trigger)
        if subject is not None and subject.kind == "pronoun":
            # "Vladimir Putin said he supported this proposal": "he" is the one who speaks.
            subject = meeting.subject(start, start, subject.start) or subject
        if subject is None or subject.kind not in ("name", "title", "pronoun", "first_singular"):
            continue
        found.append(_assent(meeting, match, (start, end), meeting.actors_of(subject)))
    for match in ASSENT.finditer(meeting.text, start, end):
        actors = meeting.speaker_at(match.start())
        if actors:
            position = meeting.position
            previous = meeting.sentences[position - 1][0] if position else start
            found.append(_assent(meeting, match, (previous, end), actors))
    return found


def _assent(
    meeting: MeetingParties,
    match: re.Match[str],
    evidence: tuple[int, int],
    actors: tuple[int, ...],
) -> Candidate:
    return Candidate(
        type="pledge",
        trigger_start=match.start(),
        scope_end=match.end(),
        description=describe(meeting.text, match.start(), match.end()),
        due=None,
        evidence=evidence,
        actors=actors,
        counterparts=_proposer(meeting, actors),
    )


def _proposer(meeting: MeetingParties, actors: tuple[int, ...]) -> tuple[int, ...]:
    """Who made the proposal taken up: the one other participant, even of the same state."""
    others = tuple(i for i in meeting.everyone if i not in actors)
    return others if len(others) == 1 else meeting.others(actors)


def _undertakings(meeting: MeetingParties, start: int, end: int) -> list[Candidate]:
    found = []
    if not may_match(meeting.text, start, end, UNDERTAKING_WORDS):
        return found
    for match in UNDERTAKING.finditer(meeting.text, start, end):
        trigger, verb = match.start(), match.group("verb").lower()
        link = match.group("link").lower()
        before = text_before(meeting.text, start, trigger)
        it_was = IT_WAS_BEFORE.search(before) or verb.endswith("was reached")
        if not it_was and is_recalled(meeting.text, start, trigger, match.end("verb"), end):
            continue
        if MODAL_BEFORE.search(before):
            continue
        if not verb.endswith(FINITE_ENDINGS) and not PRESENT_SUBJECT_BEFORE.search(before):
            continue
        if verb == "committed" and ADJECTIVAL_COMMITTED.search(before):
            context = meeting.text[start_of_clause(meeting.text, start, trigger) : trigger]
            if not ANNOUNCING_CONTEXT.search(context) and not ANNOUNCING_CONTEXT.search(before):
                continue
        if link.startswith("to") and not _undertakes_action(verb, match.group("next")):
            continue
        scope_end = end_of_clause(meeting.text, match.end(), end)
        if link == "on" and not _agreed_on_action(meeting.text[match.end() : scope_end]):
            continue
        if link == "upon":
            continue
        if link == "that" and not _that_clause_undertakes(
            meeting.text, match.end(), scope_end, impersonal=bool(it_was)
        ):
            continue
        if is_blocked(meeting.text, start, trigger, HEDGE):
            continue
        clause_start = start_of_clause(meeting.text, start, trigger)
        if it_was:
            actors = meeting.everyone
        else:
            subject = meeting.party_subject(start, clause_start, trigger)
            if subject is None:
                continue
            if verb.startswith("decid") and not _may_decide(subject, before):
                continue
            actors = meeting.actors_of(subject)
        found.extend(pledge_items(meeting, trigger, match.end("verb"), start, end, actors))
    for pattern in (PLEDGED_OBJECT, PROVISION_PROMISED):
        for match in pattern.finditer(meeting.text, start, end):
            trigger = match.start()
            if is_recalled(meeting.text, start, trigger, match.end("verb"), end):
                continue
            if is_blocked(meeting.text, start, trigger, HEDGE):
                continue
            clause_start = start_of_clause(meeting.text, start, trigger)
            subject = meeting.party_subject(start, clause_start, trigger)
            if subject is None:
                continue
            actors = meeting.actors_of(subject)
            found.extend(pledge_items(meeting, trigger, match.end(), start, end, actors))
    return found


def _may_decide(subject: Mention, before: str) -> bool:
    """'Decided' is a pledge from the parties; a government's or a speaker's past decision
    ("the Government decided to introduce quotas") is background."""
    if subject.kind in ("first_singular", "first_plural"):
        return bool(PERFECT_BEFORE.search(before))
    return subject.kind in ("name", "title", "group", "collective", "pronoun")


def _undertakes_action(verb: str, following: str | None) -> bool:
    if not following:
        return False
    if following in (
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "our",
        "his",
        "her",
        "it",
        "them",
        "what",
        "which",
        "peace",
        "such",
    ):
        return False
    if verb.startswith("commit"):
        return following.endswith("ing") or following in patterns.COMMITTED_TO_VERBS
    return True


_IMPERSONAL_DUTY = re.compile(
    r"\s*(?:(?!(?:which|that|who|there|should|must|could|might|may|can)\b)\S+\s+){1,6}?"
    r"(?:(?:will|would|shall)\s+(?:\w+\s+)?[a-z]|be\s+(?:[a-z]+ed|set|made|held|built|sent"
    r"|given|taken|put|drawn|kept|brought)\b)",
    re.IGNORECASE,
)


def _that_clause_undertakes(text: str, start: int, end: int, impersonal: bool = False) -> bool:
    """'agreed that they and their teams would consult': a party's future action. After "it
    was agreed" or "decided", whatever is to be done is the parties' to do: "it was agreed
    that work will be intensified", "it was decided that a committee be set up"."""
    clause = text[start:end]
    future = re.search(r"\b(?:will|would|shall)\s+(?:\w+\s+)?[a-z]", clause)
    if impersonal:
        # The subject and its verb open the clause: not "that there were areas which would".
        return _IMPERSONAL_DUTY.match(clause) is not None
    if not future:
        return False
    subject_text = clause[: future.start()]
    return (
        bool(
            re.match(
                r"\s*(?:they|we|both|the two|the (?:parties|sides|leaders|teams)|their"
                r" (?:teams|officials|ministers|ministries|governments|delegations|experts"
                r"|representatives|negotiators|staffs?|agencies)|each side)\b",
                subject_text,
                re.I,
            )
            # "agreed that the Prime Minister would visit": a participant named by office
            or re.fullmatch(r"\s*the (?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\s*", subject_text)
            and not re.match(r"\w+\s+be\b", clause[future.start() :])
        )
        and len(subject_text.split()) <= 8
    )


def _directives(meeting: MeetingParties, start: int, end: int) -> list[Candidate]:
    found = []
    if not may_match(meeting.text, start, end, DIRECTIVE_WORDS):
        return found
    for match in DIRECTIVE.finditer(meeting.text, start, end):
        trigger = match.start()
        before = text_before(meeting.text, start, trigger)
        if is_recalled(meeting.text, start, trigger, match.end("verb"), end):
            continue
        if re.search(r"\b(?:you|I|we|as)\s+$", before, re.I):
            continue
        if re.match(r"(?i)(?:with|by)\b", match.group("object")):
            continue
        if is_blocked(meeting.text, start, trigger, HEDGE):
            continue
        subject = meeting.subject(start, start_of_clause(meeting.text, start, trigger), trigger)
        if subject is None or subject.kind not in ("name", "title", "pronoun", "group"):
            continue
        actors = meeting.actors_of(subject)
        object_start = match.start("object")
        named = tuple(
            sorted(
                {
                    i
                    for m in meeting.mentions(object_start, match.end("object"))
                    if m.kind in ("name", "title")
                    for i in m.indexes
                    if i not in actors
                }
            )
        )
        found.extend(
            pledge_items(
                meeting,
                trigger,
                match.start("next") - 3,
                start,
                end,
                actors,
                named,
                split_infinitives=False,
            )
        )
    return found


def _announcements(meeting: MeetingParties, start: int, end: int) -> list[Candidate]:
    found = []
    if not may_match(meeting.text, start, end, ANNOUNCING_WORDS):
        return found
    for match in ANNOUNCEMENT.finditer(meeting.text, start, end):
        trigger = match.start()
        before = text_before(meeting.text, start, trigger)
        if is_recalled(meeting.text, start, trigger, match.end("verb"), end):
            continue
        scope_end = end_of_clause(meeting.text, match.end(), end)
        obj = meeting.text[match.end() : scope_end]
        if not (ANNOUNCED_OBJECT.match(obj) or re.search(r"\b(?:will|would)\s+[a-z]", obj)):
            continue
        if is_blocked(meeting.text, start, trigger, HEDGE) or MODAL_BEFORE.search(before):
            continue
        if PERFECT_BEFORE.search(before):
            continue  # "has announced 60 nominees": a standing fact, not a new undertaking
        subject = meeting.subject(start, start_of_clause(meeting.text, start, trigger), trigger)
        if subject is None or subject.kind not in (
            "name",
            "title",
            "pronoun",
            "group",
            "collective",
        ):
            continue
        found.extend(
            pledge_items(meeting, trigger, match.end(), start, end, meeting.actors_of(subject))
        )
    return found


def _first_person_decisions(meeting: MeetingParties, start: int, end: int) -> list[Candidate]:
    found = []
    for match in FIRST_PERSON_DECISION.finditer(meeting.text, start, end):
        if is_blocked(meeting.text, start, match.start(), HEDGE):
            continue
        actors = meeting.speaker_at(match.start())
        found.extend(pledge_items(meeting, match.start(), match.start("next"), start, end, actors))
    return found


def _agreed_on_action(rest: str) -> bool:
    """'agreed on further contacts / the next steps / a roadmap' (not 'on the need to')."""
    return bool(
        re.match(
            r"\s*(?:(?:the|a|an|further|next|the next|new|joint|concrete|specific|practical"
            r"|additional|a series of|a number of)\s+)*(?:\w+\s+)?(?:contacts?|steps|measures"
            r"|dates?|timing|schedule|venue|road ?map|plan|programme|program|mechanisms?"
            r"|format|meetings?|visits?|round|cooperation|ways|actions?|timetable|timeline"
            r"|modalities|terms|parameters|holding|organizing|organising|establishing"
            r"|creating|setting up|taking|development|establishment|creation|preparation"
            r"|organi[sz]ation|opening|signing|implementation|launch|drafting|elaboration)\b"
            # "agreed on further enhancing high-level interactions"
            r"|\s*(?:further\s+)?(?:enhancing|strengthening|expanding|developing|deepening"
            r"|intensifying|increasing|continuing|holding|resuming|establishing)\b",
            rest,
            re.I,
        )
    ) and not re.match(r"\s*(?:the\s+)?(?:need|necessity|importance|urgent)", rest, re.I)
