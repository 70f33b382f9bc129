"""Meetings of a document: which sentences report one, and who took part.

The first sentence that reports a meeting with a counterpart opens the main meeting; a later
"He also met with ..." naming someone new opens another. Participants are the people named in
a meeting's sentence, those reported as attending ("were also present"), the speakers of a
transcript and the people reported acting in the body ("Krasnov invited ..."); people only
mentioned (thanked, quoted from a letter, the spokesperson) are left out. The words that cue
all this are in meeting_cues.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.extraction.country_cues import office_country
from pipelines.extraction.meeting_cues import (
    ALSO_MET,
    ATTENDANCE,
    BACKGROUND_CUES,
    BESIDE_EVENT,
    BODY_LIST,
    DELEGATION_HEADS,
    DELEGATIONS_MET,
    DIARY_MEETING,
    FUTURE_CUES,
    GATHERING_HELD,
    LIST_HEADING,
    LIST_INTRODUCTION,
    MAX_HEADING,
    MEETING_VERBS,
    MENTION_ONLY_CUES,
    PAST_MEETING,
    POINTING_CUES,
    SENT_BY,
    SERIES_HEADING,
    SERIES_OF_MEETINGS,
    SPOKEN_ABOUT,
    TRAVEL_PURPOSE,
    is_meeting_sentence,
)
from pipelines.extraction.people import PersonMention
from pipelines.extraction.persons import Person
from pipelines.extraction.places import city_country
from pipelines.extraction.tokens import bare
from pipelines.extraction.vocabulary import AGENT_VERBS, ROLE_HEADS

_QUOTE_CHARS = "\"“”"
BULLETS = "•●▪■◦‣*-–"


@dataclass
class MeetingDraft:
    """A meeting being assembled: its reporting sentence and its participants."""

    sentence: int
    persons: list[Person] = field(default_factory=list)
    evidence: dict[int, int] = field(default_factory=dict)  # id(person) -> sentence index
    gathering: bool = False  # a summit or ministers' meeting where no other side is named
    umbrella: bool = False  # "held a series of talks with his counterparts": no meeting itself

    def add(self, person: Person, sentence: int) -> None:
        if all(p is not person for p in self.persons):
            self.persons.append(person)
            self.evidence[id(person)] = sentence


def _sent_by(text: str, sentence_start: int, mention: PersonMention) -> bool:
    """The mention names who sent the participants ("on behalf of President X"), someone only
    spoken about ("the assassination of President X") or the people of the event beside which
    the meeting took place ("on the sidelines of a meeting between Presidents A and B")."""
    front = mention.title_start if mention.title_start is not None else mention.start
    start = max(sentence_start, front - 60)
    return any(SENT_BY.search(text, start, end) for end in {front, mention.start}) or (
        SPOKEN_ABOUT.search(text, start, front) is not None
    ) or BESIDE_EVENT.search(
        text, max(sentence_start, mention.start - 120), mention.start
    ) is not None


def _inside_quotes(text: str, sentence_start: int, position: int) -> bool:
    segment = text[sentence_start:position]
    return sum(segment.count(c) for c in _QUOTE_CHARS) % 2 == 1


def _is_agent(text: str, mention: PersonMention, sentence_end: int) -> bool:
    """The mention is followed by a verb of what a present person did."""
    after = text[mention.end : min(sentence_end, mention.end + 160)]
    after = re.sub(r"^\s*\([^)]*\)", "", after)
    if text[max(0, mention.start - 2) : mention.start] == ", ":
        # The name closes an appositive: "The ambassador from Korea, X, congratulated ...".
        after = re.sub(r"^\s*,", "", after)
    # Skip an appositive: "Admiral Paparo, the Commander of ..., reaffirmed".
    words = re.findall(r"[A-Za-z’'-]+|[,;:.]", after)[:4]
    for word in words[:3]:
        if word in (",", ";", ":", "."):
            return False
        if word.lower() in AGENT_VERBS and word[0].islower():
            return True
        if word.lower() not in ("also", "further", "then", "has", "had", "have", "later") and (
            not (word.endswith("ly") and word[0].islower())  # "generally presented"
        ):
            return False
    return False


# Between two people of a coordinated list: "A, B and C met with the President".
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _mention_tail(mention: PersonMention) -> int:
    """Where what is said of the person ends: the name, an appositive or "of Japan"."""
    tail = mention.end
    if mention.source == "appositive" and mention.title_end is not None:
        tail = max(tail, mention.title_end)
    return max(tail, mention.hint_end or 0)


def _listed_agent(
    text: str, mention: PersonMention, following: list[PersonMention], sentence_end: int
) -> bool:
    """The mention, or the list it heads, is followed by a verb of what a present person did:
    in "General A, Army Commander B and Navy Commander C met with ..." all three met. The last
    link is "and": in "Having informed X of his talks with Y, Z said" only Z spoke."""
    if _is_agent(text, mention, sentence_end):
        return True
    tail = _mention_tail(mention)
    for nxt in following:
        front = nxt.title_start if nxt.title_start is not None and nxt.title_start >= tail else (
            nxt.start
        )
        gap = _LIST_GAP.fullmatch(text, tail, front)
        if not gap:
            return False
        if "and" in gap.group() and _is_agent(text, nxt, sentence_end):
            return True
        tail = _mention_tail(nxt)
    return False


def mentions_by_sentence(
    mentions: list[tuple[int, PersonMention, Person]],
) -> dict[int, list[tuple[PersonMention, Person]]]:
    """The (mention, person) pairs of each sentence index, in the order found."""
    by_sentence: dict[int, list[tuple[PersonMention, Person]]] = {}
    for index, mention, person in mentions:
        by_sentence.setdefault(index, []).append((mention, person))
    return by_sentence


def _read_later_sentence(
    text: str,
    span: tuple[int, int],
    index: int,
    by_sentence: dict[int, list[tuple[PersonMention, Person]]],
    drafts: list[MeetingDraft],
    series: bool,
    main_span: tuple[int, int],
) -> None:
    """What a sentence after the main meeting's adds: another meeting ("He also met with
    ..."), the other side of a main meeting that named none, or a gathering attended."""
    start, end = span
    sentence = text[start:end]
    entries = by_sentence.get(index)
    if entries is None:
        if (
            GATHERING_HELD.search(sentence) and ALSO_MET.search(sentence)
            and not BACKGROUND_CUES.search(sentence) and not FUTURE_CUES.search(sentence)
        ):
            # "Later on the same day, the Trilateral Meeting of Ministers was held": the
            # subject of the main meeting took part in it.
            drafts.append(MeetingDraft(sentence=index, gathering=True))
        return
    # The rare, cheap tests come before the meeting verbs, which most sentences after the main
    # one would fail: a later meeting needs "also met" or the like, and only a main meeting
    # that named no one else takes its other side from a later sentence.
    lone_main = len(drafts) == 1 and len(drafts[0].persons) == 1
    cued = series or ALSO_MET.search(sentence) is not None
    opener = DIARY_MEETING.match(sentence) is not None or _opens_at_a_stop(sentence)
    if not (lone_main or cued or opener):
        return
    reports = is_meeting_sentence(sentence)
    # "X paid a working visit to the Commission. X was briefed by Y": the next sentence, or a
    # later one where X meets someone, names the other side of a meeting whose own sentence
    # named none.
    completes_main = lone_main and (
        index == drafts[0].sentence + 1 and (
            reports or _joint_discussion(text, start, entries)
        )
        or reports and _subject_meets_others(text, span, entries, drafts[0].persons[0])
        or reports and any(_holds_unnamed_office(text, main_span, p) for _, p in entries)
    )
    if reports and (cued or opener and not completes_main):
        _add_later_meeting(text, span, index, entries, drafts)
    elif completes_main:
        for person in _present_people(text, start, entries):
            drafts[0].add(person, index)


# "He separately received A, B and C": one meeting with each, told apart.
_SEPARATELY = re.compile(r"\b(?:separately|individually)\b", re.IGNORECASE)


def segment_meetings(
    text: str,
    sentences: list[tuple[int, int]],
    by_sentence: dict[int, list[tuple[PersonMention, Person]]],
    headline_meeting: bool = False,
) -> list[MeetingDraft]:
    """Meetings with their participants, the main one first; `by_sentence` is
    `mentions_by_sentence` of the document's person mentions.

    With `headline_meeting` (the headline reports a meeting: "Meeting with Governor X"), the
    first sentence naming a person opens the meeting when no sentence has a meeting verb.
    """
    drafts: list[MeetingDraft] = []
    announced = False  # a meeting announced for the future came first
    series = False  # the main sentence announces a series of meetings, reported one by one
    for index, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        if SERIES_HEADING.fullmatch(sentence):
            series = True  # "Other meetings": each later sentence naming someone new is one
        if drafts:
            _read_later_sentence(
                text, (start, end), index, by_sentence, drafts, series,
                sentences[drafts[0].sentence],
            )
            continue
        if not is_meeting_sentence(sentence) and not _joint_discussion(
            text, start, by_sentence.get(index, [])
        ):
            announced = announced or _announces_meeting(sentence)
            continue
        if announced and not PAST_MEETING.search(sentence):
            continue  # "Among the key figures meeting President X are ...": still the plan
        people = _present_people(text, start, by_sentence.get(index, []))
        named_before = _subject_named_before(text, (start, end), by_sentence, index)
        if named_before is not None and all(p is not named_before for p in people):
            people.insert(0, named_before)
        if FIRST_PERSON_QUOTE.match(sentence):
            people = _quoted_meeting(text, sentences, index, by_sentence) or people
        if not people and DELEGATIONS_MET.search(sentence) and index + 1 < len(sentences):
            # "A delegation met with a delegation of X. Ours was headed by A, while Minister B
            # headed theirs": the heads named next are the meeting's people.
            after = sentences[index + 1]
            if DELEGATION_HEADS.search(text, *after):
                people = _present_people(text, after[0], by_sentence.get(index + 1, []))
        if not people and not _mentions_principal(sentence):
            continue
        if BACKGROUND_CUES.search(sentence) and index > 0 and not people:
            continue
        draft = MeetingDraft(sentence=index)
        for person in people:
            draft.add(person, index)
        drafts.append(draft)
        draft.umbrella = SERIES_OF_MEETINGS.search(sentence) is not None and len(people) < 2
        # "Baabda Palace witnessed an array of meetings. ... X welcomed Y ...": the next
        # sentences naming someone new report the others.
        series = series or draft.umbrella or any(
            SERIES_OF_MEETINGS.search(text, *sentences[i]) for i in range(index)
        )
    if not drafts and headline_meeting:
        for index in sorted(by_sentence):
            if FUTURE_CUES.search(text, *sentences[index]) or TRAVEL_PURPOSE.search(
                text, *sentences[index]
            ):
                continue  # "Buhari hosts Bazoum" over "Buhari will host Bazoum on Thursday"
            people = [p for m, p in by_sentence[index] if p.confirmed and not p.is_spokesperson]
            if people:
                draft = MeetingDraft(sentence=index)
                for person in people:
                    draft.add(person, index)
                drafts.append(draft)
                break
    if not drafts:
        return []
    main = drafts[0]
    if len(drafts) > 1 and len(main.persons) == 1 and _SEPARATELY.search(
        text, *sentences[drafts[1].sentence]
    ):
        # "X received the ambassadors of several countries. He separately received A, B and
        # C": the first sentence sums up the meetings the next one tells apart.
        main.umbrella = True
    _add_attendees(text, sentences, by_sentence, main, drafts)
    return drafts



# "the Secretary-General met with ...": the subject by office alone, right before the verb.
_TITLE_SUBJECT = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+(?:also\s+)?$")


_PRONOUN_SUBJECT = re.compile(r"\W*(?:He|She|His|Her)\b")


def _subject_named_before(
    text: str,
    span: tuple[int, int],
    by_sentence: dict[int, list[tuple[PersonMention, Person]]],
    index: int,
) -> Person | None:
    """The one person named earlier who is the sentence's subject: by the office alone ("Mr. A,
    Secretary-General of the OECD, ... While in New York, the Secretary-General met with B"),
    or by a pronoun for the one person the sentence before names ("A visited the Embassy. His
    arrival was welcomed by Ambassador B")."""
    verb = MEETING_VERBS.search(text, span[0], span[1])
    if verb and index > 0 and _PRONOUN_SUBJECT.match(text, span[0], verb.start()):
        before = {id(p): p for _, p in by_sentence.get(index - 1, []) if not p.is_spokesperson}
        person = next(iter(before.values())) if len(before) == 1 else None
        # Introduced as a person, by an office or a form of address: not "the Raisina Dialogue".
        titled = person is not None and any(m.source != "bare" for m in person.mentions)
        return person if titled else None
    subject = verb and _TITLE_SUBJECT.search(text, span[0], verb.start())
    if not subject:
        return None
    office = subject.group(1).lower()
    earlier = {
        id(p): p for i, entries in by_sentence.items() if i < index for _, p in entries
    }.values()
    holders = [p for p in earlier if (p.role or "").lower().startswith(office)]
    return holders[0] if len(holders) == 1 else None


def _present_people(
    text: str, sentence_start: int, entries: list[tuple[PersonMention, Person]]
) -> list[Person]:
    """The people named in a meeting sentence who take part: not quoted, not a spokesperson,
    not the one who sent the participants."""
    return [
        p for m, p in entries
        if not _inside_quotes(text, sentence_start, m.start) and not p.is_spokesperson
        and not _sent_by(text, sentence_start, m)
    ]


# A sentence of a statement quoted in its speaker's words: "“I had a constructive call with
# ...", or a later one of the quotation, "I just spoke with ...".
FIRST_PERSON_QUOTE = re.compile(r"\s*[\"“]?\s*(?:I|We)\b")
# How many sentences of a quotation may come before the one that reports the meeting.
QUOTE_REACH = 3


def _quoted_meeting(
    text: str,
    sentences: list[tuple[int, int]],
    index: int,
    by_sentence: dict[int, list[tuple[PersonMention, Person]]],
) -> list[Person]:
    """ "X made the following statement: “I had a call with Y today.”": the speaker, the one
    person named in the sentence introducing the quotation, and the people the quotation
    names, in its first sentence or a later one ("“Since I came into office, ... I just spoke
    with Y ...")."""
    intro = next((
        i for i in range(index - 1, max(-1, index - 1 - QUOTE_REACH), -1)
        if text[slice(*sentences[i])].rstrip(". ").endswith(":")
    ), None)
    if intro is None:
        return []
    quoted = text[sentences[intro + 1][0] : sentences[index][0]]
    if intro + 1 < index and not (
        quoted[:1] in _QUOTE_CHARS and sum(quoted.count(c) for c in _QUOTE_CHARS) % 2 == 1
    ):
        return []  # the quotation opened right after the introduction and is still open
    speakers = [p for _, p in by_sentence.get(intro, []) if not p.is_spokesperson]
    if len({id(p) for p in speakers}) != 1:
        return []
    named = [p for _, p in by_sentence.get(index, []) if p is not speakers[0]]
    return [speakers[0], *named] if named else []


# "Speaker A and Arab Parliament speaker B discussed on Thursday means of ...": two people who
# did something together met.
JOINT_VERB = re.compile(
    r"\b(?:discussed|reviewed|explored|mulled|deliberated\s+on|(?:have\s+|has\s+)?signed"
    r"|talked)\b"
)


# "In Kolkata, the Minister met with ...": the place of the next stop of a visit.
_AT_A_PLACE = re.compile(r"\W*In\s+((?:[A-Z][\w'’-]+\s?){1,3}),")
# "During His Excellency's visit to the Kingdom of Morocco, he met Minister X".
_DURING_THE_VISIT = re.compile(
    r"\W*During\s+(?:his|her|their|the|His\s+Excellency[’']s)\s+(?:[\w-]+\s+)?"
    r"(?:visit|trip|tour|stay)\b"
)


def _opens_at_a_stop(sentence: str) -> bool:
    if _DURING_THE_VISIT.match(sentence):
        return True
    place = _AT_A_PLACE.match(sentence)
    return place is not None and city_country(place.group(1).strip()) is not None


def named_around_verb(
    text: str, span: tuple[int, int], entries: list[tuple[PersonMention, Person]]
) -> tuple[list[tuple[PersonMention, Person]], list[tuple[PersonMention, Person]]]:
    """The people a sentence names before its first meeting verb and after it."""
    verb = MEETING_VERBS.search(text, span[0], span[1])
    if verb is None:
        return [], []
    return (
        [(m, p) for m, p in entries if m.end <= verb.start()],
        [(m, p) for m, p in entries if m.start >= verb.end()],
    )


def _subject_meets_others(
    text: str, span: tuple[int, int], entries: list[tuple[PersonMention, Person]],
    subject: Person,
) -> bool:
    """The meeting sentence has `subject` meet others it names: "During his working visit, X
    met with A, B and C"."""
    if BACKGROUND_CUES.search(text, span[0], span[1]):
        return False
    before, after = named_around_verb(text, span, entries)
    return any(p is subject and not m.speaker for m, p in before) and any(
        p is not subject for _, p in after
    )


def _holds_unnamed_office(text: str, main_span: tuple[int, int], person: Person) -> bool:
    """ "a meeting between the Ambassador of Azerbaijan and Minister X", then "I met with the
    Azerbaijani Ambassador to Israel Y": Y holds the office the meeting's sentence named
    without its holder."""
    if person.role is None or person.country is None:
        return False
    head = next((w for w in person.role.split() if bare(w) in ROLE_HEADS), None)
    if head is None:
        return False
    sentence = text[main_span[0] : main_span[1]]
    return office_country(head, (sentence,), None) == person.country


def _joint_discussion(
    text: str, sentence_start: int, entries: list[tuple[PersonMention, Person]]
) -> bool:
    """Two people named as the joint subject of a verb of discussing ("A and B discussed")."""
    if len(entries) < 2:
        return False
    (first, _), (second, _) = entries[0], entries[1]
    front = second.title_start if second.title_start is not None else second.start
    gap = text[_mention_tail(first) : min(front, second.start)]
    if not re.fullmatch(r"\s*,?\s*and\s+(?:the\s+|[A-Z][\w.]{1,5}\s+)?", gap):  # "A and Mr. B"
        return False
    verb = JOINT_VERB.search(text, second.end, min(len(text), second.end + 80))
    return verb is not None and not re.search(r"[,;:.]", text[second.end : verb.start()])


def _add_later_meeting(
    text: str,
    span: tuple[int, int],
    index: int,
    entries: list[tuple[PersonMention, Person]],
    drafts: list[MeetingDraft],
) -> None:
    """ "He also met with ...": the "also met" sentence at `index` opens another meeting when it
    names someone new and is not about an earlier event."""
    people = _present_people(text, span[0], entries)
    new_people = [p for p in people if all(p is not q for d in drafts for q in d.persons)]
    if not new_people or BACKGROUND_CUES.search(text[span[0] : span[1]]):
        return
    # The verb that reports this meeting: the last one before the first newcomer ("Following
    # that meeting, Minister X then met with Y"), else the first.
    first_new = min(m.start for m, p in entries if any(p is q for q in new_people))
    before = list(MEETING_VERBS.finditer(text, span[0], first_new))
    verb = before[-1] if before else MEETING_VERBS.search(text, span[0], span[1])
    main_subject = drafts[0].persons[0] if drafts[0].persons else None
    if verb and any(
        m.start > verb.start() and p is not main_subject
        and any(p is q for d in drafts for q in d.persons)
        for m, p in entries
    ):
        return  # "Earlier, X and his wife received Y and his spouse": a meeting told again
    draft = MeetingDraft(sentence=index)
    # "Meanwhile, President X also received ...": someone of an earlier meeting named before
    # the verb is this one's subject.
    subjects = [
        p for m, p in entries
        if verb and m.start < verb.start() and any(p is q for d in drafts for q in d.persons)
    ]
    for person in people:
        if person in new_people or any(person is q for q in subjects):
            draft.add(person, index)
    drafts.append(draft)


# The colon after a speaker's name ("President of Russia Vladimir Putin: Colleagues, ...").
_SPEAKER_COLON = re.compile(r"[ \t]*:")
# How far back an editor's note in a transcript may open: "(Further on, X gave a report ...".
NOTE_REACH = 2000


def _narrated(text: str, position: int) -> bool:
    """Inside an editor's parenthesised note of a transcript, which narrates the meeting."""
    opened = text.rfind("(", max(0, position - NOTE_REACH), position)
    return opened >= 0 and text.find(")", opened, position) < 0


def _pointed_at(
    sentence: str, start: int, entries: list[tuple[PersonMention, Person]]
) -> list[PersonMention]:
    """The people a pointing cue names: the one right after "according to" ("According to
    Kyrylo Tymoshenko, ...", not "According to him, President X is ..."), and those listed
    after "initiated by", and all those listed after "signed by" ("exchanged by A, ..., and
    B, ...")."""
    pointed: list[PersonMention] = []
    for cue in POINTING_CUES.finditer(sentence):
        after = [m for m, _ in entries if m.start >= start + cue.end()]
        if not after:
            continue
        first = after[0]
        front = min(first.start, first.title_start or first.start)
        gap = sentence[cue.end() : front - start]
        if len(gap) > 80 or re.search(r"[,;:]", gap):
            continue
        listed = re.match(r"(?:signed|exchanged|presented|handed|made)\b", cue.group(0), re.I)
        pointed.extend(after if listed else after[:1])
    return pointed


_MEET = re.compile(r"\bmeet\b")


def _announces_meeting(sentence: str) -> bool:
    # Future cues are rare, so they are looked for before the meeting verbs.
    if not FUTURE_CUES.search(sentence):
        return False
    return bool(MEETING_VERBS.search(sentence) or _MEET.search(sentence))


def _mentions_principal(sentence: str) -> bool:
    return bool(re.search(r"\b[Tt]he\s+(?:President|Prime\s+Minister|Secretary|Chancellor)\b",
                          sentence))


def _introduces_list(sentence: str) -> bool:
    """Ends with a colon after an attendance cue or "included:", or is a heading such as
    "Participants": a list of attendees follows."""
    # Both patterns need the colon at the end; most sentences fail this cheap test.
    if not sentence.rstrip().endswith(":"):
        return len(sentence) <= MAX_HEADING and LIST_HEADING.fullmatch(sentence.strip()) is not None
    return bool(ATTENDANCE.search(sentence) or LIST_INTRODUCTION.search(sentence))


def _newcomers(
    entries: list[tuple[PersonMention, Person]], main: MeetingDraft, elsewhere: set[int]
) -> list[tuple[PersonMention, Person]]:
    """The entries whose person could still join the main meeting: confirmed, not in it yet
    (adding them again changes nothing) and not at another meeting."""
    return [
        (mention, person) for mention, person in entries
        if person.confirmed and id(person) not in elsewhere
        and all(q is not person for q in main.persons)
    ]


def _after(entries: list[tuple[PersonMention, Person]], mention: PersonMention) -> list[
    PersonMention
]:
    return [m for m, _ in entries if m.start > mention.start]


def _add_attendees(
    text: str,
    sentences: list[tuple[int, int]],
    by_sentence: dict[int, list[tuple[PersonMention, Person]]],
    main: MeetingDraft,
    drafts: list[MeetingDraft],
) -> None:
    """Attendees, transcript speakers and people acting in the body join the main meeting."""
    elsewhere = {id(p) for d in drafts[1:] for p in d.persons}
    listing = False  # inside a bullet list introduced by "The following ... called on X:"
    # From the first speaker's label on the text is a transcript: in a speech, "General
    # Secretary X discussed this with me" reports what someone absent did.
    speech_from = min(
        (
            i for i, found in by_sentence.items()
            if i > main.sentence and any(
                m.speaker or _SPEAKER_COLON.match(text, m.end) for m, _ in found
            )
        ),
        default=len(sentences),
    )
    for index, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        is_bullet = sentence[:1] in BULLETS
        if not is_bullet:
            listing = _introduces_list(sentence)
        if index == main.sentence:
            continue
        # The cues below are searched only in sentences naming someone who could still join.
        entries = _newcomers(by_sentence.get(index, []), main, elsewhere)
        if not entries:
            continue
        cue = ATTENDANCE.search(sentence)
        attendance = cue is not None or listing and is_bullet
        attendees_from = start if listing and is_bullet else start + cue.start() if cue else None
        # A spokesperson only when named after the words that say who attended: "Present were
        # ... the Government Spokesman, X", not "According to the Director of Communication, X,
        # the envoys are ...".
        entries = [
            (mention, person) for mention, person in entries
            if not person.is_spokesperson
            or attendees_from is not None and mention.start >= attendees_from
        ]
        if not entries:
            continue
        background = bool(BACKGROUND_CUES.search(sentence))
        mention_only = MENTION_ONLY_CUES.search(sentence)
        pointed = _pointed_at(sentence, start, by_sentence[index])
        body_list = BODY_LIST.search(sentence)
        for mention, person in entries:
            if body_list and mention.source == "bare" and start + body_list.end() <= mention.start:
                continue
            if mention_only and mention_only.start() < mention.start or _sent_by(
                text, start, mention
            ):
                continue
            if _inside_quotes(text, start, mention.start):
                continue
            if (
                mention.speaker
                or attendance and not background
                or any(mention is m for m in pointed) and not background
                or not background and _listed_agent(
                    text, mention, _after(by_sentence[index], mention), end
                ) and (
                    index <= speech_from or _narrated(text, mention.start)
                )
            ):
                main.add(person, index)
