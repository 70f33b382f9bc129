"""The words that report meetings: verbs, sequence openers, attendance, announcements.

Patterns as data for meetings.py, which reads them sentence by sentence; `is_meeting_sentence`
is the one test built from them that other modules share.
"""

from __future__ import annotations

import re

_CREDENTIALS_PRESENTED = (
    r"presented\s+(?:(?:his|her|their)\s+)?(?:letters\s+of\s+credence|credentials)"
)
# Names and titles: capitalised words with a few connectors ("Secretary of State for Defence,
# Ben Wallace,").
_CAPITALISED_RUN = (
    r"(?-i:[A-Z])[\w.'’-]*(?:,?\s+(?:(?:of|for|the|de|von|van|al)\s+)*(?-i:[A-Z])[\w.'’-]*)"
    r"{0,10},?"
)
MEETING_VERBS = re.compile(
    r"\b(?:met|meets|meeting|talks|talk(?:ed|ing)\s+(?:with|to)"
    r"|(?:bid|bids|bade|bidding)\s+(?:a\s+)?farewell\s+to"
    r"|(?:pleased|delighted|glad|happy)\s+to\s+meet|(?:telephone|phone)\s+(?:conversation|call|talk|conference)s?"
    r"|spoke"
    r"|spoken|speaks|call(?:ed)?\s+(?:with|on)|calls\s+on|conversations?|videoconference"
    # "called" a counterpart, not "called for the need to ..." or "called upon all".
    r"|called(?!\s+(?:for|upon|to|it|this|that|the\s+need|on\s+(?:all|the\s+international))\b)"
    r"|video\s*conference|video\s+call|virtual\s+meeting"
    r"|received(?!\s+(?-i:his|her|their|its|an?)\b)"
    # "received a delegation of the Japanese House of Councillors led by ...", not "received
    # a letter".
    r"|received\s+an?\s+(?:[\w-]+\s+){0,3}?(?:delegation|group|team|mission|visit|courtesy)\b"
    r"|receives|hosted|hosts|play(?:ed|s)\s+host\s+to"
    r"|welcomed|courtesy\s+call|audience|negotiations|consultations"
    # "had a working dinner with Ambassador X", "hosted a luncheon in honour of ...".
    r"|(?:dinner|lunch|luncheon|breakfast|banquet)\s+(?:meeting\s+)?(?:with|for"
    r"|in\s+honou?r\s+of)"
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
    r"|held\s+(?:(?:a|an|their|his|her|its|first|second|bilateral|official|working|separate"
    r"|joint|private)\s+){0,3}(?:discussions?|talks|meeting|conversation|call|sessions?\s+with)"
    # "Minister A and Secretary of State B signed a Joint Vision Statement": two named sides
    # signing together met (not "after President A and opposition groups signed ...").
    rf"|(?<![\w,]\s)(?<![\w,]){_CAPITALISED_RUN}\s+and\s+{_CAPITALISED_RUN}\s+"
    r"(?:also\s+|jointly\s+|today\s+|on\s+\w+\s+)?signed\s+(?:an?|the)\s+"
    r"(?:(?!(?:law|decree|bill|order|resolution|ratification)\b)[\w'’-]+\s+){0,5}?"
    r"(?:agreement|memorandum|statement|declaration|protocol|MoU|accord|treaty"
    r"|letter\s+of\s+intent|programme|plan)\b"
    # "X today briefed members of the Board on ...", not the press.
    r"|(?<!was\s)(?<!were\s)\bbriefed\s+(?!(?:the\s+)?(?:media|press|reporters|journalists"
    r"|newsmen|correspondents)\b)(?:[\w'’-]+\s+){0,14}?on\b"
    r"|meetings\s+(?:were|have\s+been)\s+(?:also\s+)?held"
    r"|conference\s+call|chaired|briefing\s+session|working\s+(?:meeting|session)|joint\s+call"
    r"|convened"
    r"|tele-?conference|exchanged\s+views|(?:was|were)\s+briefed\s+by"
    r"|held\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?(?:Session|Segment|Dialogue|Round)\b"
    # One of a series told in turn: "received two courtesy calls. The first was from X".
    r"|the\s+(?:first|second|third|fourth|fifth|last|final)(?:\s+[\w-]+){0,3}?\s+(?:was|came)"
    r"\s+(?:from|with)\b"
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
    # "He also pointed out, during a meeting with Vice Chairman X, that ...".
    r"|\bduring\s+(?:a|an|his|her|their)\s+(?:\w+\s+)?(?:meeting|talks|call|conversation)"
    r"\s+with\b"
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
    # "On Friday, the Speaker met President X": a diary's day.
    r"|^\W*on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
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
    r"|chancellor|governor|mayor|speaker))"
    # "The prime minister, during the past week, met ...".
    r"(?:\s*,[^,.;]{1,40},)?\s+(?:met|received|hosted|held\s+talks)\b",
    re.IGNORECASE,
)
ATTENDANCE = re.compile(
    r"\b(?:(?:were|was)\s+(?:also\s+)?present|also\s+present|(?:was|were)\s+attended\s+by"
    r"|attended\s+by|in\s+attendance|also\s+attended|(?:also\s+)?(?:took|taking)\s+part"
    r"|participated|(?:among\s+)?those\s+(?:present|attending|who\s+(?:attended|met))"
    r"|(?:were\s+)?joined\s+(?:(?:in|at|for|during|on)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?)?by"
    r"|join(?:ing|ed)\s+the\s+(?:meeting|talks|discussions?|call"
    r"|conversation|occasion|event|session)"
    # "Joining the Prime Minister are A and B", "Attending from the Government, A, B and C".
    r"|^\W*Joining\s+(?:[\w.’'-]+\s+){1,5}?(?:was|were|is|are)"
    r"|^\W*Attending\s+(?:from|for|on|the|this)\b"
    r"|(?:were|was)\s+(?:also\s+)?at\s+the\s+(?:meeting|talks|discussions?|call|session)"
    r"|^\W*(?:Also\s+)?present\s+(?:were|was)"
    r"|(?:held|took\s+place|signed|made)\s+in\s+the\s+presence\s+of"
    r"|representing\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}"
    r"(?:(?:at|in|during)\s+(?:the|this|these|both)\s+\w+\s+)?(?:were|was)"
    r"|participating\s+in\s+the\s+(?:meeting|talks|discussion|call|conversation)"
    r"|on\s+the\s+call\s+were|(?:also\s+)?in\s+the\s+meeting\s+(?:were|was)"
    r"|(?:meeting|talks)\s+(?:was|were)\s+held\s+by"
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
    r"|accompanied\s+(?:him|her|them|the\s+(?:\w+\s+)?(?:President|Prime\s+Minister|Minister"
    r"|Secretary|Chancellor|delegation|leader|head|Governor|Speaker|Chairman|Chair|Premier"
    r"|King|Emir|Amir|Mayor))"
    r"|(?:delegation|group|team|entourage)\s+(?:also\s+)?(?:included|comprised|consisted)"
    r"|participants\s+(?:were|included)"
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
# Two delegations meeting, their heads named in the next sentence.
DELEGATIONS_MET = re.compile(r"\bdelegation\b[^.;]{0,80}?\bmet\b[^.;]{0,60}?\bdelegation\b", re.I)
DELEGATION_HEADS = re.compile(
    r"\b(?:was|were)\s+(?:headed|led)\s+by\b|\b(?:headed|led)\s+the\s+(?:[\w-]+\s+){0,2}"
    r"delegation\b",
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
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:bilateral\s+|separate\s+"
    r"|courtesy\s+)?(?:meetings|calls)\b",
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
