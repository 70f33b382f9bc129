"""Written instruments: the noun phrases of what is signed, coordinated ("an agreement and a
memorandum") or enumerated after a generic plural ("the following documents were signed:")."""

from __future__ import annotations

import re

from pipelines.extraction.commitments import commitment_patterns as patterns
from pipelines.extraction.commitments.regex import alternation, compile_spaced

_WORD = r"[\w’'().&/\-]+"
_BREAKERS = alternation(patterns.DOCUMENT_PHRASE_BREAKERS)
_DOCUMENT_HEAD = rf"(?:{alternation(patterns.DOCUMENT_NOUNS)})"
# A determiner (or the opening quote of a title), up to seven modifiers (no clause words) and
# an instrument's head noun.
_DOCUMENT_PHRASE = (
    rf"(?<![\w-])(?:(?:{patterns.DOCUMENT_DETERMINERS}) |(?<=[‘“\"']))"
    rf"(?:(?!(?:{_BREAKERS})\b){_WORD} ){{0,7}}?"
    rf"{_DOCUMENT_HEAD}(?![\w-])"
)
DOCUMENT_PHRASE = compile_spaced(_DOCUMENT_PHRASE)
DOCUMENT_HEAD = compile_spaced(rf"(?<![\w-]){_DOCUMENT_HEAD}(?![\w-])")
# What joins a second instrument to the first ("... and a memorandum", "as well as an ...").
COORDINATED = compile_spaced(r"(?:,|;|\band|\bas well as|\balong with|\bplus|\bwith) (?:also )?$")
GENERIC_PLURAL = compile_spaced(
    r"^(?:(?:several|a number of|a series of|a package of|a set of|\d+|two|three|four|five"
    r"|six|seven|eight|nine|ten|the|these|new|bilateral) )*(?:\w+ )?"
    r"(?:agreements|documents|memoranda|memorandums|MoUs|MoCs|instruments|contracts|deals"
    r"|treaties|protocols|declarations)(?: of understanding)?$"
)
BARE_INSTRUMENT = compile_spaced(
    r"(?:^|(?<=[\s,]))(?P<head>(?:[A-Z][\w-]* )*(?:agreements|documents|memoranda|memorandums"
    r"|MoUs|MoCs|contracts|treaties|protocols|declarations|statements|instruments of"
    r" ratification))\s*$"
)
# An instrument named after the verb without a determiner: its capitalised title ("signed
# Letter of Intent (LoI)", "the signing of Latvia-India Culture Cooperation Programme") or a
# bare plural ("signed documents on the development of ...").
_CAPITAL_WORD = r"(?-i:[A-Z])[\w’'&/.-]*"
BARE_TITLE = compile_spaced(
    rf"{_CAPITAL_WORD}(?: (?:(?:of|on|and|for|in) )?{_CAPITAL_WORD}){{0,7}}"
)
BARE_PLURAL = compile_spaced(
    r"(?:(?!(?:on|in|at|by|for|with|into|to|the|a|an|that|which)\b)[\w-]+ ){0,2}?"
    r"(?:agreements|documents|memoranda|memorandums|protocols|contracts|MoUs|MoCs|accords"
    r"|treaties|declarations)\b"
)
LIST_ITEM_HEAD = compile_spaced(
    rf"(?:^|(?<=[;•\n]))\W*(?:[\w’'()\-]+ ){{0,6}}?{_DOCUMENT_HEAD}(?![\w-])"
)
ENUMERATION_OPENER = compile_spaced(rf"\W*(?:{patterns.ENUMERATION_OPENERS})\b")


def instrument_heads(phrase: str) -> list[str]:
    """The instruments' head nouns in `phrase`, lower-cased, without a plural "s"."""
    return [head.lower().rstrip("s") for head in DOCUMENT_HEAD.findall(phrase)]


def head_key(phrase: str) -> str:
    """The last instrument head noun of `phrase` ("memorandum" for "two memoranda"), or ""."""
    heads = instrument_heads(phrase)
    return heads[-1] if heads else ""


# What may stand between an anchor and its instrument: "signed ‘Memorandum of ...’".
_SPACE_AND_QUOTES = " \t\n‘“\"'"


def instrument_phrases(
    text: str, start: int, end: int, anchored: bool, close_clause: bool = True
) -> list[tuple[int, int]]:
    """Noun phrases of distinct instruments in text[start:end]: the first (at `start` when
    anchored), then each one joined to it by a coordinator."""
    phrases: list[tuple[int, int]] = []
    for match in DOCUMENT_PHRASE.finditer(text, start, end):
        if not phrases:
            if anchored and text[start : match.start()].strip(_SPACE_AND_QUOTES):
                return []
            phrases.append((match.start(), match.end()))
            continue
        between = text[phrases[-1][1] : match.start()]
        prefix = text[max(start, match.start() - 20) : match.start()]
        if COORDINATED.search(prefix) and not re.search(r"\b(?:on|of|between)\s*$", between):
            phrases.append((match.start(), match.end()))
    if not anchored and close_clause and phrases:
        # Passive subject: the instrument must close the clause before the auxiliary.
        tail = text[phrases[-1][1] : end]
        if len(tail.split()) > 12:
            return []
    return phrases


def undetermined_instrument(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The instrument that text[start:end] opens with when it has no determiner: a
    capitalised title holding an instrument's head noun, or a bare plural."""
    while start < end and text[start] in _SPACE_AND_QUOTES:
        start += 1
    title = BARE_TITLE.match(text, start, end)
    if title and DOCUMENT_HEAD.search(title.group()):
        return [(title.start(), title.end())]
    plural = BARE_PLURAL.match(text, start, end)
    return [(plural.start(), plural.end())] if plural else []


def bare_instruments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A passive subject without determiner: '..., agreements were exchanged'."""
    match = BARE_INSTRUMENT.search(text, start, end)
    return [(match.start("head"), match.end("head"))] if match else []


def enumerated_instruments(
    text: str,
    phrases: list[tuple[int, int]],
    sentence: tuple[int, int],
    following: tuple[int, int] | None,
) -> tuple[list[tuple[int, int]], tuple[int, int]]:
    """The instruments a generic plural ("agreements were exchanged", "the following
    documents were signed:") stands for, when a list after a colon or the next sentence
    ("This included ...") names them; else the plural itself."""
    colon = text.find(":", phrases[0][1], sentence[1])
    if colon >= 0:
        listed = _listed_instruments(text, colon + 1, sentence[1])
        if listed:
            return listed, sentence
    if following is not None:
        opener = ENUMERATION_OPENER.match(text, following[0], following[1])
        if opener or (colon >= 0 and not text[colon + 1 : sentence[1]].strip()):
            listed = _listed_instruments(text, following[0], following[1])
            if listed:
                return listed, (sentence[0], following[1])
    return phrases, sentence


def _listed_instruments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found = instrument_phrases(text, start, end, anchored=False, close_clause=False)
    return found or [(m.start(), m.end()) for m in LIST_ITEM_HEAD.finditer(text, start, end)]


def repeats_reported_instrument(
    text: str, phrases: list[tuple[int, int]], sentence_start: int
) -> bool:
    """'The agreements were exchanged by ...' repeats instruments already reported."""
    first = text[phrases[0][0] : phrases[0][1]]
    if not re.match(r"(?i)(?:the|these|those|such|both) ", first):
        return False
    head = head_key(first)
    earlier = text[max(0, sentence_start - 1500) : sentence_start]
    return (
        bool(head)
        and re.search(
            rf"(?i)\b{re.escape(head)}s?\b[^.]*?\b(?:signed|adopted|exchanged|concluded)\b",
            earlier,
        )
        is not None
    )
