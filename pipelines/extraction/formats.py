"""Meeting format from the words that report it: phone, video or in person."""

from __future__ import annotations

import re

VIDEO_CUES = re.compile(
    r"\b(?:video\s*-?\s*conference|videoconferenc\w*"
    r"|video\s+(?:call|link|format|conversation|talks|meeting|summit|discussions?)"
    r"|virtual(?:ly)?\s+(?:meeting|call|summit|talks|conversation|discussions?|session"
    r"|dialogue|engagement|exchange|ceremony|settings?)|virtually|via\s+video"
    r"|online\s+(?:meeting|talks|conversation|summit)|conference\s+call|by\s+video|VTC"
    r"|in\s+(?:a\s+)?video\s+format|remote\s+(?:meeting|format))\b",
    re.IGNORECASE,
)
PHONE_CUES = re.compile(
    r"\b(?:(?:tele)?phone(?:d)?|tele-?conference|by\s+phone|over\s+the\s+phone|phone\s+call"
    r"|call\s+with"
    r"|(?:had|held|made|joint|a)\s+(?:a\s+)?call\b|call(?:ed)?\s+(?!on\b|upon\b|for\b)"
    r"(?:President|Prime|Chancellor|Secretary|Minister|King|his|her|the\s+(?!international)))",
    re.IGNORECASE,
)
IN_PERSON_CUES = re.compile(
    r"\b(?:met|meets|visit\w*|hosted|hosts|welcomed|received|receives|courtesy\s+calls?"
    r"|called\s+on"
    r"|arrived|in\s+person|face-to-face|talks\s+(?:in|at))\b",
    re.IGNORECASE,
)
# "talks" as a verb ("Minister talks to ..."), not the noun of "held talks with".
SPOKE_WITH = re.compile(
    r"\b(?:spoke|speaks|talked|(?<!held\s)(?<!holds\s)(?<!hold\s)(?<!holding\s)(?<!of\s)"
    r"(?<!the\s)(?<!bilateral\s)(?<!his\s)(?<!her\s)(?<!their\s)talks)"
    r"\s+(?:\w+\s+){0,2}(?:with|to)\b",
    re.I,
)
# "Following the meeting of the Council, held via videoconference, Vladimir Putin had a
# telephone conversation with ...": the opening clause is about an earlier event.
EARLIER_EVENT_CLAUSE = re.compile(
    r"^\s*(?:Following|After|Ahead\s+of|Before|Prior\s+to)\b.*?,\s+(?=[A-Z])", re.DOTALL
)
# "had a lengthy conversation with": a conversation that names no medium.
BARE_CONVERSATION = re.compile(
    r"\b(?:had|held)\s+an?\s+(?:[\w-]+\s+){0,2}?conversation\s+with\b", re.IGNORECASE
)
# A headline that reports a meeting or a conversation and names no medium.
MEETING_HEADLINE = re.compile(r"^\s*(?:Meeting|Talks)\s+with\b", re.IGNORECASE)
CONVERSATION_HEADLINE = re.compile(r"^\s*Conversation\s+with\b", re.IGNORECASE)
# "Secretary Blinken's Meeting with ...", "President Meets ...": the headline calls it a meeting.
MEETING_IN_HEADLINE = re.compile(r"\b(?:Meeting|Meets)\s+(?:with\b|[A-Z])")


def _cue_format(text: str) -> str | None:
    if VIDEO_CUES.search(text):
        return "video"
    if PHONE_CUES.search(text) and not re.search(r"courtesy\s+call", text, re.I):
        return "phone"
    if IN_PERSON_CUES.search(text):
        return "in_person"
    return None


def classify_format(meeting_sentence: str, headline: str | None) -> str:
    """in_person | phone | video for a meeting reported by `meeting_sentence`."""
    earlier = EARLIER_EVENT_CLAUSE.match(meeting_sentence)
    if earlier and _cue_format(meeting_sentence[earlier.end() :]):
        meeting_sentence = meeting_sentence[earlier.end() :]
    for text in (meeting_sentence, headline or ""):
        found = _cue_format(text)
        if found:
            return found
    # "Meeting with US President Joseph Biden" reported as "had a lengthy conversation with"
    # him: a meeting held as a conversation at a distance, which is not by telephone (that
    # would be a "Telephone conversation"), is a video meeting.
    if MEETING_HEADLINE.match(headline or "") and BARE_CONVERSATION.search(meeting_sentence):
        return "video"
    # "Conversation with President of Kazakhstan ..." or "Meeting with ...": "spoke with" him
    # there is not a call.
    headline = headline or ""
    if (
        SPOKE_WITH.search(meeting_sentence)
        and not CONVERSATION_HEADLINE.match(headline)
        and not MEETING_IN_HEADLINE.search(headline)
    ):
        return "phone"
    return "in_person"
