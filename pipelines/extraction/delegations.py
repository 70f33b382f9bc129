"""Delegation lists ("The Chinese delegation also included Mr. A, Director X, ...", "The
British group included MPs A, B") and those accompanying an official ("X is accompanied by
Y"): the people listed serve the delegation's state, not the publisher's; those of an
international body's delegation ("a delegation of the IMF led by Ms X") serve the body."""

from __future__ import annotations

import re

from pipelines.countries import find_countries
from pipelines.extraction.persons import Person
from pipelines.extraction.roles import international_organisation

DELEGATION_LIST = re.compile(
    r"\b(?:[Dd]elegation|[Gg]roup|[Tt]eam|[Ee]ntourage)\b(?P<between>[^.;:]{0,120}?)\s+"
    r"(?:also\s+)?(?:included|includes|comprised"
    r"|consisted\s+of|was\s+composed\s+of|(?:was\s+)?(?:headed|led)\s+by)\b"
)
_LIST_WORDS = ("elegation", "roup", "eam", "ntourage")
# Before a country that is the host or the subject, not the delegation's own: "to Ukraine".
_HOST_WORDS = re.compile(r"\b(?:to|in|for|with|on|about)\s+(?:the\s+)?$", re.IGNORECASE)
# "Secretary X is accompanied by Minister Y and ...", "X, accompanied by Y, met ...": the people
# after it, up to the verb of the sentence, travel with X and serve X's state.
ACCOMPANIED = re.compile(r"\baccompanied\b[^.;:]{0,40}?\bby\b")
_ACCOMPANYING_END = re.compile(
    r"[;:]|\b(?:met|meets|held|holds|hold|called|calls|spoke|speaks|visited|received|hosted|"
    r"welcomed|discussed|signed|paid|attended|during|where|who|which)\b"
)
# How far before "delegation" its demonym may stand ("The Chinese delegation", "The Chinese
# official delegation").
DEMONYM_REACH = 30
# "the US Embassy", "the Embassy of Japan": a state's embassy, its staff serving that state.
_EMBASSY = re.compile(r"\b(?:Embassy|High Commission)\b")
_EMBASSY_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# Offices held at an embassy: "Deputy Chief of Mission", "Economic Counselor", "Energy
# Attaché", "Head of the Embassy's Energy Section".
EMBASSY_POST = re.compile(
    r"\b(?:Mission|Embassy|Attach[ée]|Counsell?or|Consul|Charg[ée]|(?:First|Second|Third)"
    r" Secretary)\b",
    re.IGNORECASE,
)


def delegation_sides(
    text: str, sentences: list[tuple[int, int]], persons: list[Person]
) -> tuple[dict[int, str], dict[int, str]]:
    """Country of each person (by id) listed after "the <Demonym> delegation (or group, team)
    included", and international body of each listed after "a delegation of the IMF led by",
    "A UNICEF delegation led by": those serve the body, not a state."""
    countries: dict[int, str] = _embassy_staff_countries(text, persons)
    bodies: dict[int, str] = {}
    for start, end in sentences:
        if text.find("accompanied", start, end) >= 0:
            countries.update(_accompanying_countries(text, start, end, persons))
        if not any(text.find(word, start, end) >= 0 for word in _LIST_WORDS):
            continue  # a quick test for the words the pattern starts with
        match = DELEGATION_LIST.search(text, start, end)
        if not match:
            continue
        code = _delegation_country(text, start, match)
        if code is not None:
            for person in persons:
                if person.country is None and not person.stateless and any(
                    match.end() <= m.start < end for m in person.mentions
                ):
                    countries[id(person)] = code
            continue
        named = text[max(start, match.start() - DEMONYM_REACH) : match.end("between")]
        body = international_organisation(named)
        if body is None:
            continue
        # Up to the verb of the sentence: its subject's host is no member ("... led by Ms X
        # met with Minister Y").
        verb = _ACCOMPANYING_END.search(text, match.end(), end)
        stop = verb.start() if verb else end
        for person in persons:
            if person.country is None and any(
                match.end() <= m.start < stop for m in person.mentions
            ):
                bodies[id(person)] = body
    return countries, bodies


def _delegation_country(text: str, sentence_start: int, match: re.Match[str]) -> str | None:
    """ "a delegation of the United States Congress headed by", "The Chinese delegation"."""
    for found_start, _, code in find_countries(text, match.start("between"), match.end("between")):
        if not _HOST_WORDS.search(text, match.start("between"), found_start):
            return code
    before = list(find_countries(text, max(sentence_start, match.start() - DEMONYM_REACH),
                                 match.start()))
    return before[-1][2] if before else None


def _accompanying_countries(
    text: str, start: int, end: int, persons: list[Person]
) -> dict[int, str]:
    """Country of each person (by id) listed after "accompanied by": that of the person named
    last before it, when that person's state is known."""
    countries: dict[int, str] = {}
    for match in ACCOMPANIED.finditer(text, start, end):
        before = [
            (m.end, person) for person in persons for m in person.mentions
            if start <= m.start and m.end <= match.start()
        ]
        if not before:
            continue
        leader = max(before, key=lambda item: item[0])[1]
        if leader.country is None:
            continue
        stop = _ACCOMPANYING_END.search(text, match.end(), end)
        scope_end = stop.start() if stop else end
        for person in persons:
            if person is not leader and person.country is None and not person.stateless and any(
                match.end() <= m.start < scope_end for m in person.mentions
            ):
                countries[id(person)] = leader.country
    return countries


def _embassy_staff_countries(text: str, persons: list[Person]) -> dict[int, str]:
    """ "discussed with representatives of the US Embassy in Ukraine ... attended by Deputy
    Chief of Mission A, Energy Attaché B": when the text names one state's embassy, the people
    it names by an embassy post without a state serve that one."""
    states = set()
    for match in _EMBASSY.finditer(text):
        before = list(find_countries(text, max(0, match.start() - 25), match.start()))
        if before and not text[before[-1][1] : match.start()].strip(" ’'s"):
            states.add(before[-1][2])  # "the US Embassy", "the Japanese Embassy"
            continue
        of = _EMBASSY_OF.match(text, match.end())
        after = next(find_countries(text, of.end(), of.end() + 40), None) if of else None
        if after is not None and after[0] == of.end():
            states.add(after[2])  # "the Embassy of Japan"
    if len(states) != 1:
        return {}
    (state,) = states
    return {
        id(person): state for person in persons
        if person.country is None and not person.stateless and person.role
        and EMBASSY_POST.search(person.role)
    }
