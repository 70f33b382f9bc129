"""Separate telephone calls reported in one sentence.

"The Prime Minister received telephone calls from President A of X, Chancellor B of Y and
Prime Minister C of Z": a call has one counterpart, so when the document says the calls were
several ("telephone calls from", "in his conversations", "in each case") each state's leaders
held their own call with the principal. A joint occasion ("a conference call", "a telephone
conversation with A and B", "trilateral", "the group") stays one meeting, and so does a list
that nothing marks either way. The sentences after the list that speak of one counterpart (by
name or by state) report that counterpart's call.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.countries import find_countries
from pipelines.extraction.meeting_cues import MEETING_VERBS
from pipelines.extraction.persons import Person

# The document calls the occasions several: "telephone calls from", "in his conversations",
# "In each case the leaders ...".
SEPARATE_CALLS = re.compile(
    r"\b(?:(?:tele)?phone\s+calls|calls\s+(?:from|with)"
    r"|(?:his|her|their|these|the|both|all)\s+(?:(?:tele)?phone\s+)?(?:calls|conversations)"
    r"|(?:tele)?phone\s+conversations|in\s+each\s+(?:case|call|conversation)|separately"
    r"|individually|one\s+after\s+another)\b",
    re.IGNORECASE,
)
# The sentence reports one joint occasion: "held a conference call with", "a telephone
# conversation with A and B", "the leaders of the Quad", "together".
JOINT_CALL = re.compile(
    r"\b(?:joint(?:ly)?|together|conference|tri(?:lateral|partite)|quadrilateral|multilateral"
    # "a summit with A and B", not "on the sidelines of the summit", the venue of the meetings
    r"|group|format|(?<!the\s)summit|council|video\w*|virtual(?:ly)?|leaders\s+of|all\s+(?:the\s+)?"
    r"(?:parties|participants)|(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:call|conversation)\s+with)\b",
    re.IGNORECASE,
)
# Plural occasions, one with each counterpart: "bilateral meetings with A, B and C",
# "engagements with A, B and C", "paid courtesy calls on A and B".
_ONE_EACH = r"bilateral\s+meetings|engagements\s+with|(?:courtesy\s+)?calls\s+on"
# A sentence that calls in-person meetings several: "Bilateral meetings were also held with
# A, B and C", "met separately with", "met with A and separately with B".
SEPARATE_MEETINGS = re.compile(
    rf"\b(?:{_ONE_EACH}|separate\s+(?:bilateral\s+)?meetings|met\s+separately"
    r"|separately\s+(?:met|with|received|hosted|welcomed|held\s+talks)"
    r"|and\s+(?:later|then|afterwards)\s+with)\b",
    re.IGNORECASE,
)
# The sentence says each counterpart was met on their own, whatever their state.
_EACH_APART = re.compile(rf"\b(?:{_ONE_EACH}|separate(?:ly)?)\b", re.IGNORECASE)
# A headline naming a single call: "Call with ...", "Telephone conversation with ...".
JOINT_HEADLINE = re.compile(r"\b(?:call|conversation|meeting)\s+with\b", re.IGNORECASE)
_PARAGRAPH_GAP = re.compile(r"\n\s*\n")
_PLURAL_CALLS = re.compile(r"\b(?:tele)?phone\s+(?:calls|conversations)\b", re.IGNORECASE)


def _mention_starts(person: Person, start: int, end: int) -> list[int]:
    return [m.start for m in person.mentions if start <= m.start < end]


def separate_calls(
    text: str,
    title: str | None,
    sentences: Sequence[tuple[int, int]],
    index: int,
    scope: tuple[int, int],
    persons: Sequence[Person | None],
    countries: Sequence[str | None],
    subjects: Sequence[Person],
    home: str | None,
    several: bool = False,
) -> list[tuple[list[int], list[int]]] | None:
    """The calls of a phone meeting reported by sentence `index`, when they were several
    (`several`: the sentence says so itself, as "bilateral meetings were held with" does for
    meetings in person).

    `persons` and `countries` are the meeting's participants (None: the principal known by
    office alone), `subjects` those who held every call, `scope` the sentences the meeting's
    report runs over. Returns (participant positions, sentence indexes) per call, or None when
    the sentence reports one occasion.
    """
    start, end = sentences[index]
    sentence = text[start:end]
    verb = MEETING_VERBS.search(sentence)
    # A headline naming one call gives way to a sentence that names several ("had phone
    # conversations with his American and Chinese counterparts").
    plural_here = _PLURAL_CALLS.search(sentence) is not None
    if verb is None or JOINT_CALL.search(sentence) or title and not plural_here and (
        JOINT_HEADLINE.search(title) and not SEPARATE_CALLS.search(title)
    ):
        return None
    after_verb = start + verb.end()
    listed: list[tuple[int, int]] = []  # (first mention, participant position)
    unlisted: list[tuple[int, int]] = []  # counterparts named after the verb with no state
    for position, person in enumerate(persons):
        if person is None or any(person is s for s in subjects):
            continue
        starts = _mention_starts(person, after_verb, end)
        if not starts:
            continue
        code = countries[position]
        if code is None or code == home:
            unlisted.append((starts[0], position))
        else:
            listed.append((starts[0], position))
    groups: dict[str, list[int]] = {}
    for _, position in sorted(listed):
        groups.setdefault(countries[position] or "", []).append(position)
    if len(groups) < 2 and several and _EACH_APART.search(sentence):
        # "had separate meetings with the Ministers of Health and of Education of Benin, A and
        # B": one state, still one meeting each.
        listed = sorted(listed + unlisted)
        unlisted = []
        groups = {str(position): [position] for _, position in listed}
    if len(groups) < 2:
        return None
    # Looked for in the whole readout ("said in his conversations"), so only for a list.
    if not several and not (SEPARATE_CALLS.search(text) or title and SEPARATE_CALLS.search(title)):
        return None
    first, last = min(listed)[0], max(listed)[0]
    if any(first < at < last for at, _ in unlisted):
        return None  # someone of no known state inside the list: which call was theirs?
    # "received A of X and B of Y, in the presence of C": named after the list, in its
    # sentence, with no other state, C attended each.
    everywhere = {position for at, position in unlisted if at > last}
    codes = list(groups)
    owner = _sentence_owners(text, sentences, index, scope, persons, groups, home)
    calls: list[tuple[list[int], list[int]]] = [([], []) for _ in codes]
    group_of = {position: k for k, code in enumerate(codes) for position in groups[code]}
    for position, person in enumerate(persons):
        if position in group_of:
            calls[group_of[position]][0].append(position)
        elif person is None or any(person is s for s in subjects) or _mention_starts(
            person, start, after_verb
        ) or position in everywhere:
            for members, _ in calls:
                members.append(position)
        else:
            # Someone else: with the call of the sentence naming them, else the first.
            where = next((owner[i] for i in person.sentences if owner.get(i) is not None), 0)
            calls[where][0].append(position)
    for number in range(*scope):
        if number == index or owner.get(number) is None:
            for _, spans in calls:
                spans.append(number)
        else:
            calls[owner[number]][1].append(number)
    for members, _ in calls:
        members.sort()
    return calls


def _sentence_owners(
    text: str,
    sentences: Sequence[tuple[int, int]],
    index: int,
    scope: tuple[int, int],
    persons: Sequence[Person | None],
    groups: dict[str, list[int]],
    home: str | None,
) -> dict[int, int | None]:
    """Which call (position in `groups`) each sentence of the scope after the list is about.

    A sentence naming one call's counterpart (or, naming none, its state) is about that call,
    and so are the sentences of its paragraph that name no other; a sentence naming several
    is about all of them (None).
    """
    codes = list(groups)
    owners: dict[int, int | None] = {}
    current: int | None = None
    for number in range(index + 1, scope[1]):
        start, end = sentences[number]
        previous_end = sentences[number - 1][1]
        if _PARAGRAPH_GAP.search(text, previous_end, start):
            current = None
        named = {
            call for call, code in enumerate(codes) for position in groups[code]
            if (person := persons[position]) is not None and _mention_starts(person, start, end)
        }
        if not named:
            named = {
                codes.index(code) for _, _, code in find_countries(text, start, end)
                if code in groups and code != home
            }
        if len(named) == 1:
            current = named.pop()
        elif named:
            current = None
        owners[number] = current
    return owners
