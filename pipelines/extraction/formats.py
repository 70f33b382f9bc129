"""Meeting format from the words that report it: phone, video or in person."""

from __future__ import annotations

import re

VIDEO_CUES = re.compile(
    r"\b(?:video\s*-?\s*conference|videoconferenc\w*|video\s+(?:call|link|format|conversation)"
    r"|virtual(?:ly)?\s+(?:meeting|call|summit|talks|conversation)|virtually|via\s+video"
    r"|online\s+(?:meeting|talks|conversation|summit)|conference\s+call|by\s+video|VTC"
    r"|in\s+(?:a\s+)?video\s+format|remote\s+(?:meeting|format))\b",
    re.IGNORECASE,
)
PHONE_CUES = re.compile(
    r"\b(?:(?:tele)?phone(?:d)?|by\s+phone|over\s+the\s+phone|phone\s+call|call\s+with"
    r"|(?:had|held|made|joint|a)\s+(?:a\s+)?call\b|call(?:ed)?\s+(?!on\b|upon\b|for\b)"
    r"(?:President|Prime|Chancellor|Secretary|Minister|King|his|her|the\s+(?!international)))",
    re.IGNORECASE,
)
IN_PERSON_CUES = re.compile(
    r"\b(?:met|meets|visit\w*|hosted|hosts|welcomed|received|courtesy\s+call|called\s+on"
    r"|arrived|in\s+person|face-to-face|talks\s+(?:in|at))\b",
    re.IGNORECASE,
)
SPOKE_WITH = re.compile(r"\b(?:spoke|speaks|talked|talks)\s+(?:\w+\s+){0,2}(?:with|to)\b", re.I)


def classify_format(meeting_sentence: str, headline: str | None) -> str:
    """in_person | phone | video for a meeting reported by `meeting_sentence`."""
    for text in (meeting_sentence, headline or ""):
        if VIDEO_CUES.search(text):
            return "video"
        if PHONE_CUES.search(text) and not re.search(r"courtesy\s+call", text, re.I):
            return "phone"
        if IN_PERSON_CUES.search(text):
            return "in_person"
    if SPOKE_WITH.search(meeting_sentence) and not IN_PERSON_CUES.search(meeting_sentence):
        return "phone"
    return "in_person"
