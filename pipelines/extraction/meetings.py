"""Meetings of a document: which sentences report one, and who took part.

The first sentence that reports a meeting with a counterpart opens the main meeting; a later
"He also met with ..." naming someone new opens another. Participants are the people named in
a meeting's sentence, those reported as attending ("were also present"), the speakers of a
transcript and the people reported acting in the body ("Krasnov invited ..."); people only
mentioned (thanked, quoted from a letter, the spokesperson) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipelines.extraction.people import PersonMention
from pipelines.extraction.persons import Person
from pipelines.extraction.places import city_country
from pipelines.extraction.vocabulary import AGENT_VERBS

_CREDENTIALS_PRESENTED = (
    r"presented\s+(?:(?:his|her|their)\s+)?(?:letters\s+of\s+credence|credentials)"
)
MEETING_VERBS = re.compile(
    r"\b(?:met|meets|meeting|talks|(?:pleased|delighted|glad|happy)\s+to\s+meet|(?:telephone|phone)\s+(?:conversation|call|talk|conference)s?"
    r"|spoke"
    r"|spoken|speaks|call(?:ed)?\s+(?:with|on)|calls\s+on|conversations?|videoconference"
    # "called" a counterpart, not "called for the need to ..." or "called upon all".
    r"|called(?!\s+(?:for|upon|to|it|this|that|the\s+need|on\s+(?:all|the\s+international))\b)"
    r"|video\s*conference|video\s+call|virtual\s+meeting"
    r"|received(?!\s+(?-i:his|her|their|its|an?)\b)"
    # "received a delegation of the Japanese House of Councillors led by ...", not "received
    # a letter".
    r"|received\s+an?\s+(?:[\w-]+\s+){0,3}?(?:delegation|group|team|mission|visit|courtesy)\b"
    r"|receives|hosted|hosts"
    r"|welcomed|courtesy\s+call|audience|negotiations|consultations"
    r"|discussions?\b(?:\s+\S+){0,4}?\s+(?:with|between)|discussed\s+(?:\w+\s+){0,2}?with"
    r"|(?:held|had)\s+(?:\w+\s+){0,4}?meetings|meetings\s+with|engagements?\s+with"
    # "signed a MoU with LA Mayor X in Seoul": a signing together.
    r"|(?:signed|inked)\s+(?:an?|the)\s+(?:\S+\s+){0,5}?with\b|signed\s+with\b"
    # "A signed the letter on behalf of X while B signed on behalf of Y": the signatories met.
    r"|signed\s+(?:\S+\s+){0,4}?(?:for|on\s+behalf\s+of)\s[^.;]{0,150}?\b(?:while|whereas"
    r"|and)\b[^.;]{0,200}?\bsigned\b"
    r"|\bsigned\s+by\b[^.;]{0,150}?\band\b[^.;]{0,80}?\bsigned\s+by\b"
    # "The agreement was signed by Minister A and JICA's representative B".
    r"|\b(?:was|were)\s+signed\s+by\s[^.;]{0,150}?\band\s"
    # "visited India at the invitation of External Affairs Minister X": X received the visit.
    r"|visited\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}at\s+the\s+invitation\s+of"
    r"|paid\s+(?:\S+\s+){0,4}?(?:\w+\s+)?(?:visit|call)\b"
    r"|discussions?\b(?:\s+\S+){0,8}?\s+(?:was|were)\s+held"
    r"|held\s+(?:a\s+|bilateral\s+)?(?:discussions?|talks|meeting|conversation|call"
    r"|sessions?\s+with)"
    r"|meetings\s+(?:were|have\s+been)\s+(?:also\s+)?held"
    r"|conference\s+call|chaired|briefing\s+session|working\s+(?:meeting|session)|joint\s+call"
    r"|convened"
    r"|tele-?conference|exchanged\s+views|(?:was|were)\s+briefed\s+by"
    r"|held\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?:Session|Segment|Dialogue|Round)\b"
    # Envoys presenting credentials meet the head of state they present them to.
    rf"|{_CREDENTIALS_PRESENTED}"
    r"|visited\s+(?=(?:\w+\s+){0,2}?(?:President|Prime\s+Minister|Minister|Chancellor|King"
    r"|Emir|Amir|Secretary|Governor|Director|Chair\w*|Head|Speaker|Commissioner|Ambassador"
    r"|Mayor)\b))\b",
    re.IGNORECASE,
)
FUTURE_CUES = re.compile(
    r"\b(?:will\s+(?:also\s+)?(?:meet|hold|host|visit|receive|travel|speak|have|attend"
    r"|participate|take\s+part|join)|(?<!pleased\s)(?<!delighted\s)(?<!glad\s)(?<!happy\s)"
    r"to\s+meet\b|is\s+scheduled"
    r"|are\s+scheduled|is\s+expected\s+to\s+(?:meet|hold)|plans?\s+to\s+(?:meet|hold)"
    r"|tomorrow|(?:is|are)\s+(?:also\s+)?expected|will\s+be\s+(?:held|signed)"
    r"|(?:is|are)\s+set\s+to|will\s+look\s+to|there\s+will\s+be"
    r"|(?:meeting|talks|summit|visit|retreat|session)\s+will)\b",
    re.IGNORECASE,
)
# A meeting reported as done: after an announcement only these open the main meeting.
PAST_MEETING = re.compile(
    r"\b(?:met|held|received|hosted|welcomed|spoke|spoken|called|took\s+place|was\s+held"
    r"|were\s+held|discussed|chaired|visited|convened|paid)\b",
    re.IGNORECASE,
)
# How far after the meeting verb a future cue still governs it ("met" ... "tomorrow").
FUTURE_REACH = 60
BACKGROUND_CUES = re.compile(
    r"\b(?:recent|previous|last\s+(?:week|month|year)|following\s+(?:his|her|their)"
    r"|(?:in|since)\s+(?:19|20)\d\d|had\s+invited|had\s+(?:met|spoken))\b",
    re.IGNORECASE,
)
ALSO_MET = re.compile(
    r"\b(?:also|separately|later|subsequently|then)\s+(?:met|discussed\s+with"
    r"|held\s+(?:talks|a\s+meeting"
    r"|consultations|discussions)|spoke|had\s+an?\s+(?:\w+\s+)?(?:meeting|conversation|call"
    r"|audience)|attended\s+an?\s+(?:\w+\s+)?meeting|received"
    r"|hosted|welcomed|called\s+on|paid\s+a|visited)\b"
    # "The visit concluded with a lunch-meeting with Prime Minister X".
    r"|\b(?:concluded|ended)\s+with\s+an?\b"
    # "Thereafter, the President proceeded to X and held discussions with Y": a sentence that
    # opens with a step of a sequence reports the next meeting of a visit.
    r"|^\W*(?:thereafter|afterwards|subsequently|later|earlier|separately|then|next|finally"
    r"|lastly|moreover|furthermore|besides"
    r"|in\s+addition|additionally|likewise|meanwhile|similarly)\b|\b(?:were|was)\s+also\s+held\b"
    r"|^\W*as\s+part\s+of\s+(?:his|her|their|the)\s+(?:agenda|programme|program|visit)\b"
    # A day-by-day report: "On the same day, ...", "On the second day of his programme, ...",
    # "Yesterday (Friday, 16 November), the Prime Minister spoke with ...".
    r"|^\W*(?:(?:on|during)\s+)?the\s+(?:same|next|following|(?:first|second|third|fourth"
    r"|fifth|last|final)(?:\s+and\s+\w+)?)\s+day\b|^\W*yesterday\b"
    # A stop of a trip: "While in New Delhi, the Secretary met with ...".
    r"|^\W*(?:while|whilst)\s+in\b|^\W*during\s+(?:his|her|their|the)\s+(?:stay|stop|stopover)\b"
    # A time of the day: "In the afternoon, the Secretary accompanied the President in ...".
    r"|^\W*(?:in|during)\s+the\s+(?:morning|afternoon|evening)\b"
    # Another stop of a visit: "paid a visit to the Navoi region, where he met governor X".
    r"|,\s+where\s+(?:he|she|they)\s+(?:also\s+)?(?:met|held\s+talks|was\s+received)\b",
    re.IGNORECASE,
)
# A diary of meetings, each told by its own sentence: "He met with Lebanese Minister X", "The
# premier met with ...".
DIARY_MEETING = re.compile(
    r"\W*(?:he|she|the\s+(?:premier|prime\s+minister|president|minister|secretary"
    r"|chancellor|governor|mayor|speaker))\s+(?:met|received|hosted|held\s+talks)\b",
    re.IGNORECASE,
)
ATTENDANCE = re.compile(
    r"\b(?:(?:were|was)\s+(?:also\s+)?present|also\s+present|(?:was|were)\s+attended\s+by"
    r"|attended\s+by|in\s+attendance|also\s+attended|(?:also\s+)?(?:took|taking)\s+part"
    r"|participated|(?:among\s+)?those\s+(?:present|attending|who\s+(?:attended|met))"
    r"|(?:were\s+)?joined\s+by|join(?:ing|ed)\s+the\s+(?:meeting|talks|discussions?|call"
    r"|conversation|occasion|event|session)"
    r"|representing\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}"
    r"(?:(?:at|in|during)\s+(?:the|this|these|both)\s+\w+\s+)?(?:were|was)"
    r"|participating\s+in\s+the\s+(?:meeting|talks|discussion|call|conversation)"
    r"|on\s+the\s+call\s+were|(?:also\s+)?in\s+the\s+meeting\s+(?:were|was)"
    r"|presenting\s+(?:their|his|her)\s+(?:letters\s+of\s+credence|credentials)"
    r"\s+(?:were|was)"
    # "Acting High Commissioner X guided discussion on ...": who led the meeting was in it.
    r"|(?:led|guided|moderated|facilitated)\s+(?:the\s+)?discussions?\b"
    r"|joining\s+(?:[A-Z][\w.’'-]*\s+){1,5}(?:at|in|for|on)\s+(?:this|the)\s+"
    r"(?:meeting|talks|discussion|call|conversation)"
    r"|(?:were|was)\s+(?:also\s+)?invited\s+to\s+(?:attend|take\s+part\s+in|participate\s+in|join)"
    r"\s+(?:the|this)\s+(?:meeting|talks|discussion|session|call|conversation)"
    r"|attended\s+(?:the|this)\s+(?:meeting|talks|discussion|session|call|conversation)"
    r"|accompanied\s+(?:(?:at|to|during|in|on|for)\s+(?:the|this)\s+\w+\s+)?by"
    r"|present\s+at\s+the|called\s+on|the\s+following\s+\w+\s+called"
    r"|accompanied\s+(?:him|her|them|the\s+(?:President|Prime\s+Minister|Minister|Secretary"
    r"|Chancellor|delegation))"
    r"|delegation\s+(?:also\s+)?(?:included|comprised|consisted)|participants\s+(?:were|included)"
    r"|^\W*(?:They|These|Those)\s+includ(?:e|ed)|^\W*Accompanying\s+(?:\S+\s+){0,4}?(?:were|was)"
    # "Chairman Senate was assisted by Senator A, B ...", "The visiting side headed by X was
    # comprised of ...", "the new envoys are A from Nigeria, B from India ...".
    r"|(?:was|were)\s+assisted\s+by|(?:was|were)\s+comprised\s+of|side\s+headed\s+by"
    r"|\b(?:envoys|ambassadors|delegates)\s+(?:are|were|included)"
    rf"|{_CREDENTIALS_PRESENTED}"
    r"|(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:other\s+)?(?:officials|participants"
    r"|attendees|dignitaries|guests)"
    r")\b",
    re.IGNORECASE,
)
# "Companies in attendance included A, B, C": a list of bodies, not of people; a bare name in it
# (no title or honorific) is a company's.
BODY_LIST = re.compile(
    r"\b(?:companies|firms|businesses|corporations|organi[sz]ations|institutions|brands"
    r"|manufacturers|universities|banks|groups)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:included|include|including|were|are|such\s+as)\b|\b(?:companies|firms|businesses"
    r"|corporations|organi[sz]ations)\s*:",
    re.IGNORECASE,
)
# Cues that point at the one person named right after them: "according to the Minister ...",
# "signed by ...", "The event was initiated by President X". The others in that sentence are
# only what was said or done ("the law signed by the President", "As agreed between A and B").
POINTING_CUES = re.compile(
    r"\b(?:according\s+to|(?:signed|exchanged|presented|handed\s+over|made|initiated"
    r"|organi[sz]ed|chaired|hosted|convened|moderated|co-chaired)\s+by)\b",
    re.IGNORECASE,
)
# "State legislative leaders included:", "Participants were:": a list of attendees follows.
LIST_INTRODUCTION = re.compile(r"\b(?:included|include|were|are|comprised)\s*:\s*$", re.I)
# A heading line over a bulleted list of attendees: "Meeting Participants", "<u>*Attendees*</u>".
LIST_HEADING = re.compile(
    r"(?:<\w+>|[^\w<])*(?:[A-Z]\w*\s+){0,2}(?:Participants|Attendees)(?:</\w+>|[^\w<])*"
)
MAX_HEADING = 60

# An unnamed group as the counterpart: "held a meeting with members of the Cabinet",
# "A discussion between President X and small and medium-scale rice mill owners".
GROUP_COUNTERPART = re.compile(
    r"\b(?:with|hosted|convened|received|between\s+.{3,80}?\s+and)\s+"
    r"(?:the\s+|an?\s+(?:\w+\s+)?group\s+of\s+)?(?:[\w’'-]+,?\s+){0,6}?"
    r"(?:members|representatives|heads|owners|leaders|executives|chairmen|governors|ministers"
    r"|officials|delegations?|students|farmers|workers|entrepreneurs|rectors|veterans|mayors"
    r"|businessmen|industrialists|scientists|servicemen|families|graduates|participants"
    r"|legislators|lawmakers|advisors|advisers|ambassadors|envoys|secretaries|counterparts"
    r"|commanders|CEOs|diplomats|staff|personnel|employees|allies|partners)\b"
    # Leaders named by plural office as the subject: "The Prime Ministers of Bulgaria, Israel
    # and Hungary have held a video conference".
    r"|^\W*The\s+(?:Prime\s+Ministers|Presidents|Foreign\s+Ministers|Ministers|Leaders"
    r"|Heads\s+of\s+State)\s+of\b",
    re.IGNORECASE,
)
# A multilateral gathering the subject attended, which names no other participant: "visited
# Brussels to participate in the NATO Foreign Ministers' Meeting", "attended the Summit of ...".
ATTENDED_GATHERING = re.compile(
    r"\b(?:[Pp]articipat\w*\s+in|[Aa]ttend(?:s|ed|ing)?|(?:took|take|taking)\s+part\s+in)\s+"
    r"(?:the\s+)?"
    # Up to eight words and an acronym: "the first Indo-Pacific Economic Framework for
    # Prosperity (IPEF) Ministerial meeting".
    r"(?:[\w’'-]+\s+|\([A-Z]{2,}\)\s+){0,8}?"
    r"(?:Summit|Ministerial|Ministers[’']?\s+(?:Meeting|Council)"
    r"|(?:Tri|Quadri)lateral\s+Meeting|Meeting\s+of\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,3}"
    r"(?:Ministers|Heads|Leaders))\b"
)
# A named gathering reported as held: "the Summit of Heads of State ... was held".
GATHERING_HELD = re.compile(
    r"\b(?:Summit|Ministerial|Meeting)\b[^.;]{0,150}?\b(?:was|were)\s+held\b"
    r"|\bheld\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}?(?:Summit|Ministerial|Meeting)\b"
)

# "held a series of talks with a number of his counterparts": each later sentence naming one
# reports a meeting of its own.
SERIES_OF_MEETINGS = re.compile(
    r"\b(?:a\s+series\s+of|several|a\s+number\s+of|multiple|an?\s+array\s+of|a\s+round\s+of)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings|consultations)\b"
    # "hosted three bilateral meetings"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:bilateral\s+|separate\s+)?"
    r"meetings\b",
    re.IGNORECASE,
)
SERIES_HEADING = re.compile(r"\W*(?:Other|Further|More|Additional)\s+meetings\W*", re.I)
MENTION_ONLY_CUES = re.compile(
    r"\b(?:letter|message|greetings|congratulations|wishes|condolences)\s+(?:\w+\s+){0,3}from\b"
    r"|\battributable\s+to\b",
    re.IGNORECASE,
)
# "Pursuant to the instruction of Head of the Office Andriy Yermak, Deputy Head ... met with":
# the person who sent someone is named, not present.
SENT_BY = re.compile(
    r"\b(?:on\s+behalf\s+of|(?:pursuant\s+to|on|upon|following|at)\s+the\s+"
    r"(?:instructions?|orders?|directions?|behest)\s+of|as\s+instructed\s+by"
    # "a special envoy of the eSwatini monarch and head of state King X": who sent the envoy.
    r"|\benvoy\s+(?:of|from)(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,7}?[\w-]+)?"
    # "a written message that President X had sent"
    r"|\b(?:letter|message)\s+(?:that|which)"
    r")\s+(?:the\s+)?(?:H\.\s?E\.\s+)?$",
    re.IGNORECASE,
)
# "following the assassination of President X", "the legacy of the late Y": someone only spoken
# about, whatever the sentence's verb.
SPOKEN_ABOUT = re.compile(
    r"\b(?:assassination|death|passing|killing|murder|funeral|memory|legacy|life)\s+of\s+"
    r"(?:the\s+)?(?:late\s+)?(?:former\s+)?$"
    # "He met Minister X, saying President Y always directs support for Lebanon".
    r"|,\s+(?:saying|noting|adding|stressing|stating)\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# "on the sidelines of a meeting between Presidents A and B": the event beside which the
# meeting took place, whose people did not take part in it.
BESIDE_EVENT = re.compile(
    r"\b(?:on|at|in)\s+the\s+(?:sidelines?|margins?)\s+of\s+[^,;:]*$", re.IGNORECASE
)
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


# "travelled to Suva today to attend a bilateral meeting with ...": the meeting is still ahead.
TRAVEL_PURPOSE = re.compile(
    r"\b(?:travel(?:l)?ed|left|departed|flew|set\s+off|embarked)\b[^.;]{0,80}?\bto\s+"
    r"(?:attend|hold|meet|participate|take\s+part)\b"
    r"|\bto\s+attend\b",  # "Secretary X to Attend G7 Finance Ministers Meeting"
    re.IGNORECASE,
)


def is_meeting_sentence(sentence: str) -> bool:
    """Reports a meeting that took place (not one announced for the future)."""
    verb = MEETING_VERBS.search(sentence)
    if not verb:
        return False
    future = FUTURE_CUES.search(sentence)
    if future and future.start() < verb.end() + FUTURE_REACH:
        return False
    travel = TRAVEL_PURPOSE.search(sentence)
    return not (travel and travel.start() < verb.start() and not PAST_MEETING.search(sentence))


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
            # "X paid a working visit to the Commission. X was briefed by Y": the next
            # sentence, or a later one where X meets someone, names the other side of a
            # meeting whose own sentence named none.
            completes_main = (
                len(drafts) == 1 and len(drafts[0].persons) == 1 and index in by_sentence
                and (
                    index == drafts[0].sentence + 1 and (
                        is_meeting_sentence(sentence)
                        or _joint_discussion(text, start, by_sentence[index])
                    )
                    or _subject_meets_others(
                        text, (start, end), by_sentence[index], drafts[0].persons[0]
                    )
                )
            )
            # A later meeting needs someone named and "also met": the rare, cheap tests come
            # before the meeting verbs, which most sentences after the main one would fail.
            also_met = index in by_sentence and (
                series or ALSO_MET.search(sentence)
                or not completes_main and (
                    DIARY_MEETING.match(sentence) or _opens_at_a_stop(sentence)
                )
            )
            if also_met and is_meeting_sentence(sentence):
                _add_later_meeting(text, (start, end), index, by_sentence[index], drafts)
            elif completes_main:
                for person in _present_people(text, start, by_sentence[index]):
                    drafts[0].add(person, index)
            elif (
                index not in by_sentence and GATHERING_HELD.search(sentence)
                and ALSO_MET.search(sentence) and not BACKGROUND_CUES.search(sentence)
                and not FUTURE_CUES.search(sentence)
            ):
                # "Later on the same day, the Trilateral Meeting of Ministers was held": the
                # subject of the main meeting took part in it.
                drafts.append(MeetingDraft(sentence=index, gathering=True))
            continue
        if not is_meeting_sentence(sentence) and not _joint_discussion(
            text, start, by_sentence.get(index, [])
        ):
            announced = announced or _announces_meeting(sentence)
            continue
        if announced and not PAST_MEETING.search(sentence):
            continue  # "Among the key figures meeting President X are ...": still the plan
        people = _present_people(text, start, by_sentence.get(index, []))
        if not people and FIRST_PERSON_QUOTE.match(sentence):
            people = _quoted_meeting(text, sentences, index, by_sentence)
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
    _add_attendees(text, sentences, by_sentence, main, drafts)
    return drafts


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


# A statement quoted whole, in its speaker's words: "“I had a constructive call with ...".
FIRST_PERSON_QUOTE = re.compile(r"\s*[\"“]\s*(?:I|We)\b")


def _quoted_meeting(
    text: str,
    sentences: list[tuple[int, int]],
    index: int,
    by_sentence: dict[int, list[tuple[PersonMention, Person]]],
) -> list[Person]:
    """ "X made the following statement: “I had a call with Y today.”": the speaker, the one
    person named in the sentence introducing the quotation, and the people the quotation
    names."""
    if index == 0 or not text[slice(*sentences[index - 1])].rstrip().endswith(":"):
        return []
    speakers = [p for _, p in by_sentence.get(index - 1, []) if not p.is_spokesperson]
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


def _subject_meets_others(
    text: str, span: tuple[int, int], entries: list[tuple[PersonMention, Person]],
    subject: Person,
) -> bool:
    """The sentence has `subject` meet others it names: "During his working visit, X met
    with A, B and C"."""
    sentence = text[span[0] : span[1]]
    if not is_meeting_sentence(sentence) or BACKGROUND_CUES.search(sentence):
        return False
    verb = MEETING_VERBS.search(text, span[0], span[1])
    return any(
        m.end <= verb.start() and p is subject and not m.speaker for m, p in entries
    ) and any(
        m.start >= verb.end() and p is not subject for m, p in entries
    )


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
    """The entries whose person could still join the main meeting: confirmed, no spokesperson,
    not in it yet (adding them again changes nothing) and not at another meeting."""
    return [
        (mention, person) for mention, person in entries
        if not person.is_spokesperson and person.confirmed and id(person) not in elsewhere
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
        attendance = bool(ATTENDANCE.search(sentence)) or listing and is_bullet
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
