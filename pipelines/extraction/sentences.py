"""Sentence segmentation with offsets into the original text.

Rule-based and fast. It copes with the defects of archived press releases: paragraphs glued
without a space ("message.Vladimir"), hard line wraps inside sentences, abbreviations ("Mr.",
"U.S.", "H.E."), initials ("Antony J. Blinken") and bullet lines.
"""

from __future__ import annotations

import re

# Words that end with a period without ending a sentence (compared without the period,
# case-sensitively for the capitalised forms, so that "no." or "co." in prose still split).
ABBREVIATIONS = frozenset(
    {
        "Mr", "Mrs", "Ms", "Mssrs", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt",
        "Adm", "Sgt", "Cpl", "Cmdr", "Cdr", "Brig", "Sen", "Sens", "Rep", "Reps", "Gov", "Amb",
        "Hon", "Rev", "Fr", "St", "Mt", "Ft", "Jr", "Sr", "No", "Nos", "Art", "Arts", "Vol",
        "vs", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "Pres", "Dept", "Govt", "Fig", "approx", "e.g", "i.e",
        "cf", "al", "Ph.D", "Excl", "Hr", "Min", "Dep", "Asst", "Supt", "Insp", "Cpt", "Pvt",
        "Adv", "Atty", "Msgr", "Sec", "Eng", "Engr", "Mme", "Mmes", "Mlle", "Smt", "Shri", "Ven",
        "Rt", "Mgr", "Ing", "PhDr", "JUDr", "MUDr", "RNDr", "PaedDr", "Bc",
    }
)

# After a dotted abbreviation such as "U.S." a sentence ends only when one of these follows.
SENTENCE_STARTERS = frozenset(
    {
        "The", "They", "He", "She", "It", "We", "This", "These", "Those", "That", "Both", "In",
        "On", "At", "During", "Their", "His", "Her", "Our", "As", "Following", "After",
        "Before", "Also", "Earlier", "Later", "Today", "Yesterday", "There", "I", "You",
    }
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*|\n(?=[ \t]*[•●▪■◦‣\-–—*]\s)|\r\n\r\n")
# A candidate boundary: sentence punctuation, optional closing quotes/brackets, then either
# white space or (glued paragraphs) directly a capitalised word.
_BOUNDARY = re.compile(
    r"(?P<punct>[.!?…]+)(?P<close>[\"”’'»)\]]*)"
    r"(?:(?P<space>\s+)(?=[\"“‘'«(\[]?[A-Z0-9•\u0400-\u042f])|(?=[A-Z][a-z]))"
)
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_NEXT_WORD = re.compile(r"[\"“‘'«(\[]?([A-Za-z]+)")


def _is_abbreviation(text: str, period_at: int, next_at: int) -> bool:
    """Whether the period at `period_at` belongs to an abbreviation or an initial."""
    match = _TOKEN_BEFORE.search(text, max(0, period_at - 40), period_at)
    if not match:
        return False
    token = match.group(1).lstrip("\"“‘'«([")
    if not token:
        return False
    if token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isupper():
        return True  # an initial: "Antony J. Blinken"
    if _DOTTED.match(token) or token.endswith(".") and "." in token[:-1]:
        # "U.S." ends a sentence only before a word that typically starts one.
        nxt = _NEXT_WORD.match(text, next_at)
        return not (nxt and nxt.group(1) in SENTENCE_STARTERS)
    return False


def _split_paragraph(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        punct_at = match.start("punct")
        if match.group("space") is None:
            # Glued: require a real word before ("message.Vladimir"), not "U.S.Army".
            before = text[max(start, punct_at - 2) : punct_at]
            if not (len(before) == 2 and before.isalpha() and before.islower()):
                continue
        if match.group("punct") == "." and _is_abbreviation(text, punct_at, match.end()):
            continue
        sentence_end = match.end("close")
        _append(text, cursor, sentence_end, out)
        cursor = match.end()
    _append(text, cursor, end, out)


def _append(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split `text` into sentences; returns (start, end) offsets, end exclusive, in order.

    Paragraph breaks (blank lines, bullet lines) always end a sentence; a single line break
    (a hard wrap) does not. Leading and trailing white space is excluded from each span.
    """
    spans: list[tuple[int, int]] = []
    cursor = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        _split_paragraph(text, cursor, brk.start(), spans)
        cursor = brk.end()
    _split_paragraph(text, cursor, len(text), spans)
    return spans
