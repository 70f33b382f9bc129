"""Clause bounds around a trigger, and a commitment's description cut from its clause."""

from __future__ import annotations

import re

from pipelines.extraction.commitments.regex import compile_spaced

CLAUSE_BREAK = compile_spaced(
    r";|:(?!\d)|, (?:and|but|while|whereas|although|though) |\b(?:while|whereas|but) "
    r"|\.\.\.|[–—] |\band (?=(?:the two|both|they|he|she|it was)\b)"
)
AND_BEFORE = compile_spaced(
    r"(?:,? (?:and|as well as)|,) (?:(?:also|further|then|jointly|both) )?$"
)
# A period after a lower-case word ends the clause, unless it is a rank's ("H.E. Gen. X").
CLAUSE_END = compile_spaced(
    r";|(?<=[a-z]{2})(?<!Gen)(?<!Col)(?<!Maj)(?<!Adm)(?<!Capt)(?<!Hon)(?<!Amb)(?<!Prof)"
    r"(?<!Gov)(?<!Sen)(?<!Rev)\. |, (?:which|who|while|whereas|but) "
)
DESCRIPTION_LIMIT = 160


def start_of_clause(text: str, sentence_start: int, trigger: int) -> int:
    """Where the trigger's clause starts: the trigger itself after "and", else after the
    last clause break before it."""
    if AND_BEFORE.search(text, sentence_start, trigger):
        return trigger
    last = sentence_start
    for match in CLAUSE_BREAK.finditer(text, sentence_start, trigger):
        last = match.end()
    return last


def end_of_clause(text: str, position: int, sentence_end: int) -> int:
    """Where the clause running on from `position` ends (at most the sentence's end)."""
    match = CLAUSE_END.search(text, position, sentence_end)
    return match.start() if match else sentence_end


def text_before(text: str, sentence_start: int, position: int, width: int = 60) -> str:
    """Up to `width` characters before `position`, within the sentence."""
    return text[max(sentence_start, position - width) : position]


def describe(text: str, start: int, end: int) -> str:
    """text[start:end] as a description: one line, no trailing joiner, at most
    DESCRIPTION_LIMIT characters cut at a word."""
    words = " ".join(text[start:end].split()).strip(" ,;.")
    words = re.sub(r"(?:,|\band|\bas well as|\balong with)$", "", words).strip(" ,;")
    if len(words) <= DESCRIPTION_LIMIT:
        return words
    cut = words[:DESCRIPTION_LIMIT].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;")
